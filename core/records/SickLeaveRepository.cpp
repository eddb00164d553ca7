// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/SickLeaveRepository.h"

#include "core/domain/IcdCode.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseDerived.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace koordinera::core {

QList<SickLeavePeriod> SickLeaveRepository::periods(qint64 caseId) const
{
    QList<SickLeavePeriod> result;
    Statement rows(m_context.db,
                   "SELECT id, case_id, degree, start_date, end_date, row_version FROM sick_leave_periods "
                   "WHERE case_id = ? ORDER BY start_date");
    rows.bind(1, caseId);
    while (rows.step())
        result.append({rows.columnInt64(0), rows.columnInt64(1), rows.columnInt(2), rows.columnDate(3),
                       rows.columnDate(4), rows.columnInt64(5)});
    return result;
}

QHash<qint64, QList<SickLeavePeriod>> SickLeaveRepository::periodsOfOpenCases() const
{
    QHash<qint64, QList<SickLeavePeriod>> result;
    // From the open cases out (CROSS JOIN keeps that order): the periods of closed cases are most of the table, and
    // walking them all to look up each one's case was most of the worklist's time in a file of some years.
    Statement rows(m_context.db,
                   "SELECT p.id, p.case_id, p.degree, p.start_date, p.end_date, p.row_version FROM cases c "
                   "CROSS JOIN sick_leave_periods p ON p.case_id = c.id "
                   "WHERE c.status NOT IN ('closed', 'declined') ORDER BY p.case_id, p.start_date");
    while (rows.step()) {
        result[rows.columnInt64(1)].append({rows.columnInt64(0), rows.columnInt64(1), rows.columnInt(2),
                                            rows.columnDate(3), rows.columnDate(4), rows.columnInt64(5)});
    }
    return result;
}

bool SickLeaveRepository::exists(const char* table, qint64 id) const
{
    if (id <= 0)
        return false;
    Statement row(m_context.db, std::string("SELECT 1 FROM ") + table + " WHERE id = ?");
    row.bind(1, id);
    return row.step();
}

void SickLeaveRepository::savePeriod(SickLeavePeriod& period)
{
    Validation::require(Validation::period(period, periods(period.caseId)));
    Transaction transaction(m_context.db);
    const bool update = exists("sick_leave_periods", period.id);
    qint64 version = 1;
    if (update) {
        version = RowVersion::claim(m_context, "sick_leave_periods", period.id, period.rowVersion);
        Statement(m_context.db, "UPDATE sick_leave_periods SET degree = ?, start_date = ?, end_date = ? WHERE id = ?")
            .bindAll(period.degree, period.start, period.end, period.id)
            .run();
    } else {
        period.id =
            Statement(m_context.db, "INSERT INTO sick_leave_periods (id, case_id, degree, start_date, end_date) "
                                    "VALUES (?, ?, ?, ?, ?) RETURNING id")
                .bindId(1, period.id)
                .bind(2, period.caseId)
                .bind(3, period.degree)
                .bind(4, period.start)
                .bind(5, period.end)
                .insertedId();
    }
    CaseDerived::refresh(m_context, period.caseId);
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, period.caseId,
                               QStringLiteral("sick_leave_period %1").arg(period.id));
    transaction.commit();
    period.rowVersion = version;
}

void SickLeaveRepository::removePeriod(qint64 periodId)
{
    Transaction transaction(m_context.db);
    Statement owner(m_context.db, "SELECT case_id FROM sick_leave_periods WHERE id = ?");
    owner.bind(1, periodId);
    if (!owner.step())
        return;
    const qint64 caseId = owner.columnInt64(0);
    Statement(m_context.db, "DELETE FROM sick_leave_periods WHERE id = ?").bind(1, periodId).run();
    CaseDerived::refresh(m_context, caseId);
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("sick_leave_period %1").arg(periodId));
    transaction.commit();
}

