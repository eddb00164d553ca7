// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Disclosure.h"

#include <QCoreApplication>
#include <limits>
#include <optional>

namespace koordinera::core {

namespace {

// The counts of a table as a grid the reader can reason about: the rows, and with column sums one more row of
// them. In every row women + men = total; with column sums, every column's rows add up to its sum.
struct Grid
{
    QList<std::array<int, 3>> values;
    QList<ProtectedTable::Row> pattern;
    int threshold = 0;
    bool withColumnSums = true;

    Grid(const QList<SexCounts>& rows, int threshold, bool withColumnSums)
        : threshold(threshold), withColumnSums(withColumnSums)
    {
        std::array<int, 3> sums{0, 0, 0};
        for (const SexCounts& row : rows) {
            values.append({row.women, row.men, row.total});
            sums[0] += row.women;
            sums[1] += row.men;
            sums[2] += row.total;
        }
        if (withColumnSums)
            values.append(sums);
        for (const auto& row : std::as_const(values)) {
            ProtectedTable::Row shown{};
            for (int column = 0; column < 3; ++column)
                shown[column] = isSmall(row[column]) ? CellShown::Small : CellShown::Count;
            pattern.append(shown);
        }
    }

    int rowCount() const { return int(values.size()); }
    int sumsRow() const { return withColumnSums ? rowCount() - 1 : -1; }
    bool isSmall(int count) const { return count >= 1 && count <= threshold; }
    bool hidden(int row, int column) const { return pattern.at(row).at(column) != CellShown::Count; }
    // A cell that may be hidden to protect another: in the table itself, and neither empty nor small.
    bool eligible(int row, int column) const
    {
        return row != sumsRow() && !hidden(row, column) && values.at(row).at(column) > threshold;
    }

    // What the reader knows of a hidden cell: a small count is 1 to the threshold, a protecting one is larger.
    bool withinBounds(int row, int column, int value) const
    {
        const bool small = pattern.at(row).at(column) == CellShown::Small;
        return small ? value >= 1 && value <= threshold : value > threshold;
    }

    // The sums run the other way in the rows' totals and the row of sums: a change that keeps every row and column
    // adding up alternates in sign around a cycle once these are turned round.
    int sign(int row, int column) const { return (row == sumsRow() ? -1 : 1) * (column == 2 ? -1 : 1); }

    struct Step
    {
        int row;
        int column;
        int turn; // +1 or -1 before sign()
    };

    // Whether moving one along `cycle` (in either direction) gives counts the reader could not rule out.
    bool movable(const QList<Step>& cycle) const
    {
        for (const int direction : {1, -1}) {
            bool possible = true;
            for (const Step& step : cycle) {
                const int changed =
                    values.at(step.row).at(step.column) + direction * step.turn * sign(step.row, step.column);
                if (!withinBounds(step.row, step.column, changed)) {
                    possible = false;
                    break;
                }
            }
            if (possible)
                return true;
        }
        return false;
    }

    // Every cycle of cells through (row, column) that keeps all the known sums: two cells of a row without column
    // sums; four or six cells over two or three columns with them.
    template <typename Visit> void eachCycle(int row, int column, Visit visit) const
    {
        if (!withColumnSums) {
            for (int other = 0; other < 3; ++other) {
                if (other != column)
                    visit(QList<Step>{{row, column, 1}, {row, other, -1}});
            }
            return;
        }
        for (int second = 0; second < 3; ++second) {
            if (second == column)
                continue;
            const int third = 3 - column - second;
            for (int row2 = 0; row2 < rowCount(); ++row2) {
                if (row2 == row)
                    continue;
                visit(QList<Step>{{row, column, 1}, {row, second, -1}, {row2, second, 1}, {row2, column, -1}});
                for (int row3 = 0; row3 < rowCount(); ++row3) {
                    if (row3 == row || row3 == row2)
                        continue;
                    visit(QList<Step>{{row, column, 1},
                                      {row, second, -1},
                                      {row2, second, 1},
                                      {row2, third, -1},
                                      {row3, third, 1},
                                      {row3, column, -1}});
                }
            }
        }
    }

    bool isProtected(int row, int column) const
    {
        bool found = false;
        eachCycle(row, column, [&](const QList<Step>& cycle) {
            if (found)
                return;
            for (const Step& step : cycle) {
                if (!hidden(step.row, step.column))
                    return;
            }
            found = movable(cycle);
        });
        return found;
    }

    std::optional<std::pair<int, int>> firstUnprotected() const
    {
        for (int row = 0; row < rowCount(); ++row) {
            for (int column = 0; column < 3; ++column) {
                if (hidden(row, column) && !isProtected(row, column))
                    return std::pair{row, column};
            }
        }
        return std::nullopt;
    }

