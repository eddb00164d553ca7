// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Patient.h"
#include "ui/dialogs/RecordDialog.h"

namespace koordinera::ui {

class CaseForm;
class PatientForm;

// Edits the patient and the case together (status and closing included).
class EditCaseDialog : public RecordDialog
{
    Q_OBJECT

public:
    EditCaseDialog(const core::Patient& patient, const core::CaseRecord& caseRecord,
                   const QList<core::Actor>& employers, const QDate& today,
                   core::Profile profile = core::Profile::Rehab, QWidget* parent = nullptr);

    core::Patient patient() const;
    core::CaseRecord caseRecord() const;
    QString newEmployerName() const;

protected:
    core::FieldErrors validate() const override;

private:
    QDate m_today;
    PatientForm* m_patientForm;
    CaseForm* m_caseForm;
};

} // namespace koordinera::ui
