// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/SickListRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Format.h"
#include "core/domain/IcdCode.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseRepository.h"
#include "core/records/PatientRepository.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/records/SickLeaveRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <map>
#include <tuple>

namespace koordinera::core {

namespace {

using Decision = SickListCandidate::Decision;

// Why a decision about `candidateId` changed nothing: the patient has left the list, or someone decided first.
[[noreturn]] void refuseDecision(Database& db, qint64 candidateId)
{
    Statement earlier(db, "SELECT decided_by, decided_at FROM sick_list_patients WHERE id = ?");
    earlier.bind(1, candidateId);
    if (!earlier.step()) {
        throw ValidationError({{QStringLiteral("candidate"),
                                QCoreApplication::translate("SickList", "The patient is no longer on the list.")}});
    }
    QDateTime at = earlier.columnDateTime(1);
    at.setTimeSpec(Qt::UTC); // stored in UTC
    throw StorageError(StorageError::Kind::ChangedElsewhere,
                       QCoreApplication::translate("SickList", "%1 recorded a decision about this patient at %2, after "
                                                               "the list was shown. Their decision is kept.")
                           .arg(earlier.columnText(0), format::dateTime(at.toLocalTime())));
}

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Pending:
        return {};
    case Decision::CaseStarted:
        return QStringLiteral("case_started");
    case Decision::NotNow:
        return QStringLiteral("not_now");
    }
    return {};
}

Decision decisionOf(const QString& key)
{
    if (key == QLatin1String("case_started"))
        return Decision::CaseStarted;
    if (key == QLatin1String("not_now"))
        return Decision::NotNow;
    return Decision::Pending;
}

// "F00–F99 Psykiska sjukdomar …" -> "F00–F99": the range names the chapter in stored counts.
QString chapterKey(const QString& storedCode)
{
    return storedCode.isEmpty() ? QString() : IcdCode::chapterOf(storedCode).section(QLatin1Char(' '), 0, 0);
}

// The open case of a registered patient, if any: such a patient is in coordination.
std::optional<CaseRecord> openCaseOf(ServiceContext& context, const SickListPatient& patient)
{
    const auto registered = PatientRepository(context).findByIdentity(patient.identityKind, patient.identity);
    if (!registered)
        return std::nullopt;
    for (const CaseRecord& record : CaseRepository(context).casesOfPatient(registered->id)) {
        if (!record.isClosed())
            return record;
    }
    return std::nullopt;
}

// What the list says about a case's sick leave that the case does not have yet: the list's current sjukfall up to
// its end, at its current grade. Days the case already covers at another grade are a difference to show.
std::optional<SickListPeriodChange> periodChange(ServiceContext& context, const CaseRecord& record,
                                                 const SickListPatient& patient)
{
    const int degree = patient.currentDegree();
    if (!patient.end.isValid() || !patient.start.isValid() || degree == 0)
        return std::nullopt;
    const QList<SickLeavePeriod> periods = SickLeaveRepository(context).periods(record.id);
    QDate from = patient.start;
    for (const SickLeavePeriod& period : periods) {
        const bool coversEnd = period.start <= patient.end && (!period.end.isValid() || period.end >= patient.end);
        if (coversEnd) {
            if (period.degree == degree)
                return std::nullopt; // the case already says so
            return SickListPeriodChange{record.id, record.reference,
                                        {},        SickLeavePeriod{0, record.id, degree, period.start, patient.end},
                                        true,      {period}};
        }
        if (period.end.isValid() && period.end < patient.end && period.end >= from)
            from = period.end.addDays(1);
    }
    const SickLeavePeriod proposed{0, record.id, degree, from, patient.end};
    QList<SickLeavePeriod> overlapping;
    std::copy_if(periods.cbegin(), periods.cend(), std::back_inserter(overlapping),
                 [&proposed](const SickLeavePeriod& period) { return period.overlaps(proposed); });
    return SickListPeriodChange{record.id, record.reference, {}, proposed, !overlapping.isEmpty(), overlapping};
}

} // namespace

