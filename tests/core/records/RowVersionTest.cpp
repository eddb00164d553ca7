// SPDX-License-Identifier: GPL-3.0-or-later
// Optimistic concurrency (issue 25): a save made over a version of a record its maker never saw is refused, naming
// who saved in between, and writes nothing; read anew, the same change saves. Two copies of one record read before
// either is saved stand for two coordinators with it open at once. On the server's run of these tests the two saves
// come from the same coordinator; tests/core/server/UnitsTest.cpp has two.
#include "TestWorkspace.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::addPlannedCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

// The message of the ChangedElsewhere refusal `action` throws; empty when it throws none.
QString refusalOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const StorageError& error) {
        return error.kind() == StorageError::Kind::ChangedElsewhere ? error.userMessage()
                                                                    : QStringLiteral("(another failure)");
    }
    return {};
}

// The second of two saves of one record, both read before either save, is refused and writes nothing.
template <typename T>
void checkSecondSaveRefused(const std::function<T()>& read, const std::function<void(T&)>& save, QString T::*text)
{
    T first = read();
    T second = read();
    REQUIRE(first.rowVersion > 0);
    first.*text = QStringLiteral("Först");
    save(first);
    CHECK(first.rowVersion == second.rowVersion + 1);

    second.*text = QStringLiteral("Sedan");
    const QString refusal = refusalOf([&] { save(second); });
    // On a server the role follows the name: "Testkoordinator (koordinator_test) saved …".
    CHECK(refusal.startsWith(QStringLiteral("Testkoordinator ")));
    CHECK(refusal.contains(QStringLiteral("saved a change to this at")));
    CHECK(refusal.contains(QStringLiteral("after you opened it")));
    CHECK(read().*text == QStringLiteral("Först"));
    CHECK(read().rowVersion == first.rowVersion);

    T fresh = read();
    fresh.*text = QStringLiteral("Sedan");
    save(fresh);
    CHECK(read().*text == QStringLiteral("Sedan"));
    CHECK(fresh.rowVersion == first.rowVersion + 1);
}

} // namespace

TEST_CASE("Every record edited in place refuses a save over a version its maker never saw", "[records][versions]")
{
    auto workspace = makeWorkspace();
    const auto planned = addPlannedCase(*workspace);
    const qint64 caseId = planned.caseId;
    const qint64 patientId = workspace->cases().get(caseId)->patientId;

    SECTION("patient")
    {
        checkSecondSaveRefused<Patient>([&] { return *workspace->patients().get(patientId); },
                                        [&](Patient& patient) { workspace->patients().save(patient); },
                                        &Patient::phone);
    }
    SECTION("case")
    {
        checkSecondSaveRefused<CaseRecord>([&] { return *workspace->cases().get(caseId); },
                                           [&](CaseRecord& record) { workspace->cases().save(record); },
                                           &CaseRecord::jobTasks);
    }
    SECTION("meeting")
    {
        checkSecondSaveRefused<Meeting>([&] { return *workspace->meetings().get(planned.meetingId); },
                                        [&](Meeting& meeting) { workspace->meetings().save(meeting); },
                                        &Meeting::place);
    }
    SECTION("consent")
    {
        Consent given;
        given.caseId = caseId;
        given.scope = ConsentScope::Coordination;
        given.givenOn = FixedToday;
        workspace->consents().save(given);
        CHECK(given.rowVersion == 1);
        checkSecondSaveRefused<Consent>([&] { return workspace->consents().consents(caseId).first(); },
                                        [&](Consent& consent) { workspace->consents().save(consent); }, &Consent::note);
    }
    SECTION("diagnosis")
    {
        Diagnosis diagnosis{0, caseId, QStringLiteral("F329"), QStringLiteral("Depression"), true};
        workspace->sickLeave().saveDiagnosis(diagnosis);
        CHECK(diagnosis.rowVersion == 1);
        checkSecondSaveRefused<Diagnosis>([&] { return workspace->sickLeave().diagnoses(caseId).first(); },
                                          [&](Diagnosis& changed) { workspace->sickLeave().saveDiagnosis(changed); },
                                          &Diagnosis::text);
    }
    SECTION("organisation, its person and the case's contact")
    {
        checkSecondSaveRefused<Actor>([&] { return *workspace->actors().actor(planned.employerId); },
                                      [&](Actor& actor) { workspace->actors().saveActor(actor); }, &Actor::phone);
        ContactPerson person{0, planned.employerId, QStringLiteral("Lena Ås"), QStringLiteral("närmaste chef"), {}, {}};
        workspace->actors().savePerson(person);
        checkSecondSaveRefused<ContactPerson>([&] { return workspace->actors().persons(planned.employerId).first(); },
                                              [&](ContactPerson& changed) { workspace->actors().savePerson(changed); },
                                              &ContactPerson::phone);
        checkSecondSaveRefused<CaseContact>([&] { return workspace->actors().caseContacts(caseId).first().contact; },
                                            [&](CaseContact& contact) { workspace->actors().saveContact(contact); },
                                            &CaseContact::note);
    }
    SECTION("the unit's staff and its work")
    {
        StaffMember eva{0, QStringLiteral("Eva Ek"), Profession::Doctor, true};
        workspace->staff().save(eva);
        checkSecondSaveRefused<StaffMember>([&] { return workspace->staff().staff(false).first(); },
                                            [&](StaffMember& member) { workspace->staff().save(member); },
                                            &StaffMember::name);
        UnitWork work{0, FixedToday, UnitWorkKind::Advice, {}, 30, QStringLiteral("Handledning"), {}};
        workspace->staff().saveUnitWork(work);
        checkSecondSaveRefused<UnitWork>([&] { return workspace->staff().unitWork().first(); },
                                         [&](UnitWork& changed) { workspace->staff().saveUnitWork(changed); },
                                         &UnitWork::note);
    }
}

