// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Statistics.h"

#include "TestWorkspace.h"
#include "core/documents/StatisticsDocument.h"
#include "core/exchange/StatisticsSheet.h"

#include <catch2/catch.hpp>
#include <tuple>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::makeWorkspace;

namespace Catch {
template <> struct StringMaker<SexCounts>
{
    static std::string convert(const SexCounts& counts)
    {
        return "{women " + std::to_string(counts.women) + ", men " + std::to_string(counts.men) + ", total " +
               std::to_string(counts.total) + "}";
    }
};
} // namespace Catch

namespace {

SexCounts counts(int women, int men, int total)
{
    return {women, men, total};
}

void close(Workspace& workspace, qint64 caseId, CaseStatus status, CaseOutcome outcome, const QDate& on)
{
    CaseRecord record = *workspace.cases().get(caseId);
    record.status = status;
    record.outcome = outcome;
    record.closedOn = on;
    workspace.cases().save(record);
}

void addActivity(Workspace& workspace, qint64 caseId, const QDate& day, const QString& kva)
{
    Activity activity;
    activity.caseId = caseId;
    activity.occurredAt = QDateTime(day, QTime(9, 0));
    activity.kind = ActivityKind::PersonalSupport;
    activity.mode = ContactMode::Phone;
    activity.kvaCode = kva;
    activity.note = QStringLiteral("Samtal");
    workspace.activities().add(activity);
}

void setMainDiagnosis(Workspace& workspace, qint64 caseId, const QString& code)
{
    Diagnosis diagnosis{0, caseId, code, QStringLiteral("diagnos"), true};
    workspace.sickLeave().saveDiagnosis(diagnosis);
}

// Five cases around the third quarter of 2026, each figure below worked out by hand.
struct Unit
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    qint64 anna = 0;
    qint64 bertil = 0;

    Unit()
    {
        Workspace& ws = *workspace;
        // Anna, 46, sick 100 % since 2026-07-01, opened 2026-07-10; day 90 on 2026-09-28.
        anna =
            addCase(ws, QStringLiteral("800312-2424"), QStringLiteral("Anna"), QStringLiteral("Ek"), QDate(2026, 7, 1))
                .caseId;
        CaseRecord annaCase = *ws.cases().get(anna);
        annaCase.openedOn = QDate(2026, 7, 10);
        annaCase.occupation = Occupation::Employed;
        ws.cases().save(annaCase);
        setMainDiagnosis(ws, anna, QStringLiteral("F329"));
        addActivity(ws, anna, QDate(2026, 7, 15), QStringLiteral("GC001"));  // 14 days after the sick leave began
        addActivity(ws, anna, QDate(2026, 10, 10), QStringLiteral("AW026")); // after the period
        Consent consent;
        consent.caseId = anna;
        consent.scope = ConsentScope::InformFk;
        consent.givenOn = QDate(2026, 7, 10);
        ws.consents().save(consent);
        Impulse impulse{
            0, anna, QDate(2026, 9, 1), consent.id, ImpulseChannel::Phone, QStringLiteral("Handläggare Berg"), {}, {}};
        ws.meetings().saveImpulse(impulse);

        // Bertil, 66, sick 50 % 2026-04-20 – 2026-08-15 (118 days; day 90 on 2026-07-18), opened in May,
        // closed back in work on 2026-08-20, an avstämningsmöte held on 2026-08-10.
        bertil = addCase(ws, QStringLiteral("600515-2530"), QStringLiteral("Bertil"), QStringLiteral("Ås"),
                         QDate(2026, 4, 20), QDate(2026, 8, 15))
                     .caseId;
        SickLeavePeriod period = ws.sickLeave().periods(bertil).first();
        period.degree = 50;
        ws.sickLeave().savePeriod(period);
        CaseRecord bertilCase = *ws.cases().get(bertil);
        bertilCase.openedOn = QDate(2026, 5, 1);
        ws.cases().save(bertilCase);
        setMainDiagnosis(ws, bertil, QStringLiteral("M545"));
        Meeting held;
        held.caseId = bertil;
        held.startsAt = QDateTime(QDate(2026, 8, 10), QTime(10, 0));
        held.place = QStringLiteral("Vårdcentralen");
        held.summary = QStringLiteral("Åter i arbete");
        held.noFollowUpReason = QStringLiteral("Avslutas");
        QList<PlanAction> none;
        std::optional<Meeting> noNext;
        ws.meetings().recordHeld(held, none, noNext);
        close(ws, bertil, CaseStatus::Closed, CaseOutcome::BackToWork, QDate(2026, 8, 20));

        // Cecilia opened after the period: in none of its figures.
        addCase(ws, QStringLiteral("950101-2620"), QStringLiteral("Cecilia"), QStringLiteral("Berg"),
                QDate(2026, 10, 5));
        // David declined in July: closed in the period, never active.
        const qint64 david = addCase(ws, QStringLiteral("900707-2730"), QStringLiteral("David"), QStringLiteral("Lund"),
                                     QDate(2026, 6, 1))
                                 .caseId;
        close(ws, david, CaseStatus::Declined, CaseOutcome::Declined, QDate(2026, 7, 5));

        // A patient with a reservnummer (sex unknown), opened 2026-08-01, not sick-listed.
        NewCase reserve;
        reserve.patient.identity = QStringLiteral("RES-4711");
        reserve.patient.identityKind = IdentityKind::Reservnummer;
        reserve.patient.givenName = QStringLiteral("Okänd");
        reserve.patient.familyName = QStringLiteral("Person");
        reserve.caseRecord.status = CaseStatus::Active;
        reserve.caseRecord.openedOn = QDate(2026, 8, 1);
        ws.cases().create(reserve);
    }
};

} // namespace