struct SickListRepository::Plan
{
    SickListImportSummary summary;
    QList<SickListPatient> candidates; // not in coordination
    QList<QString> matchedIdentities;
    QList<std::pair<qint64, QString>> doctors; // case, the doctor the list names
    // (sex, length bucket, chapter, in coordination) -> patients
    std::map<std::tuple<QString, QString, QString, bool>, int> counts;
};

SickListRepository::Plan SickListRepository::plan(const QDate& listDate, const QList<SickListPatient>& patients) const
{
    Plan plan;
    plan.summary.rows = int(patients.size());
    QSet<QString> known;
    Statement onList(m_context.db, "SELECT identity FROM sick_list_patients");
    while (onList.step())
        known.insert(onList.columnText(0));
    for (const SickListPatient& patient : patients) {
        const auto record = openCaseOf(m_context, patient);
        const bool inCoordination = record.has_value();
        ++plan.counts[{text::keyOf(patient.sex), sickListLengthBucket(patient.lengthOn(listDate)),
                       chapterKey(patient.diagnosisCode), inCoordination}];
        if (inCoordination) {
            ++plan.summary.matched;
            plan.matchedIdentities.append(patient.identity);
            if (!patient.doctor.trimmed().isEmpty())
                plan.doctors.append({record->id, patient.doctor.trimmed()});
            if (auto change = periodChange(m_context, *record, patient)) {
                change->patientName = patient.name;
                (change->conflicts ? plan.summary.differences : plan.summary.periodsAdded).append(*change);
            }
            continue;
        }
        plan.candidates.append(patient);
        if (known.contains(patient.identity))
            ++plan.summary.stillOnList;
        else
            ++plan.summary.newOnList;
    }
    return plan;
}

SickListImportSummary SickListRepository::preview(const QDate& listDate, const QList<SickListPatient>& patients) const
{
    return plan(listDate, patients).summary;
}

