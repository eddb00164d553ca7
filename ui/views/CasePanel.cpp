// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CasePanel.h"

#include "core/workspace/Workspace.h"
#include "ui/widgets/RecordTable.h"

#include <QPushButton>
#include <QTableView>

namespace koordinera::ui {

CasePanel::CasePanel(QWidget* parent) : QWidget(parent) {}

void CasePanel::setWorkspace(core::Workspace* workspace)
{
    m_workspace = workspace;
    m_caseId = 0;
}

void CasePanel::showCase(qint64 caseId)
{
    m_caseId = caseId;
    if (hasCase())
        refresh();
}

QPushButton* CasePanel::makeButton(const QString& text, const QString& objectName, const std::function<void()>& action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

QTableView* CasePanel::makeTable(QAbstractItemModel* model, int stretchColumn, const std::function<void()>& onActivate)
{
    auto* table = makeRecordTable(model, stretchColumn, this);
    connect(table, &QTableView::activated, this, [onActivate] { onActivate(); });
    return table;
}

QList<core::Actor> CasePanel::linkedActors(core::Workspace& workspace, qint64 caseId)
{
    QList<core::Actor> actors;
    const auto known = [&actors](qint64 id) {
        return std::any_of(actors.cbegin(), actors.cend(), [id](const core::Actor& actor) { return actor.id == id; });
    };
    for (const auto& view : workspace.actors().caseContacts(caseId)) {
        if (!known(view.actor.id))
            actors.append(view.actor);
    }
    const auto record = workspace.cases().get(caseId);
    if (record && record->employerId && !known(record->employerId)) {
        if (auto employer = workspace.actors().actor(record->employerId))
            actors.append(*employer);
    }
    return actors;
}

} // namespace koordinera::ui
