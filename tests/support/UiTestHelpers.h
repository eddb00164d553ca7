// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventLoop.h"
#include "QtCatch.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace koordinera::tests {

// Types text the way a keyboard would, one key event per character with its text, so å, ä and ö work
// (QTest::keyClicks asserts on non-Latin-1 keys).
inline void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// Runs `interact` on the next modal dialog of type T once it is shown (for code that calls exec()). The test fails
// when no dialog of that type is open by then: a step that silently opened nothing must not pass. (FAIL_CHECK, not
// FAIL: an exception must not go through Qt's event loop.)
template <typename T> void whenDialogOpens(std::function<void(T*)> interact)
{
    QTimer::singleShot(0, [interact] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog)
            interact(dialog);
        else
            FAIL_CHECK("the expected dialog did not open");
    });
}

// Writes a PNG of `widget` to $KOORDINERA_SCREENSHOTS/<name>.png when that variable is set.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KOORDINERA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Let pending layout requests run first, as they would before a real window is painted.
    QApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Settings in a temporary INI file, so tests never touch the user's.
struct TemporarySettings
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> make() const
    {
        return std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
};

} // namespace koordinera::tests
