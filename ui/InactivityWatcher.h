// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace koordinera::ui {

// Watches the whole application for keyboard and mouse input and says when there has been none for the
// set interval, so an unattended Koordinera locks itself.
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InactivityWatcher(QObject* parent = nullptr);
    ~InactivityWatcher() override;

    // 0 switches it off.
    void setInterval(int milliseconds);
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer* m_timer;
    int m_interval = 0;
    bool m_active = false;
};

} // namespace koordinera::ui
