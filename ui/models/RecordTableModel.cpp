// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/RecordTableModel.h"

#include "ui/TextColors.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace {

constexpr auto RowMimeType = "application/x-koordinera-row";

} // namespace

namespace koordinera::ui {

RecordTableModel::RecordTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{}

void RecordTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RecordTableModel::Row* RecordTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecordTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case Qt::ForegroundRole:
        // Shades that stand out from the theme's background, light or dark (high contrast).
        if (row.tone == Tone::Warning)
            return QBrush(toneColor(TextTone::Warning, QGuiApplication::palette()));
        if (row.tone == Tone::Muted)
            return QBrush(toneColor(TextTone::Quiet, QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_movable)
        flags |= index.isValid() ? Qt::ItemIsDragEnabled : Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions RecordTableModel::supportedDropActions() const
{
    return m_movable ? Qt::MoveAction : Qt::IgnoreAction;
}

QStringList RecordTableModel::mimeTypes() const
{
    return {QString::fromLatin1(RowMimeType)};
}

QMimeData* RecordTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(RowMimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool RecordTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex&) const
{
    return m_movable && action == Qt::MoveAction && data && data->hasFormat(QString::fromLatin1(RowMimeType));
}

bool RecordTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(RowMimeType)).toInt(&ok);
    if (!ok || from < 0 || from >= m_rows.size())
        return false;
    // Dropped on a row means before it; between rows gives `row`; below the last row means at the end.
    int before = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    const int to = before > from ? before - 1 : before;
    if (to == from)
        return false;
    // Asked after the drop has finished, so the owner may reset the model; returning false keeps the view
    // from removing the dragged row itself.
    QTimer::singleShot(0, this, [this, from, to] { Q_EMIT moveRequested(from, to); });
    return false;
}

} // namespace koordinera::ui
