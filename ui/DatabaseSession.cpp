// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DatabaseSession.h"

#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"
#include "ui/dialogs/OlderFileDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/dialogs/ServerDialog.h"
#include "ui/widgets/ProgressRunner.h"

#include <QApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <QWidget>

namespace koordinera::ui {

DatabaseSession::DatabaseSession(core::Settings& settings, QWidget* window)
    : QObject(window), m_settings(settings), m_window(window)
{}

DatabaseSession::~DatabaseSession() = default;

void DatabaseSession::setWorkspace(std::unique_ptr<core::Workspace> workspace)
{
    Q_EMIT workspaceAboutToChange();
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_workspace->setUnit(m_settings.unitName());
        m_lockedPath.clear();
        m_lockedServer.reset();
    }
    Q_EMIT workspaceChanged(m_workspace.get());
}

bool DatabaseSession::open(const QString& path)
{
    return adopt(path, false);
}

bool DatabaseSession::create(const QString& path)
{
    return adopt(path, true);
}

bool DatabaseSession::adopt(const QString& path, bool create)
{
    const QString fileName = QFileInfo(path).fileName();
    try {
        std::unique_ptr<core::Workspace> workspace;
        if (create) {
            ProfileDialog choice(fileName, m_window);
            if (Prompts::exec(choice) != QDialog::Accepted)
                return false;
            const core::Profile profile = choice.profile();
            auto passphrase = Prompts::passphrase(m_window, {PassphraseDialog::Mode::Create, fileName, {}});
            if (!passphrase)
                return false;
            const core::WipeOnExit wipePassphrase(*passphrase);
            const core::RehabRules rules = m_settings.rehabRules();
            const QString coordinator = m_settings.coordinatorName();
            QThread* const guiThread = thread();
            // Deriving the key takes a good half second: off the GUI thread, like opening.
            ProgressRunner::wait(m_window, tr("Creating %1…").arg(fileName), [&] {
                workspace = core::Workspace::create(path, *passphrase, rules, coordinator, m_kdfParams, profile);
                workspace->handOverTo(guiThread);
            });
        } else {
            workspace = unlockFile(path);
            if (!workspace)
                return false;
        }
        setWorkspace(std::move(workspace));
    } catch (const core::StorageError& error) {
        const QString what = create ? tr("Could not create %1.\n\n%2") : tr("Could not open %1.\n\n%2");
        Prompts::error(m_window, what.arg(fileName, error.userMessage()));
        return false;
    }
    m_settings.rememberDatabase(path);
    return true;
}

// Asks for the passphrase until it is right or the user gives up; offers to take over a lock held elsewhere.
std::unique_ptr<core::Workspace> DatabaseSession::unlockFile(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    // A missing, odd or read-only file is said before the passphrase is typed in vain.
    core::Storage::requireDatabaseFile(path, true);
    QString error;
    bool forceLock = false;
    bool acceptAsItIs = false;
    for (;;) {
        auto passphrase = Prompts::passphrase(m_window, {PassphraseDialog::Mode::Unlock, fileName, error});
        if (!passphrase)
            return nullptr;
        const core::WipeOnExit wipePassphrase(*passphrase);
        core::Storage::OpenReport report;
        try {
            // Deriving the key, decrypting and loading the file: seconds for a large one, so off the GUI thread.
            std::unique_ptr<core::Workspace> workspace;
            const core::RehabRules rules = m_settings.rehabRules();
            const QString coordinator = m_settings.coordinatorName();
            QThread* const guiThread = thread();
            ProgressRunner::wait(m_window, tr("Opening %1…").arg(fileName), [&] {
                workspace =
                    core::Workspace::open(path, *passphrase, rules, coordinator, forceLock, &report, acceptAsItIs);
                workspace->handOverTo(guiThread);
            });
            workspace->setUnit(m_settings.unitName());
            // A failed attempt cannot be written to a database that is still sealed: it is recorded, with its
            // own time, by the opening that succeeds.
            workspace->audit().recordFailedUnlocks(m_failedUnlocks.take(QFileInfo(path).absoluteFilePath()));
            workspace->audit().record(core::AuditLog::Action::Unlock, 0, QStringLiteral("database"));
            if (report.droppedIncompleteTail) {
                Prompts::error(m_window, tr("The last change made before Koordinera stopped had not been saved "
                                            "completely and has been left out. Everything saved before it is there."));
            }
            if (!report.notice().isEmpty())
                Q_EMIT notice(report.notice(), 15000);
            return workspace;
        } catch (const core::StorageError& failure) {
            if (failure.kind() == core::StorageError::Kind::WrongPassphrase) {
                m_failedUnlocks[QFileInfo(path).absoluteFilePath()].append(QDateTime::currentDateTimeUtc());
                error = failure.userMessage();
                continue;
            }
            if (failure.kind() == core::StorageError::Kind::Busy && !forceLock &&
                Prompts::confirm(m_window, failure.userMessage() + QStringLiteral("\n\n") +
                                               tr("Take over the database? Do this only if it is certainly not in "
                                                  "use there, or changes made there will be lost."))) {
                forceLock = true;
                error.clear();
                continue;
            }
            if (failure.kind() == core::StorageError::Kind::NotNewest && !acceptAsItIs &&
                acceptOlderFile(path, *passphrase, failure.userMessage())) {
                acceptAsItIs = true;
                error.clear();
                continue;
            }
            throw;
        }
    }
}

