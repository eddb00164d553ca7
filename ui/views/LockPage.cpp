// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/LockPage.h"

#include <QLabel>
#include <QPushButton>

namespace koordinera::ui {

LockPage::LockPage(QWidget* parent) : NoticePage(parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("lockPage"));
    auto* unlockButton = new QPushButton(tr("&Unlock…"), this);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    connect(unlockButton, &QPushButton::clicked, this, &LockPage::unlockRequested);
    layOut(tr("Koordinera is locked"), m_text, {unlockButton});
}

void LockPage::setFileName(const QString& fileName)
{
    m_text->setText(
        tr("%1 is locked. No patient data is shown until you unlock it with the passphrase.").arg(fileName));
}

void LockPage::setServer(const QString& unitOnHost)
{
    m_text->setText(tr("%1 is locked and the connection closed. No patient data is shown until you connect again "
                       "with your password.")
                        .arg(unitOnHost));
}

} // namespace koordinera::ui
