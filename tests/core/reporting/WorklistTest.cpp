// SPDX-License-Identifier: GPL-3.0-or-later
// Every worklist rule at its boundaries, against the fixed today (Monday 2026-11-23, week 48).
#include "TestWorkspace.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;
using Kind = Worklist::Kind;

namespace {

QList<qint64> casesOf(Workspace& workspace, Kind kind, const WorklistSettings& settings = {})
{
    QList<qint64> result;
    for (const auto& item : workspace.worklist().items(settings)) {
        if (item.kind == kind)
            result << item.caseId;
    }
    return result;
}

qint64 newCase(Workspace& workspace, int number, const QDate& sickStart = {}, const QDate& sickEnd = {})
{
    // Valid, distinct personnummer: 19800101-NNNC with the check digit computed.
    const QString nine = QStringLiteral("800101%1").arg(100 + number, 3, 10, QLatin1Char('0'));
    const QString identity = QStringLiteral("19") + nine.left(6) + QLatin1Char('-') + nine.mid(6) +
                             QString::number(IdentityNumber::luhnCheckDigit(nine));
    return addCase(workspace, identity, QStringLiteral("Test"), QStringLiteral("Person %1").arg(number), sickStart,
                   sickEnd)
        .caseId;
}

void setOpenedOn(Workspace& workspace, qint64 caseId, const QDate& openedOn)
{
    CaseRecord record = *workspace.cases().get(caseId);
    record.openedOn = openedOn;
    workspace.cases().save(record);
}

void bookMeeting(Workspace& workspace, qint64 caseId, const QDateTime& at, MeetingStatus status = MeetingStatus::Booked)
{
    Meeting meeting;
    meeting.caseId = caseId;
    meeting.startsAt = at;
    meeting.place = QStringLiteral("Vårdcentralen");
    meeting.status = status;
    workspace.meetings().save(meeting);
}

} // namespace

