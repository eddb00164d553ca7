// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDialog>

class QRadioButton;

namespace koordinera::ui {

// Asked when a database is created (issue 23): which work it will hold, a clinic's rehabilitation coordination or a
// municipality's coordinator for parents. The choice decides the file's terms, fields, rules and documents, and is
// kept for the file's life.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(const QString& fileName, QWidget* parent = nullptr);
    core::Profile profile() const;
    void setProfile(core::Profile profile);

private:
    QRadioButton* m_rehab;
    QRadioButton* m_family;
};

} // namespace koordinera::ui
