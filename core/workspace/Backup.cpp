// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Backup.h"

#include "core/storage/Database.h"
#include "core/storage/SealedStore.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace koordinera::core::Backup {

namespace {

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QRegularExpression backupPattern(const QString& databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2})-\\d{9}\\.koordinera$")
                                  .arg(QRegularExpression::escape(baseName(databasePath))));
}

} // namespace

QStringList existing(const QString& folder, const QString& databasePath)
{
    const auto pattern = backupPattern(databasePath);
    QStringList found;
    const QStringList names = QDir(folder).entryList({baseName(databasePath) + QStringLiteral("-*.koordinera")},
                                                     QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        if (pattern.match(name).hasMatch())
            found << QDir(folder).filePath(name);
    }
    return found;
}

bool dueOn(const QString& folder, const QString& databasePath, const QDate& today)
{
    const auto pattern = backupPattern(databasePath);
    for (const QString& path : existing(folder, databasePath)) {
        if (pattern.match(QFileInfo(path).fileName()).captured(1) == today.toString(Qt::ISODate))
            return false;
    }
    return true;
}

QString write(Workspace& workspace, const QString& folder, int generations)
{
    const SealedStore* store = workspace.database().sealedSource();
    if (!store)
        return {};
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Backup", "The backup folder %1 cannot be found. Is the network "
                                                                 "drive connected? Choose the folder in the settings.")
                               .arg(QDir::toNativeSeparators(folder)));
    }
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2.koordinera")
                                  .arg(baseName(workspace.path()),
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmsszzz"))));
    QByteArray snapshot = workspace.database().serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    try {
        store->writeCopy(path, snapshot);
    } catch (const StorageError&) {
        throw StorageError(StorageError::Kind::WriteFailed,
                           QCoreApplication::translate("Backup", "The backup could not be written to %1. Check that "
                                                                 "the folder exists, has room and may be written to. "
                                                                 "The database itself is unaffected.")
                               .arg(QDir::toNativeSeparators(folder)));
    }
    // A database that may only be read cannot log its backup; it records nothing that did not happen either.
    if (!workspace.isReadOnly())
        workspace.audit().record(AuditLog::Action::Backup, 0, QStringLiteral("database"), QFileInfo(path).fileName());
    const QStringList all = existing(folder, workspace.path());
    for (qsizetype i = std::max(1, generations); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return path;
}

} // namespace koordinera::core::Backup
