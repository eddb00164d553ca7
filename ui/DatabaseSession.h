// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/PgConnection.h"
#include "core/storage/SealedStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

class QWidget;

namespace koordinera::core {
class Settings;
class Workspace;
} // namespace koordinera::core

namespace koordinera::ui {

// The open database and how it came to be open: creating, opening and unlocking a sealed file (asking for the
// passphrase until it is right, offering to take over a lock held elsewhere, asking about a file older than the
// last one saved here), sealing a database from an earlier version, the demo, locking and closing. The window only
// arranges its pages around whatever workspace this holds.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the prompts and progress dialogs.
    DatabaseSession(core::Settings& settings, QWidget* window);
    ~DatabaseSession() override;

    core::Workspace* workspace() const { return m_workspace.get(); }
    // Takes over an open workspace (the demo from the command line, a test's); nullptr closes.
    void setWorkspace(std::unique_ptr<core::Workspace> workspace);
    // The key-derivation cost for new databases (tests use libsodium's minimum).
    void setKdfParams(const core::KdfParams& params) { m_kdfParams = params; }

    // Each asks what it needs and says what went wrong; true when a database is open afterwards.
    bool open(const QString& path);
    bool create(const QString& path);
    bool importOld(const QString& plainPath, const QString& sealedPath);
    void openDemo();
    // Asks where the region's server is, who signs in and in which unit, with the password, and works there
    // (issue 25). The profile is remembered, never the password.
    bool connectToServer();
    void close();
    bool changePassphrase();

    // Writes the lock to the access log, drops the working database (the key is wiped with it) and remembers the
    // file, so that unlock() asks for its passphrase only. On a server the connection is closed, and unlock() asks
    // for the password to connect again.
    void lock();
    bool unlock();
    bool isLocked() const { return !m_lockedPath.isEmpty() || m_lockedServer.has_value(); }
    // The locked file's name, or the server's unit and host.
    QString lockedName() const;
    // "TEST on db.region.se": the unit and the server the workspace is on (the title, the lock page).
    QString serverName() const;
    bool isServerLocked() const { return m_lockedServer.has_value(); }

Q_SIGNALS:
    // Before the workspace goes: whatever holds on to it lets go now.
    void workspaceAboutToChange();
    // After the change; nullptr when closed or locked.
    void workspaceChanged(core::Workspace* workspace);
    // A passing message for the status bar.
    void notice(const QString& text, int milliseconds);

private:
    bool adopt(const QString& path, bool create);
    // The server dialog, pre-filled with `profile`; the workspace once connected, else null.
    std::unique_ptr<core::Workspace> askAndConnect(const core::ServerProfile& profile);
    std::unique_ptr<core::Workspace> unlockFile(const QString& path);
    // Shows what a file that is not the newest holds (read-only) and asks whether to work in it as it is.
    bool acceptOlderFile(const QString& path, const QByteArray& passphrase, const QString& finding);

    core::Settings& m_settings;
    QWidget* m_window;
    std::unique_ptr<core::Workspace> m_workspace;
    core::KdfParams m_kdfParams = core::KdfParams::standard();
    QString m_lockedPath;
    std::optional<core::ServerProfile> m_lockedServer;
    core::ServerProfile m_connectedServer; // the server last connected to
    // Wrong passphrases per database, written to its log once it is opened with the right one.
    QHash<QString, QList<QDateTime>> m_failedUnlocks;
};

} // namespace koordinera::ui
