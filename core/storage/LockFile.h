// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <memory>

namespace koordinera::core {

// One writer per database: "<database>.lock" beside it names who holds it (user, computer, process, since), and
// the holder keeps an operating-system lock on that file for as long as it works in the database. The lock file
// appears whole or not at all: it is written under a temporary name and then linked to its own.
//
// A lock file that no running program on this computer holds is not a live lock: one left by a crash, or an empty
// or unreadable one (a full disk once left such a file), is taken over. One that names another computer may still
// be held there, so it is taken over only when the user says so (force).
class LockFile
{
public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        bool stale = false; // held by a process on this computer that no longer runs
        bool readable() const { return pid > 0 && !host.isEmpty(); }
    };

    ~LockFile(); // removes the lock file, unless another program has replaced it since
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // Throws StorageError (Busy) naming the holder; `force` takes over a lock named by another computer.
    static std::unique_ptr<LockFile> acquire(const QString& databasePath, bool force = false);
    static QString lockPathFor(const QString& databasePath);
    static Holder readHolder(const QString& lockPath);

private:
    LockFile(QString path, int handle) : m_path(std::move(path)), m_handle(handle) {}

    QString m_path;
    int m_handle = -1; // the open lock file, locked by the operating system while this object lives
};

} // namespace koordinera::core
