// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace koordinera::core {

class Workspace;

// Sealed backups: each one a complete database file, sealed with the same passphrase, named
// "<database>-<yyyy-MM-dd-HHmmsszzz>.koordinera" in a folder the user chooses (a network drive, say).
namespace Backup {

// The backups of `databasePath` in `folder`, newest first.
QStringList existing(const QString& folder, const QString& databasePath);
// True when `folder` holds no backup of the database made on `today`.
bool dueOn(const QString& folder, const QString& databasePath, const QDate& today);
// Writes a backup now and keeps the newest `generations`; returns its path. Throws StorageError with a
// clear message when the folder is missing or refuses the file; nothing else is touched then.
QString write(Workspace& workspace, const QString& folder, int generations);

} // namespace Backup

} // namespace koordinera::core