TEST_CASE("A sick-leave period changed by someone else is not overwritten", "[records][versions]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Åsa"),
                                  QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 11, 30))
                              .caseId;
    SickLeavePeriod first = workspace->sickLeave().periods(caseId).first();
    SickLeavePeriod second = first;
    first.degree = 50;
    workspace->sickLeave().savePeriod(first);
    second.end = QDate(2026, 12, 31);
    CHECK_FALSE(refusalOf([&] { workspace->sickLeave().savePeriod(second); }).isEmpty());
    const SickLeavePeriod stored = workspace->sickLeave().periods(caseId).first();
    CHECK(stored.degree == 50);
    CHECK(stored.end == QDate(2026, 11, 30));
}

TEST_CASE("A draft plan started by two at once is kept as the first made it", "[records][versions]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addPlannedCase(*workspace).caseId;
    PlanVersion mine = *workspace->plans().current(caseId); // the adopted plan, as both open it
    PlanVersion theirs = mine;
    REQUIRE_FALSE(mine.isDraft());

    theirs.sharedGoal = QStringLiteral("Åter i arbete på halvtid");
    workspace->plans().saveDraft(theirs);
    mine.sharedGoal = QStringLiteral("Åter i arbete på heltid");
    CHECK(refusalOf([&] { workspace->plans().saveDraft(mine); }).contains(QStringLiteral("Testkoordinator")));
    CHECK(workspace->plans().current(caseId)->sharedGoal == QStringLiteral("Åter i arbete på halvtid"));

    // The draft as read now saves; the one read before it was changed does not.
    PlanVersion draft = *workspace->plans().current(caseId);
    PlanVersion stale = draft;
    draft.sharedGoal = QStringLiteral("Åter i arbete");
    workspace->plans().saveDraft(draft);
    stale.sharedGoal = QStringLiteral("Något annat");
    CHECK_FALSE(refusalOf([&] { workspace->plans().saveDraft(stale); }).isEmpty());
    CHECK(workspace->plans().current(caseId)->sharedGoal == QStringLiteral("Åter i arbete"));
}

TEST_CASE("A save of a meeting someone else removed says so and puts nothing back", "[records][versions]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addPlannedCase(*workspace).caseId;
    Meeting meeting = workspace->meetings().meetings(caseId).first(); // the follow-up booked
    REQUIRE(meeting.status == MeetingStatus::Booked);
    Meeting stale = meeting;
    workspace->meetings().removeJustBooked(meeting.id);
    stale.place = QStringLiteral("Rum 3");
    CHECK(refusalOf([&] { workspace->meetings().save(stale); }) ==
          QStringLiteral("Someone else removed this after you opened it. Your change was not saved."));
    CHECK(workspace->meetings().meetings(caseId).size() == 1); // the held one
}

TEST_CASE("A draft a colleague changed after it was shown is not adopted unseen", "[records][versions]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = addPlannedCase(*workspace).caseId;
    PlanVersion draft = *workspace->plans().current(caseId);
    draft.sharedGoal = QStringLiteral("Åter i arbete på halvtid");
    workspace->plans().saveDraft(draft);
    const qint64 shown = workspace->plans().current(caseId)->rowVersion; // as the adoption dialog shows it

    PlanVersion theirs = *workspace->plans().current(caseId);
    theirs.sharedGoal = QStringLiteral("Åter i arbete på heltid");
    workspace->plans().saveDraft(theirs);
    CHECK_FALSE(refusalOf([&] { workspace->plans().adopt(caseId, FixedToday, shown); }).isEmpty());
    CHECK(workspace->plans().current(caseId)->isDraft());

    workspace->plans().adopt(caseId, FixedToday, workspace->plans().current(caseId)->rowVersion);
    CHECK_FALSE(workspace->plans().current(caseId)->isDraft());
}
