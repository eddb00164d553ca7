// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/WelcomePage.h"

#include <QLabel>
#include <QPushButton>

namespace koordinera::ui {

WelcomePage::WelcomePage(QWidget* parent) : NoticePage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* create = new QPushButton(tr("Create a new database…"), this);
    create->setObjectName(QStringLiteral("createDatabaseButton"));
    auto* open = new QPushButton(tr("Open a database…"), this);
    open->setObjectName(QStringLiteral("openDatabaseButton"));
    auto* demo = new QPushButton(tr("Try with demo data"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto* text = new QLabel(tr("No database is open. A database holds your unit's cases; keep it on a drive that "
                               "is backed up."),
                            this);
    layOut(tr("Welcome to Koordinera"), text, {create, open, demo});
}

} // namespace koordinera::ui
