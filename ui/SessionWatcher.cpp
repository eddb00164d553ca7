// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SessionWatcher.h"

namespace koordinera::ui {

SessionWatcher::SessionWatcher(QObject* parent)
    : SessionWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
{}

SessionWatcher::SessionWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = sessionBus;
    QDBusConnection system = systemBus;
    if (session.isConnected()) {
        for (const char* path : {"/org/freedesktop/ScreenSaver", "/ScreenSaver"}) {
            session.connect(QString(), QString::fromLatin1(path), QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
        }
        session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                        QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    if (system.isConnected()) {
        system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                       SLOT(onPrepareForSleep(bool)));
        const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
        if (!sessionId.isEmpty()) {
            system.connect(QStringLiteral("org.freedesktop.login1"), logindSessionPath(sessionId),
                           QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                           SLOT(onSessionLock()));
        }
    }
}

QString SessionWatcher::logindSessionPath(const QString& sessionId)
{
    // sd_bus_path_encode: letters and digits stay, except a leading digit; everything else becomes _xx.
    QString encoded;
    const QByteArray utf8 = sessionId.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (letter || (digit && i > 0))
            encoded += QLatin1Char(c);
        else
            encoded += QStringLiteral("_%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("/org/freedesktop/login1/session/") + encoded;
}

void SessionWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested();
}

void SessionWatcher::onPrepareForSleep(bool start)
{
    if (start)
        Q_EMIT lockRequested();
}

void SessionWatcher::onSessionLock()
{
    Q_EMIT lockRequested();
}

} // namespace koordinera::ui
