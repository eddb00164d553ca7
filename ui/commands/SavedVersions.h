// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <algorithm>
#include <typeinfo>

class QUndoStack;

namespace koordinera::ui {

// The version each record was left at by the last save an undo stack's commands made of it. A command's undo and redo
// save over that version, whichever of the stack's commands made it, so that a window's own edits of one record undo
// and redo one after another, while a colleague's save in between is refused (core/records/RowVersion.h) instead of
// overwritten. A record read after the stack's last save of it (a dialog opened since) is saved over the version it
// was read at. Forgotten when the stack is cleared, as it is when another database is opened.
class SavedVersions : public QObject
{
    Q_OBJECT

public:
    static SavedVersions& of(QUndoStack* stack);

    // Sets the version `record` is saved over: the newer of the one it was read at and the stack's last save's.
    template <typename T> void prepare(T& record) const
    {
        record.rowVersion = std::max(record.rowVersion, m_versions.value(keyOf(record), 0));
    }
    template <typename T> void remember(const T& record) { m_versions.insert(keyOf(record), record.rowVersion); }

private:
    explicit SavedVersions(QUndoStack* stack);

    template <typename T> static QByteArray keyOf(const T& record)
    {
        return QByteArray(typeid(T).name()) + ':' + QByteArray::number(record.id);
    }

    QHash<QByteArray, qint64> m_versions;
};

// Saves `record` through `save` over the version SavedVersions gives, and remembers the version the save leaves.
template <typename T, typename Save> void saveOverVersion(QUndoStack* stack, T record, const Save& save)
{
    SavedVersions& versions = SavedVersions::of(stack);
    versions.prepare(record);
    save(record);
    versions.remember(record);
}

} // namespace koordinera::ui
