// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace koordinera::core {

// Thrown by the storage layer. userMessage() is translated and safe to show; it never contains patient data
// (SQLite's own message goes to technicalDetail(), which names tables and constraints, not values).
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Generic,
        CannotOpen,
        NotKoordinera,
        NewerVersion,
        Busy,
        Constraint,
        AlreadyExists,
        WrongPassphrase,  // the key check failed
        Damaged,          // a byte differs from what was sealed
        Truncated,        // the file ends inside the snapshot
        ForeignJournal,   // journal records that belong to another snapshot
        WriteFailed,      // the disk refused a save (full, read-only, removed)
        ReadOnly,         // the file or its disk may only be read: it can be looked at, not changed
        NotNewest,        // the file lacks saves this computer made to it (see Witness): opening it must be confirmed
        ChangedElsewhere, // someone else saved or removed the record after it was read: the save is refused
    };

    StorageError(Kind kind, const QString& userMessage, const QString& technicalDetail = {});

    Kind kind() const { return m_kind; }
    QString userMessage() const { return m_userMessage; }
    QString technicalDetail() const { return m_technicalDetail; }

private:
    Kind m_kind;
    QString m_userMessage;
    QString m_technicalDetail;
};

} // namespace koordinera::core
