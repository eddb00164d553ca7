// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/NoticePage.h"

namespace koordinera::ui {

// What the window shows when no database is open: create one, open one, or try the demo.
class WelcomePage : public NoticePage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void demoRequested();
};

} // namespace koordinera::ui
