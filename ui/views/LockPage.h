// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/NoticePage.h"

class QLabel;

namespace koordinera::ui {

// What the window shows while a database is locked: its name and the way back in, nothing of its content.
class LockPage : public NoticePage
{
    Q_OBJECT

public:
    explicit LockPage(QWidget* parent = nullptr);
    void setFileName(const QString& fileName);
    // A unit on the region's server (issue 25): unlocking connects again with the coordinator's password.
    void setServer(const QString& unitOnHost);

Q_SIGNALS:
    void unlockRequested();

private:
    QLabel* m_text;
};

} // namespace koordinera::ui
