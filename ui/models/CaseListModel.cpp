// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CaseListModel.h"

#include "Format.h"
#include "domain/DomainText.h"
#include "domain/IcdCode.h"
#include "domain/IdentityNumber.h"
#include "services/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace koordinera::ui {

using core::CaseListColumn;

CaseListModel::CaseListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseListModel::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changedConnection);
    m_workspace = workspace;
    if (m_workspace)
        m_changedConnection = connect(m_workspace, &core::Workspace::changed, this, &CaseListModel::refresh);
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
    refresh();
}

void CaseListModel::refresh()
{
    beginResetModel();
    m_rows =
        m_workspace ? m_workspace->caseList().rows(m_filter, m_sortColumn, m_ascending) : QList<core::CaseListRow>();
    endResetModel();
}

int CaseListModel::totalCases() const
{
    return m_workspace ? m_workspace->caseList().totalCases() : 0;
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseId : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).caseId == caseId)
            return row;
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(CaseListColumn::Count);
}

QVariant CaseListModel::display(const core::CaseListRow& row, CaseListColumn column) const
{
    switch (column) {
    case CaseListColumn::Status:
        return core::text::labelOf(row.status);
    case CaseListColumn::Identity:
        return core::IdentityNumber::fromStored(row.identity, row.identityKind).display();
    case CaseListColumn::Name:
        return QStringLiteral("%1, %2").arg(row.familyName, row.givenName);
    case CaseListColumn::Age: {
        const int age = core::IdentityNumber::fromStored(row.identity, row.identityKind).ageOn(m_workspace->today());
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case CaseListColumn::Sex:
        return row.sex == core::Sex::Unknown ? QString() : core::text::labelOf(row.sex);
    case CaseListColumn::MainDiagnosis:
        return core::IcdCode::display(row.mainDiagnosis);
    case CaseListColumn::Occupation:
        return row.occupation == core::Occupation::Unknown ? QString() : core::text::labelOf(row.occupation);
    case CaseListColumn::Start:
        return format::date(row.start);
    case CaseListColumn::End:
        return row.hasSickLeave && !row.end.isValid() ? tr("until further notice") : format::date(row.end);
    case CaseListColumn::Length:
        return row.hasSickLeave ? QVariant(row.lengthDays) : QVariant();
    case CaseListColumn::Degree:
        return format::degree(row.degree);
    case CaseListColumn::SickDay:
        return row.sickDay ? QVariant(*row.sickDay) : QVariant();
    case CaseListColumn::NextCheckpoint:
        return row.nextCheckpoint ? format::checkpoint(*row.nextCheckpoint) : QString();
    case CaseListColumn::Reference:
    case CaseListColumn::Count:
        break;
    }
    return row.reference;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows.at(index.row());
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
    switch (CaseListColumn(section)) {
    case CaseListColumn::Status:
        return tr("Status");
    case CaseListColumn::Identity:
        return tr("Identity number");
    case CaseListColumn::Name:
        return tr("Name");
    case CaseListColumn::Age:
        return tr("Age");
    case CaseListColumn::Sex:
        return tr("Sex");
    case CaseListColumn::MainDiagnosis:
        return tr("Diagnosis");
    case CaseListColumn::Occupation:
        return tr("Occupation");
    case CaseListColumn::Start:
        return tr("Start");
    case CaseListColumn::End:
        return tr("End");
    case CaseListColumn::Length:
        return tr("Length");
    case CaseListColumn::Degree:
        return tr("Degree");
    case CaseListColumn::SickDay:
        return tr("Day");
    case CaseListColumn::NextCheckpoint:
        return tr("Next checkpoint");
    case CaseListColumn::Reference:
    case CaseListColumn::Count:
        break;
    }
    return tr("Case");
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = CaseListColumn(column);
    m_ascending = order == Qt::AscendingOrder;
    refresh();
}

} // namespace koordinera::ui