QList<SickLeavePeriod> SickLeaveRepository::saveReplacingOverlaps(SickLeavePeriod& period)
{
    Transaction transaction(m_context.db);
    QList<SickLeavePeriod> replaced;
    for (SickLeavePeriod other : periods(period.caseId)) {
        if (other.id == period.id || !other.overlaps(period))
            continue;
        replaced.append(other);
        const bool keepsDaysBefore = other.start < period.start;
        const bool keepsDaysAfter = !period.isOpenEnded() && (other.isOpenEnded() || other.end > period.end);
        if (!keepsDaysBefore && !keepsDaysAfter) {
            removePeriod(other.id);
            continue;
        }
        SickLeavePeriod after{0, other.caseId, other.degree, period.end.isValid() ? period.end.addDays(1) : QDate(),
                              other.end};
        if (keepsDaysBefore) {
            other.end = period.start.addDays(-1);
        } else {
            other.start = after.start;
        }
        savePeriod(other);
        if (keepsDaysBefore && keepsDaysAfter)
            savePeriod(after); // split: the days after the new period keep their grade
    }
    savePeriod(period);
    transaction.commit();
    return replaced;
}

QList<Diagnosis> SickLeaveRepository::diagnoses(qint64 caseId) const
{
    QList<Diagnosis> result;
    Statement rows(m_context.db,
                   "SELECT id, case_id, code, text, is_main, row_version FROM diagnoses WHERE case_id = ? "
                   "ORDER BY is_main DESC, id");
    rows.bind(1, caseId);
    while (rows.step())
        result.append({rows.columnInt64(0), rows.columnInt64(1), rows.columnText(2), rows.columnText(3),
                       rows.columnInt(4) != 0, rows.columnInt64(5)});
    return result;
}

void SickLeaveRepository::saveDiagnosis(Diagnosis& diagnosis)
{
    Validation::require(Validation::diagnosis(diagnosis));
    diagnosis.code = *IcdCode::normalize(diagnosis.code);
    diagnosis.text = diagnosis.text.trimmed();
    Transaction transaction(m_context.db);
    if (diagnosis.isMain) {
        Statement(m_context.db,
                  "UPDATE diagnoses SET is_main = 0 WHERE case_id = ? AND is_main = 1 AND id IS DISTINCT FROM ?")
            .bindAll(diagnosis.caseId, diagnosis.id)
            .run();
    }
    const bool update = exists("diagnoses", diagnosis.id);
    qint64 version = 1;
    if (update) {
        version = RowVersion::claim(m_context, "diagnoses", diagnosis.id, diagnosis.rowVersion);
        Statement(m_context.db, "UPDATE diagnoses SET code = ?, text = ?, is_main = ? WHERE id = ?")
            .bindAll(diagnosis.code, diagnosis.text, diagnosis.isMain, diagnosis.id)
            .run();
    } else {
        diagnosis.id =
            Statement(m_context.db,
                      "INSERT INTO diagnoses (id, case_id, code, text, is_main) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .bindId(1, diagnosis.id)
                .bind(2, diagnosis.caseId)
                .bind(3, diagnosis.code)
                .bind(4, diagnosis.text)
                .bind(5, diagnosis.isMain)
                .insertedId();
    }
    CaseDerived::refresh(m_context, diagnosis.caseId);
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, diagnosis.caseId,
                               QStringLiteral("diagnosis %1").arg(diagnosis.id));
    transaction.commit();
    diagnosis.rowVersion = version;
}

void SickLeaveRepository::removeDiagnosis(qint64 diagnosisId)
{
    Transaction transaction(m_context.db);
    Statement owner(m_context.db, "SELECT case_id FROM diagnoses WHERE id = ?");
    owner.bind(1, diagnosisId);
    if (!owner.step())
        return;
    const qint64 caseId = owner.columnInt64(0);
    Statement(m_context.db, "DELETE FROM diagnoses WHERE id = ?").bind(1, diagnosisId).run();
    CaseDerived::refresh(m_context, caseId);
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("diagnosis %1").arg(diagnosisId));
    transaction.commit();
}

} // namespace koordinera::core
