// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SensitiveClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace koordinera::ui {

SensitiveClipboard::SensitiveClipboard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfOurs);
}

SensitiveClipboard::~SensitiveClipboard()
{
    clearIfOurs();
}

void SensitiveClipboard::copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_copied = text;
    m_timer.start();
}

bool SensitiveClipboard::holdsOurs() const
{
    return !m_copied.isEmpty() && QGuiApplication::clipboard()->text(QClipboard::Clipboard) == m_copied;
}

void SensitiveClipboard::clearIfOurs()
{
    m_timer.stop();
    if (holdsOurs())
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_copied.clear();
}

} // namespace koordinera::ui
