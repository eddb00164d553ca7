// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: Idag closes the loops a step opens and only a later step closes. Each rule at its window's boundary,
// against the fixed today (Monday 2026-11-23).
#include "TestWorkspace.h"
#include "core/domain/PlanRules.h"
#include "core/records/DocumentLog.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;
using Kind = Worklist::Kind;

namespace {

qint64 newCase(Workspace& workspace, int number)
{
    const QString nine = QStringLiteral("800202%1").arg(100 + number, 3, 10, QLatin1Char('0'));
    const QString identity = QStringLiteral("19") + nine.left(6) + QLatin1Char('-') + nine.mid(6) +
                             QString::number(IdentityNumber::luhnCheckDigit(nine));
    return addCase(workspace, identity, QStringLiteral("Person"), QStringLiteral("%1").arg(number)).caseId;
}

qint64 giveConsent(Workspace& workspace, qint64 caseId, ConsentScope scope, const QDate& from, const QDate& until = {})
{
    Consent consent;
    consent.caseId = caseId;
    consent.scope = scope;
    consent.form = ConsentForm::Verbal;
    consent.givenOn = from;
    consent.validUntil = until;
    workspace.consents().save(consent);
    return consent.id;
}

Meeting meetingOn(Workspace& workspace, qint64 caseId, const QDateTime& at, MeetingStatus status,
                  bool impulseNeeded = false)
{
    Meeting meeting;
    meeting.caseId = caseId;
    meeting.startsAt = at;
    meeting.place = QStringLiteral("Vårdcentralen");
    meeting.status = status;
    meeting.impulseNeeded = impulseNeeded;
    if (status == MeetingStatus::Held) {
        meeting.summary = QStringLiteral("Överens om arbetsträning.");
        meeting.noFollowUpReason = QStringLiteral("Bokas senare");
    }
    workspace.meetings().save(meeting);
    return meeting;
}

void makeImpulse(Workspace& workspace, qint64 caseId, const QDate& on, const QString& outcome = {})
{
    Impulse impulse;
    impulse.caseId = caseId;
    impulse.madeOn = on;
    impulse.consentId = giveConsent(workspace, caseId, ConsentScope::InformFk, on.addDays(-1));
    impulse.fkRecipient = QStringLiteral("FK:s handläggare");
    impulse.outcome = outcome;
    workspace.meetings().saveImpulse(impulse);
}

void saveDraft(Workspace& workspace, qint64 caseId, const QStringList& distribution = {})
{
    PlanVersion draft = workspace.plans().current(caseId).value_or(workspace.plans().newDraft(caseId));
    PlanAction action;
    action.description = QStringLiteral("Arbetsträning två dagar i veckan");
    draft.actions.append(action);
    draft.overallResponsible = QStringLiteral("Rehabkoordinator Anna Berg");
    draft.followUpAt = QDateTime(FixedToday.addDays(28), QTime(10, 0));
    draft.followUpPlace = QStringLiteral("Vårdcentralen");
    if (!distribution.isEmpty())
        draft.distribution = distribution;
    workspace.plans().saveDraft(draft);
}

void recordCopy(Workspace& workspace, qint64 caseId, const QString& kind, int version, const QString& recipient)
{
    DocumentRecord record;
    record.caseId = caseId;
    record.kind = kind;
    record.description = QStringLiteral("Gemensam handlingsplan");
    record.planVersion = version;
    record.recipient = recipient;
    record.sha256 = DocumentLog::sha256(recipient.toUtf8());
    workspace.documents().record(record);
}

// "Person 3: <reason>" for every item of a kind.
QStringList itemsOf(Workspace& workspace, Kind kind, const WorklistSettings& settings = {})
{
    QStringList result;
    for (const auto& item : workspace.worklist().items(settings)) {
        if (item.kind == kind)
            result << item.patientName + QStringLiteral(": ") + item.reason;
    }
    return result;
}

} // namespace

