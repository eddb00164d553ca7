// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace koordinera::ui {

InactivityWatcher::InactivityWatcher(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InactivityWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityWatcher::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    setActive(m_active);
}

void InactivityWatcher::setActive(bool active)
{
    m_active = active;
    if (m_active && m_interval > 0)
        m_timer->start(m_interval);
    else
        m_timer->stop();
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer->isActive())
            m_timer->start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace koordinera::ui
