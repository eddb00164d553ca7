// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace koordinera::ui {

// Copies patient data (an identity number) to the clipboard for a short while: after the timeout, on lock
// and on quit it is cleared again, unless something else has been copied since. Clipboard managers are
// asked not to keep it (the hint KDE's Klipper and others honour).
class SensitiveClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30'000;

    explicit SensitiveClipboard(QObject* parent = nullptr);
    ~SensitiveClipboard() override;

    void copy(const QString& text);
    // Clears the clipboard if it still holds what we put there.
    void clearIfOurs();
    bool holdsOurs() const;
    void setTimeout(int milliseconds) { m_timer.setInterval(milliseconds); }

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace koordinera::ui