SickListImportSummary SickListRepository::import(const QDate& listDate, const QList<SickListPatient>& patients,
                                                 const QString& fileName, int refusedRows,
                                                 const QSet<qint64>& correctCases)
{
    Plan planned = plan(listDate, patients);
    SickListImportSummary& summary = planned.summary;
    summary.refused = refusedRows;
    const auto confirmed = std::stable_partition(
        summary.differences.begin(), summary.differences.end(),
        [&correctCases](const SickListPeriodChange& change) { return !correctCases.contains(change.caseId); });
    summary.corrected = QList<SickListPeriodChange>(confirmed, summary.differences.end());
    summary.differences.erase(confirmed, summary.differences.end());
    Transaction transaction(m_context.db);
    summary.importId =
        Statement(m_context.db,
                  "INSERT INTO sick_list_imports (list_date, imported_at, imported_by, file_name, rows_read, "
                  "rows_refused, matched, periods_added, new_on_list) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .bindAll(listDate, QDateTime::currentDateTimeUtc(), m_context.userName, fileName, summary.rows, refusedRows,
                     summary.matched, int(summary.periodsAdded.size() + summary.corrected.size()), summary.newOnList)
            .insertedId();

    SickLeaveRepository sickLeave(m_context);
    for (SickListPeriodChange& change : summary.periodsAdded)
        sickLeave.savePeriod(change.period);
    for (SickListPeriodChange& change : summary.corrected)
        sickLeave.saveReplacingOverlaps(change.period);
    // The doctor the list names goes on the case in coordination, as a change of the case: an edit of the case read
    // before it is refused rather than putting the old doctor back (RowVersion).
    for (const auto& [caseId, doctor] : std::as_const(planned.doctors)) {
        Statement(m_context.db, "UPDATE cases SET doctor = ? WHERE id = ? AND doctor <> ?")
            .bindAll(doctor, caseId, doctor)
            .run();
        if (m_context.db.changesOfLastStatement() > 0)
            RowVersion::claim(m_context, "cases", caseId, 0);
    }

    for (const SickListPatient& patient : std::as_const(planned.candidates)) {
        Statement(m_context.db,
                  "INSERT INTO sick_list_patients (identity, identity_kind, name, sex, start_date, end_date, "
                  "length_days, degree, diagnosis_code, diagnosis_text, doctor, first_seen, last_import_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(identity) DO UPDATE SET "
                  "identity_kind = excluded.identity_kind, name = excluded.name, sex = excluded.sex, "
                  "start_date = excluded.start_date, end_date = excluded.end_date, length_days = excluded.length_days, "
                  "degree = excluded.degree, diagnosis_code = excluded.diagnosis_code, "
                  "diagnosis_text = excluded.diagnosis_text, doctor = excluded.doctor, "
                  "last_import_id = excluded.last_import_id")
            .bindAll(patient.identity, text::keyOf(patient.identityKind), patient.name, text::keyOf(patient.sex),
                     patient.start, patient.end, patient.lengthOn(listDate), patient.currentDegree(),
                     patient.diagnosisCode, patient.diagnosisText, patient.doctor, listDate, summary.importId)
            .run();
    }
    // In coordination now: no longer a candidate, whatever was decided.
    for (const QString& identity : std::as_const(planned.matchedIdentities))
        Statement(m_context.db, "DELETE FROM sick_list_patients WHERE identity = ?").bindAll(identity).run();
    // Off the list with a decision made: nothing more to keep (secure_delete zeroes the rows).
    Statement(m_context.db, "DELETE FROM sick_list_patients WHERE last_import_id <> ? AND decision <> ''")
        .bindAll(summary.importId)
        .run();
    summary.removed = m_context.db.changesOfLastStatement();

    for (const auto& [key, patientsCounted] : planned.counts) {
        const auto& [sex, bucket, chapter, inCoordination] = key;
        Statement(m_context.db, "INSERT INTO sick_list_counts (import_id, sex, length_bucket, chapter, "
                                "in_coordination, patients) VALUES (?, ?, ?, ?, ?, ?)")
            .bindAll(summary.importId, sex, bucket, chapter, inCoordination, patientsCounted)
            .run();
    }

    // One entry for the whole list, naming every patient read (patientdatalagen: who accessed whose data).
    QStringList identities;
    identities.reserve(patients.size());
    for (const SickListPatient& patient : patients)
        identities.append(patient.identity);
    AuditLog(m_context).record(AuditLog::Action::Import, 0, QStringLiteral("sick_list %1").arg(summary.importId),
                               QStringLiteral("list of %1, %2 patients: %3")
                                   .arg(listDate.toString(Qt::ISODate))
                                   .arg(patients.size())
                                   .arg(identities.join(QStringLiteral(", "))));
    transaction.commit();
    return summary;
}

QList<SickListCandidate> SickListRepository::candidates() const
{
    QList<SickListCandidate> result;
    Statement rows(
        m_context.db,
        "SELECT p.id, identity, identity_kind, name, sex, start_date, end_date, length_days, degree, "
        "diagnosis_code, diagnosis_text, doctor, first_seen, "
        "last_import_id = (SELECT MAX(id) FROM sick_list_imports), decision, decision_reason, decided_by, "
        "decided_at, i.list_date FROM sick_list_patients p JOIN sick_list_imports i ON i.id = last_import_id "
        "ORDER BY start_date, name");
    while (rows.step()) {
        SickListCandidate candidate;
        candidate.id = rows.columnInt64(0);
        SickListPatient& patient = candidate.patient;
        patient.identity = rows.columnText(1);
        patient.identityKind = text::fromKeyOr(rows.columnText(2), IdentityKind::Personnummer);
        patient.name = rows.columnText(3);
        patient.sex = text::fromKeyOr(rows.columnText(4), Sex::Unknown);
        patient.start = rows.columnDate(5);
        patient.end = rows.columnDate(6);
        patient.lengthDays = rows.columnInt(7);
        if (const int degree = rows.columnInt(8))
            patient.degrees = {degree};
        patient.diagnosisCode = rows.columnText(9);
        patient.diagnosisText = rows.columnText(10);
        patient.doctor = rows.columnText(11);
        candidate.firstSeen = rows.columnDate(12);
        candidate.onLatestList = rows.columnInt(13) != 0;
        candidate.decision = decisionOf(rows.columnText(14));
        candidate.reason = rows.columnText(15);
        candidate.decidedBy = rows.columnText(16);
        candidate.decidedAt = rows.columnDateTime(17);
        candidate.listDate = rows.columnDate(18);
        result.append(candidate);
    }
    return result;
}

