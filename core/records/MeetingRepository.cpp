// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/MeetingRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/MeetingRules.h"
#include "core/domain/PlanRules.h"
#include "core/records/ActorRepository.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseRepository.h"
#include "core/records/ConsentRepository.h"
#include "core/records/CorrectionLog.h"
#include "core/records/PlanRepository.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QUuid>

namespace koordinera::core {

namespace {

constexpr auto SelectMeeting =
    "SELECT id, case_id, kind, status, starts_at, duration_minutes, place, video, initiated_by, fk_officer, purpose, "
    "patient_view, care_report, work_options, summary, impulse_needed, no_follow_up_reason, uid, patient_met_on, "
    "patient_met_note, assessment_on, assessment_by, bring, row_version FROM meetings ";

Meeting meetingFrom(const Statement& row)
{
    Meeting meeting;
    meeting.id = row.columnInt64(0);
    meeting.caseId = row.columnInt64(1);
    meeting.kind = text::fromKeyOr(row.columnText(2), MeetingKind::Other);
    meeting.status = text::fromKeyOr(row.columnText(3), MeetingStatus::Booked);
    meeting.startsAt = row.columnDateTime(4);
    meeting.durationMinutes = row.columnInt(5);
    meeting.place = row.columnText(6);
    meeting.video = row.columnInt(7) != 0;
    meeting.initiatedBy = row.columnText(8);
    meeting.fkOfficer = row.columnText(9);
    meeting.purpose = row.columnText(10);
    meeting.patientView = row.columnText(11);
    meeting.careReport = row.columnText(12);
    meeting.workOptions = row.columnText(13);
    meeting.summary = row.columnText(14);
    meeting.impulseNeeded = row.columnInt(15) != 0;
    meeting.noFollowUpReason = row.columnText(16);
    meeting.uid = row.columnText(17);
    meeting.patientMetOn = row.columnDate(18);
    meeting.patientMetNote = row.columnText(19);
    meeting.assessmentOn = row.columnDate(20);
    meeting.assessmentBy = row.columnText(21);
    meeting.bring = row.columnText(22);
    meeting.rowVersion = row.columnInt64(23);
    return meeting;
}

void loadParticipants(Database& db, Meeting& meeting)
{
    Statement rows(db, "SELECT id, kind, coalesce(actor_id, 0), name, role, present, no_consent_reason "
                       "FROM meeting_participants WHERE meeting_id = ? ORDER BY position");
    rows.bind(1, meeting.id);
    while (rows.step()) {
        meeting.participants.append({rows.columnInt64(0), text::fromKeyOr(rows.columnText(1), ParticipantKind::Other),
                                     rows.columnInt64(2), rows.columnText(3), rows.columnText(4),
                                     rows.columnInt(5) != 0, rows.columnText(6)});
    }
}

QList<Meeting> meetingsWhere(Database& db, const std::string& where, qint64 caseId)
{
    QList<Meeting> result;
    Statement rows(db, SelectMeeting + where);
    rows.bind(1, caseId);
    while (rows.step())
        result.append(meetingFrom(rows));
    for (Meeting& meeting : result)
        loadParticipants(db, meeting);
    return result;
}

} // namespace

QList<Meeting> MeetingRepository::meetings(qint64 caseId) const
{
    return meetingsWhere(m_context.db, "WHERE case_id = ? ORDER BY starts_at DESC, id DESC", caseId);
}

std::optional<Meeting> MeetingRepository::get(qint64 meetingId) const
{
    const auto found = meetingsWhere(m_context.db, "WHERE id = ?", meetingId);
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

std::optional<Meeting> MeetingRepository::nextBooked(qint64 caseId, const QDateTime& from) const
{
    const QList<Meeting> all = meetings(caseId); // latest first: walk from the earliest
    for (auto meeting = all.crbegin(); meeting != all.crend(); ++meeting) {
        if (meeting->status == MeetingStatus::Booked && meeting->startsAt >= from)
            return *meeting;
    }
    return std::nullopt;
}

void MeetingRepository::save(Meeting& meeting)
{
    Validation::require(MeetingRules::meeting(meeting));
    Transaction transaction(m_context.db);
    const bool update = meeting.id > 0;
    const qint64 version = update ? RowVersion::claim(m_context, "meetings", meeting.id, meeting.rowVersion) : 1;
    // A held meeting's record corrected later keeps what it said.
    if (const auto before = update ? get(meeting.id) : std::nullopt; before && before->status == MeetingStatus::Held)
        CorrectionLog(m_context).keep(*before, meeting);
    if (meeting.uid.isEmpty())
        meeting.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@koordinera");
    Statement write(
        m_context.db,
        update ? "UPDATE meetings SET kind = ?1, status = ?2, starts_at = ?3, duration_minutes = ?4, "
                 "place = ?5, video = ?6, initiated_by = ?7, fk_officer = ?8, purpose = ?9, "
                 "patient_view = ?10, care_report = ?11, work_options = ?12, summary = ?13, "
                 "impulse_needed = ?14, no_follow_up_reason = ?15, uid = ?16 WHERE id = ?17"
               : "INSERT INTO meetings (kind, status, starts_at, duration_minutes, place, video, "
                 "initiated_by, fk_officer, purpose, patient_view, care_report, work_options, summary, "
                 "impulse_needed, no_follow_up_reason, uid, case_id) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) RETURNING id");
    write.bindAll(text::keyOf(meeting.kind), text::keyOf(meeting.status), meeting.startsAt, meeting.durationMinutes,
                  meeting.place.trimmed(), meeting.video, meeting.initiatedBy.trimmed(), meeting.fkOfficer.trimmed(),
                  meeting.purpose.trimmed(), meeting.patientView.trimmed(), meeting.careReport.trimmed(),
                  meeting.workOptions.trimmed(), meeting.summary.trimmed(), meeting.impulseNeeded,
                  meeting.noFollowUpReason.trimmed(), meeting.uid, update ? meeting.id : meeting.caseId);
    if (update)
        write.run();
    else
        meeting.id = write.insertedId();
    saveParticipants(meeting);
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, meeting.caseId,
                               QStringLiteral("meeting %1").arg(meeting.id));
    transaction.commit();
    meeting.rowVersion = version;
}

void MeetingRepository::savePreparation(const Meeting& meeting)
{
    const QList<Actor> actors = ActorRepository(m_context).actors();
    Validation::require(
        MeetingRules::preparation(meeting, actors, ConsentRepository(m_context).consents(meeting.caseId)));
    Transaction transaction(m_context.db);
    RowVersion::claim(m_context, "meetings", meeting.id, meeting.rowVersion);
    Statement(m_context.db, "UPDATE meetings SET patient_met_on = ?, patient_met_note = ?, assessment_on = ?, "
                            "assessment_by = ?, bring = ? WHERE id = ?")
        .bindAll(meeting.patientMetOn, meeting.patientMetNote.trimmed(), meeting.assessmentOn,
                 meeting.assessmentBy.trimmed(), meeting.bring.trimmed(), meeting.id)
        .run();
    saveParticipants(meeting);
    AuditLog(m_context).record(AuditLog::Action::Change, meeting.caseId, QStringLiteral("meeting %1").arg(meeting.id),
                               QStringLiteral("prepared"));
    transaction.commit();
}

void MeetingRepository::saveParticipants(const Meeting& meeting)
{
    Statement(m_context.db, "DELETE FROM meeting_participants WHERE meeting_id = ?").bind(1, meeting.id).run();
    int position = 0;
    for (const MeetingParticipant& participant : meeting.participants) {
        Statement(m_context.db, "INSERT INTO meeting_participants (meeting_id, position, kind, actor_id, name, role, "
                                "present, no_consent_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(meeting.id, ++position, text::keyOf(participant.kind))
            .bindId(4, participant.actorId)
            .bind(5, participant.name.trimmed())
            .bind(6, participant.role.trimmed())
            .bind(7, participant.present)
            .bind(8, participant.noConsentReason.trimmed())
            .run();
    }
}

void MeetingRepository::removeJustBooked(qint64 meetingId)
{
    const auto meeting = get(meetingId);
    if (!meeting)
        return;
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM meeting_participants WHERE meeting_id = ?").bind(1, meetingId).run();
    Statement(m_context.db, "DELETE FROM meetings WHERE id = ?").bind(1, meetingId).run();
    AuditLog(m_context).record(AuditLog::Action::Remove, meeting->caseId, QStringLiteral("meeting %1").arg(meetingId),
                               QStringLiteral("booked by mistake"));
    transaction.commit();
}

void MeetingRepository::updateActions(PlanRepository& plans, qint64 caseId, const QList<PlanAction>& changed)
{
    const auto current = plans.current(caseId);
    if (!current)
        return;
    PlanVersion draft = *current;
    for (const PlanAction& action : changed) {
        for (PlanAction& existing : draft.actions) {
            if (existing.actionKey == action.actionKey)
                existing = action;
        }
    }
    if (!PlanRules::sameContent(draft, *current))
        plans.saveDraft(draft); // an adopted plan gets its next version as a draft
}

bool MeetingRepository::recordHeld(Meeting& meeting, QList<PlanAction>& agreedActions,
                                   std::optional<Meeting>& nextMeeting, const QList<PlanAction>& followedUpActions,
                                   bool advanceCase)
{
    meeting.status = MeetingStatus::Held;
    FieldErrors errors = MeetingRules::held(meeting, nextMeeting.has_value());
    for (qsizetype i = 0; i < agreedActions.size(); ++i) {
        for (const FieldError& error : PlanRules::action(agreedActions.at(i)))
            errors.append({QStringLiteral("action.%1.%2").arg(i + 1).arg(error.field), error.message});
    }
    if (nextMeeting) {
        nextMeeting->caseId = meeting.caseId;
        nextMeeting->status = MeetingStatus::Booked;
        for (const FieldError& error : MeetingRules::meeting(*nextMeeting))
            errors.append({QStringLiteral("nextMeeting.") + error.field, error.message});
    }
    for (qsizetype i = 0; i < followedUpActions.size(); ++i) {
        for (const FieldError& error : PlanRules::action(followedUpActions.at(i)))
            errors.append({QStringLiteral("followedUp.%1.%2").arg(i + 1).arg(error.field), error.message});
    }
    Validation::require(errors);

    Transaction transaction(m_context.db);
    if (nextMeeting)
        meeting.noFollowUpReason.clear();
    save(meeting);
    PlanRepository plans(m_context);
    if (!followedUpActions.isEmpty())
        updateActions(plans, meeting.caseId, followedUpActions);
    for (PlanAction& action : agreedActions)
        action.meetingId = meeting.id;
    plans.appendActions(meeting.caseId, agreedActions);
    if (nextMeeting)
        save(*nextMeeting);
    // The meeting that starts coordination: an avstämningsmöte, or for a family the network meeting.
    const bool starts = meeting.kind == MeetingKind::Avstamning || meeting.kind == MeetingKind::Network;
    const bool advanced = advanceCase && starts && advanceCaseToActive(meeting.caseId);
    transaction.commit();
    return advanced;
}

bool MeetingRepository::advanceCaseToActive(qint64 caseId)
{
    CaseRepository cases(m_context);
    auto record = cases.get(caseId);
    if (!record || (record->status != CaseStatus::None && record->status != CaseStatus::Contacted))
        return false;
    record->status = CaseStatus::Active;
    cases.save(*record);
    return true;
}

QList<Impulse> MeetingRepository::impulses(qint64 caseId) const
{
    QList<Impulse> result;
    Statement rows(m_context.db,
                   "SELECT id, case_id, made_on, consent_id, channel, fk_recipient, reason, outcome, row_version "
                   "FROM impulses WHERE case_id = ? ORDER BY made_on DESC, id DESC");
    rows.bind(1, caseId);
    while (rows.step()) {
        result.append({rows.columnInt64(0), rows.columnInt64(1), rows.columnDate(2), rows.columnInt64(3),
                       text::fromKeyOr(rows.columnText(4), ImpulseChannel::Other), rows.columnText(5),
                       rows.columnText(6), rows.columnText(7), rows.columnInt64(8)});
    }
    return result;
}

void MeetingRepository::saveImpulse(Impulse& impulse)
{
    Validation::require(MeetingRules::impulse(impulse, ConsentRepository(m_context).consents(impulse.caseId)));
    Transaction transaction(m_context.db);
    const bool update = impulse.id > 0;
    const qint64 version = update ? RowVersion::claim(m_context, "impulses", impulse.id, impulse.rowVersion) : 1;
    if (update) {
        for (const Impulse& before : impulses(impulse.caseId)) {
            if (before.id == impulse.id)
                CorrectionLog(m_context).keep(before, impulse);
        }
    }
    Statement write(m_context.db, update ? "UPDATE impulses SET made_on = ?1, consent_id = ?2, channel = ?3, "
                                           "fk_recipient = ?4, reason = ?5, outcome = ?6 WHERE id = ?7"
                                         : "INSERT INTO impulses (made_on, consent_id, channel, fk_recipient, reason, "
                                           "outcome, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    write.bindAll(impulse.madeOn, impulse.consentId, text::keyOf(impulse.channel), impulse.fkRecipient.trimmed(),
                  impulse.reason.trimmed(), impulse.outcome.trimmed(), update ? impulse.id : impulse.caseId);
    if (update)
        write.run();
    else
        impulse.id = write.insertedId();
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, impulse.caseId,
                               QStringLiteral("impulse %1").arg(impulse.id));
    transaction.commit();
    impulse.rowVersion = version;
}

} // namespace koordinera::core
