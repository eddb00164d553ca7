// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ParentDialog.h"

#include "ui/widgets/PatientForm.h"

#include <QFormLayout>
#include <QLineEdit>

namespace koordinera::ui {

ParentDialog::ParentDialog(const QDate& today, QWidget* parent)
    : RecordDialog(tr("Add the second parent"), parent), m_today(today)
{
    setObjectName(QStringLiteral("parentDialog"));
    m_form = new PatientForm(formErrors(), today, this);
    form()->addRow(m_form);
    connect(m_form, &PatientForm::changed, this, &ParentDialog::revalidate);
    m_form->identityEdit()->setFocus();
    setMinimumWidth(480);
}

core::Patient ParentDialog::patient() const
{
    return m_form->patient();
}

core::FieldErrors ParentDialog::validate() const
{
    return core::Validation::patient(patient(), m_today);
}

} // namespace koordinera::ui