void SickListRepository::recordRead(const QList<SickListCandidate>& shown)
{
    QStringList identities;
    identities.reserve(shown.size());
    for (const SickListCandidate& candidate : shown)
        identities.append(candidate.patient.identity);
    AuditLog(m_context).recordShown(QStringLiteral("sick_list"), {}, identities);
}

void SickListRepository::decide(qint64 candidateId, Decision decision, const QString& reason, qint64 caseId)
{
    if (decision == Decision::NotNow && reason.trimmed().isEmpty()) {
        throw ValidationError({{QStringLiteral("reason"),
                                QCoreApplication::translate("SickList", "Say why no coordination is offered now.")}});
    }
    Transaction transaction(m_context.db);
    // "Not now" is decided about a patient still pending. On a region's server a colleague may have decided first, with
    // a reason of their own: that is kept, not overwritten. Starting a case may follow any decision.
    Statement(m_context.db, std::string("UPDATE sick_list_patients SET decision = ?, decision_reason = ?, decided_by = "
                                        "?, decided_at = ? WHERE id = ?") +
                                (decision == Decision::NotNow ? " AND decision = ''" : ""))
        .bindAll(decisionKey(decision), reason.trimmed(), m_context.userName, QDateTime::currentDateTimeUtc(),
                 candidateId)
        .run();
    if (m_context.db.changesOfLastStatement() == 0)
        refuseDecision(m_context.db, candidateId);
    if (decision == Decision::CaseStarted && caseId > 0) {
        Statement(m_context.db, "INSERT INTO sick_list_cases (case_id, sick_leave_start, listed_on) "
                                "SELECT ?, start_date, first_seen FROM sick_list_patients WHERE id = ? "
                                "ON CONFLICT (case_id) DO UPDATE SET sick_leave_start = excluded.sick_leave_start, "
                                "listed_on = excluded.listed_on")
            .bindAll(caseId, candidateId)
            .run();
    }
    AuditLog(m_context).record(AuditLog::Action::Change, caseId,
                               QStringLiteral("sick_list_patient %1").arg(candidateId), decisionKey(decision));
    transaction.commit();
}

QList<SickListImport> SickListRepository::imports() const
{
    QList<SickListImport> result;
    Statement rows(m_context.db, "SELECT id, list_date, imported_at, imported_by, file_name, rows_read, rows_refused, "
                                 "matched, periods_added, new_on_list FROM sick_list_imports ORDER BY id");
    while (rows.step()) {
        result.append({rows.columnInt64(0), rows.columnDate(1), rows.columnDateTime(2), rows.columnText(3),
                       rows.columnText(4), rows.columnInt(5), rows.columnInt(6), rows.columnInt(7), rows.columnInt(8),
                       rows.columnInt(9)});
    }
    return result;
}

QList<SickListCount> SickListRepository::counts(qint64 importId) const
{
    QList<SickListCount> result;
    Statement rows(m_context.db, "SELECT sex, length_bucket, chapter, in_coordination, patients FROM sick_list_counts "
                                 "WHERE import_id = ? ORDER BY sex, length_bucket, chapter, in_coordination");
    rows.bindAll(importId);
    while (rows.step()) {
        result.append({text::fromKeyOr(rows.columnText(0), Sex::Unknown), rows.columnText(1), rows.columnText(2),
                       rows.columnInt(3) != 0, rows.columnInt(4)});
    }
    return result;
}

} // namespace koordinera::core
