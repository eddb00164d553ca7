// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ShownPatientsLog.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>
#include <utility>

namespace koordinera::ui {

ShownPatientsLog::ShownPatientsLog(const QString& view, QObject* parent)
    : QObject(parent), m_view(view), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &ShownPatientsLog::recordNow);
}

void ShownPatientsLog::setWorkspace(core::Workspace* workspace)
{
    m_workspace = workspace;
    m_pending.clear();
    m_shownCases.clear();
    m_shownIdentities.clear();
}

void ShownPatientsLog::watch(QAbstractItemView* view, RowReader reader)
{
    m_itemView = view;
    m_viewport = view->viewport();
    m_reader = std::move(reader);
    const auto settle = [this] {
        m_settle->start();
    };
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, settle);
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        connect(tree, &QTreeView::expanded, this, settle);
        connect(tree, &QTreeView::collapsed, this, settle);
    }
    // Rows come and go with the model: a refresh, a new filter, a change elsewhere.
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, settle);
        connect(model, &QAbstractItemModel::layoutChanged, this, settle);
        connect(model, &QAbstractItemModel::rowsInserted, this, settle);
    }
}

bool ShownPatientsLog::eventFilter(QObject* watched, QEvent* event)
{
    if (m_viewport && watched == m_viewport && (event->type() == QEvent::Show || event->type() == QEvent::Resize)) {
        m_settle->start();
    }
    return QObject::eventFilter(watched, event);
}

QList<ShownPatientsLog::Shown> ShownPatientsLog::visibleRows() const
{
    QList<Shown> rows;
    if (!m_itemView || !m_itemView->model() || !m_itemView->isVisible())
        return rows;
    const int height = m_itemView->viewport()->height();
    int y = 0;
    while (y < height) {
        const QModelIndex index = m_itemView->indexAt(QPoint(1, y));
        if (!index.isValid()) {
            y += 4; // a gap (the end of the rows, a heading's indentation): look a little further down
            continue;
        }
        rows.append(m_reader(index));
        y = std::max(y + 1, m_itemView->visualRect(index).bottom() + 1);
    }
    return rows;
}

void ShownPatientsLog::recordNow()
{
    m_settle->stop();
    QList<Shown> rows = visibleRows();
    rows += std::exchange(m_pending, {});
    shown(rows);
}

void ShownPatientsLog::shown(const QList<Shown>& patients)
{
    if (!m_workspace)
        return;
    if (!m_workspace->database().ownedByCurrentThread()) {
        // A worker has the connection (an import, a backup): record these once it is given back.
        m_pending += patients;
        m_settle->start();
        return;
    }
    QList<qint64> newCases;
    QStringList newIdentities;
    for (const Shown& patient : patients) {
        if (patient.caseId > 0 && !m_shownCases.contains(patient.caseId)) {
            m_shownCases.insert(patient.caseId);
            newCases.append(patient.caseId);
        } else if (patient.caseId == 0 && !patient.identity.isEmpty() &&
                   !m_shownIdentities.contains(patient.identity)) {
            m_shownIdentities.insert(patient.identity);
            newIdentities.append(patient.identity);
        }
    }
    if (newCases.isEmpty() && newIdentities.isEmpty())
        return;
    try {
        m_workspace->audit().recordShown(m_view, newCases, newIdentities);
    } catch (const core::StorageError&) {
        // The next save reports a failing file; forget these so that they are recorded once it works again.
        for (const qint64 caseId : std::as_const(newCases))
            m_shownCases.remove(caseId);
        for (const QString& identity : std::as_const(newIdentities))
            m_shownIdentities.remove(identity);
    }
}

} // namespace koordinera::ui