TEST_CASE("Periods: month, quarter and year, both ends included", "[statistics]")
{
    CHECK(StatisticsPeriod::month(2026, 2).to == QDate(2026, 2, 28));
    CHECK(StatisticsPeriod::quarter(2026, 3).from == QDate(2026, 7, 1));
    CHECK(StatisticsPeriod::quarter(2026, 3).to == QDate(2026, 9, 30));
    CHECK(StatisticsPeriod::year(2026).contains(QDate(2026, 12, 31)));
    CHECK_FALSE(StatisticsPeriod::year(2026).contains(QDate(2027, 1, 1)));
}

TEST_CASE("A quarter's statistics, split by women and men, match the figures worked out by hand", "[statistics]")
{
    Unit unit;
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    CHECK(report.asOf == QDate(2026, 9, 30));
    CHECK(report.active == counts(1, 1, 3));
    CHECK(report.started == counts(1, 0, 2));
    CHECK(report.closed == counts(0, 2, 2));
    CHECK(report.closedByOutcome.countsOf(QStringLiteral("Back in work")) == counts(0, 1, 1));
    CHECK(report.closedByOutcome.countsOf(QStringLiteral("Declined by the patient")) == counts(0, 1, 1));

    CHECK(report.length.countsOf(QStringLiteral("91–180 days")) == counts(1, 1, 2));
    CHECK(report.length.countsOf(QStringLiteral("not sick-listed")) == counts(0, 0, 1));
    CHECK(report.length.countsOf(QStringLiteral("0–14 days")) == counts(0, 0, 0)); // shown, empty
    CHECK(report.length.rows.size() == 8);
    CHECK(report.degree.countsOf(QStringLiteral("100 %")) == counts(1, 0, 1));
    CHECK(report.degree.countsOf(QStringLiteral("50 %")) == counts(0, 1, 1));
    CHECK(report.diagnosisChapter.countsOf(QStringLiteral("F00–F99 Mental and behavioural disorders")) ==
          counts(1, 0, 1));
    CHECK(report.diagnosisChapter.countsOf(QStringLiteral(
              "M00–M99 Diseases of the musculoskeletal system and connective tissue")) == counts(0, 1, 1));
    CHECK(report.diagnosisChapter.countsOf(QStringLiteral("no main diagnosis")) == counts(0, 0, 1));
    CHECK(report.ageGroup.countsOf(QStringLiteral("40–49")) == counts(1, 0, 1));
    CHECK(report.ageGroup.countsOf(QStringLiteral("60 and older")) == counts(0, 1, 1));
    CHECK(report.ageGroup.countsOf(QStringLiteral("age unknown")) == counts(0, 0, 1));
    CHECK(report.passedCheckpoint.countsOf(QStringLiteral("day 90")) == counts(1, 1, 2));
    CHECK(report.passedCheckpoint.countsOf(QStringLiteral("day 180")) == counts(0, 0, 0));

    CHECK(report.impulses == counts(1, 0, 1));
    CHECK(report.meetingsHeld.countsOf(QStringLiteral("Reconciliation meeting")) == counts(0, 1, 1));
    CHECK(report.activitiesByKva.rows.size() == 1); // AW026 fell after the period
    CHECK(report.activitiesByKva.countsOf(QStringLiteral("GC001")) == counts(1, 0, 1));
    CHECK(report.daysToFirstContact.women == 14.0);
    CHECK_FALSE(report.daysToFirstContact.men.has_value());
    CHECK(report.daysToFirstContact.total == 14.0);

    REQUIRE(report.months.size() == 3);
    CHECK(report.months.at(0).active == counts(1, 1, 2)); // July: Anna and Bertil (David declined)
    CHECK(report.months.at(0).started == counts(1, 0, 1));
    CHECK(report.months.at(1).active == counts(1, 1, 3)); // August: and the reservnummer case
    CHECK(report.months.at(2).active == counts(1, 0, 2)); // September: Bertil closed in August
}

