// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CaseListModel.h"

#include "core/exchange/CaseListSheet.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace koordinera::ui {

using core::CaseListColumn;

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

CaseListModel::~CaseListModel() = default;

void CaseListModel::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changedConnection);
    m_workspace = workspace;
    m_cache = m_workspace ? std::make_unique<core::CaseListCache>(m_workspace->context()) : nullptr;
    if (m_workspace)
        m_changedConnection =
            connect(m_workspace, &core::Workspace::caseDataChanged, this, &CaseListModel::refreshWhenShown);
    if (m_workspace && m_holdWhile && m_holdWhile()) {
        // Opened while another page is shown (Idag is the start page): read when the list is first shown. The
        // previous database's rows go at once all the same.
        beginResetModel();
        m_allRows.clear();
        m_shown.clear();
        endResetModel();
        m_stale = true;
        return;
    }
    refresh();
}

void CaseListModel::setWorkspace(core::Workspace* workspace, const core::CaseListFilter& filter)
{
    m_filter = filter;
    setWorkspace(workspace);
}

void CaseListModel::setFilter(const core::CaseListFilter& filter)
{
    m_filter = filter;
    // Nothing has changed in the data: the cache reads anew only if more than the search text changed.
    showRows();
}

void CaseListModel::refreshIfStale()
{
    if (m_stale)
        refresh();
}

void CaseListModel::refreshWhenShown()
{
    if (m_holdWhile && m_holdWhile()) {
        m_stale = true;
        if (m_cache)
            m_cache->invalidate(); // so that a filter set meanwhile reads the new data
    } else {
        refresh();
    }
}

void CaseListModel::refresh()
{
    if (m_cache)
        m_cache->invalidate();
    showRows();
}

void CaseListModel::showRows()
{
    m_stale = false;
    beginResetModel();
    m_shown = m_cache ? m_cache->select(m_filter, m_sortColumn, m_ascending) : QList<int>();
    m_allRows = m_cache ? m_cache->rows() : QList<core::CaseListRow>(); // shared, not copied
    endResetModel();
}

QList<core::CaseListRow> CaseListModel::shownRows() const
{
    QList<core::CaseListRow> rows;
    rows.reserve(m_shown.size());
    for (const int position : m_shown)
        rows.append(m_allRows.at(position));
    return rows;
}

int CaseListModel::totalCases() const
{
    return m_workspace ? m_workspace->caseList().totalCases() : 0;
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? rowAt(row).caseId : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (rowAt(row).caseId == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(CaseListColumn::Count);
}

QVariant CaseListModel::display(const core::CaseListRow& row, CaseListColumn column) const
{
    // The export's typed values, with dates and the degree written as the list shows them.
    switch (column) {
    case CaseListColumn::Start:
    case CaseListColumn::End: {
        const QVariant value = core::CaseListSheet::value(row, column, m_workspace->today());
        return value.typeId() == QMetaType::QDate ? format::date(value.toDate()) : value;
    }
    case CaseListColumn::Degree:
        return format::degree(row.degree);
    default:
        return core::CaseListSheet::value(row, column, m_workspace->today());
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rowAt(index.row());
    const auto column = CaseListColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case CaseIdRole:
        return row.caseId;
    case Qt::TextAlignmentRole:
        if (column == CaseListColumn::Age || column == CaseListColumn::Length || column == CaseListColumn::SickDay ||
            column == CaseListColumn::Degree)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.status == core::CaseStatus::Closed || row.status == core::CaseStatus::Declined)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::ToolTipRole:
        if (column == CaseListColumn::NextCheckpoint && row.nextCheckpoint)
            return tr("Day %1 of the sick period is reached on %2 (%3).")
                .arg(row.nextCheckpoint->day)
                .arg(format::date(row.nextCheckpoint->date), format::week(row.nextCheckpoint->date));
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return core::CaseListSheet::heading(CaseListColumn(section));
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = CaseListColumn(column);
    m_ascending = order == Qt::AscendingOrder;
    showRows();
}

} // namespace koordinera::ui
