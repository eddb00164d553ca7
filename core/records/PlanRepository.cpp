// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/PlanRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/PlanRules.h"
#include "core/domain/RehabChain.h"
#include "core/records/ActorRepository.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseRepository.h"
#include "core/records/FamilyRepository.h"
#include "core/records/MeetingRepository.h"
#include "core/records/PatientRepository.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/records/SickLeaveRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace koordinera::core {

namespace {

constexpr auto SelectVersion =
    "SELECT id, case_id, version, adopted_on, adopted_by, background, patient_goal, shared_goal, "
    "overall_responsible, follow_up_at, follow_up_place, follow_up_who, distribution, coalesce(consent_id, 0), "
    "patient_approved_on, row_version FROM plan_versions ";

PlanVersion versionFrom(const Statement& row)
{
    PlanVersion version;
    version.id = row.columnInt64(0);
    version.caseId = row.columnInt64(1);
    version.version = row.columnInt(2);
    version.adoptedOn = row.columnDate(3);
    version.adoptedBy = row.columnText(4);
    version.background = row.columnText(5);
    version.patientGoal = row.columnText(6);
    version.sharedGoal = row.columnText(7);
    version.overallResponsible = row.columnText(8);
    version.followUpAt = row.columnDateTime(9);
    version.followUpPlace = row.columnText(10);
    version.followUpWho = row.columnText(11);
    version.distribution = row.columnText(12).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    version.consentId = row.columnInt64(13);
    version.patientApprovedOn = row.columnDate(14);
    version.rowVersion = row.columnInt64(15);
    return version;
}

struct Newest
{
    qint64 id = 0;
    int version = 0;
    bool draft = false;
};

Newest newestVersion(Database& db, qint64 caseId)
{
    Statement row(db, "SELECT id, version, adopted_on IS NULL FROM plan_versions WHERE case_id = ? "
                      "ORDER BY version DESC LIMIT 1");
    row.bind(1, caseId);
    if (!row.step())
        return {};
    return {row.columnInt64(0), row.columnInt(1), row.columnInt(2) != 0};
}

qint64 nextActionKey(Database& db, qint64 caseId)
{
    Statement row(db, "SELECT coalesce(max(a.action_key), 0) + 1 FROM plan_actions a "
                      "JOIN plan_versions v ON v.id = a.version_id WHERE v.case_id = ?");
    row.bind(1, caseId);
    row.step();
    return row.columnInt64(0);
}

void insertActions(Database& db, qint64 versionId, qint64 caseId, QList<PlanAction>& actions)
{
    // New actions get keys after every key the case has used, including those of the draft being rewritten
    // (its rows are deleted just before, so the database alone no longer knows them).
    qint64 key = nextActionKey(db, caseId);
    for (const PlanAction& action : actions)
        key = std::max(key, action.actionKey + 1);
    int position = 0;
    for (PlanAction& action : actions) {
        if (action.actionKey <= 0)
            action.actionKey = key++;
        action.id =
            Statement(db, "INSERT INTO plan_actions (version_id, action_key, position, description, responsible_kind, "
                          "responsible_actor_id, responsible_person, start_date, due_date, status, cancel_reason, "
                          "result, meeting_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .bindAll(versionId, action.actionKey, ++position, action.description.trimmed(),
                         text::keyOf(action.responsibleKind))
                .bindId(6, action.responsibleKind == ResponsibleKind::Actor ? action.responsibleActorId : 0)
                .bind(7, action.responsiblePerson.trimmed())
                .bind(8, action.startDate)
                .bind(9, action.dueDate)
                .bind(10, text::keyOf(action.status))
                .bind(11, action.status == ActionStatus::Cancelled ? action.cancelReason.trimmed() : QString())
                .bind(12, action.result.trimmed())
                .bindId(13, action.meetingId)
                .insertedId();
    }
}

void writeHeader(Database& db, const PlanVersion& plan, qint64 versionId)
{
    Statement(db,
              "UPDATE plan_versions SET background = ?, patient_goal = ?, shared_goal = ?, overall_responsible = ?, "
              "follow_up_at = ?, follow_up_place = ?, follow_up_who = ?, distribution = ?, consent_id = ?, "
              "patient_approved_on = ? WHERE id = ?")
        .bindAll(plan.background.trimmed(), plan.patientGoal.trimmed(), plan.sharedGoal.trimmed(),
                 plan.overallResponsible.trimmed(), plan.followUpAt, plan.followUpPlace.trimmed(),
                 plan.followUpWho.trimmed(), plan.distribution.join(QLatin1Char('\n')))
        .bindId(9, plan.consentId)
        .bind(10, plan.patientApprovedOn)
        .bind(11, versionId)
        .run();
}

} // namespace

