// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/Retention.h"

#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>
#include <stdexcept>

namespace koordinera::core {

namespace {

struct CaseTable
{
    const char* name;
    const char* deleteSql; // one bound parameter: the case id
};

// Children before parents, so foreign keys hold at every step.
const QList<CaseTable>& caseTableList()
{
    static const QList<CaseTable> tables{
        {"document_records", "DELETE FROM document_records WHERE case_id = ?"},
        {"plan_actions",
         "DELETE FROM plan_actions WHERE version_id IN (SELECT id FROM plan_versions WHERE case_id = ?)"},
        {"plan_versions", "DELETE FROM plan_versions WHERE case_id = ?"},
        {"impulses", "DELETE FROM impulses WHERE case_id = ?"},
        {"meeting_participants",
         "DELETE FROM meeting_participants WHERE meeting_id IN (SELECT id FROM meetings WHERE case_id = ?)"},
        {"meetings", "DELETE FROM meetings WHERE case_id = ?"},
        {"corrections", "DELETE FROM corrections WHERE case_id = ?"},
        {"activity_versions",
         "DELETE FROM activity_versions WHERE activity_id IN (SELECT id FROM activities WHERE case_id = ?)"},
        {"activities", "DELETE FROM activities WHERE case_id = ?"},
        {"consents", "DELETE FROM consents WHERE case_id = ?"},
        {"case_contacts", "DELETE FROM case_contacts WHERE case_id = ?"},
        {"case_team", "DELETE FROM case_team WHERE case_id = ?"},
        {"diagnoses", "DELETE FROM diagnoses WHERE case_id = ?"},
        {"sick_leave_periods", "DELETE FROM sick_leave_periods WHERE case_id = ?"},
        {"sick_list_cases", "DELETE FROM sick_list_cases WHERE case_id = ?"},
        {"family_children", "DELETE FROM family_children WHERE case_id = ?"},
        {"family_parents", "DELETE FROM family_parents WHERE case_id = ?"},
        {"family_network", "DELETE FROM family_network WHERE case_id = ?"},
        {"cases", "DELETE FROM cases WHERE id = ?"},
    };
    return tables;
}

// The last thing in a case: its closing, or a later activity or meeting. (A column's alias may not be used in its own
// WHERE on the server: the candidates are a subquery.)
constexpr auto SelectCandidates = R"(
    SELECT * FROM (
        SELECT c.id AS case_id, c.reference, p.id AS patient_id, p.identity, p.given_name || ' ' || p.family_name,
               c.closed_on,
               greatest(c.closed_on, coalesce((SELECT max(substr(v.recorded_at, 1, 10)) FROM activities a
                                               JOIN activity_versions v ON v.activity_id = a.id
                                               WHERE a.case_id = c.id), ''),
                                     coalesce((SELECT max(substr(m.starts_at, 1, 10)) FROM meetings m
                                               WHERE m.case_id = c.id), '')) AS last_entry
        FROM cases c JOIN patients p ON p.id = c.patient_id
        WHERE c.status IN ('closed', 'declined') AND c.closed_on IS NOT NULL) candidates
    WHERE last_entry <= ?
    ORDER BY last_entry, case_id)";

} // namespace

const QStringList& Retention::caseTables()
{
    static const QStringList names = [] {
        QStringList result;
        for (const CaseTable& table : caseTableList())
            result << QString::fromLatin1(table.name);
        return result;
    }();
    return names;
}

QList<Retention::Candidate> Retention::candidates(int years) const
{
    Statement rows(m_context.db, SelectCandidates);
    rows.bind(1, m_context.today().addYears(-years));
    QList<Candidate> result;
    while (rows.step()) {
        result.append({rows.columnInt64(0), rows.columnText(1), rows.columnInt64(2), rows.columnText(3),
                       rows.columnText(4), rows.columnDate(5), rows.columnDate(6)});
    }
    return result;
}

