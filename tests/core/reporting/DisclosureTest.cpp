// SPDX-License-Identifier: GPL-3.0-or-later
// Suppression that holds (issue 22): no hidden count can be worked out from what a printed or exported report shows.
#include "core/reporting/Disclosure.h"

#include "TestWorkspace.h"
#include "core/workspace/DemoData.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

int hiddenCount(const ProtectedTable& table)
{
    int hidden = 0;
    for (const ProtectedTable::Row& row : table.rows()) {
        for (CellShown cell : row)
            hidden += cell != CellShown::Count;
    }
    return hidden;
}

QList<SexCounts> rowsOf(const StatisticsTable& table)
{
    QList<SexCounts> rows;
    for (const StatisticsRow& row : table.rows)
        rows.append(row.counts);
    return rows;
}

} // namespace

TEST_CASE("A small count that the row's total would give away takes another count with it, and that one another",
          "[reporting][disclosure]")
{
    // The demo's "degree 50 %": women 6, men 3, total 9. With only "<5" for the men, 9 − 6 gives 3 away.
    const QList<SexCounts> rows{{20, 14, 34}, {6, 3, 9}, {11, 9, 20}};
    const QList<ProtectedTable::Row> naive{{CellShown::Count, CellShown::Count, CellShown::Count},
                                           {CellShown::Count, CellShown::Small, CellShown::Count},
                                           {CellShown::Count, CellShown::Count, CellShown::Count}};
    CHECK(ProtectedTable::determined(rows, naive, 4, true) == QList<std::pair<int, int>>{{1, 1}});

    const ProtectedTable table = ProtectedTable::protect(rows, 4);
    CHECK(table.at(1, 1) == CellShown::Small);
    CHECK(table.text(1, 1, 3) == QStringLiteral("<5"));
    CHECK(ProtectedTable::determined(rows, table.rows(), 4, true).isEmpty());
    // The row needs a second hidden count, and so does the column of each: four at least, the smallest chosen.
    CHECK(hiddenCount(table) >= 4);
    CHECK(table.at(1, 0) == CellShown::Protecting); // women 6 rather than total 9
    CHECK(table.text(1, 0, 6) == QStringLiteral("x"));
    CHECK(table.shown(0, 2));

    // Without column sums a row protects itself: one more hidden count in the row is enough.
    const ProtectedTable single = ProtectedTable::protect({{6, 3, 9}}, 4, false);
    CHECK(hiddenCount(single) == 2);
    CHECK(ProtectedTable::determined({{6, 3, 9}}, single.rows(), 4, false).isEmpty());
}

TEST_CASE("A table with one small count in a column is hidden enough that the column's sum cannot give it away",
          "[reporting][disclosure]")
{
    // Men: 3 in one row only; the column's sum (the men in the period) is printed elsewhere.
    const QList<SexCounts> rows{{12, 3, 15}, {30, 25, 55}, {8, 10, 18}, {0, 0, 0}};
    const ProtectedTable table = ProtectedTable::protect(rows, 4);
    CHECK(ProtectedTable::determined(rows, table.rows(), 4, true).isEmpty());
    int hiddenMen = 0;
    for (int row = 0; row < rows.size(); ++row)
        hiddenMen += !table.shown(row, 1);
    CHECK(hiddenMen >= 2);
    CHECK(table.shown(3, 0)); // an empty row shows its zeros
    // With the rule off, everything shows.
    CHECK(hiddenCount(ProtectedTable::protect(rows, 0)) == 0);
}

TEST_CASE("In the demo's yearly report no hidden count of any table has a single possible value",
          "[reporting][disclosure]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    DemoData::populate(*workspace, 120);
    const StatisticsReport report = Statistics(workspace->context()).compute(StatisticsPeriod::year(2026));
    int protectedTables = 0;
    for (const int threshold : {4, 9}) {
        for (const StatisticsTable* table : report.tables()) {
            INFO(table->title.toStdString() << " at " << threshold);
            const QList<SexCounts> rows = rowsOf(*table);
            const ProtectedTable shown = ProtectedTable::protect(rows, threshold);
            // A table no pattern can protect is not shown at all.
            CHECK((shown.withheld() || ProtectedTable::determined(rows, shown.rows(), threshold, true).isEmpty()));
            protectedTables += hiddenCount(shown) > 0;
        }
        QList<SexCounts> months;
        for (const StatisticsMonth& month : report.months)
            months.append(month.started);
        const ProtectedTable monthly = ProtectedTable::protect(months, threshold);
        CHECK((monthly.withheld() || ProtectedTable::determined(months, monthly.rows(), threshold, true).isEmpty()));
    }
    CHECK(protectedTables > 0); // the check had something to check
}

TEST_CASE("A table whose only row the column sums repeat is withheld whole", "[reporting][disclosure]")
{
    const QList<SexCounts> rows{{11, 7, 18}, {0, 0, 0}, {0, 0, 0}};
    const ProtectedTable table = ProtectedTable::protect(rows, 9);
    CHECK(table.withheld());
    CHECK(table.text(0, 0, 11) == QStringLiteral("x"));
    CHECK_FALSE(ProtectedTable::protect(rows, 4).withheld()); // at 4 nothing is small
}
