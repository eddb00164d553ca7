// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"
#include "ui/dialogs/RecordDialog.h"

#include <QDate>

namespace koordinera::ui {

class PatientForm;

// The family's second parent (issue 23): a client like the first, with an identity number; someone already in the
// file is found by it and not entered twice.
class ParentDialog : public RecordDialog
{
    Q_OBJECT

public:
    ParentDialog(const QDate& today, QWidget* parent = nullptr);
    core::Patient patient() const;

protected:
    core::FieldErrors validate() const override;

private:
    QDate m_today;
    PatientForm* m_form;
};

} // namespace koordinera::ui
