// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickListPatient.h"
#include "core/records/CaseRepository.h"
#include "ui/widgets/FormErrors.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

class CaseForm;
class OptionalDateEdit;
class PatientForm;

// Registers a sick-listed patient's case: the patient (or a known one, found by identity number), the case,
// and optionally the first sick-leave period and main diagnosis. Validates as the user types, shows each
// reason next to its field, and saves everything in one transaction.
class NewCaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewCaseDialog(core::Workspace& workspace, QWidget* parent = nullptr);

    const core::NewCaseResult& result() const { return m_result; }
    // Fills in what the unit's sick-leave list knows: who, the sjukfall at its current grade, the main diagnosis.
    void prefill(const core::SickListPatient& patient);
    // Validates and saves; false (with messages shown) when something is wrong.
    bool save();
    const FormErrors& errors() const { return m_errors; }

    void accept() override;

private:
    core::NewCase collect() const;
    void revalidate();
    void onIdentityCompleted(core::IdentityKind kind, const QString& stored);
    QWidget* buildSickLeaveBox();
    void addEmployerContactRows();

    core::Workspace& m_workspace;
    FormErrors m_errors;
    PatientForm* m_patientForm;
    CaseForm* m_caseForm;
    QGroupBox* m_sickLeaveBox = nullptr;
    QComboBox* m_degree = nullptr;
    QDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QLineEdit* m_diagnosisCode = nullptr;
    QLineEdit* m_diagnosisText = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactTitle = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLabel* m_knownPatient;
    QLabel* m_generalError;
    QDialogButtonBox* m_buttons;
    bool m_triedToSave = false;
    core::NewCaseResult m_result;
};

} // namespace koordinera::ui
