// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/domain/PlanRules.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

PlanAction action(const QString& description, ResponsibleKind kind = ResponsibleKind::CareUnit, qint64 actorId = 0)
{
    PlanAction result;
    result.description = description;
    result.responsibleKind = kind;
    result.responsibleActorId = actorId;
    result.startDate = FixedToday;
    result.dueDate = FixedToday.addDays(14);
    return result;
}

qint64 registerEmployer(Workspace& workspace)
{
    Actor employer{0, ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, {}};
    workspace.actors().saveActor(employer);
    return employer.id;
}

void makeAdoptable(PlanVersion& plan)
{
    plan.overallResponsible = QStringLiteral("Rehabkoordinator Anna Berg");
    plan.followUpAt = QDateTime(FixedToday.addDays(28), QTime(10, 0));
    plan.followUpPlace = QStringLiteral("Vårdcentralen");
}

} // namespace

TEST_CASE("A first draft is written from the case and names the patient among those who get a copy", "[plan]")
{
    auto workspace = makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                 QStringLiteral("Öberg"), QDate(2026, 10, 1));
    CHECK_FALSE(workspace->plans().current(created.caseId).has_value());
    const PlanVersion draft = workspace->plans().newDraft(created.caseId);
    CHECK(draft.background.contains(QStringLiteral("100 %")));
    CHECK(draft.background.contains(QStringLiteral("2026-10-01")));
    CHECK(draft.background.contains(QStringLiteral("54"))); // day 54 on 2026-11-23
    CHECK(draft.distribution.size() == 1);
    CHECK(draft.isDraft());
}

TEST_CASE("Adopting freezes a version — the next edit starts a new draft and the old one stays readable", "[plan]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                  QStringLiteral("Öberg"), QDate(2026, 10, 1))
                              .caseId;
    const qint64 employer = registerEmployer(*workspace);
    auto& plans = workspace->plans();

    PlanVersion draft = plans.newDraft(caseId);
    draft.patientGoal = QStringLiteral("Tillbaka på sågen till jul");
    draft.actions << action(QStringLiteral("Arbetsplatsbesök"), ResponsibleKind::Actor, employer)
                  << action(QStringLiteral("Samtal om sömn"));
    plans.saveDraft(draft);
    CHECK(draft.version == 1);
    CHECK(draft.actions.at(0).actionKey != draft.actions.at(1).actionKey);

    SECTION("adoption needs the overall responsible and the next follow-up")
    {
        try {
            plans.adopt(caseId, FixedToday);
            FAIL("adopted without a follow-up");
        } catch (const ValidationError& error) {
            CHECK_FALSE(error.messageFor(QStringLiteral("overallResponsible")).isEmpty());
            CHECK_FALSE(error.messageFor(QStringLiteral("followUpAt")).isEmpty());
        }
        CHECK(plans.current(caseId)->isDraft());
    }
    SECTION("adopt, edit, compare")
    {
        makeAdoptable(draft);
        plans.saveDraft(draft);
        plans.adopt(caseId, FixedToday);
        const PlanVersion adopted = *plans.current(caseId);
        CHECK_FALSE(adopted.isDraft());
        CHECK(adopted.adoptedOn == FixedToday);
        CHECK(adopted.adoptedBy == QStringLiteral("Testkoordinator"));
        CHECK_THROWS_AS(plans.adopt(caseId, FixedToday), ValidationError); // nothing new to adopt

        PlanVersion next = adopted;
        next.actions[0].status = ActionStatus::Done;
        next.actions[0].result = QStringLiteral("Anpassad arbetsplats");
        next.actions.removeAt(1);
        next.actions << action(QStringLiteral("Arbetsträning 25 %"), ResponsibleKind::Patient);
        next.sharedGoal = QStringLiteral("Arbete 50 % i januari");
        plans.saveDraft(next);
        CHECK(next.version == 2);
        CHECK(next.isDraft());

        const auto versions = plans.versions(caseId);
        REQUIRE(versions.size() == 2);
        CHECK(versions.at(0).actions.size() == 2); // the adopted version is untouched
        CHECK(versions.at(0).actions.at(0).status == ActionStatus::Planned);
        CHECK(versions.at(1).actions.size() == 2);

        const auto changes =
            PlanRules::compare(versions.at(0), versions.at(1), {{employer, QStringLiteral("Sågverket")}});
        QStringList kinds;
        for (const PlanChange& change : changes)
            kinds << QString::number(int(change.kind)) + QLatin1Char(':') + change.what;
        CHECK(kinds.contains(QStringLiteral("0:") + QCoreApplication::translate("PlanRules", "Shared goal")));
        CHECK(kinds.contains(QStringLiteral("3:Arbetsplatsbesök")));
        CHECK(kinds.contains(QStringLiteral("1:Arbetsträning 25 %")));
        CHECK(kinds.contains(QStringLiteral("2:Samtal om sömn")));
        CHECK(changes.size() == 4);

        // Undoing that first edit removes the new draft; the adopted version is the plan again.
        plans.discardDraft(caseId);
        CHECK(plans.current(caseId)->version == 1);
        CHECK_FALSE(plans.current(caseId)->isDraft());
    }
}

