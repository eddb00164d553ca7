// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/WorklistModel.h"

#include "core/workspace/Workspace.h"
#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace koordinera::ui {

namespace {

// Internal ids: 0 for a heading; group index + 1 for an item, so parent() finds the heading again.
constexpr quintptr HeadingId = 0;

bool isUrgent(core::Worklist::Kind kind)
{
    return kind == core::Worklist::Kind::OverdueAction || kind == core::Worklist::Kind::MeetingToday ||
           kind == core::Worklist::Kind::MeetingNotRecorded;
}

} // namespace

WorklistModel::WorklistModel(QObject* parent) : QAbstractItemModel(parent) {}

void WorklistModel::setWorkspace(core::Workspace* workspace)
{
    disconnect(m_changed);
    m_workspace = workspace;
    if (m_workspace)
        m_changed = connect(m_workspace, &core::Workspace::caseDataChanged, this, &WorklistModel::refresh);
    refresh();
}

void WorklistModel::setSettings(const core::WorklistSettings& settings)
{
    m_settings = settings;
    refresh();
}

void WorklistModel::refresh()
{
    beginResetModel();
    m_groups.clear();
    // Read now: the heading is asked for while painting, when the database may be busy on a worker thread.
    m_family = m_workspace && m_workspace->profile() == core::Profile::Family;
    if (m_workspace) {
        for (const auto& item : m_workspace->worklist().items(m_settings)) {
            if (m_groups.isEmpty() || m_groups.last().kind != item.kind)
                m_groups.append({item.kind, {}});
            m_groups.last().items.append(item);
        }
    }
    endResetModel();
    Q_EMIT refreshed();
}

const core::Worklist::Item* WorklistModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == HeadingId)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).items.at(index.row());
}

int WorklistModel::count(core::Worklist::Kind kind) const
{
    for (const Group& group : m_groups) {
        if (group.kind == kind)
            return int(group.items.size());
    }
    return 0;
}

int WorklistModel::totalCount() const
{
    int total = 0;
    for (const Group& group : m_groups)
        total += int(group.items.size());
    return total;
}

QModelIndex WorklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, HeadingId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex WorklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == HeadingId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, HeadingId);
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == HeadingId && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int WorklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == HeadingId) {
        const Group& group = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Patient)
            return QStringLiteral("%1 (%2)").arg(core::Worklist::titleOf(group.kind)).arg(group.items.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && isUrgent(group.kind))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    }
    const core::Worklist::Item* item = itemAt(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Patient:
            return item->patientName;
        case Reference:
            return item->reference;
        case Reason:
            return item->reason;
        case Date:
            return item->time.isValid() ? item->time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : format::date(item->date);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Open the case (Enter or double-click)");
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Patient: // in a family file, the parent the family's case is kept under
        return m_family ? tr("Family") : tr("Patient");
    case Reference:
        return tr("Case");
    case Reason:
        return tr("Why");
    case Date:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace koordinera::ui