void PlanRepository::loadActions(PlanVersion& version) const
{
    Statement rows(m_context.db, "SELECT id, action_key, description, responsible_kind, "
                                 "coalesce(responsible_actor_id, 0), responsible_person, start_date, due_date, status, "
                                 "cancel_reason, result, coalesce(meeting_id, 0) FROM plan_actions "
                                 "WHERE version_id = ? ORDER BY position");
    rows.bind(1, version.id);
    while (rows.step()) {
        PlanAction action;
        action.id = rows.columnInt64(0);
        action.actionKey = rows.columnInt64(1);
        action.description = rows.columnText(2);
        action.responsibleKind = text::fromKeyOr(rows.columnText(3), ResponsibleKind::CareUnit);
        action.responsibleActorId = rows.columnInt64(4);
        action.responsiblePerson = rows.columnText(5);
        action.startDate = rows.columnDate(6);
        action.dueDate = rows.columnDate(7);
        action.status = text::fromKeyOr(rows.columnText(8), ActionStatus::Planned);
        action.cancelReason = rows.columnText(9);
        action.result = rows.columnText(10);
        action.meetingId = rows.columnInt64(11);
        version.actions.append(action);
    }
}

std::optional<PlanVersion> PlanRepository::current(qint64 caseId) const
{
    const Newest newest = newestVersion(m_context.db, caseId);
    if (!newest.id)
        return std::nullopt;
    return version(caseId, newest.version);
}

std::optional<PlanVersion> PlanRepository::version(qint64 caseId, int number) const
{
    Statement row(m_context.db, std::string(SelectVersion) + "WHERE case_id = ? AND version = ?");
    row.bindAll(caseId, number);
    if (!row.step())
        return std::nullopt;
    PlanVersion result = versionFrom(row);
    loadActions(result);
    return result;
}

QList<PlanVersion> PlanRepository::versions(qint64 caseId) const
{
    QList<PlanVersion> result;
    Statement rows(m_context.db, std::string(SelectVersion) + "WHERE case_id = ? ORDER BY version");
    rows.bind(1, caseId);
    while (rows.step())
        result.append(versionFrom(rows));
    for (PlanVersion& version : result)
        loadActions(version);
    return result;
}

PlanVersion PlanRepository::newDraft(qint64 caseId) const
{
    PlanVersion draft;
    draft.caseId = caseId;
    const auto record = CaseRepository(m_context).get(caseId);
    if (!record)
        return draft;
    const auto periods = SickLeaveRepository(m_context).periods(caseId);
    const QDate today = m_context.today();
    const RehabChain chain(*record, periods, m_context.rules, today);
    QStringList lines;
    if (!chain.chain().isEmpty()) {
        const auto day = chain.dayOn(today);
        QString line = QCoreApplication::translate("Plan", "Sick-listed %1 % since %2")
                           .arg(chain.degreeOn(today))
                           .arg(chain.chain().start.toString(Qt::ISODate));
        if (day)
            line += QCoreApplication::translate("Plan", " (day %1 of the sick leave)").arg(*day);
        if (chain.chain().end.isValid())
            line += QCoreApplication::translate("Plan", ", certified until %1")
                        .arg(chain.chain().end.toString(Qt::ISODate));
        lines << line + QLatin1Char('.');
    }
    if (FileProfile::of(m_context.db) == Profile::Family) {
        // A family's plan starts from the needs the family described at intake; the parents' occupations are in the
        // follow-up, not the plan.
        if (!record->reasonOffered.trimmed().isEmpty())
            lines << record->reasonOffered.trimmed();
        draft.background = lines.join(QLatin1Char('\n'));
        draft.distribution << QCoreApplication::translate("Plan", "The parents");
        return draft;
    }
    QString occupation = QCoreApplication::translate("Plan", "Occupation: %1").arg(text::labelOf(record->occupation));
    if (record->employerId) {
        if (const auto employer = ActorRepository(m_context).actor(record->employerId))
            occupation += QStringLiteral(", ") + employer->name;
    }
    if (!record->jobTasks.trimmed().isEmpty())
        occupation += QStringLiteral(" (") + record->jobTasks.trimmed() + QLatin1Char(')');
    lines << occupation + QLatin1Char('.');
    draft.background = lines.join(QLatin1Char('\n'));
    draft.distribution << QCoreApplication::translate("Plan", "The patient");
    return draft;
}