TEST_CASE("Period edges: a case opened on the last day counts, one opened the day after does not", "[statistics]")
{
    Unit unit;
    Statistics statistics(unit.workspace->context());
    const StatisticsReport july = statistics.compute(StatisticsPeriod::month(2026, 7));
    CHECK(july.started == counts(1, 0, 1));                                             // Anna on 07-10
    CHECK(july.closed == counts(0, 1, 1));                                              // David on 07-05
    CHECK(july.passedCheckpoint.countsOf(QStringLiteral("day 90")) == counts(0, 1, 1)); // Bertil on 07-18
    const StatisticsReport lastDay = statistics.compute({QDate(2026, 7, 18), QDate(2026, 7, 18)});
    CHECK(lastDay.passedCheckpoint.countsOf(QStringLiteral("day 90")) == counts(0, 1, 1));
    const StatisticsReport dayAfter = statistics.compute({QDate(2026, 7, 19), QDate(2026, 7, 31)});
    CHECK(dayAfter.passedCheckpoint.countsOf(QStringLiteral("day 90")) == counts(0, 0, 0));
    // A period still running is measured up to today, not its end.
    const StatisticsReport year = statistics.compute(StatisticsPeriod::year(2026));
    CHECK(year.asOf == koordinera::tests::FixedToday);
    CHECK(year.started == counts(2, 2, 5));
}

TEST_CASE("Cases from years before do not count — activities and meetings in the period count for any case",
          "[statistics]")
{
    auto workspace = makeWorkspace();
    const qint64 earlier = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"), QDate(2023, 2, 1), QDate(2023, 5, 31))
                               .caseId;
    close(*workspace, earlier, CaseStatus::Closed, CaseOutcome::BackToWork, QDate(2023, 6, 15));
    addActivity(*workspace, earlier, QDate(2023, 3, 1), QStringLiteral("GC001"));
    addActivity(*workspace, earlier, QDate(2026, 3, 2), QStringLiteral("GC001")); // a call long after closing
    const qint64 now = addCase(*workspace, QStringLiteral("850101-1244"), QStringLiteral("Åsa"),
                               QStringLiteral("Åberg"), QDate(2026, 2, 1))
                           .caseId;
    addActivity(*workspace, now, QDate(2026, 2, 10), QStringLiteral("GC001"));

    const StatisticsReport year = Statistics(workspace->context()).compute(StatisticsPeriod::year(2026));
    CHECK(year.active == counts(1, 0, 1));
    CHECK(year.started == counts(1, 0, 1));
    CHECK(year.closed == counts(0, 0, 0));
    CHECK(year.activitiesByKva.countsOf(QStringLiteral("GC001")) == counts(1, 1, 2));
    CHECK(year.daysToFirstContact.total == 9.0); // Åberg's own first contact, from her sick leave on 02-01

    const StatisticsReport then = Statistics(workspace->context()).compute(StatisticsPeriod::year(2023));
    CHECK(then.active == counts(0, 1, 1));
    CHECK(then.closed == counts(0, 1, 1));
    CHECK(then.activitiesByKva.countsOf(QStringLiteral("GC001")) == counts(0, 1, 1));
}

