// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/domain/Validation.h"
#include "core/records/ActorRepository.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseDerived.h"
#include "core/records/PatientRepository.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace koordinera::core {

namespace {

constexpr auto SelectCase = "SELECT id, patient_id, reference, status, outcome, opened_on, closed_on, reason_offered, "
                            "occupation, employer_id, job_tasks, offset_days, fk_confirmed_day, fk_confirmed_on, "
                            "doctor, row_version FROM cases ";

CaseRecord caseFrom(const Statement& row)
{
    CaseRecord record;
    record.id = row.columnInt64(0);
    record.patientId = row.columnInt64(1);
    record.reference = row.columnText(2);
    record.status = text::fromKeyOr(row.columnText(3), CaseStatus::None);
    record.outcome = text::fromKeyOr(row.columnText(4), CaseOutcome::Other);
    record.openedOn = row.columnDate(5);
    record.closedOn = row.columnDate(6);
    record.reasonOffered = row.columnText(7);
    record.occupation = text::fromKeyOr(row.columnText(8), Occupation::Unknown);
    record.employerId = row.columnInt64(9);
    record.jobTasks = row.columnText(10);
    record.offsetDays = row.columnInt(11);
    record.fkConfirmedDay = row.columnOptionalInt(12);
    record.fkConfirmedOn = row.columnDate(13);
    record.doctor = row.columnText(14);
    record.rowVersion = row.columnInt64(15);
    return record;
}

// Keeps status, outcome and closing date consistent whatever the dialog sent.
void normalizeClosing(CaseRecord& record, const QDate& today)
{
    if (!record.isClosed()) {
        record.outcome = CaseOutcome::None;
        record.closedOn = QDate();
        return;
    }
    if (record.status == CaseStatus::Declined && record.outcome == CaseOutcome::None)
        record.outcome = CaseOutcome::Declined;
    if (!record.closedOn.isValid())
        record.closedOn = today;
}

FieldErrors withoutField(FieldErrors errors, const QString& field)
{
    errors.removeIf([&field](const FieldError& error) { return error.field == field; });
    return errors;
}

} // namespace

std::optional<CaseRecord> CaseRepository::get(qint64 id) const
{
    Statement row(m_context.db, std::string(SelectCase) + "WHERE id = ?");
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return caseFrom(row);
}

QList<CaseRecord> CaseRepository::openCases() const
{
    QList<CaseRecord> result;
    Statement rows(m_context.db, std::string(SelectCase) + "WHERE status NOT IN ('closed', 'declined') ORDER BY id");
    while (rows.step())
        result.append(caseFrom(rows));
    return result;
}

std::optional<CaseRecord> CaseRepository::findByReference(const QString& reference) const
{
    Statement row(m_context.db, std::string(SelectCase) + "WHERE reference = ?");
    row.bind(1, reference.trimmed());
    if (!row.step())
        return std::nullopt;
    return caseFrom(row);
}

QList<CaseRecord> CaseRepository::casesOfPatient(qint64 patientId) const
{
    QList<CaseRecord> cases;
    Statement rows(m_context.db, std::string(SelectCase) + "WHERE patient_id = ? ORDER BY opened_on");
    rows.bind(1, patientId);
    while (rows.step())
        cases.append(caseFrom(rows));
    return cases;
}

