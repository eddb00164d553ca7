// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/EditCaseDialog.h"

#include "ui/widgets/CaseForm.h"
#include "ui/widgets/PatientForm.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace koordinera::ui {

EditCaseDialog::EditCaseDialog(const core::Patient& patient, const core::CaseRecord& caseRecord,
                               const QList<core::Actor>& employers, const QDate& today, core::Profile profile,
                               QWidget* parent)
    : RecordDialog(tr("Edit case %1").arg(caseRecord.reference), parent), m_today(today)
{
    setObjectName(QStringLiteral("editCaseDialog"));
    const bool family = profile == core::Profile::Family;
    auto* patientBox = new QGroupBox(family ? tr("First parent") : tr("Patient"), this);
    m_patientForm = new PatientForm(formErrors(), today, patientBox);
    (new QVBoxLayout(patientBox))->addWidget(m_patientForm);
    auto* caseBox = new QGroupBox(family ? tr("Support") : tr("Case"), this);
    m_caseForm = new CaseForm(formErrors(), employers, caseBox);
    m_caseForm->setProfile(profile);
    (new QVBoxLayout(caseBox))->addWidget(m_caseForm);
    auto* columns = new QWidget(this);
    auto* layout = new QHBoxLayout(columns);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(patientBox, 1, Qt::AlignTop);
    layout->addWidget(caseBox, 1);
    form()->addRow(columns);

    m_patientForm->setPatient(patient);
    m_caseForm->setCaseRecord(caseRecord);
    connect(m_patientForm, &PatientForm::changed, this, &EditCaseDialog::revalidate);
    connect(m_caseForm, &CaseForm::changed, this, &EditCaseDialog::revalidate);
    resize(960, sizeHint().height());
}

core::Patient EditCaseDialog::patient() const
{
    return m_patientForm->patient();
}

core::CaseRecord EditCaseDialog::caseRecord() const
{
    return m_caseForm->caseRecord();
}

QString EditCaseDialog::newEmployerName() const
{
    return m_caseForm->newEmployerName();
}

core::FieldErrors EditCaseDialog::validate() const
{
    return core::Validation::patient(patient(), m_today) + core::Validation::caseRecord(caseRecord());
}

} // namespace koordinera::ui