TEST_CASE("Small numbers are hidden in anything that leaves the program", "[statistics]")
{
    CHECK(Statistics::shown(0, 4) == QStringLiteral("0"));
    CHECK(Statistics::shown(1, 4) == QStringLiteral("<5"));
    CHECK(Statistics::shown(4, 4) == QStringLiteral("<5"));
    CHECK(Statistics::shown(5, 4) == QStringLiteral("5"));
    CHECK(Statistics::shown(2, 0) == QStringLiteral("2"));
}

TEST_CASE("The statistics go to CSV with small numbers hidden", "[statistics][csv]")
{
    Unit unit;
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    const QByteArray bytes = StatisticsSheet::csv(report, 4);
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs to read UTF-8
    const QString csv = QString::fromUtf8(bytes.mid(3));
    CHECK(csv.startsWith(
        QStringLiteral("Measure (2026-07-01 – 2026-09-30);Category;Women;Men;Total;Women %;Men %;Total %\r\n")));
    CHECK(csv.contains(QStringLiteral("Cases;active;<5;<5;<5;;;\r\n")));
    // A hidden count hides its share too; a zero is shown with its share.
    CHECK(csv.contains(QStringLiteral("Status at the end of the period;Closed;0;<5;<5;0,0;;\r\n")));
    // Two closed men: each "<5", their sum "<5" too, so neither can be worked out.
    CHECK(csv.contains(QStringLiteral("Closed cases by outcome;Back in work;0;<5;<5;;;\r\n")));
    // Three cases in one length bucket: the column sums (the active cases) would give any shown figure away.
    CHECK(csv.contains(QStringLiteral("Length of the sick leave;0–14 days;x;x;x;;;\r\n")));
    // A median of one case is that case's own figure.
    CHECK(csv.contains(QStringLiteral("Median days from sick-leave start to first contact;;x;;x;;;\r\n")));
    CHECK(csv.contains(QStringLiteral("Active cases by month;2026-08;x;x;x;;;\r\n")));
    // With the rule off, the counts themselves.
    CHECK(QString::fromUtf8(StatisticsSheet::csv(report, 0)).contains(QStringLiteral("Cases;active;1;1;3;;;\r\n")));
}

TEST_CASE("Shares: each category of a measure as a share of its sex, the checkpoints of the active cases",
          "[statistics]")
{
    Unit unit;
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    const QList<Sheet> sheets = StatisticsSheet::sheets(report, 0);
    REQUIRE(sheets.size() == 3); // the measures, the months, the unit's own work
    const Sheet& measures = sheets.first();
    REQUIRE(measures.columns.size() == 8);
    double lengthTotal = 0;
    int lengthRows = 0;
    for (const QVariantList& row : measures.rows) {
        if (row.at(0).toString() == report.length.title) {
            lengthTotal += row.at(7).toDouble();
            ++lengthRows;
        }
        if (row.at(0).toString() == report.passedCheckpoint.title && row.at(4).toInt() > 0)
            CHECK(row.at(7).toDouble() == Approx(100.0 * row.at(4).toInt() / report.active.total));
    }
    CHECK(lengthRows == 8); // seven buckets and "not sick-listed"
    CHECK(lengthTotal == Approx(100.0));
    CHECK(Statistics::percent(1, 0) == std::nullopt);
    CHECK(*Statistics::percent(1, 4) == Approx(25.0));

    const Sheet& months = sheets.at(1);
    REQUIRE(months.rows.size() == 3);
    CHECK(months.rows.first().first().toDate() == QDate(2026, 7, 1));
}

