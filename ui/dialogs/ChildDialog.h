// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Family.h"
#include "ui/dialogs/RecordDialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace koordinera::ui {

// A child in the family (the family profile, issue 23): name, date of birth, the impairment in the family's own
// words, and the school or preschool.
class ChildDialog : public RecordDialog
{
    Q_OBJECT

public:
    ChildDialog(const core::FamilyChild& child, const QDate& today, QWidget* parent = nullptr);
    core::FamilyChild child() const;

protected:
    core::FieldErrors validate() const override;

private:
    core::FamilyChild m_child;
    QDate m_today;
    QLineEdit* m_givenName;
    QLineEdit* m_familyName;
    QDateEdit* m_birthDate;
    QPlainTextEdit* m_impairment;
    QLineEdit* m_school;
};

} // namespace koordinera::ui
