// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace koordinera::ui {

// A read-only table of already formatted rows, for the case view's tabs (periods, diagnoses, contacts,
// consents, activities). The owner fills it from core; editing happens in dialogs.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Normal,
        Warning, // e.g. an expired consent, a contact without consent
        Muted,   // e.g. a withdrawn consent
    };

    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        Tone tone = Tone::Normal;
        QString toolTip;
    };

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row* rowAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows the user may drag to a new place (the plan's actions). The model does not move them itself: it
    // asks, and the owner makes the change (an undoable edit) and sets the rows again.
    void setRowsMovable(bool movable) { m_movable = movable; }
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // The row at `from` should end up at position `to` (0 = first), counted after it is taken out.
    void moveRequested(int from, int to);

private:
    QStringList m_headers;
    QList<Row> m_rows;
    bool m_movable = false;
};

} // namespace koordinera::ui
