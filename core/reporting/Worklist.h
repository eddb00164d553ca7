// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// The windows the worklist looks ahead or back; settings, like the rehab thresholds.
struct WorklistSettings
{
    int checkpointDays = 14;       // checkpoints this many days ahead
    int consentDays = 14;          // consents expiring this many days ahead
    int idleDays = 21;             // open cases with no activity for this long
    int sickLeaveEndDays = 14;     // sick leave ending this many days ahead
    int unrecordedMeetingDays = 1; // a booked meeting this many days past, neither recorded held nor cancelled
    int missingImpulseDays = 3;    // a held meeting said a 4 § impuls is needed; none recorded this many days on
    int impulseAnswerDays = 21;    // an impuls with no answer from Försäkringskassan for this long
    int draftPlanDays = 7;         // a draft plan not adopted this many days after the meeting that produced it
    int undistributedPlanDays = 3; // an adopted plan some of whose recipients have no recorded copy this long after

    // Every window with the key it is stored under, so settings and the dialog walk one list.
    struct Window
    {
        int WorklistSettings::*days;
        const char* key;
    };
    static constexpr Window Windows[] = {
        {&WorklistSettings::checkpointDays, "checkpointDays"},
        {&WorklistSettings::consentDays, "consentDays"},
        {&WorklistSettings::idleDays, "idleDays"},
        {&WorklistSettings::sickLeaveEndDays, "sickLeaveEndDays"},
        {&WorklistSettings::unrecordedMeetingDays, "unrecordedMeetingDays"},
        {&WorklistSettings::missingImpulseDays, "missingImpulseDays"},
        {&WorklistSettings::impulseAnswerDays, "impulseAnswerDays"},
        {&WorklistSettings::draftPlanDays, "draftPlanDays"},
        {&WorklistSettings::undistributedPlanDays, "undistributedPlanDays"},
    };
};

// The part of a case the coordinator lands on when opening an item.
enum class CaseArea
{
    SickLeave,
    Contacts,
    Consents,
    Activities,
    Plan,
    Meetings,
    SickList, // no case yet: the patient is on the unit's sick-leave list (the list page)
    Family,   // the family's parents, children and follow-up (the family profile)
};

// "Idag": what needs the coordinator's attention, each with the reason it is there (domain rules, tested
// against a fixed today).
class Worklist
{
public:
    enum class Kind
    {
        OverdueAction,
        MeetingToday,
        MeetingThisWeek,
        Checkpoint,
        ConsentExpiring,
        NoFollowUp,
        NoActivity,
        NewCase,
        SickLeaveEnding,
        SickListed, // on the unit's sick-leave list without a case: new on it, or near or past day 90 unassessed
        // The loops a step opens and only a later step closes (issue 21):
        MeetingNotRecorded, // its time has passed; neither recorded as held nor cancelled
        ImpulseMissing,     // a held meeting said a 4 § impuls is needed; none is recorded
        ImpulseUnanswered,  // an impuls with no answer from Försäkringskassan
        DraftNotAdopted,    // a draft plan not adopted after the meeting that produced it
        PlanNotDistributed, // an adopted plan version some of whose recipients have no recorded copy
        NoConsent,          // an active case without a valid consent to coordination
        FollowUpMissing,    // a family's follow-up at the start or the end is not recorded (the family profile)
    };
    static constexpr Kind AllKinds[] = {
        Kind::OverdueAction,   Kind::MeetingToday,       Kind::MeetingNotRecorded, Kind::MeetingThisWeek,
        Kind::ImpulseMissing,  Kind::NoConsent,          Kind::Checkpoint,         Kind::SickListed,
        Kind::DraftNotAdopted, Kind::PlanNotDistributed, Kind::ImpulseUnanswered,  Kind::ConsentExpiring,
        Kind::FollowUpMissing, Kind::NoFollowUp,         Kind::NoActivity,         Kind::NewCase,
        Kind::SickLeaveEnding};

    struct Item
    {
        Kind kind = Kind::OverdueAction;
        qint64 caseId = 0; // 0 for a patient on the sick-leave list, who has no case
        QString reference;
        QString patientName;
        QString identity; // only for a patient without a case (the sick-leave list): whom the log names
        QDate date;       // when it is due or happens
        QDateTime time;   // meetings: the start
        QString reason;   // in words, e.g. "Dag 90 om 3 dagar (2026-11-26, v. 48)"
        CaseArea area = CaseArea::SickLeave;
    };

    explicit Worklist(ServiceContext& context) : m_context(context) {}

    // Every item for today, grouped by kind in AllKinds order, soonest first within a kind.
    QList<Item> items(const WorklistSettings& settings) const;
    static QString titleOf(Kind kind); // the group heading

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