TEST_CASE("Two readings of a plan are the same content regardless of row ids, not after any change", "[plan]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                  QStringLiteral("Öberg"), QDate(2026, 10, 1))
                              .caseId;
    auto& plans = workspace->plans();
    PlanVersion draft = plans.newDraft(caseId);
    draft.actions << action(QStringLiteral("Arbetsplatsbesök")) << action(QStringLiteral("Samtal om sömn"));
    plans.saveDraft(draft);
    const PlanVersion first = *plans.current(caseId);
    CHECK(PlanRules::sameContent(first, draft));

    PlanVersion extended = first; // a new action in a saved draft gets a key of its own
    extended.actions << action(QStringLiteral("Arbetsträning"));
    plans.saveDraft(extended);
    CHECK(extended.actions.at(2).actionKey > extended.actions.at(1).actionKey);
    draft.rowVersion = extended.rowVersion; // saved over the version the last save left
    plans.saveDraft(draft);                 // and back

    PlanVersion renumbered = first; // row ids change on every save
    renumbered.actions[0].id += 100;
    renumbered.id += 100;
    CHECK(PlanRules::sameContent(renumbered, first));

    PlanVersion reordered = first;
    reordered.actions.swapItemsAt(0, 1);
    CHECK_FALSE(PlanRules::sameContent(reordered, first));
    PlanVersion consent = first;
    consent.consentId = 7;
    CHECK_FALSE(PlanRules::sameContent(consent, first));
    PlanVersion adopted = first;
    adopted.adoptedOn = FixedToday;
    CHECK_FALSE(PlanRules::sameContent(adopted, first));
    PlanVersion longer = first;
    longer.actions << action(QStringLiteral("Arbetsträning"));
    CHECK_FALSE(PlanRules::sameContent(longer, first));
}

TEST_CASE("An action needs a description, a responsible party and a reason when cancelled", "[plan]")
{
    PlanAction good = action(QStringLiteral("Arbetsplatsbesök"));
    CHECK(PlanRules::action(good).isEmpty());
    PlanAction noParty = action(QStringLiteral("Möte med AF"), ResponsibleKind::Actor, 0);
    CHECK(PlanRules::action(noParty).size() == 1);
    PlanAction backwards = good;
    backwards.dueDate = good.startDate.addDays(-1);
    CHECK(PlanRules::action(backwards).first().field == QStringLiteral("dueDate"));
    PlanAction cancelled = good;
    cancelled.status = ActionStatus::Cancelled;
    CHECK(PlanRules::action(cancelled).first().field == QStringLiteral("cancelReason"));
    cancelled.cancelReason = QStringLiteral("Patienten bytte arbetsgivare");
    CHECK(PlanRules::action(cancelled).isEmpty());
    PlanAction empty;
    CHECK(PlanRules::action(empty).first().field == QStringLiteral("description"));

    CHECK(good.isOverdueOn(good.dueDate.addDays(1)));
    CHECK_FALSE(good.isOverdueOn(good.dueDate));
    good.status = ActionStatus::Done;
    CHECK_FALSE(good.isOverdueOn(good.dueDate.addDays(30)));

    auto workspace = makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    PlanVersion draft = workspace->plans().newDraft(caseId);
    draft.actions << action(QStringLiteral("Ok")) << noParty;
    try {
        workspace->plans().saveDraft(draft);
        FAIL("saved an action without its party");
    } catch (const ValidationError& error) {
        CHECK_FALSE(error.messageFor(QStringLiteral("action.2.responsible")).isEmpty());
    }
    CHECK_FALSE(workspace->plans().current(caseId).has_value());
}