    // Hides the fewest and smallest further counts that give (row, column) a cycle; false when none can.
    bool protectCell(int row, int column)
    {
        QList<Step> best;
        std::pair<int, long long> bestCost{std::numeric_limits<int>::max(), 0};
        eachCycle(row, column, [&](const QList<Step>& cycle) {
            Grid trial = *this;
            std::pair<int, long long> cost{0, 0};
            for (const Step& step : cycle) {
                if (trial.hidden(step.row, step.column))
                    continue;
                if (!trial.eligible(step.row, step.column))
                    return;
                trial.pattern[step.row][step.column] = CellShown::Protecting;
                ++cost.first;
                cost.second += values.at(step.row).at(step.column);
            }
            if (cost < bestCost && trial.movable(cycle)) {
                bestCost = cost;
                best = cycle;
            }
        });
        if (best.isEmpty())
            return false;
        for (const Step& step : std::as_const(best)) {
            if (!hidden(step.row, step.column))
                pattern[step.row][step.column] = CellShown::Protecting;
        }
        return true;
    }

    // Hides what it must; false when even every count above the threshold hidden leaves a count that can be
    // worked out (e.g. a single row that the column sums repeat): then the table cannot be shown at all.
    bool protectAll()
    {
        // Each round hides at least one more cell, so this ends.
        while (const auto cell = firstUnprotected()) {
            if (protectCell(cell->first, cell->second))
                continue;
            for (int row = 0; row < rowCount(); ++row) {
                for (int column = 0; column < 3; ++column)
                    if (eligible(row, column))
                        pattern[row][column] = CellShown::Protecting;
            }
            return !firstUnprotected();
        }
        return true;
    }
};

} // namespace

QString protectingMark()
{
    return QStringLiteral("x");
}

ProtectedTable protectTable(const StatisticsTable& table, int threshold)
{
    QList<SexCounts> rows;
    for (const StatisticsRow& row : table.rows)
        rows.append(row.counts);
    return ProtectedTable::protect(rows, threshold, true);
}

ProtectedTable protectCounts(const QList<SexCounts>& counts, int threshold, bool withColumnSums)
{
    return ProtectedTable::protect(counts, threshold, withColumnSums);
}

ProtectedMeasure protectMeasure(const StatisticsReport& report, const StatisticsTable& table, int threshold)
{
    ProtectedMeasure measure{protectTable(table, threshold), std::nullopt};
    if (!table.rowBaseKey.isEmpty() && threshold > 0) {
        const StatisticsTable* base = report.table(table.rowBaseKey);
        // Without its base table nothing says the shares are safe: none is shown.
        measure.rowBases = base ? protectTable(*base, threshold) : ProtectedTable{};
    }
    return measure;
}

bool medianShown(int cases, int threshold)
{
    return threshold <= 0 || cases > threshold;
}

ProtectedTable ProtectedTable::open(int rowCount)
{
    ProtectedTable table;
    for (int row = 0; row < rowCount; ++row)
        table.m_rows.append({CellShown::Count, CellShown::Count, CellShown::Count});
    return table;
}

ProtectedTable ProtectedTable::protect(const QList<SexCounts>& rows, int threshold, bool withColumnSums)
{
    if (threshold <= 0)
        return open(int(rows.size()));
    Grid grid(rows, threshold, withColumnSums);
    ProtectedTable table;
    table.m_threshold = threshold;
    table.m_withheld = !grid.protectAll();
    table.m_rows = grid.pattern.mid(0, rows.size()); // the column sums are printed, if at all, elsewhere
    if (table.m_withheld) {
        for (Row& row : table.m_rows)
            row = {CellShown::Protecting, CellShown::Protecting, CellShown::Protecting};
    }
    return table;
}

QString ProtectedTable::text(int row, int column, int count) const
{
    switch (at(row, column)) {
    case CellShown::Count:
        return QString::number(count);
    case CellShown::Small:
        return Statistics::shown(count, m_threshold);
    case CellShown::Protecting:
        return protectingMark();
    }
    return QString::number(count);
}

QVariant ProtectedTable::cell(int row, int column, int count) const
{
    return shown(row, column) ? QVariant(count) : QVariant(text(row, column, count));
}

QList<std::pair<int, int>> ProtectedTable::determined(const QList<SexCounts>& rows, const QList<Row>& pattern,
                                                      int threshold, bool withColumnSums)
{
    Grid grid(rows, threshold, withColumnSums);
    for (int row = 0; row < pattern.size() && row < grid.rowCount(); ++row)
        grid.pattern[row] = pattern.at(row);
    QList<std::pair<int, int>> result;
    for (int row = 0; row < grid.rowCount(); ++row) {
        for (int column = 0; column < 3; ++column) {
            if (grid.hidden(row, column) && !grid.isProtected(row, column))
                result.append({row == grid.sumsRow() ? -1 : row, column});
        }
    }
    return result;
}

} // namespace koordinera::core
