// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace koordinera::ui {

// Tells when the platform says the user has stepped away: the screen saver or screen lock starts
// (org.freedesktop.ScreenSaver / org.gnome.ScreenSaver ActiveChanged, logind's Lock for this session) or
// the machine is about to sleep (logind PrepareForSleep). Where there is no bus, it simply never fires.
class SessionWatcher : public QObject
{
    Q_OBJECT

public:
    // The buses to listen on; tests pass a private bus as both.
    SessionWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent = nullptr);
    explicit SessionWatcher(QObject* parent = nullptr);

    // logind's object path for a session id ("3" -> "/org/freedesktop/login1/session/_33").
    static QString logindSessionPath(const QString& sessionId);

Q_SIGNALS:
    void lockRequested();

private Q_SLOTS:
    // QtDBus delivers bus signals only to slots named by signature, hence slots here rather than lambdas.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool start);
    void onSessionLock();
};

} // namespace koordinera::ui