TEST_CASE("Idag: a meeting whose day has passed without being recorded held or cancelled", "[worklist][loops]")
{
    auto workspace = makeWorkspace();
    const qint64 forgotten = newCase(*workspace, 1);
    meetingOn(*workspace, forgotten, QDateTime(FixedToday.addDays(-1), QTime(14, 0)), MeetingStatus::Booked);
    const qint64 held = newCase(*workspace, 2);
    meetingOn(*workspace, held, QDateTime(FixedToday.addDays(-1), QTime(9, 0)), MeetingStatus::Held);
    const qint64 cancelled = newCase(*workspace, 3);
    meetingOn(*workspace, cancelled, QDateTime(FixedToday.addDays(-8), QTime(9, 0)), MeetingStatus::Cancelled);
    const qint64 thisMorning = newCase(*workspace, 4);
    meetingOn(*workspace, thisMorning, QDateTime(FixedToday, QTime(8, 0)), MeetingStatus::Booked);

    CHECK(itemsOf(*workspace, Kind::MeetingNotRecorded) ==
          QStringList{
              QStringLiteral("Person 1: Reconciliation meeting on 2026-11-22: not recorded as held or cancelled")});
    WorklistSettings patient;
    patient.unrecordedMeetingDays = 2; // a unit that records the day after: yesterday's meeting is not late yet
    CHECK(itemsOf(*workspace, Kind::MeetingNotRecorded, patient).isEmpty());
}

TEST_CASE("Idag: a held meeting that said a 4 § impuls is needed, and an impuls without an answer", "[worklist][loops]")
{
    auto workspace = makeWorkspace();
    const qint64 needed = newCase(*workspace, 1);
    meetingOn(*workspace, needed, QDateTime(FixedToday.addDays(-3), QTime(10, 0)), MeetingStatus::Held, true);
    const qint64 made = newCase(*workspace, 2);
    meetingOn(*workspace, made, QDateTime(FixedToday.addDays(-10), QTime(10, 0)), MeetingStatus::Held, true);
    makeImpulse(*workspace, made, FixedToday.addDays(-9));
    const qint64 notNeeded = newCase(*workspace, 3);
    meetingOn(*workspace, notNeeded, QDateTime(FixedToday.addDays(-10), QTime(10, 0)), MeetingStatus::Held);
    const qint64 answered = newCase(*workspace, 4);
    makeImpulse(*workspace, answered, FixedToday.addDays(-40), QStringLiteral("FK bokade avstämningsmöte"));
    const qint64 waiting = newCase(*workspace, 5);
    makeImpulse(*workspace, waiting, FixedToday.addDays(-21));

    CHECK(itemsOf(*workspace, Kind::ImpulseMissing) ==
          QStringList{QStringLiteral("Person 1: The meeting on 2026-11-20 said a 4 § impuls is needed; none is "
                                     "recorded")});
    WorklistSettings later;
    later.missingImpulseDays = 4;
    CHECK(itemsOf(*workspace, Kind::ImpulseMissing, later).isEmpty());

    // Person 2's impuls of nine days ago waits within the window; Person 5's has waited 21 days.
    CHECK(
        itemsOf(*workspace, Kind::ImpulseUnanswered) ==
        QStringList{QStringLiteral("Person 5: Impuls of 2026-11-02: no answer from Försäkringskassan for 21 day(s)")});
    later.impulseAnswerDays = 22;
    CHECK(itemsOf(*workspace, Kind::ImpulseUnanswered, later).isEmpty());
}

TEST_CASE("Idag: a draft plan not adopted after the meeting that produced it", "[worklist][loops]")
{
    auto workspace = makeWorkspace();
    const qint64 waiting = newCase(*workspace, 1);
    meetingOn(*workspace, waiting, QDateTime(FixedToday.addDays(-7), QTime(10, 0)), MeetingStatus::Held);
    saveDraft(*workspace, waiting);
    const qint64 recent = newCase(*workspace, 2);
    meetingOn(*workspace, recent, QDateTime(FixedToday.addDays(-6), QTime(10, 0)), MeetingStatus::Held);
    saveDraft(*workspace, recent);
    const qint64 noMeeting = newCase(*workspace, 3); // a draft being written before any meeting
    saveDraft(*workspace, noMeeting);
    // Adopted after its meeting; the next draft has no meeting since that adoption yet.
    const qint64 adopted = newCase(*workspace, 4);
    meetingOn(*workspace, adopted, QDateTime(FixedToday.addDays(-20), QTime(10, 0)), MeetingStatus::Held);
    saveDraft(*workspace, adopted);
    workspace->plans().adopt(adopted, FixedToday.addDays(-19));
    saveDraft(*workspace, adopted);

    CHECK(itemsOf(*workspace, Kind::DraftNotAdopted) ==
          QStringList{QStringLiteral("Person 1: Version 1 of the plan is a draft, 7 day(s) after the meeting on "
                                     "2026-11-16")});
    // A follow-up meeting held since: now version 2 waits too.
    meetingOn(*workspace, adopted, QDateTime(FixedToday.addDays(-8), QTime(10, 0)), MeetingStatus::Held);
    CHECK(itemsOf(*workspace, Kind::DraftNotAdopted).size() == 2);
}

