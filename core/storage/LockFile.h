// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <memory>

namespace koordinera::core {

// One writer per database: "<database>.lock" beside it names who holds it (user, computer, process, since).
// A lock left by a program that crashed on this computer is recognised and taken over; a lock held from
// another computer is only taken over when the user says so (force).
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
    };

    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // Throws StorageError (Busy) naming the holder; `force` takes over a lock held elsewhere.
    static std::unique_ptr<LockFile> acquire(const QString& databasePath, bool force = false);
    static QString lockPathFor(const QString& databasePath);
    static Holder readHolder(const QString& lockPath);

private:
    explicit LockFile(QString path) : m_path(std::move(path)) {}

    QString m_path;
};

} // namespace koordinera::core