bool DatabaseSession::acceptOlderFile(const QString& path, const QByteArray& passphrase, const QString& finding)
{
    std::unique_ptr<core::Workspace> file;
    try {
        const core::RehabRules rules = m_settings.rehabRules();
        const QString coordinator = m_settings.coordinatorName();
        QThread* const guiThread = thread();
        ProgressRunner::wait(m_window, tr("Opening %1…").arg(QFileInfo(path).fileName()), [&] {
            file = core::Workspace::openReadOnly(path, passphrase, rules, coordinator);
            file->handOverTo(guiThread);
        });
    } catch (const core::StorageError& error) {
        Prompts::error(m_window, tr("Could not open %1.\n\n%2").arg(QFileInfo(path).fileName(), error.userMessage()));
        return false;
    }
    OlderFileDialog dialog(*file, path, finding, m_window);
    return Prompts::exec(dialog) == QDialog::Accepted;
}

bool DatabaseSession::changePassphrase()
{
    if (!m_workspace || m_workspace->isDemo())
        return false;
    auto passphrase =
        Prompts::passphrase(m_window, {PassphraseDialog::Mode::Change, QFileInfo(m_workspace->path()).fileName(), {}});
    if (!passphrase)
        return false;
    const core::WipeOnExit wipePassphrase(*passphrase);
    try {
        m_workspace->changePassphrase(*passphrase, m_kdfParams);
    } catch (const core::StorageError& error) {
        Prompts::error(m_window, error.userMessage());
        return false;
    }
    Q_EMIT notice(tr("The passphrase has been changed."), 5000);
    return true;
}

bool DatabaseSession::importOld(const QString& plainPath, const QString& sealedPath)
{
    auto passphrase =
        Prompts::passphrase(m_window, {PassphraseDialog::Mode::Create, QFileInfo(sealedPath).fileName(), {}});
    if (!passphrase)
        return false;
    const core::WipeOnExit wipePassphrase(*passphrase);
    try {
        setWorkspace(core::Workspace::importPlain(plainPath, sealedPath, *passphrase, m_settings.rehabRules(),
                                                  m_settings.coordinatorName(), m_kdfParams));
    } catch (const core::StorageError& error) {
        Prompts::error(m_window,
                       tr("Could not import %1.\n\n%2").arg(QFileInfo(plainPath).fileName(), error.userMessage()));
        return false;
    }
    m_settings.rememberDatabase(sealedPath);
    Prompts::error(m_window,
                   tr("The database has been sealed into %1. Check it, then delete the old, unprotected file %2.")
                       .arg(QFileInfo(sealedPath).fileName(), QFileInfo(plainPath).fileName()));
    return true;
}

void DatabaseSession::openDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto demo = core::Workspace::demo(m_settings.rehabRules(), m_settings.coordinatorName());
    QApplication::restoreOverrideCursor();
    setWorkspace(std::move(demo));
}

bool DatabaseSession::connectToServer()
{
    auto workspace = askAndConnect(m_settings.serverProfile());
    if (!workspace)
        return false;
    setWorkspace(std::move(workspace));
    return true;
}

std::unique_ptr<core::Workspace> DatabaseSession::askAndConnect(const core::ServerProfile& profile)
{
    ServerDialog dialog(profile, m_window);
    std::unique_ptr<core::Workspace> connected;
    dialog.setSaveAction([&] {
        QByteArray password = dialog.password();
        const core::WipeOnExit wipe(password);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        const core::ServerProfile chosen = dialog.profile();
        connected = core::Workspace::onServer(core::Database::openServer(core::PgConnection::open(chosen, password)),
                                              m_settings.rehabRules(), m_settings.coordinatorName());
        connected->audit().record(core::AuditLog::Action::Unlock, 0, QStringLiteral("database"));
        m_settings.setServerProfile(chosen);
        m_connectedServer = chosen;
    });
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return nullptr;
    return connected;
}

void DatabaseSession::close()
{
    m_lockedPath.clear();
    m_lockedServer.reset();
    setWorkspace(nullptr);
}

void DatabaseSession::lock()
{
    if (!m_workspace || m_workspace->isDemo())
        return;
    m_workspace->audit().record(core::AuditLog::Action::Lock, 0, QStringLiteral("database"));
    // Known while the window rearranges itself around no workspace.
    if (m_workspace->isOnServer())
        m_lockedServer = m_connectedServer;
    else
        m_lockedPath = m_workspace->path();
    setWorkspace(nullptr);
}

QString DatabaseSession::lockedName() const
{
    return m_lockedServer ? serverName() : QFileInfo(m_lockedPath).fileName();
}

QString DatabaseSession::serverName() const
{
    return tr("%1 on %2").arg(m_connectedServer.unit, m_connectedServer.host);
}

bool DatabaseSession::unlock()
{
    if (!isLocked())
        return false;
    if (m_lockedServer) {
        auto workspace = askAndConnect(*m_lockedServer);
        if (!workspace)
            return false;
        setWorkspace(std::move(workspace));
        return true;
    }
    const QString path = m_lockedPath;
    std::unique_ptr<core::Workspace> workspace;
    try {
        workspace = unlockFile(path);
    } catch (const core::StorageError& error) {
        Prompts::error(m_window, tr("Could not open %1.\n\n%2").arg(QFileInfo(path).fileName(), error.userMessage()));
        return false;
    }
    if (!workspace)
        return false;
    setWorkspace(std::move(workspace));
    return true;
}

} // namespace koordinera::ui
