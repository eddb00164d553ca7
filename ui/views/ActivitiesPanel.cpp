// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/ActivitiesPanel.h"

#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"
#include "ui/Prompts.h"
#include "ui/TextColors.h"
#include "ui/dialogs/ActivityDialog.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace koordinera::ui {

ActivitiesPanel::ActivitiesPanel(QWidget* parent) : CasePanel(parent)
{
    m_activities = new RecordListModel<core::Activity>(
        {tr("When"), tr("Kind"), tr("Mode"), tr("Counterpart"), tr("KVÅ"), tr("Note"), tr("Version")},
        [this](const core::Activity& activity) -> RecordTableModel::Row {
            QString counterpart = activity.counterpart;
            if (activity.actorId) {
                if (const auto actor = m_workspace->actors().actor(activity.actorId))
                    counterpart =
                        counterpart.isEmpty() ? actor->name : actor->name + QStringLiteral(", ") + counterpart;
            }
            return {activity.id,
                    {format::dateTime(activity.occurredAt), core::text::labelOf(activity.kind),
                     core::text::labelOf(activity.mode), counterpart, activity.kvaCode,
                     activity.note.section(QLatin1Char('\n'), 0, 0),
                     activity.version > 1 ? tr("corrected (%1)").arg(activity.version) : QString()},
                    RecordTableModel::Tone::Normal,
                    activity.note};
        },
        this);
    m_table = makeTable(m_activities, 5, [this] { correctActivity(); });
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Activities and contacts"));
    m_noteView = new QTextBrowser(this);
    m_noteView->setObjectName(QStringLiteral("noteView"));
    m_noteView->setAccessibleName(tr("The chosen entry"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivitiesPanel::showSelectedNote);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_noteView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(makeButton(tr("New entry…"), QStringLiteral("addActivityButton"), [this] { addActivity(); }));
    buttons->addWidget(
        makeButton(tr("Correct…"), QStringLiteral("correctActivityButton"), [this] { correctActivity(); }));
    buttons->addWidget(makeButton(tr("History…"), QStringLiteral("historyButton"), [this] { showActivityHistory(); }));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter);
}

void ActivitiesPanel::refresh()
{
    m_activities->setRecords(m_workspace->activities().activities(m_caseId));
    if (!m_activities->records().isEmpty())
        m_table->selectRow(0); // the newest entry, so its full text shows below
    showSelectedNote();
}

const core::Activity* ActivitiesPanel::selectedActivity() const
{
    return hasCase() ? m_activities->recordAt(m_table->currentIndex().row()) : nullptr;
}

void ActivitiesPanel::showSelectedNote()
{
    const core::Activity* activity = selectedActivity();
    if (!activity) {
        m_noteView->setPlainText(m_activities->records().isEmpty()
                                     ? tr("No entries yet. Record the first contact with “New entry…”.")
                                     : QString());
        return;
    }
    m_noteView->setHtml(QStringLiteral("<p><b>%1</b> · %2 · %3</p><p>%4</p><p style='color:%6'>%5</p>")
                            .arg(format::dateTime(activity->occurredAt),
                                 core::text::labelOf(activity->kind).toHtmlEscaped(),
                                 core::text::labelOf(activity->mode).toHtmlEscaped(),
                                 activity->note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                 tr("Written by %1, %2")
                                     .arg(activity->recordedBy.toHtmlEscaped(), format::dateTime(activity->recordedAt)),
                                 toneColor(TextTone::Quiet, palette()).name()));
}

bool ActivitiesPanel::addActivity()
{
    if (!hasCase())
        return false;
    core::Activity activity;
    activity.caseId = m_caseId;
    activity.occurredAt = QDateTime(m_workspace->today(), QTime::currentTime());
    activity.kvaCode = QStringLiteral("GC001");
    ActivityDialog dialog(activity, linkedActors(), m_workspace->activities().kvaCodes(true),
                          m_workspace->consents().consents(m_caseId), m_workspace->today(), this);
    dialog.setSaveAction([&] {
        auto entry = dialog.activity();
        m_workspace->activities().add(entry); // a record, not an undoable edit
    });
    return Prompts::exec(dialog) == QDialog::Accepted;
}

void ActivitiesPanel::correctActivity()
{
    const core::Activity* selected = selectedActivity();
    if (!selected)
        return;
    ActivityDialog dialog(*selected, linkedActors(), m_workspace->activities().kvaCodes(true),
                          m_workspace->consents().consents(m_caseId), m_workspace->today(), this);
    dialog.setSaveAction([&] {
        auto corrected = dialog.activity();
        m_workspace->activities().correct(corrected);
    });
    Prompts::exec(dialog);
}

void ActivitiesPanel::showActivityHistory()
{
    const core::Activity* selected = selectedActivity();
    if (!selected)
        return;
    QString html;
    const auto versions = m_workspace->activities().history(selected->id);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p><p style='color:%6'>%3 · %4 · %5</p><hr>")
                    .arg(tr("Version %1").arg(it->version),
                         it->note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                         format::dateTime(it->occurredAt), core::text::labelOf(it->kind).toHtmlEscaped(),
                         tr("written by %1, %2").arg(it->recordedBy.toHtmlEscaped(), format::dateTime(it->recordedAt)),
                         toneColor(TextTone::Quiet, palette()).name());
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("historyDialog"));
    dialog.setWindowTitle(tr("History of the entry"));
    auto* browser = new QTextBrowser(&dialog);
    browser->setHtml(html);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    auto* close = new QPushButton(tr("Close"), &dialog);
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    layout->addWidget(close, 0, Qt::AlignRight);
    dialog.resize(620, 480);
    Prompts::exec(dialog);
}

} // namespace koordinera::ui