TEST_CASE("Overdue actions: open actions due before today in the plan in force", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = newCase(*workspace, 1);
    PlanVersion plan = workspace->plans().newDraft(caseId);
    PlanAction dueYesterday;
    dueYesterday.description = QStringLiteral("Kontakta arbetsgivaren");
    dueYesterday.dueDate = FixedToday.addDays(-1);
    PlanAction dueToday = dueYesterday;
    dueToday.description = QStringLiteral("Boka läkartid");
    dueToday.dueDate = FixedToday;
    PlanAction doneLate = dueYesterday;
    doneLate.description = QStringLiteral("Klar");
    doneLate.status = ActionStatus::Done;
    plan.actions << dueYesterday << dueToday << doneLate;
    workspace->plans().saveDraft(plan);

    const auto items = workspace->worklist().items({});
    QStringList reasons;
    for (const auto& item : items) {
        if (item.kind == Kind::OverdueAction)
            reasons << item.reason;
    }
    REQUIRE(reasons.size() == 1);
    CHECK(reasons.first().contains(QStringLiteral("Kontakta arbetsgivaren")));

    // Closing the case takes it off the list.
    CaseRecord record = *workspace->cases().get(caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    record.closedOn = FixedToday;
    workspace->cases().save(record);
    CHECK(casesOf(*workspace, Kind::OverdueAction).isEmpty());
}

TEST_CASE("Meetings today and later this week — next week's and held ones are not listed", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 today = newCase(*workspace, 1);
    const qint64 sunday = newCase(*workspace, 2);
    const qint64 nextMonday = newCase(*workspace, 3);
    const qint64 held = newCase(*workspace, 4);
    bookMeeting(*workspace, today, QDateTime(FixedToday, QTime(8, 0)));
    bookMeeting(*workspace, sunday, QDateTime(FixedToday.addDays(6), QTime(23, 30)));
    bookMeeting(*workspace, nextMonday, QDateTime(FixedToday.addDays(7), QTime(0, 0)));
    bookMeeting(*workspace, held, QDateTime(FixedToday, QTime(9, 0)), MeetingStatus::Held);
    CHECK(casesOf(*workspace, Kind::MeetingToday) == QList<qint64>{today});
    CHECK(casesOf(*workspace, Kind::MeetingThisWeek) == QList<qint64>{sunday});
}

TEST_CASE("Checkpoints within the window, and sick leave ending soon", "[worklist]")
{
    auto workspace = makeWorkspace();
    // Day 1 on 2026-08-26 makes day 90 fall on today; day 1 on 2026-08-12 puts day 90 14 days ago and day
    // 180 76 days ahead.
    const qint64 day90Today = newCase(*workspace, 1, QDate(2026, 8, 26));
    const qint64 day90InWindow = newCase(*workspace, 2, QDate(2026, 8, 26).addDays(-14)); // day 90 was 14 days ago
    const qint64 day30In14 = newCase(*workspace, 3, FixedToday.addDays(-15));             // day 30 in 14 days
    const qint64 day30In15 = newCase(*workspace, 4, FixedToday.addDays(-14));             // day 30 in 15 days
    const auto checkpoints = casesOf(*workspace, Kind::Checkpoint);
    CHECK(checkpoints.contains(day90Today));
    CHECK_FALSE(checkpoints.contains(day90InWindow));
    CHECK(checkpoints.contains(day30In14));
    CHECK_FALSE(checkpoints.contains(day30In15));

    const qint64 endsToday = newCase(*workspace, 5, FixedToday.addDays(-3), FixedToday);
    const qint64 endsIn14 = newCase(*workspace, 6, FixedToday.addDays(-3), FixedToday.addDays(14));
    const qint64 endsIn15 = newCase(*workspace, 7, FixedToday.addDays(-3), FixedToday.addDays(15));
    const qint64 ended = newCase(*workspace, 8, FixedToday.addDays(-10), FixedToday.addDays(-1));
    const auto ending = casesOf(*workspace, Kind::SickLeaveEnding);
    CHECK(ending.contains(endsToday));
    CHECK(ending.contains(endsIn14));
    CHECK_FALSE(ending.contains(endsIn15));
    CHECK_FALSE(ending.contains(ended));
    WorklistSettings wider;
    wider.sickLeaveEndDays = 15;
    CHECK(casesOf(*workspace, Kind::SickLeaveEnding, wider).contains(endsIn15));
}

TEST_CASE("Consents running out within the window, unless withdrawn", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = newCase(*workspace, 1);
    const auto consentUntil = [&](const QDate& until, const QDate& withdrawn = {}) {
        Consent consent;
        consent.caseId = caseId;
        consent.scope = ConsentScope::Employer;
        consent.givenOn = FixedToday.addDays(-30);
        consent.validUntil = until;
        consent.withdrawnOn = withdrawn;
        workspace->consents().save(consent);
    };
    consentUntil(FixedToday.addDays(-1));
    consentUntil(FixedToday);
    consentUntil(FixedToday.addDays(14));
    consentUntil(FixedToday.addDays(15));
    consentUntil(FixedToday.addDays(3), FixedToday.addDays(-2));
    QList<QDate> dates;
    for (const auto& item : workspace->worklist().items({})) {
        if (item.kind == Kind::ConsentExpiring)
            dates << item.date;
    }
    CHECK(dates == QList<QDate>{FixedToday, FixedToday.addDays(14)});
}

TEST_CASE("Active cases without a booked follow-up", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 none = newCase(*workspace, 1);
    const qint64 booked = newCase(*workspace, 2);
    const qint64 past = newCase(*workspace, 3);
    const qint64 contacted = newCase(*workspace, 4);
    bookMeeting(*workspace, booked, QDateTime(FixedToday, QTime(0, 0)));
    bookMeeting(*workspace, past, QDateTime(FixedToday.addDays(-1), QTime(23, 0)));
    CaseRecord record = *workspace->cases().get(contacted);
    record.status = CaseStatus::Contacted;
    workspace->cases().save(record);
    const auto cases = casesOf(*workspace, Kind::NoFollowUp);
    CHECK(cases.contains(none));
    CHECK_FALSE(cases.contains(booked));
    CHECK(cases.contains(past));
    CHECK_FALSE(cases.contains(contacted));
}

TEST_CASE("Cases with nothing recorded for the idle time, and new cases this week", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 idle21 = newCase(*workspace, 1);
    setOpenedOn(*workspace, idle21, FixedToday.addDays(-21));
    const qint64 idle20 = newCase(*workspace, 2);
    setOpenedOn(*workspace, idle20, FixedToday.addDays(-20));
    const qint64 noted = newCase(*workspace, 3);
    setOpenedOn(*workspace, noted, FixedToday.addDays(-60));
    Activity note;
    note.caseId = noted;
    note.occurredAt = QDateTime(FixedToday.addDays(-5), QTime(9, 0));
    note.note = QStringLiteral("Samtal");
    workspace->activities().add(note);
    const qint64 met = newCase(*workspace, 4);
    setOpenedOn(*workspace, met, FixedToday.addDays(-60));
    bookMeeting(*workspace, met, QDateTime(FixedToday.addDays(-2), QTime(10, 0)), MeetingStatus::Held);

    const auto idle = casesOf(*workspace, Kind::NoActivity);
    CHECK(idle == QList<qint64>{idle21});

    // This week began on Monday, today: last Sunday's case is not new any more.
    const qint64 sunday = newCase(*workspace, 5);
    setOpenedOn(*workspace, sunday, FixedToday.addDays(-1));
    const auto fresh = casesOf(*workspace, Kind::NewCase);
    CHECK_FALSE(fresh.contains(sunday));
    CHECK_FALSE(fresh.contains(idle20));
    CHECK(fresh.isEmpty());
    const qint64 monday = newCase(*workspace, 6);
    CHECK(casesOf(*workspace, Kind::NewCase) == QList<qint64>{monday});
}

TEST_CASE("Items come grouped in the fixed order, soonest first, each with a title and a reason", "[worklist]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId = newCase(*workspace, 1, FixedToday.addDays(-3), FixedToday.addDays(2));
    bookMeeting(*workspace, caseId, QDateTime(FixedToday.addDays(2), QTime(10, 0)));
    const auto items = workspace->worklist().items({});
    REQUIRE(items.size() == 3); // the meeting on Wednesday, the sick leave ending then, no consent to coordination
    int lastRank = -1;
    for (const auto& item : items) {
        const int rank = int(std::find(std::begin(Worklist::AllKinds), std::end(Worklist::AllKinds), item.kind) -
                             std::begin(Worklist::AllKinds));
        CHECK(rank >= lastRank);
        lastRank = rank;
        CHECK_FALSE(item.reason.isEmpty());
        CHECK_FALSE(Worklist::titleOf(item.kind).isEmpty());
        CHECK(item.patientName == QStringLiteral("Test Person 1"));
    }
}

TEST_CASE("The demo database gives a coordinator a morning's worklist", "[worklist][demo]")
{
    auto workspace = Workspace::demo({}, QStringLiteral("Demo"));
    QSet<int> kinds;
    for (const auto& item : workspace->worklist().items({}))
        kinds.insert(int(item.kind));
    for (const Kind kind : {Kind::OverdueAction, Kind::Checkpoint, Kind::NoFollowUp, Kind::SickLeaveEnding})
        CHECK(kinds.contains(int(kind)));
    const auto week = IsoWeek::of(workspace->today());
    CHECK_FALSE(workspace->calendar().entries(week.monday, week.next().sunday()).isEmpty());
}

TEST_CASE("Idag names the sick-listed without a case who are new on the list or near day 90 unassessed",
          "[worklist][sick-list]")
{
    auto workspace = makeWorkspace();
    const auto listed = [](const QString& nine, const QString& name, const QDate& start) {
        SickListPatient patient;
        patient.identity = QStringLiteral("19") + nine + QString::number(IdentityNumber::luhnCheckDigit(nine));
        patient.name = name;
        patient.start = start;
        patient.end = FixedToday.addDays(30);
        patient.degrees = {100};
        return patient;
    };
    const SickListPatient earlier = listed(QStringLiteral("800101201"), QStringLiteral("Ek, Tidig"),
                                           FixedToday.addDays(-40)); // day 41: on last week's list too
    const SickListPatient fresh = listed(QStringLiteral("800101202"), QStringLiteral("Ek, Ny"), FixedToday.addDays(-9));
    const SickListPatient nearing = listed(QStringLiteral("800101203"), QStringLiteral("Ek, Sextio"),
                                           FixedToday.addDays(-64)); // day 65
    const SickListPatient past = listed(QStringLiteral("800101204"), QStringLiteral("Ek, Nittio"),
                                        FixedToday.addDays(-99)); // day 100
    const SickListPatient assessed =
        listed(QStringLiteral("800101205"), QStringLiteral("Ek, Bedömd"), FixedToday.addDays(-120));
    workspace->sickList().import(FixedToday.addDays(-7), {earlier, nearing, past, assessed}, {}, 0);
    for (const SickListCandidate& candidate : workspace->sickList().candidates()) {
        if (candidate.patient.name == QStringLiteral("Ek, Bedömd"))
            workspace->sickList().decide(candidate.id, SickListCandidate::Decision::NotNow, QStringLiteral("Åter"));
    }
    workspace->sickList().import(FixedToday, {earlier, fresh, nearing, past, assessed}, {}, 0);

    QStringList reasons;
    QList<QDate> dates;
    for (const auto& item : workspace->worklist().items({})) {
        if (item.kind != Kind::SickListed)
            continue;
        CHECK(item.caseId == 0);
        CHECK(item.area == CaseArea::SickList);
        reasons << item.patientName + QStringLiteral(": ") + item.reason;
        dates << item.date;
    }
    // Not the one on the list before, early in the sjukfall; not the one assessed. Named as elsewhere in Idag, and
    // dated by when day 90 is or was reached, or (new on the list) by the list they came with.
    REQUIRE(reasons.size() == 3);
    CHECK(reasons.at(0) == QStringLiteral("Nittio Ek: Day 100 of the sick leave: past day 90, not assessed"));
    CHECK(dates.at(0) == FixedToday.addDays(-10));
    CHECK(reasons.at(1) == QStringLiteral("Ny Ek: New on the sick-leave list (day 10 of the sick leave)"));
    CHECK(dates.at(1) == FixedToday);
    CHECK(reasons.at(2) == QStringLiteral("Sextio Ek: Day 65 of the sick leave: day 90 in 25 day(s), not assessed"));
    CHECK(dates.at(2) == FixedToday.addDays(25));
}