void PlanRepository::saveDraft(PlanVersion& draft)
{
    Validation::require(PlanRules::draft(draft));
    Transaction transaction(m_context.db);
    const Newest newest = newestVersion(m_context.db, draft.caseId);
    qint64 versionId = 0;
    qint64 rowVersion = 0;
    if (newest.draft) {
        versionId = newest.id;
        // A draft made from another version than the newest draft was made while a colleague started this one: it is
        // refused as a save over their change is. A draft made from nothing (id 0) by code replaces what is there.
        const qint64 expected = draft.id == newest.id ? draft.rowVersion : draft.id == 0 ? 0 : -1;
        rowVersion = RowVersion::claim(m_context, "plan_versions", versionId, expected);
        Statement(m_context.db, "DELETE FROM plan_actions WHERE version_id = ?").bind(1, versionId).run();
    } else {
        versionId = Statement(m_context.db, "INSERT INTO plan_versions (case_id, version) VALUES (?, ?) RETURNING id")
                        .bindAll(draft.caseId, newest.version + 1)
                        .insertedId();
        // Stamped as saved by its maker: a colleague whose draft of the same plan comes second is told who.
        rowVersion = RowVersion::claim(m_context, "plan_versions", versionId, 0);
    }
    writeHeader(m_context.db, draft, versionId);
    insertActions(m_context.db, versionId, draft.caseId, draft.actions);
    draft.id = versionId;
    draft.version = newest.draft ? newest.version : newest.version + 1;
    draft.adoptedOn = {};
    draft.adoptedBy.clear();
    AuditLog(m_context).record(newest.draft ? AuditLog::Action::Change : AuditLog::Action::Create, draft.caseId,
                               QStringLiteral("plan %1").arg(draft.version));
    transaction.commit();
    draft.rowVersion = rowVersion;
}

PlanVersion PlanRepository::withBookedFollowUp(PlanVersion draft, const QDate& on) const
{
    // A meeting already booked (in the meeting record, say) is the plan's follow-up unless the plan names another:
    // asking to book it again contradicted what the coordinator had just done.
    if (!draft.followUpAt.isValid()) {
        if (const auto next = MeetingRepository(m_context).nextBooked(draft.caseId, QDateTime(on, QTime(0, 0)))) {
            draft.followUpAt = next->startsAt;
            if (draft.followUpPlace.trimmed().isEmpty())
                draft.followUpPlace = next->place;
        }
    }
    return draft;
}

void PlanRepository::adopt(qint64 caseId, const QDate& on, qint64 readVersion)
{
    const auto plan = current(caseId);
    if (!plan || !plan->isDraft()) {
        Validation::require({{QStringLiteral("plan"),
                              QCoreApplication::translate("Plan", "There is no draft to adopt: the plan is adopted "
                                                                  "as it stands.")}});
    }
    const PlanVersion adopted = withBookedFollowUp(*plan, on);
    Validation::require(PlanRules::adoption(adopted));
    Transaction transaction(m_context.db);
    RowVersion::claim(m_context, "plan_versions", plan->id, readVersion);
    if (adopted.followUpAt != plan->followUpAt)
        writeHeader(m_context.db, adopted, plan->id);
    Statement(m_context.db, "UPDATE plan_versions SET adopted_on = ?, adopted_by = ? WHERE id = ?")
        .bindAll(on, m_context.userName, plan->id)
        .run();
    AuditLog(m_context).record(AuditLog::Action::Change, caseId, QStringLiteral("plan %1").arg(plan->version),
                               QStringLiteral("adopted"));
    transaction.commit();
}

void PlanRepository::discardDraft(qint64 caseId)
{
    const Newest newest = newestVersion(m_context.db, caseId);
    if (!newest.draft)
        return;
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM plan_actions WHERE version_id = ?").bind(1, newest.id).run();
    Statement(m_context.db, "DELETE FROM plan_versions WHERE id = ?").bind(1, newest.id).run();
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("plan %1").arg(newest.version),
                               QStringLiteral("draft discarded"));
    transaction.commit();
}

void PlanRepository::appendActions(qint64 caseId, QList<PlanAction>& actions)
{
    if (actions.isEmpty())
        return;
    Transaction transaction(m_context.db);
    PlanVersion draft = current(caseId).value_or(newDraft(caseId));
    const qsizetype first = draft.actions.size();
    for (PlanAction& action : actions) {
        action.id = 0;
        action.actionKey = 0;
        draft.actions.append(action);
    }
    saveDraft(draft);
    for (qsizetype i = 0; i < actions.size(); ++i)
        actions[i] = draft.actions.at(first + i);
    transaction.commit();
}

} // namespace koordinera::core
