// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/LockFile.h"

#include "core/storage/FileSync.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryFile>

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace koordinera::core {

namespace {

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_WIN
    Q_UNUSED(pid);
    return true; // without a cheap check, assume it runs: the user can still take over explicitly
#else
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#endif
}

QByteArray lockContent()
{
    return QStringLiteral("%1\n%2\n%3\n%4\n")
        .arg(QCoreApplication::applicationPid())
        .arg(currentUser(), QSysInfo::machineHostName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .toUtf8();
}

#ifndef Q_OS_WIN
// The operating-system lock: held on the file's inode through `handle` until it is closed.
bool lockHandle(int handle)
{
    return ::flock(handle, LOCK_EX | LOCK_NB) == 0;
}

// Where hard links are not to be had (some network shares, FAT): created in place, and removed again when it could
// not be written whole.
int createLockInPlace(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int handle = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (handle < 0)
        return -1;
    const QByteArray content = lockContent();
    if (lockHandle(handle) && ::write(handle, content.constData(), size_t(content.size())) == content.size() &&
        FileSync::syncFile(handle))
        return handle;
    ::unlink(name.constData());
    ::close(handle);
    return -1;
}

// Creates the lock file whole: written, locked and synced under a temporary name, then given its name by link(),
// which fails when a lock file is already there. Returns the open, locked handle, or -1.
int createLock(const QString& path)
{
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return -1;
    const QByteArray content = lockContent();
    const int handle = ::dup(temporary.handle());
    if (handle < 0)
        return -1;
    const bool written = ::fchmod(handle, S_IRUSR | S_IWUSR) == 0 && lockHandle(handle) &&
                         temporary.write(content) == content.size() && temporary.flush() && FileSync::syncFile(handle);
    const bool linked = written && ::link(QFile::encodeName(temporary.fileName()).constData(),
                                          QFile::encodeName(path).constData()) == 0;
    const bool noLinksHere = written && !linked && errno != EEXIST;
    if (linked)
        return handle; // the temporary name goes with `temporary`; the lock keeps the inode
    ::close(handle);
    return noLinksHere ? createLockInPlace(path) : -1;
}

// True when no program holds the operating-system lock on the lock file now at `path` (or it cannot be opened).
bool nobodyHolds(const QString& path)
{
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (handle < 0)
        return errno == ENOENT;
    const bool free = lockHandle(handle);
    ::close(handle);
    return free;
}

bool sameFile(int handle, const QString& path)
{
    struct stat held = {};
    struct stat named = {};
    return ::fstat(handle, &held) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

// Removes a lock file that nobody holds. It is locked first and checked to be still the file at `path`: two
// programs that both found the same left-over lock cannot then both remove it, and neither can remove the new
// lock the other has made in its place.
bool removeLeftOver(const QString& path)
{
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (handle < 0)
        return errno == ENOENT;
    const bool removed =
        lockHandle(handle) && sameFile(handle, path) && ::unlink(QFile::encodeName(path).constData()) == 0;
    ::close(handle);
    return removed;
}

constexpr bool HasOperatingSystemLock = true;
#else
int createLock(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return -1;
    const QByteArray content = lockContent();
    const bool written = file.write(content) == content.size() && file.flush();
    file.close();
    if (!written)
        QFile::remove(path);
    return written ? 0 : -1;
}

// Without the operating-system lock, what the file says decides: an empty or unreadable one is free.
bool nobodyHolds(const QString& path)
{
    return !LockFile::readHolder(path).readable();
}

bool removeLeftOver(const QString& path)
{
    return QFile::remove(path);
}

constexpr bool HasOperatingSystemLock = false;
#endif

[[noreturn]] void throwBusy(const LockFile::Holder& holder)
{
    throw StorageError(StorageError::Kind::Busy,
                       QCoreApplication::translate("LockFile", "The database is open for %1 on the computer %2 since "
                                                               "%3. Only one can work in it at a time.")
                           .arg(holder.user.isEmpty() ? QStringLiteral("?") : holder.user,
                                holder.host.isEmpty() ? QStringLiteral("?") : holder.host,
                                holder.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

} // namespace

QString LockFile::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

LockFile::Holder LockFile::readHolder(const QString& lockPath)
{
    Holder holder;
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly))
        return holder;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    holder.pid = lines.value(0).toLongLong();
    holder.user = lines.value(1);
    holder.host = lines.value(2);
    holder.since = QDateTime::fromString(lines.value(3), Qt::ISODate);
    holder.stale = holder.host == QSysInfo::machineHostName() && !processRuns(holder.pid);
    return holder;
}

std::unique_ptr<LockFile> LockFile::acquire(const QString& databasePath, bool force)
{
    const QString path = lockPathFor(databasePath);
    if (const int handle = createLock(path); handle >= 0)
        return std::unique_ptr<LockFile>(new LockFile(path, handle));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable() || !QFileInfo::exists(path))
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("LockFile", "The folder of the database cannot be written to "
                                                                   "(or the disk is full), so the database cannot be "
                                                                   "locked for you."));
    const Holder holder = readHolder(path);
    // A program that works in the database holds the operating-system lock; a lock file without it is left over.
    // Only one naming another computer may be held there, where this computer cannot see it, and a program on this
    // computer that holds it is never forced out.
    const bool free = nobodyHolds(path);
    const bool thisComputer = !holder.readable() || holder.host == QSysInfo::machineHostName();
    const bool mayForce = force && !thisComputer && (free || !HasOperatingSystemLock);
    if (((free && thisComputer) || (!HasOperatingSystemLock && holder.stale) || mayForce) && removeLeftOver(path)) {
        if (const int handle = createLock(path); handle >= 0)
            return std::unique_ptr<LockFile>(new LockFile(path, handle));
    }
    throwBusy(holder);
}

LockFile::~LockFile()
{
#ifndef Q_OS_WIN
    // Only our own file: after a forced takeover the name may belong to another program's lock.
    if (sameFile(m_handle, m_path))
        QFile::remove(m_path);
    ::close(m_handle);
#else
    QFile::remove(m_path);
#endif
}

} // namespace koordinera::core