TEST_CASE("The unit's own work is counted by kind with its hours, in the period only, and never hidden", "[statistics]")
{
    Unit unit;
    StaffRepository& staff = unit.workspace->staff();
    for (const auto& [day, kind, minutes] :
         {std::tuple{QDate(2026, 7, 2), UnitWorkKind::Advice, 30},
          std::tuple{QDate(2026, 8, 12), UnitWorkKind::Advice, 15},
          std::tuple{QDate(2026, 9, 1), UnitWorkKind::TeamMeeting, 90},
          std::tuple{QDate(2026, 10, 1), UnitWorkKind::Training, 240}}) { // the last is outside the quarter
        UnitWork work{0, day, kind, {}, minutes, {}, {}};
        staff.saveUnitWork(work);
    }
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    REQUIRE(report.unitWork.size() == 2);
    CHECK(report.unitWork.at(0) == UnitWorkRow{QStringLiteral("Advice to colleagues"), 2, 45});
    CHECK(report.unitWork.at(1) == UnitWorkRow{QStringLiteral("Team meeting"), 1, 90});
    CHECK(report.unitWorkTotal() == UnitWorkRow{QStringLiteral("Total"), 3, 135});
    CHECK(Statistics::hours(135) == QStringLiteral("2,3"));

    // Two occasions of advice stay two with the small-number rule at 4: no patient is behind them.
    const Sheet work = StatisticsSheet::sheets(report, 4).at(2);
    REQUIRE(work.rows.size() == 3);
    CHECK(work.rows.at(0).at(1).toInt() == 2);
    CHECK(work.rows.at(2).at(2).toDouble() == Approx(2.25));
    const QString csv = QString::fromUtf8(StatisticsSheet::csv(report, 4));
    CHECK(csv.contains(QStringLiteral("Work for the unit, occasions;Advice to colleagues;;;2;")));
    const Document document =
        StatisticsDocument::report(report, {Letterhead{}, 4, QDateTime::currentDateTime(), false});
    const QString text = document.plainText();
    CHECK(text.contains(QStringLiteral("WORK FOR THE UNIT")));
    CHECK(text.contains(QStringLiteral("Team meeting")));
}

TEST_CASE("A joint plan by age band, each a share of its band, and whether coordination started within 90 days",
          "[statistics]")
{
    auto workspace = makeWorkspace();
    Workspace& ws = *workspace;
    // Sara, 26, sick since 2026-08-01, opened on day 10 with a plan; Per, 46, sick since 2026-03-01, opened on
    // day 200, no plan; Lena, 48, no sick leave registered.
    const qint64 sara =
        addCase(ws, QStringLiteral("000304-2389"), QStringLiteral("Sara"), QStringLiteral("Ek"), QDate(2026, 8, 1))
            .caseId;
    const qint64 per =
        addCase(ws, QStringLiteral("800515-2536"), QStringLiteral("Per"), QStringLiteral("Ås"), QDate(2026, 3, 1))
            .caseId;
    const qint64 lena =
        addCase(ws, QStringLiteral("780101-2381"), QStringLiteral("Lena"), QStringLiteral("Sjö")).caseId;
    for (const auto& [caseId, opened] : {std::pair{sara, QDate(2026, 8, 10)}, std::pair{per, QDate(2026, 9, 16)},
                                         std::pair{lena, QDate(2026, 8, 1)}}) {
        CaseRecord record = *ws.cases().get(caseId);
        record.openedOn = opened;
        ws.cases().save(record);
    }
    PlanVersion draft = ws.plans().newDraft(sara);
    PlanAction action;
    action.description = QStringLiteral("Arbetsträning");
    draft.actions << action;
    draft.overallResponsible = QStringLiteral("Rehabkoordinatorn");
    draft.followUpAt = QDateTime(QDate(2026, 10, 1), QTime(10, 0));
    draft.followUpPlace = QStringLiteral("Vårdcentralen");
    ws.plans().saveDraft(draft);
    ws.plans().adopt(sara, QDate(2026, 8, 20));

    const StatisticsReport report = Statistics(ws.context()).compute(StatisticsPeriod::quarter(2026, 3));
    CHECK(report.withPlan.total == 1);
    CHECK(report.planByAge.countsOf(QStringLiteral("under 30")).women == 1);
    CHECK(report.planByAge.countsOf(QStringLiteral("40–49")).total == 0);
    // The share of a band is of that band's active cases.
    const int under30 =
        int(std::find_if(report.planByAge.rows.cbegin(), report.planByAge.rows.cend(),
                         [](const StatisticsRow& row) { return row.label == QStringLiteral("under 30"); }) -
            report.planByAge.rows.cbegin());
    CHECK(report.shareBase(report.planByAge, under30) == report.ageGroup.countsOf(QStringLiteral("under 30")));
    CHECK(report.startedWithin90.countsOf(QStringLiteral("within the first 90 days")).total == 1);
    CHECK(report.startedWithin90.countsOf(QStringLiteral("after day 90")).total == 1);
    CHECK(report.startedWithin90.countsOf(QStringLiteral("no sick leave registered")).total == 1);

    // With the rule off the share shows: Sara is the one case under 30, so 100 %.
    const QString open = QString::fromUtf8(StatisticsSheet::csv(report, 0));
    CHECK(open.contains(QStringLiteral("With an adopted joint plan, by age;under 30;1;0;1;100,0;;100,0")));
    CHECK(open.contains(QStringLiteral("Cases;active with an adopted joint plan;1;0;1;;;")));
    // With it on, neither the count nor its share.
    const QString hidden = QString::fromUtf8(StatisticsSheet::csv(report, 4));
    CHECK_FALSE(hidden.contains(QStringLiteral("under 30;1;")));
    CHECK_FALSE(hidden.contains(QStringLiteral("100,0")));
}

