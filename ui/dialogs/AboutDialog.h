// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace koordinera::ui {

// Help › About Koordinera: what this program is, its version and build, its licence, and the libraries it
// is built on with their versions and licences (GPL section 4 and the LGPL ask for the latter).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent);
};

} // namespace koordinera::ui
