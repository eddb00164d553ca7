// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MaintenanceActions.h"

#include "core/settings/Settings.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Backup.h"
#include "core/workspace/Workspace.h"
#include "ui/DatabaseSession.h"
#include "ui/Prompts.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/RetentionDialog.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/dialogs/UnitWorkDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace koordinera::ui {

MaintenanceActions::MaintenanceActions(core::Settings& settings, DatabaseSession& session, QUndoStack& undoStack,
                                       QWidget* window)
    : QObject(window), m_settings(settings), m_session(session), m_undoStack(undoStack), m_window(window)
{
    // A new database gets its own chance to say that its automatic backup failed.
    connect(&m_session, &DatabaseSession::workspaceChanged, this, [this](core::Workspace* workspace) {
        m_backupFailureShown = false;
        if (workspace)
            connect(workspace, &core::Workspace::changed, this, &MaintenanceActions::backUpIfDue);
    });
}

bool MaintenanceActions::backupNow()
{
    core::Workspace* workspace = m_session.workspace();
    if (!workspace || workspace->isDemo())
        return false;
    if (m_settings.backupFolder().isEmpty()) {
        Prompts::error(m_window, tr("Choose a backup folder in the settings first (Edit › Settings…)."));
        return false;
    }
    try {
        const QString path = core::Backup::write(*workspace, m_settings.backupFolder(), m_settings.backupGenerations());
        Q_EMIT notice(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    } catch (const core::StorageError& error) {
        Prompts::error(m_window, error.userMessage());
        return false;
    }
    return true;
}

void MaintenanceActions::backUpIfDue()
{
    core::Workspace* workspace = m_session.workspace();
    const QString folder = m_settings.backupFolder();
    if (!workspace || workspace->isDemo() || workspace->isOnServer() || folder.isEmpty() ||
        !core::Backup::dueOn(folder, workspace->path(), QDate::currentDate()))
        return;
    try {
        core::Backup::write(*workspace, folder, m_settings.backupGenerations());
    } catch (const core::StorageError& error) {
        // Said once per session: the saves themselves are safe, only the backup copy is missing.
        if (!m_backupFailureShown) {
            m_backupFailureShown = true;
            Prompts::error(m_window, tr("Today's automatic backup could not be made. Your changes are saved in the "
                                        "database.\n\n%1")
                                         .arg(error.userMessage()));
        }
    }
}

bool MaintenanceActions::checkDatabase()
{
    core::Workspace* workspace = m_session.workspace();
    if (!workspace)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto health = workspace->check();
    QApplication::restoreOverrideCursor();
    const bool intact = health.structureIntact;
    const qint64 broken = health.firstBrokenLogEntry;
    const qint64 entries = health.logEntries;
    QStringList findings;
    findings << (intact ? tr("The database's structure is intact.")
                        : tr("The database's structure is damaged. Restore the latest backup (File › Restore from "
                             "backup…) and contact your IT support."));
    findings << (broken == 0 ? tr("The access log (%n entries) is unbroken.", nullptr, int(entries))
                             : tr("The access log breaks at entry %1: that entry or one before it has been changed or "
                                  "removed outside Koordinera. Report this to the person responsible for information "
                                  "security.")
                                   .arg(broken));
    m_lastCheckReport = findings.join(QStringLiteral("\n\n"));
    if (intact && broken == 0)
        Prompts::inform(m_window, m_lastCheckReport);
    else
        Prompts::error(m_window, m_lastCheckReport);
    return intact && broken == 0;
}

QString MaintenanceActions::safetyCopyFolder() const
{
    const QString folder = m_settings.backupFolder();
    return folder.isEmpty() || !QFileInfo(folder).isDir() ? QFileInfo(m_session.workspace()->path()).absolutePath()
                                                          : folder;
}

bool MaintenanceActions::restoreBackup(const QString& backupPath)
{
    core::Workspace* workspace = m_session.workspace();
    if (!workspace || workspace->isDemo())
        return false;
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(workspace->path()).absoluteFilePath()) {
        Prompts::error(m_window, tr("That is the open database itself. Choose one of its backups."));
        return false;
    }
    const QString fileName = QFileInfo(backupPath).fileName();
    std::unique_ptr<core::Workspace> backup;
    QString error;
    while (!backup) {
        auto passphrase = Prompts::passphrase(m_window, {PassphraseDialog::Mode::Unlock, fileName, error});
        if (!passphrase)
            return false;
        const core::WipeOnExit wipePassphrase(*passphrase);
        try {
            backup = core::Workspace::openReadOnly(backupPath, *passphrase, m_settings.rehabRules(),
                                                   m_settings.coordinatorName());
        } catch (const core::StorageError& failure) {
            if (failure.kind() != core::StorageError::Kind::WrongPassphrase) {
                Prompts::error(m_window,
                               tr("Could not open the backup %1.\n\n%2").arg(fileName, failure.userMessage()));
                return false;
            }
            error = failure.userMessage();
        }
    }
    RestoreDialog preview(*backup, backupPath, safetyCopyFolder(), m_window);
    if (Prompts::exec(preview) != QDialog::Accepted)
        return false;
    try {
        core::Backup::write(*workspace, safetyCopyFolder(), std::max(m_settings.backupGenerations(), 2));
        m_undoStack.clear(); // the commands on it describe the database before the restore
        workspace->restoreFrom(*backup, fileName);
    } catch (const core::StorageError& failure) {
        Prompts::error(
            m_window,
            tr("The backup could not be restored. The database is as it was.\n\n%1").arg(failure.userMessage()));
        return false;
    }
    Q_EMIT restored();
    Q_EMIT notice(tr("Restored from %1.").arg(fileName), 8000);
    return true;
}

void MaintenanceActions::purgeOldCases()
{
    core::Workspace* workspace = m_session.workspace();
    if (!workspace)
        return;
    RetentionDialog dialog(*workspace, m_settings.retentionYears(), m_window);
    Prompts::exec(dialog);
    if (dialog.purgedAny())
        m_undoStack.clear(); // an undo cannot bring a purged case back, nor should it try
    Q_EMIT purged();
}

void MaintenanceActions::showAuditLog()
{
    if (core::Workspace* workspace = m_session.workspace()) {
        AuditLogDialog dialog(*workspace, m_settings.coordinatorName(), m_window);
        Prompts::exec(dialog);
    }
}

void MaintenanceActions::editKvaCodes()
{
    if (core::Workspace* workspace = m_session.workspace()) {
        KvaCodesDialog dialog(*workspace, m_window);
        Prompts::exec(dialog);
    }
}

void MaintenanceActions::editStaff()
{
    if (core::Workspace* workspace = m_session.workspace()) {
        StaffDialog dialog(*workspace, m_window);
        Prompts::exec(dialog);
    }
}

void MaintenanceActions::editUnitWork()
{
    if (core::Workspace* workspace = m_session.workspace()) {
        UnitWorkDialog dialog(*workspace, m_window);
        Prompts::exec(dialog);
    }
}

} // namespace koordinera::ui