TEST_CASE("A period is read from the forms a head of unit writes", "[statistics]")
{
    CHECK(StatisticsPeriod::parse(QStringLiteral("2026"))->to == QDate(2026, 12, 31));
    CHECK(StatisticsPeriod::parse(QStringLiteral("2026-Q3"))->from == QDate(2026, 7, 1));
    CHECK(StatisticsPeriod::parse(QStringLiteral("2026-k4"))->to == QDate(2026, 12, 31));
    CHECK(StatisticsPeriod::parse(QStringLiteral(" 2026-02 "))->to == QDate(2026, 2, 28));
    const auto range = StatisticsPeriod::parse(QStringLiteral("2026-01-15..2026-03-14"));
    REQUIRE(range);
    CHECK(range->from == QDate(2026, 1, 15));
    CHECK(range->to == QDate(2026, 3, 14));
    for (const char* bad : {"", "26", "2026-13", "2026-Q5", "2026-03-14..2026-01-15", "2026-02-30..2026-03-01", "x"})
        CHECK_FALSE(StatisticsPeriod::parse(QString::fromUtf8(bad)));
}

TEST_CASE("The months of a period that runs on stop at today", "[statistics]")
{
    Unit unit; // today is 2026-11-23
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::year(2026));
    REQUIRE(report.months.size() == 11);
    CHECK(report.months.last().month == QDate(2026, 11, 1));
}