TEST_CASE("Idag and the plan tab: an adopted plan whose recipients have no recorded copy", "[worklist][loops]")
{
    auto workspace = makeWorkspace();
    const QStringList distribution{QStringLiteral("Patienten"), QStringLiteral("Försäkringskassan"),
                                   QStringLiteral("Arbetsgivaren")};
    const qint64 partly = newCase(*workspace, 1);
    saveDraft(*workspace, partly, distribution);
    workspace->plans().adopt(partly, FixedToday.addDays(-3));
    recordCopy(*workspace, partly, QStringLiteral("plan"), 1, QStringLiteral("Patienten"));
    recordCopy(*workspace, partly, QStringLiteral("letter"), 1, QStringLiteral("arbetsgivaren, Anna Ek"));
    const qint64 everyone = newCase(*workspace, 2);
    saveDraft(*workspace, everyone, distribution);
    workspace->plans().adopt(everyone, FixedToday.addDays(-3));
    recordCopy(*workspace, everyone, QStringLiteral("plan"), 1,
               QStringLiteral("Patienten, Försäkringskassan, Arbetsgivaren"));
    const qint64 oldCopies = newCase(*workspace, 3); // copies of version 1 do not serve version 2
    saveDraft(*workspace, oldCopies, {QStringLiteral("Patienten")});
    workspace->plans().adopt(oldCopies, FixedToday.addDays(-30));
    recordCopy(*workspace, oldCopies, QStringLiteral("plan"), 1, QStringLiteral("Patienten"));
    saveDraft(*workspace, oldCopies);
    workspace->plans().adopt(oldCopies, FixedToday.addDays(-4));
    const qint64 today = newCase(*workspace, 4); // adopted today: copies are still being made
    saveDraft(*workspace, today, distribution);
    workspace->plans().adopt(today, FixedToday);

    CHECK(itemsOf(*workspace, Kind::PlanNotDistributed) ==
          QStringList{QStringLiteral("Person 3: Version 2 of the plan: no copy recorded for Patienten"),
                      QStringLiteral("Person 1: Version 1 of the plan: no copy recorded for Försäkringskassan")});
    WorklistSettings later;
    later.undistributedPlanDays = 4;
    CHECK(itemsOf(*workspace, Kind::PlanNotDistributed, later).size() == 1);

    // The rule itself, as the plan tab uses it.
    CHECK(PlanRules::recipientsWithoutCopy(distribution, {QStringLiteral("PATIENTEN")}) ==
          QStringList{QStringLiteral("Försäkringskassan"), QStringLiteral("Arbetsgivaren")});
    CHECK(PlanRules::recipientsWithoutCopy({QStringLiteral(" "), QStringLiteral("Patienten")},
                                           {QStringLiteral("Patienten")})
              .isEmpty());
}

TEST_CASE("Idag: an active case without a valid consent to coordination", "[worklist][loops]")
{
    auto workspace = makeWorkspace();
    const qint64 never = newCase(*workspace, 1);
    const qint64 lapsed = newCase(*workspace, 2);
    giveConsent(*workspace, lapsed, ConsentScope::Coordination, FixedToday.addDays(-200), FixedToday.addDays(-2));
    const qint64 valid = newCase(*workspace, 3);
    giveConsent(*workspace, valid, ConsentScope::Coordination, FixedToday.addDays(-200));
    const qint64 otherScope = newCase(*workspace, 4); // a consent to the employer is not one to coordination
    giveConsent(*workspace, otherScope, ConsentScope::Employer, FixedToday.addDays(-20));
    const qint64 contacted = newCase(*workspace, 5); // not under way yet: no consent needed
    CaseRecord record = *workspace->cases().get(contacted);
    record.status = CaseStatus::Contacted;
    workspace->cases().save(record);

    const QStringList items = itemsOf(*workspace, Kind::NoConsent);
    CHECK(items.size() == 3);
    CHECK(items.contains(QStringLiteral("Person 1: Active without a valid consent to coordination")));
    CHECK(items.contains(QStringLiteral("Person 4: Active without a valid consent to coordination")));
    CHECK(items.contains(
        QStringLiteral("Person 2: Active, but the consent to coordination is no longer valid (since 2026-11-22)")));
    (void)never;
    (void)valid;
}
