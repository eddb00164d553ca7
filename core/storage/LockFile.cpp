// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LockFile.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#ifndef Q_OS_WIN
#include <cerrno>
#include <csignal>
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

bool writeLock(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content =
        QStringLiteral("%1\n%2\n%3\n%4\n")
            .arg(QCoreApplication::applicationPid())
            .arg(currentUser(), QSysInfo::machineHostName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .toUtf8();
    return file.write(content) == content.size() && file.flush();
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
    if (writeLock(path))
        return std::unique_ptr<LockFile>(new LockFile(path));
    const Holder holder = readHolder(path);
    if (holder.stale || force) {
        QFile::remove(path);
        if (writeLock(path))
            return std::unique_ptr<LockFile>(new LockFile(path));
    }
    if (!QFileInfo::exists(QFileInfo(path).absolutePath()) || QFileInfo::exists(path) == false)
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("LockFile", "The folder of the database cannot be written to, "
                                                                   "so the database cannot be locked for you."));
    throw StorageError(StorageError::Kind::Busy,
                       QCoreApplication::translate("LockFile", "The database is open for %1 on the computer %2 since "
                                                               "%3. Only one can work in it at a time.")
                           .arg(holder.user.isEmpty() ? QStringLiteral("?") : holder.user,
                                holder.host.isEmpty() ? QStringLiteral("?") : holder.host,
                                holder.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

LockFile::~LockFile()
{
    QFile::remove(m_path);
}

} // namespace koordinera::core