TEST_CASE("A held meeting adds its actions to the plan and books the next meeting, all at once", "[meeting]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                  QStringLiteral("Öberg"), QDate(2026, 10, 1))
                              .caseId;
    const qint64 employer = registerEmployer(*workspace);
    auto& meetings = workspace->meetings();

    Meeting meeting;
    meeting.caseId = caseId;
    meeting.kind = MeetingKind::Avstamning;
    meeting.startsAt = QDateTime(FixedToday, QTime(10, 0));
    meeting.place = QStringLiteral("Vårdcentralen, rum 12");
    meeting.fkOfficer = QStringLiteral("Lena Holm");
    meeting.participants
        << MeetingParticipant{0, ParticipantKind::Patient, 0, QStringLiteral("Göran Öberg"), {}, true, {}}
        << MeetingParticipant{
               0, ParticipantKind::Contact, employer, QStringLiteral("Per Sand"), QStringLiteral("närmaste chef"), true,
               {}};
    meetings.save(meeting);
    CHECK(meeting.uid.endsWith(QStringLiteral("@koordinera")));
    const QString uid = meeting.uid;

    meeting.summary = QStringLiteral("Arbetsträning från v. 50");
    QList<PlanAction> agreed{action(QStringLiteral("Arbetsträning 25 %"), ResponsibleKind::Actor, employer),
                             action(QStringLiteral("Uppföljande läkarbesök"))};
    std::optional<Meeting> none;

    // A follow-up by video three weeks on, and a case that is only contacted before the meeting.
    const auto followUpOnVideo = [] {
        Meeting next;
        next.kind = MeetingKind::FollowUp;
        next.startsAt = QDateTime(FixedToday.addDays(21), QTime(13, 30));
        next.video = true;
        return next;
    };
    const auto markContacted = [&workspace, caseId] {
        CaseRecord contacted = *workspace->cases().get(caseId);
        contacted.status = CaseStatus::Contacted;
        workspace->cases().save(contacted);
    };
    SECTION("without a next meeting it asks why, and saves nothing")
    {
        try {
            meetings.recordHeld(meeting, agreed, none);
            FAIL("held without a follow-up");
        } catch (const ValidationError& error) {
            CHECK_FALSE(error.messageFor(QStringLiteral("nextMeeting")).isEmpty());
        }
        CHECK(meetings.get(meeting.id)->status == MeetingStatus::Booked);
        CHECK_FALSE(workspace->plans().current(caseId).has_value());
        meeting.noFollowUpReason = QStringLiteral("Patienten åter i arbete");
        meetings.recordHeld(meeting, agreed, none);
        CHECK(meetings.get(meeting.id)->status == MeetingStatus::Held);
    }
    SECTION("a coordinator who chose otherwise keeps the case as it was")
    {
        std::optional<Meeting> booked = followUpOnVideo();
        markContacted();
        CHECK_FALSE(meetings.recordHeld(meeting, agreed, booked, {}, false));
        CHECK(workspace->cases().get(caseId)->status == CaseStatus::Contacted);
        CHECK(meetings.get(meeting.id)->status == MeetingStatus::Held);
    }
    SECTION("with the next meeting booked")
    {
        std::optional<Meeting> booked = followUpOnVideo();
        markContacted();
        CHECK(meetings.recordHeld(meeting, agreed, booked)); // says that it moved the case on
        CHECK(workspace->cases().get(caseId)->status == CaseStatus::Active);
        const auto saved = meetings.meetings(caseId);
        REQUIRE(saved.size() == 2);
        CHECK(saved.at(0).kind == MeetingKind::FollowUp); // latest first
        CHECK(saved.at(0).status == MeetingStatus::Booked);
        CHECK(saved.at(1).status == MeetingStatus::Held);
        CHECK(saved.at(1).uid == uid); // the calendar identity never changes
        CHECK(saved.at(1).participants.size() == 2);
        CHECK(saved.at(1).participants.at(1).role == QStringLiteral("närmaste chef"));
        CHECK(meetings.nextBooked(caseId, QDateTime(FixedToday, QTime(12, 0)))->id == booked->id);

        const auto plan = workspace->plans().current(caseId);
        REQUIRE(plan);
        REQUIRE(plan->actions.size() == 2);
        CHECK(plan->actions.at(0).meetingId == meeting.id);
        CHECK(plan->actions.at(0).responsibleActorId == employer);

        // The meeting just booked is the plan's follow-up: adopting does not ask for another.
        PlanVersion draft = *plan;
        draft.overallResponsible = QStringLiteral("Rehabkoordinator Åsa");
        REQUIRE_FALSE(draft.followUpAt.isValid());
        workspace->plans().saveDraft(draft);
        workspace->plans().adopt(caseId, FixedToday);
        const auto adopted = workspace->plans().current(caseId);
        REQUIRE(adopted);
        CHECK_FALSE(adopted->isDraft());
        CHECK(adopted->followUpAt == followUpOnVideo().startsAt);
    }
    SECTION("actions of an adopted plan followed up at the meeting change in the next version, with the new ones")
    {
        PlanVersion plan = workspace->plans().newDraft(caseId);
        plan.actions << action(QStringLiteral("Samtal med chefen"));
        makeAdoptable(plan);
        workspace->plans().saveDraft(plan);
        workspace->plans().adopt(caseId, FixedToday.addDays(-14));
        PlanAction done = workspace->plans().current(caseId)->actions.at(0);
        done.status = ActionStatus::Done;
        done.result = QStringLiteral("Chefen erbjuder kontorsplats");
        meeting.noFollowUpReason = QStringLiteral("Uppföljning via FK");

        PlanAction invalid = done;
        invalid.status = ActionStatus::Cancelled; // without a reason: nothing at all is saved
        CHECK_THROWS_AS(meetings.recordHeld(meeting, agreed, none, {invalid}), ValidationError);
        CHECK(meetings.get(meeting.id)->status == MeetingStatus::Booked);
        CHECK(workspace->plans().versions(caseId).size() == 1);

        meetings.recordHeld(meeting, agreed, none, {done});
        const auto versions = workspace->plans().versions(caseId);
        REQUIRE(versions.size() == 2);
        CHECK(versions.at(0).actions.at(0).status == ActionStatus::Planned); // the adopted version stands
        REQUIRE(versions.at(1).actions.size() == 3);
        CHECK(versions.at(1).actions.at(0).status == ActionStatus::Done);
        CHECK(versions.at(1).actions.at(0).result == QStringLiteral("Chefen erbjuder kontorsplats"));
        CHECK(versions.at(1).actions.at(2).description == QStringLiteral("Uppföljande läkarbesök"));
    }
}

