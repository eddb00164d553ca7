// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/NewCaseDialog.h"

#include "core/domain/IcdCode.h"
#include "core/domain/Validation.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "ui/widgets/CaseForm.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PatientForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace koordinera::ui {

NewCaseDialog::NewCaseDialog(core::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_knownPatient(new QLabel(this)),
      m_generalError(FormErrors::makeErrorLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCaseDialog"));
    const bool family = workspace.profile() == core::Profile::Family;
    setWindowTitle(family ? tr("New family") : tr("New case"));
    m_errors.setGeneralLabel(m_generalError);

    QList<core::Actor> employers;
    for (const auto& actor : workspace.actors().actors()) {
        if (actor.kind == core::ActorKind::Employer)
            employers.append(actor);
    }

    // In a family file the case's patient is the first parent; a second is added on the Family tab.
    auto* patientBox = new QGroupBox(family ? tr("Parent") : tr("Patient"), this);
    m_patientForm = new PatientForm(m_errors, workspace.today(), patientBox);
    auto* patientLayout = new QVBoxLayout(patientBox);
    patientLayout->addWidget(m_patientForm);
    m_knownPatient->setObjectName(QStringLiteral("knownPatientLabel"));
    m_knownPatient->setWordWrap(true);
    m_knownPatient->setVisible(false);
    patientLayout->addWidget(m_knownPatient);
    patientLayout->addStretch();

    auto* caseBox = new QGroupBox(family ? tr("Support") : tr("Case"), this);
    m_caseForm = new CaseForm(m_errors, employers, caseBox);
    m_caseForm->setShowFkConfirmation(false);
    core::CaseRecord record;
    record.openedOn = workspace.today();
    m_caseForm->setCaseRecord(record);
    addEmployerContactRows();
    if (family) {
        m_caseForm->setProfile(core::Profile::Family);
        for (QLineEdit* field : {m_contactName, m_contactTitle, m_contactPhone})
            m_caseForm->setRowVisible(field, false);
    }
    auto* caseLayout = new QVBoxLayout(caseBox);
    caseLayout->addWidget(m_caseForm);
    caseLayout->addStretch();

    auto* left = new QVBoxLayout;
    left->addWidget(patientBox);
    left->addWidget(buildSickLeaveBox());
    // A parent's sick leave is recorded when there is one, on the case's sick-leave tab; not asked at intake.
    m_sickLeaveBox->setVisible(!family);
    m_sickLeaveBox->setChecked(!family);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(caseBox, 1);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);

    connect(m_patientForm, &PatientForm::changed, this, &NewCaseDialog::revalidate);
    connect(m_patientForm, &PatientForm::identityCompleted, this, &NewCaseDialog::onIdentityCompleted);
    connect(m_caseForm, &CaseForm::changed, this, &NewCaseDialog::revalidate);
    m_patientForm->identityEdit()->setFocus();
    resize(960, sizeHint().height());
}

// Who to talk to at the employer: the employer becomes a contact of the case, with this person when named.
void NewCaseDialog::addEmployerContactRows()
{
    m_contactName = new QLineEdit(m_caseForm);
    m_contactName->setObjectName(QStringLiteral("employerContactNameEdit"));
    m_contactName->setPlaceholderText(tr("Name of the person to contact"));
    m_contactTitle = new QLineEdit(m_caseForm);
    m_contactTitle->setObjectName(QStringLiteral("employerContactTitleEdit"));
    m_contactTitle->setPlaceholderText(tr("e.g. nearest manager"));
    m_contactPhone = new QLineEdit(m_caseForm);
    m_contactPhone->setObjectName(QStringLiteral("employerContactPhoneEdit"));
    m_caseForm->addRow(tr("Contact at the emplo&yer"), m_contactName);
    m_caseForm->addRow(tr("Their tit&le"), m_contactTitle);
    m_caseForm->addRow(tr("Their p&hone"), m_contactPhone);
    const auto followEmployer = [this] {
        const bool employed = m_caseForm->caseRecord().occupation == core::Occupation::Employed;
        for (QLineEdit* field : {m_contactName, m_contactTitle, m_contactPhone})
            field->setEnabled(employed);
    };
    connect(m_caseForm, &CaseForm::changed, this, followEmployer);
    followEmployer();
}

void NewCaseDialog::prefill(const core::SickListPatient& listed)
{
    core::Patient patient;
    patient.identity = listed.identity;
    patient.identityKind = listed.identityKind;
    patient.sex = listed.sex;
    // Rehabstöd writes "Efternamn, Förnamn".
    patient.familyName = listed.name.section(QLatin1Char(','), 0, 0).trimmed();
    patient.givenName = listed.name.section(QLatin1Char(','), 1).trimmed();
    m_patientForm->setPatient(patient);
    m_sickLeaveBox->setChecked(true);
    if (const int index = m_degree->findData(listed.currentDegree()); index >= 0)
        m_degree->setCurrentIndex(index);
    if (listed.start.isValid())
        m_start->setDate(listed.start);
    if (listed.end.isValid())
        m_end->setDate(listed.end);
    m_diagnosisCode->setText(core::IcdCode::display(listed.diagnosisCode));
    m_diagnosisText->setText(listed.diagnosisText);
    revalidate();
}

