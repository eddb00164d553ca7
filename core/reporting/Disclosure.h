// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <array>
#include <optional>

namespace koordinera::core {

// How a count may appear once it leaves the program (issue 22, docs/statistics.md). The small-number rule hides
// counts from 1 to the threshold; complementary suppression then hides further counts, so that no hidden count can
// be worked out from the shown ones, the totals and the sums a reader knows.
enum class CellShown
{
    Count,      // the number itself
    Small,      // 1 to the threshold: "<5"
    Protecting, // a larger count hidden so that a small one cannot be worked out: "x"
};

// One table of counts by sex (rows of women, men, total) with its pattern of hidden cells.
class ProtectedTable
{
public:
    using Row = std::array<CellShown, 3>; // women, men, total

    // `rows` as printed; with `withColumnSums`, the sums of each column over the rows count as known to the reader
    // (they are printed elsewhere, e.g. the active cases), so they protect nothing by themselves.
    static ProtectedTable protect(const QList<SexCounts>& rows, int threshold, bool withColumnSums = true);
    // Every count shown: the threshold is 0 (the rule is off) or the figures stay on screen.
    static ProtectedTable open(int rowCount);

    const QList<Row>& rows() const { return m_rows; }
    // No pattern protects every small count (one row that the column sums repeat): nothing of it is shown.
    bool withheld() const { return m_withheld; }
    CellShown at(int row, int column) const { return m_rows.at(row).at(column); }
    bool shown(int row, int column) const { return at(row, column) == CellShown::Count; }
    // "12", "<5" or "x".
    QString text(int row, int column, int count) const;
    // The number for a spreadsheet, or the text of a hidden cell.
    QVariant cell(int row, int column, int count) const;

    // The hidden cells whose count has a single possible value, given the shown counts, the row totals and (with
    // column sums) the column sums; each as {row, column}. Row -1 is the column sums. protect() leaves none.
    static QList<std::pair<int, int>> determined(const QList<SexCounts>& rows, const QList<Row>& pattern, int threshold,
                                                 bool withColumnSums);

private:
    int m_threshold = 0;
    bool m_withheld = false;
    QList<Row> m_rows;
};

// "<5" for the small-number rule, "x" for a count hidden to protect one, as the report's note explains.
QString protectingMark();

// A measure's table protected, its column sums counted as known.
ProtectedTable protectTable(const StatisticsTable& table, int threshold);
// A list of counts (a month's active or new cases, one overview figure) protected the same way.
ProtectedTable protectCounts(const QList<SexCounts>& counts, int threshold, bool withColumnSums);
// A measure's table protected, and what its shares may show: a share only beside a shown count and, for a table
// whose shares are of another table's rows (StatisticsTable::rowBaseKey), only where that row's count is shown too;
// a share and either count would give the other away.
struct ProtectedMeasure
{
    ProtectedTable counts;
    std::optional<ProtectedTable> rowBases;

    bool shareShown(int row, int column) const
    {
        return counts.shown(row, column) &&
               (!rowBases || (row < rowBases->rows().size() && rowBases->shown(row, column)));
    }
};
ProtectedMeasure protectMeasure(const StatisticsReport& report, const StatisticsTable& table, int threshold);

// Whether a median that rests on `cases` cases may leave the program: a median of one or two cases is their own
// figure, so one resting on no more than the threshold is not printed.
bool medianShown(int cases, int threshold);

} // namespace koordinera::core
