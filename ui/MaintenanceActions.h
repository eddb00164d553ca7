// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QUndoStack;
class QWidget;

namespace koordinera::core {
class Settings;
} // namespace koordinera::core

namespace koordinera::ui {

class DatabaseSession;

// What a coordinator does to the database rather than to a case: backups (now, and the first save of the day),
// the integrity check, restoring a backup, purging old cases, the access log and the KVÅ codes.
class MaintenanceActions : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs; `undoStack` is cleared when a restore or a purge makes its commands
    // meaningless.
    MaintenanceActions(core::Settings& settings, DatabaseSession& session, QUndoStack& undoStack, QWidget* window);

    // Writes a backup to the folder from the settings now; false (with a message) when it cannot.
    bool backupNow();
    // The first save of the day also writes the day's backup, when a backup folder is set.
    void backUpIfDue();
    // Integrity of the database and of the access log's chain, reported to the user; true when both hold.
    bool checkDatabase();
    QString lastCheckReport() const { return m_lastCheckReport; }
    // Opens the backup read-only, shows what it holds, and restores it only when the user confirms; a
    // backup of the current state is written first.
    bool restoreBackup(const QString& backupPath);
    void purgeOldCases();
    void showAuditLog();
    void editKvaCodes();
    void editStaff();
    void editUnitWork();

Q_SIGNALS:
    void notice(const QString& text, int milliseconds);
    // The whole content of the database was replaced.
    void restored();
    // Cases may be gone.
    void purged();

private:
    QString safetyCopyFolder() const;

    core::Settings& m_settings;
    DatabaseSession& m_session;
    QUndoStack& m_undoStack;
    QWidget* m_window;
    QString m_lastCheckReport;
    bool m_backupFailureShown = false;
};

} // namespace koordinera::ui