QString CaseRepository::nextReference(int year) const
{
    // "K-2026-" is seven characters; the expressions match the index cases_reference_number exactly, so this is
    // one index lookup however many cases there are.
    const QString prefix = QStringLiteral("K-%1-").arg(year);
    Statement row(m_context.db, "SELECT coalesce(max(CAST(substr(reference, 8) AS INTEGER)), 0) FROM cases "
                                "WHERE substr(reference, 1, 7) = ?");
    row.bind(1, prefix);
    const int last = row.step() ? row.columnInt(0) : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

NewCaseResult CaseRepository::create(NewCase newCase)
{
    const QDate today = m_context.today();
    PatientRepository patients(m_context);
    NewCaseResult result;

    // Validate everything first so the user sees every problem at once, and nothing is written.
    if (newCase.patient.identityKind != IdentityKind::Reservnummer) {
        const auto number = IdentityNumber::parse(newCase.patient.identity, today);
        if (number.isValid()) {
            newCase.patient.identity = number.stored();
            newCase.patient.identityKind = number.kind();
        }
    } else {
        newCase.patient.identity = newCase.patient.identity.trimmed();
    }
    auto& record = newCase.caseRecord;
    normalizeClosing(record, today);
    FieldErrors errors = Validation::patient(newCase.patient, today);
    errors += withoutField(Validation::caseRecord(record), QStringLiteral("patient"));
    if (newCase.firstPeriod)
        errors += Validation::period(*newCase.firstPeriod, {});
    if (newCase.mainDiagnosis)
        errors += Validation::diagnosis(*newCase.mainDiagnosis);
    Validation::require(errors);

    const bool imported = !newCase.importedFrom.isEmpty();
    Transaction transaction(m_context.db);
    if (auto existing = patients.findByIdentity(newCase.patient.identityKind, newCase.patient.identity)) {
        result.patientExisted = true;
        newCase.patient.id = existing->id;
    }
    if (newCase.patient.id != 0) {
        patients.save(newCase.patient);
    } else {
        // Validated above, and no one has the number: inserted without asking both again. An imported row's
        // patient is named by the case's Import entry.
        patients.insertValidated(newCase.patient, !imported);
    }
    result.patientId = newCase.patient.id;

    if (!newCase.newEmployerName.trimmed().isEmpty()) {
        Actor employer{0, ActorKind::Employer, newCase.newEmployerName.trimmed(), {}, {}, {}};
        ActorRepository(m_context).saveActor(employer);
        record.employerId = employer.id;
    }
    record.patientId = newCase.patient.id;
    record.reference = nextReference(record.openedOn.year());
    record.id =
        Statement(m_context.db,
                  std::string("INSERT INTO cases (id, patient_id, reference, status, outcome, opened_on, closed_on, "
                              "reason_offered, occupation, employer_id, job_tasks, offset_days, fk_confirmed_day, "
                              "fk_confirmed_on, doctor) VALUES (") +
                      Migrations::nextIdSql(m_context.db, Migrations::IdTable::Cases) +
                      ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .bindAll(record.patientId, record.reference, text::keyOf(record.status), text::keyOf(record.outcome),
                     record.openedOn, record.closedOn, record.reasonOffered.trimmed(), text::keyOf(record.occupation))
            .bindId(9, record.employerId)
            .bind(10, record.jobTasks.trimmed())
            .bind(11, record.offsetDays)
            .bind(12, record.fkConfirmedDay)
            .bind(13, record.fkConfirmedOn)
            .bind(14, record.doctor.trimmed())
            .insertedId();

    if (newCase.firstPeriod) {
        const auto& period = *newCase.firstPeriod;
        Statement(m_context.db, "INSERT INTO sick_leave_periods (case_id, degree, start_date, end_date) "
                                "VALUES (?, ?, ?, ?)")
            .bindAll(record.id, period.degree, period.start, period.end)
            .run();
    }
    if (newCase.mainDiagnosis) {
        Statement(m_context.db, "INSERT INTO diagnoses (case_id, code, text, is_main) VALUES (?, ?, ?, 1)")
            .bindAll(record.id, *IcdCode::normalize(newCase.mainDiagnosis->code), newCase.mainDiagnosis->text.trimmed())
            .run();
    }
    if (record.employerId)
        addEmployerContact(record, newCase.employerContact);
    CaseDerived::refresh(m_context, record.id);
    if (!imported) {
        AuditLog(m_context).record(AuditLog::Action::Create, record.id, QStringLiteral("case"), record.reference);
    } else {
        AuditLog(m_context).record(AuditLog::Action::Import, record.id, QStringLiteral("case"),
                                   record.reference + QStringLiteral(", ") + newCase.importedFrom +
                                       (result.patientExisted ? QString() : QStringLiteral(", new patient")),
                                   record.patientId);
    }
    transaction.commit();

    result.caseId = record.id;
    result.reference = record.reference;
    return result;
}

// The employer named on a new case is a party to it at once: the consent checks, the letters and the meeting
// invitations find it among the contacts. A person named with it is registered with the employer.
void CaseRepository::addEmployerContact(const CaseRecord& record, ContactPerson person)
{
    CaseContact contact{0, record.id, record.employerId, 0, person.title.trimmed(), {}};
    person.name = person.name.trimmed();
    if (person.name.isEmpty()) {
        ActorRepository(m_context).saveContact(contact, nullptr, nullptr);
        return;
    }
    person.id = 0;
    person.title = person.title.trimmed();
    person.phone = person.phone.trimmed();
    ActorRepository(m_context).saveContact(contact, nullptr, &person);
}

void CaseRepository::save(CaseRecord& record)
{
    normalizeClosing(record, m_context.today());
    Validation::require(Validation::caseRecord(record));
    Transaction transaction(m_context.db);
    const qint64 version = RowVersion::claim(m_context, "cases", record.id, record.rowVersion);
    Statement(m_context.db,
              "UPDATE cases SET status = ?, outcome = ?, opened_on = ?, closed_on = ?, reason_offered = ?, "
              "occupation = ?, employer_id = ?, job_tasks = ?, offset_days = ?, fk_confirmed_day = ?, "
              "fk_confirmed_on = ?, doctor = ? WHERE id = ?")
        .bindAll(text::keyOf(record.status), text::keyOf(record.outcome), record.openedOn, record.closedOn,
                 record.reasonOffered.trimmed(), text::keyOf(record.occupation))
        .bindId(7, record.employerId)
        .bind(8, record.jobTasks.trimmed())
        .bind(9, record.offsetDays)
        .bind(10, record.fkConfirmedDay)
        .bind(11, record.fkConfirmedOn)
        .bind(12, record.doctor.trimmed())
        .bind(13, record.id)
        .run();
    CaseDerived::refresh(m_context, record.id);
    AuditLog(m_context).record(AuditLog::Action::Change, record.id, QStringLiteral("case"), record.reference);
    transaction.commit();
    record.rowVersion = version;
}

} // namespace koordinera::core
