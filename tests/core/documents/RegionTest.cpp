// SPDX-License-Identifier: GPL-3.0-or-later
// The county's regional report (issue 22): units' reports merged, suppression after summing, nothing personal.
#include "TestWorkspace.h"
#include "core/documents/RegionDocument.h"
#include "core/exchange/CsvWriter.h"
#include "core/exchange/StatisticsSheet.h"
#include "core/exchange/UnitReport.h"
#include "core/reporting/Disclosure.h"
#include "core/storage/Statement.h"
#include "core/workspace/DemoData.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

UnitReport unitWith(const QString& code, const StatisticsPeriod& period, const SexCounts& active)
{
    UnitReport unit;
    unit.unitName = QStringLiteral("Vårdcentralen ") + code;
    unit.unitCode = code;
    unit.period = period;
    unit.figures.period = period;
    unit.figures.asOf = period.to;
    unit.figures.active = active;
    unit.figures.ageGroup = {QStringLiteral("age"), QStringLiteral("Age"), {{QStringLiteral("under 30"), active}}, {}};
    return unit;
}

} // namespace

TEST_CASE("Reports merge only when every unit reports the same periods, each once", "[region]")
{
    const StatisticsPeriod q1 = StatisticsPeriod::quarter(2026, 1);
    const StatisticsPeriod q2 = StatisticsPeriod::quarter(2026, 2);
    QString error;
    CHECK_FALSE(RegionReport::merge({}, &error));
    CHECK(error == QStringLiteral("Give at least one unit report."));

    CHECK_FALSE(RegionReport::merge(
        {unitWith(QStringLiteral("A"), q1, {10, 5, 15}), unitWith(QStringLiteral("A"), q1, {10, 5, 15})}, &error));
    CHECK(error.contains(QStringLiteral("is there twice")));

    CHECK_FALSE(RegionReport::merge({unitWith(QStringLiteral("A"), q1, {10, 5, 15}),
                                     unitWith(QStringLiteral("A"), q2, {11, 5, 16}),
                                     unitWith(QStringLiteral("B"), q2, {8, 9, 17})},
                                    &error));
    CHECK(error.contains(QStringLiteral("Vårdcentralen B (B) has no report for 2026-01-01 – 2026-03-31")));

    CHECK_FALSE(RegionReport::merge(
        {unitWith(QStringLiteral("A"), q1, {10, 5, 15}),
         unitWith(QStringLiteral("B"), StatisticsPeriod::parse(QStringLiteral("2026-H1")).value(), {8, 9, 17})},
        &error));
    CHECK(error.contains(QStringLiteral("overlap")));

    const auto region = RegionReport::merge(
        {unitWith(QStringLiteral("B"), q2, {8, 3, 11}), unitWith(QStringLiteral("A"), q1, {10, 5, 15}),
         unitWith(QStringLiteral("A"), q2, {11, 4, 15}), unitWith(QStringLiteral("B"), q1, {7, 9, 16})},
        &error);
    REQUIRE(region);
    CHECK(region->periods.size() == 2);
    CHECK(region->periods.last().from == q2.from);
    CHECK(region->units.size() == 2);
    CHECK(region->units.first().unitCode == QStringLiteral("A")); // by name
    CHECK(region->latest().active == SexCounts{19, 7, 26});
    CHECK(region->totals.first().active == SexCounts{17, 14, 31});
    CHECK(region->latest().ageGroup.countsOf(QStringLiteral("under 30")) == SexCounts{19, 7, 26});
}

TEST_CASE("The regional report hides a unit's small count but shows the county's sum of them", "[region]")
{
    const StatisticsPeriod q2 = StatisticsPeriod::quarter(2026, 2);
    const auto region = RegionReport::merge({unitWith(QStringLiteral("A"), q2, {30, 3, 33}),
                                             unitWith(QStringLiteral("B"), q2, {25, 4, 29}),
                                             unitWith(QStringLiteral("C"), q2, {40, 22, 62})},
                                            nullptr);
    REQUIRE(region);
    const Document document = RegionDocument::report(*region, {Letterhead{}, 4, QDateTime::currentDateTime(), false});
    const QString text = document.plainText();
    // A's men (3) are small; its women go with them, and B's row protects A's against the county's sums.
    CHECK(text.contains(QStringLiteral("Vårdcentralen A · Women: x · Men: <5 · Total: 33")));
    CHECK(text.contains(QStringLiteral("Vårdcentralen B · Women: x · Men: <5 · Total: 29")));
    CHECK(text.contains(QStringLiteral("The county · Women: 95 · Men: 29 · Total: 124")));
    // The units' rows against the county's total: no hidden count has a single possible value.
    QList<SexCounts> rows;
    for (const UnitReport& unit : region->units)
        rows.append(unit.figures.active);
    const ProtectedTable shown = protectCounts(rows, 4, true);
    CHECK(ProtectedTable::determined(rows, shown.rows(), 4, true).isEmpty());
    CHECK(RegionDocument::unitFigures().size() == 5);
}

TEST_CASE("No identity number, name or note reaches a unit report or the regional report", "[region]")
{
    QStringList secrets;
    QList<UnitReport> reports;
    const StatisticsPeriod year = StatisticsPeriod::year(2026);
    for (const quint32 seed : {11u, 12u}) {
        auto workspace = koordinera::tests::makeWorkspace();
        DemoData::populate(*workspace, 80, seed);
        Statement patients(workspace->database(), "SELECT identity, given_name, family_name FROM patients");
        while (patients.step()) {
            const QString identity = patients.columnText(0);
            secrets << identity << identity.mid(2) << identity.left(8) + QLatin1Char('-') + identity.mid(8)
                    << patients.columnText(1) + QLatin1Char(' ') + patients.columnText(2);
        }
        Statement notes(workspace->database(), "SELECT DISTINCT note FROM activity_versions WHERE trim(note) <> ''");
        while (notes.step())
            secrets << notes.columnText(0);
        const UnitReport report =
            UnitReportFile::make(Statistics(workspace->context()).compute(year), QStringLiteral("VC %1").arg(seed),
                                 QStringLiteral("E%1").arg(seed), QDateTime::currentDateTime());
        reports.append(
            *UnitReportFile::open(UnitReportFile::seal(report, "en fras för processtödet", KdfParams::forTests()),
                                  "en fras för processtödet", nullptr));
    }
    const auto region = RegionReport::merge(reports, nullptr);
    REQUIRE(region);
    const QString printed =
        RegionDocument::report(*region, {Letterhead{}, 4, QDateTime::currentDateTime(), false}).plainText();
    const QString csv = QString::fromUtf8(CsvWriter::sheet(StatisticsSheet::regionSheets(*region, 4, true).first()));
    QString plain;
    for (const UnitReport& report : reports)
        plain += QString::fromUtf8(UnitReportFile::plain(report));
    REQUIRE(secrets.size() > 150);
    for (const QString& secret : std::as_const(secrets)) {
        INFO(secret.toStdString());
        CHECK_FALSE(printed.contains(secret));
        CHECK_FALSE(csv.contains(secret));
        CHECK_FALSE(plain.contains(secret));
    }
    CHECK(csv.contains(QStringLiteral("VC 11")));
}