TEST_CASE("A 4 § impuls cannot be saved without a valid 4 § consent", "[meeting][consent]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    Consent employerConsent;
    employerConsent.caseId = caseId;
    employerConsent.scope = ConsentScope::Employer;
    employerConsent.givenOn = FixedToday.addDays(-10);
    workspace->consents().save(employerConsent);

    Impulse impulse;
    impulse.caseId = caseId;
    impulse.madeOn = FixedToday;
    impulse.fkRecipient = QStringLiteral("Lena Holm, FK");
    impulse.reason = QStringLiteral("Behov av arbetslivsinriktad rehabilitering");
    impulse.consentId = employerConsent.id;
    CHECK_THROWS_AS(workspace->meetings().saveImpulse(impulse), ValidationError);
    impulse.consentId = 0;
    CHECK_THROWS_AS(workspace->meetings().saveImpulse(impulse), ValidationError);

    Consent informFk;
    informFk.caseId = caseId;
    informFk.scope = ConsentScope::InformFk;
    informFk.givenOn = FixedToday.addDays(-5);
    informFk.withdrawnOn = FixedToday.addDays(-1);
    workspace->consents().save(informFk);
    impulse.consentId = informFk.id;
    try {
        workspace->meetings().saveImpulse(impulse);
        FAIL("saved on a withdrawn consent");
    } catch (const ValidationError& error) {
        CHECK_FALSE(error.messageFor(QStringLiteral("consent")).isEmpty());
    }
    CHECK(workspace->meetings().impulses(caseId).isEmpty());

    impulse.madeOn = FixedToday.addDays(-2); // while the consent still held
    workspace->meetings().saveImpulse(impulse);
    const auto saved = workspace->meetings().impulses(caseId);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().fkRecipient == QStringLiteral("Lena Holm, FK"));
}