void Retention::purge(const QList<qint64>& caseIds, int years, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        Validation::require({{QStringLiteral("reason"),
                              QCoreApplication::translate("Retention", "Write down the decision the purge rests on "
                                                                       "(e.g. the decision's number and date).")}});
    }
    QHash<qint64, Candidate> eligible;
    for (const Candidate& candidate : candidates(years))
        eligible.insert(candidate.caseId, candidate);
    for (qint64 caseId : caseIds) {
        if (!eligible.contains(caseId))
            throw std::invalid_argument("case is not eligible for purging");
    }

    Transaction transaction(m_context.db);
    AuditLog audit(m_context);
    for (qint64 caseId : caseIds) {
        const Candidate& candidate = eligible[caseId];
        // The log keeps the identity number: once the case is gone it is the only link to the patient.
        audit.record(AuditLog::Action::Purge, caseId, QStringLiteral("case ") + candidate.reference,
                     // One arg() call: a reservnummer is free text, and "%3" in it must stay as written.
                     QStringLiteral("identity %1; closed %2; retention %3 years; decision: %4")
                         .arg(candidate.identity, candidate.closedOn.toString(Qt::ISODate), QString::number(years),
                              reason.trimmed()),
                     candidate.patientId);
        removeCase(caseId);
    }
    forgetRemovedWords();
    transaction.commit();
}

void Retention::removeCase(qint64 caseId)
{
    Statement patient(m_context.db, "SELECT patient_id FROM cases WHERE id = ?");
    patient.bind(1, caseId);
    if (!patient.step())
        return;
    // The case's patient, and in a family the other parent: each goes with the case unless another case has them.
    QList<qint64> patientIds{patient.columnInt64(0)};
    Statement parents(m_context.db, "SELECT patient_id FROM family_parents WHERE case_id = ? AND patient_id <> ?");
    parents.bindAll(caseId, patientIds.first());
    while (parents.step())
        patientIds.append(parents.columnInt64(0));
    // The histories of notes and corrections refuse deletion except during a purge (their triggers look here).
    Statement(m_context.db, "INSERT INTO purging (case_being_purged) VALUES (?)").bind(1, caseId).run();
    for (const CaseTable& table : caseTableList())
        Statement(m_context.db, table.deleteSql).bind(1, caseId).run();
    Statement(m_context.db, "DELETE FROM purging WHERE case_being_purged = ?").bind(1, caseId).run();
    SearchIndex::refresh(m_context.db, caseId);
    for (const qint64 patientId : std::as_const(patientIds)) {
        Statement(m_context.db, "DELETE FROM patients WHERE id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM cases WHERE patient_id = patients.id) AND NOT EXISTS "
                                "(SELECT 1 FROM family_parents WHERE patient_id = patients.id)")
            .bind(1, patientId)
            .run();
    }
    // The log still names these ids: they are never given to anyone else (Migrations::nextIdSql).
    Statement(m_context.db, "UPDATE retired_ids SET last_id = greatest(last_id, CASE table_name WHEN 'patients' THEN "
                            "CAST(?1 AS INTEGER) ELSE CAST(?2 AS INTEGER) END)")
        .bindAll(*std::max_element(patientIds.cbegin(), patientIds.cend()), caseId)
        .run();
}

void Retention::forgetRemovedWords()
{
    // Deleting a row from the search index only adds a delete marker: the words stay in the index's segments
    // (secure_delete cannot reach them) until a merge, and a compaction would seal them into every later
    // backup. Rebuilding writes the index anew from the rows that are left; the old pages are zeroed.
    SearchIndex::forgetRemoved(m_context.db);
}

int Retention::reapplyPurgesAfter(qint64 afterLogEntry)
{
    Statement purged(m_context.db, "SELECT DISTINCT case_id FROM audit_log_entries WHERE id > ? AND action = 'purge' "
                                   "AND case_id IS NOT NULL");
    purged.bind(1, afterLogEntry);
    QList<qint64> caseIds;
    while (purged.step())
        caseIds << purged.columnInt64(0);
    Transaction transaction(m_context.db);
    int removed = 0;
    for (qint64 caseId : caseIds) {
        Statement exists(m_context.db, "SELECT 1 FROM cases WHERE id = ?");
        exists.bind(1, caseId);
        if (!exists.step())
            continue;
        removeCase(caseId);
        ++removed;
    }
    if (removed > 0)
        forgetRemovedWords();
    transaction.commit();
    return removed;
}

} // namespace koordinera::core