QWidget* NewCaseDialog::buildSickLeaveBox()
{
    m_sickLeaveBox = new QGroupBox(tr("Sick leave and main diagnosis"), this);
    m_sickLeaveBox->setObjectName(QStringLiteral("sickLeaveBox"));
    m_sickLeaveBox->setCheckable(true);
    m_sickLeaveBox->setChecked(true);
    m_degree = new QComboBox(m_sickLeaveBox);
    m_degree->setObjectName(QStringLiteral("degreeCombo"));
    for (int degree : {100, 75, 50, 25})
        m_degree->addItem(QStringLiteral("%1 %").arg(degree), degree);
    m_start = makeDateEdit(m_sickLeaveBox, m_workspace.today());
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new OptionalDateEdit(tr("Ends"), m_sickLeaveBox);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setDate(m_workspace.today().addDays(29));
    m_end->checkBox()->setToolTip(tr("Leave unticked while the certificate has no end date."));
    m_diagnosisCode = new QLineEdit(m_sickLeaveBox);
    m_diagnosisCode->setObjectName(QStringLiteral("diagnosisCodeEdit"));
    m_diagnosisCode->setPlaceholderText(tr("ICD-10, e.g. F43.8A"));
    m_diagnosisCode->setMaxLength(12);
    connect(m_diagnosisCode, &QLineEdit::editingFinished, this,
            [this] { m_diagnosisCode->setText(m_diagnosisCode->text().trimmed().toUpper()); });
    m_diagnosisText = new QLineEdit(m_sickLeaveBox);
    m_diagnosisText->setObjectName(QStringLiteral("diagnosisTextEdit"));

    auto* form = new QFormLayout(m_sickLeaveBox);
    m_errors.addRow(form, tr("&Degree"), m_degree, QStringLiteral("degree"));
    m_errors.addRow(form, tr("F&rom"), m_start, QStringLiteral("start"));
    m_errors.addRow(form, tr("To"), m_end, QStringLiteral("end"));
    m_errors.addRow(form, tr("&Main diagnosis"), m_diagnosisCode, QStringLiteral("code"));
    form->addRow(tr("Diagnosis te&xt"), m_diagnosisText);

    connect(m_sickLeaveBox, &QGroupBox::toggled, this, &NewCaseDialog::revalidate);
    connect(m_degree, &QComboBox::currentIndexChanged, this, &NewCaseDialog::revalidate);
    connect(m_start, &QDateEdit::dateChanged, this, &NewCaseDialog::revalidate);
    connect(m_end, &OptionalDateEdit::changed, this, &NewCaseDialog::revalidate);
    connect(m_diagnosisCode, &QLineEdit::textEdited, this, &NewCaseDialog::revalidate);
    return m_sickLeaveBox;
}

core::NewCase NewCaseDialog::collect() const
{
    core::NewCase newCase;
    newCase.patient = m_patientForm->patient();
    newCase.caseRecord = m_caseForm->caseRecord();
    newCase.newEmployerName = m_caseForm->newEmployerName();
    newCase.employerContact.name = m_contactName->text();
    newCase.employerContact.title = m_contactTitle->text();
    newCase.employerContact.phone = m_contactPhone->text();
    if (m_sickLeaveBox->isChecked()) {
        newCase.firstPeriod =
            core::SickLeavePeriod{0, 0, m_degree->currentData().toInt(), m_start->date(), m_end->date()};
        if (!m_diagnosisCode->text().trimmed().isEmpty())
            newCase.mainDiagnosis =
                core::Diagnosis{0, 0, m_diagnosisCode->text(), m_diagnosisText->text().trimmed(), true};
    }
    return newCase;
}

void NewCaseDialog::revalidate()
{
    const core::NewCase newCase = collect();
    core::FieldErrors errors = core::Validation::patient(newCase.patient, m_workspace.today());
    for (const auto& error : core::Validation::caseRecord(newCase.caseRecord)) {
        if (error.field != QLatin1String("patient"))
            errors.append(error);
    }
    if (newCase.firstPeriod)
        errors += core::Validation::period(*newCase.firstPeriod, {});
    if (newCase.mainDiagnosis)
        errors += core::Validation::diagnosis(*newCase.mainDiagnosis);

    // Before the first save attempt, only complain about what the user has started to type: an empty
    // name is not an error yet, a mistyped identity number is.
    if (!m_triedToSave) {
        errors.removeIf([&newCase](const core::FieldError& error) {
            return (error.field == QLatin1String("identity") && newCase.patient.identity.size() < 10) ||
                   error.field == QLatin1String("givenName") || error.field == QLatin1String("familyName");
        });
    }
    m_errors.show(errors);
}

void NewCaseDialog::onIdentityCompleted(core::IdentityKind kind, const QString& stored)
{
    const auto existing = m_workspace.patients().findByIdentity(kind, stored);
    m_knownPatient->setVisible(existing.has_value());
    if (!existing)
        return;
    const int caseCount = int(m_workspace.cases().casesOfPatient(existing->id).size());
    m_knownPatient->setText(
        tr("%1 is already registered (%n case(s)). The new case is added to the same patient.", nullptr, caseCount)
            .arg(existing->fullName()));
    auto patient = *existing;
    m_patientForm->setPatient(patient);
}

bool NewCaseDialog::save()
{
    m_triedToSave = true;
    revalidate();
    if (!m_errors.isEmpty())
        return false;
    try {
        m_result = m_workspace.cases().create(collect());
        return true;
    } catch (const core::ValidationError& error) {
        m_errors.show(error.errors());
    } catch (const core::StorageError& error) {
        m_errors.show({{QString(), error.userMessage()}});
    }
    return false;
}

void NewCaseDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace koordinera::ui