TEST_CASE("The printed statistics: overview, charts of women and men, tables, small numbers hidden",
          "[statistics][documents]")
{
    Unit unit;
    const StatisticsReport report = Statistics(unit.workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    const Document document =
        StatisticsDocument::report(report, {Letterhead{QStringLiteral("Vårdcentralen Åby"),
                                                       QStringLiteral("Eva Ek"),
                                                       QString(),
                                                       QStringLiteral("Rehabkoordinator"),
                                                       true,
                                                       {}},
                                            4, QDateTime(QDate(2026, 11, 23), QTime(10, 0)), false});
    CHECK(document.kind == QStringLiteral("statistics"));
    CHECK(document.headerLeft == QStringLiteral("Vårdcentralen Åby"));
    const QString text = document.plainText();
    CHECK(text.contains(QStringLiteral("Vårdcentralen Åby · 2026-07-01 – 2026-09-30")));
    for (const StatisticsTable* table : report.tables())
        CHECK(text.contains(table->title.toUpper()));
    CHECK(text.contains(QStringLiteral("- Active cases · Women: <5 · Men: <5 · Total: <5")));
    CHECK_FALSE(text.contains(QStringLiteral("Active cases, Women: 1")));

    int charts = 0;
    for (const DocumentBlock& block : document.blocks) {
        if (block.kind != DocumentBlock::Kind::Chart)
            continue;
        ++charts;
        REQUIRE(block.chart.values.size() == 2);
        for (int series = 0; series < 2; ++series) {
            for (int category = 0; category < block.chart.categories.size(); ++category) {
                // A hidden figure draws no bar: its length would give the number away.
                const QString label = block.chart.labels.at(series).at(category);
                const bool hidden = label == QStringLiteral("<5") || label == QStringLiteral("x");
                CHECK((block.chart.values.at(series).at(category) < 0) == hidden);
            }
        }
    }
    CHECK(charts >= 5);

    const DocumentChart length = StatisticsDocument::chartOf(report.length, 0);
    CHECK(length.categories.size() == report.length.rows.size());
    CHECK(length.values.at(0).size() == report.length.rows.size());
    CHECK(length.values.at(1).at(0) == double(report.length.rows.at(0).counts.men));
}

TEST_CASE("The unit's sick-listed from its latest list: in coordination, not, and past day 90, by women and men",
          "[statistics][sick-list]")
{
    auto workspace = makeWorkspace();
    addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
            QDate(2026, 10, 1), QDate(2026, 12, 31));
    const auto listed = [](const QString& identity, Sex sex, const QDate& start) {
        SickListPatient patient;
        patient.identity = identity;
        patient.sex = sex;
        patient.name = QStringLiteral("Listad");
        patient.start = start;
        patient.end = QDate(2026, 12, 31);
        patient.degrees = {100};
        return patient;
    };
    const QDate listDate(2026, 11, 16);
    workspace->sickList().import(listDate,
                                 {listed(QStringLiteral("196408233234"), Sex::Male, QDate(2026, 10, 1)),  // the case
                                  listed(QStringLiteral("199001012344"), Sex::Female, QDate(2026, 7, 1)), // day 139
                                  listed(QStringLiteral("198506151128"), Sex::Female, QDate(2026, 11, 1)),
                                  listed(QStringLiteral("198103122381"), Sex::Female, QDate(2026, 11, 2))},
                                 {}, 0);
    const StatisticsReport report = Statistics(workspace->context()).compute(StatisticsPeriod::quarter(2026, 4));
    REQUIRE(report.sickListDate == listDate);
    CHECK(report.sickListed == SexCounts{3, 1, 4});
    CHECK(report.sickList.countsOf(QStringLiteral("In coordination")) == SexCounts{0, 1, 1});
    CHECK(report.sickList.countsOf(QStringLiteral("Not in coordination")) == SexCounts{3, 0, 3});
    CHECK(report.sickList.countsOf(QStringLiteral("Not in coordination, past day 90")) == SexCounts{1, 0, 1});
    CHECK(report.shareBase(report.sickList) == report.sickListed);
    CHECK(report.tables().first() == &report.sickList);

    // A period without a list has no such table.
    const StatisticsReport before = Statistics(workspace->context()).compute(StatisticsPeriod::quarter(2026, 3));
    CHECK_FALSE(before.sickListDate.isValid());
    CHECK_FALSE(before.tables().contains(&before.sickList));
}

TEST_CASE("How soon a case started from the sick-leave list was first contacted, from the list's sjukfall start",
          "[statistics][sick-list]")
{
    auto workspace = makeWorkspace();
    SickListPatient sara;
    sara.identity = QStringLiteral("199001012344");
    sara.sex = Sex::Female;
    sara.name = QStringLiteral("Ek, Sara");
    sara.start = QDate(2026, 10, 1);
    sara.end = QDate(2026, 12, 31);
    sara.degrees = {100};
    workspace->sickList().import(QDate(2026, 11, 16), {sara}, {}, 0);
    const qint64 candidate = workspace->sickList().candidates().first().id;
    // The case starts today without a sick-leave period of its own; the list knows the sjukfall began 2026-10-01.
    const auto started =
        addCase(*workspace, QStringLiteral("19900101-2344"), QStringLiteral("Sara"), QStringLiteral("Ek"));
    workspace->sickList().decide(candidate, SickListCandidate::Decision::CaseStarted, {}, started.caseId);
    Activity contact;
    contact.caseId = started.caseId;
    contact.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    contact.kvaCode = QStringLiteral("GC001");
    contact.note = QStringLiteral("Första samtalet.");
    workspace->activities().add(contact);

    const StatisticsReport report = Statistics(workspace->context()).compute(StatisticsPeriod::quarter(2026, 4));
    REQUIRE(report.daysToFirstContactFromList.total);
    CHECK(*report.daysToFirstContactFromList.total == 50.0); // 2026-10-01 to 2026-11-20
    CHECK(report.daysToFirstContactFromList.women == report.daysToFirstContactFromList.total);
    CHECK_FALSE(report.daysToFirstContactFromList.men);
    const Document printed = StatisticsDocument::report(report, {});
    bool shown = false;
    for (const DocumentBlock& block : printed.blocks) {
        for (const QStringList& row : block.table.rows)
            shown = shown || row.first().contains(QStringLiteral("sick-leave list"));
    }
    CHECK(shown);
}
