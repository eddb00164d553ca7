// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Region.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace koordinera::core {

namespace {

void add(SexCounts& into, const SexCounts& counts)
{
    into.women += counts.women;
    into.men += counts.men;
    into.total += counts.total;
}

void addTable(StatisticsTable& into, const StatisticsTable& table)
{
    for (const StatisticsRow& row : table.rows) {
        auto found = std::find_if(into.rows.begin(), into.rows.end(),
                                  [&row](const StatisticsRow& existing) { return existing.label == row.label; });
        if (found == into.rows.end())
            into.rows.append({row.label, row.counts}); // e.g. a KVÅ code only some units use
        else
            add(found->counts, row.counts);
    }
}

QString periodText(const StatisticsPeriod& period)
{
    return QStringLiteral("%1 – %2").arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
}

} // namespace

StatisticsReport RegionReport::sum(const QList<StatisticsReport>& reports, const StatisticsPeriod& period)
{
    StatisticsReport total;
    total.period = period;
    if (reports.isEmpty())
        return total;
    // The first report gives the tables their keys, titles and rows' order; the counts start at zero.
    total = reports.first();
    total.period = period;
    for (StatisticsTable* table : total.allTables()) {
        for (StatisticsRow& row : table->rows)
            row.counts = {};
    }
    total.active = total.started = total.closed = total.impulses = total.withPlan = total.sickListed = {};
    total.months.clear();
    total.unitWork.clear();
    total.daysToFirstContact = total.daysToFirstContactFromList = {};
    total.asOf = {};
    total.sickListDate = {};
    for (const StatisticsReport& report : reports) {
        total.asOf = std::max(total.asOf, report.asOf);
        if (report.sickListDate.isValid())
            total.sickListDate = std::max(total.sickListDate, report.sickListDate);
        add(total.active, report.active);
        add(total.started, report.started);
        add(total.closed, report.closed);
        add(total.impulses, report.impulses);
        add(total.withPlan, report.withPlan);
        add(total.sickListed, report.sickListed);
        const QList<const StatisticsTable*> from = report.allTables();
        const QList<StatisticsTable*> into = total.allTables();
        for (qsizetype index = 0; index < from.size() && index < into.size(); ++index)
            addTable(*into.at(index), *from.at(index));
        for (const StatisticsMonth& month : report.months) {
            auto found =
                std::find_if(total.months.begin(), total.months.end(),
                             [&month](const StatisticsMonth& existing) { return existing.month == month.month; });
            if (found == total.months.end()) {
                total.months.append(month);
            } else {
                add(found->active, month.active);
                add(found->started, month.started);
            }
        }
        for (const UnitWorkRow& work : report.unitWork) {
            auto found = std::find_if(total.unitWork.begin(), total.unitWork.end(),
                                      [&work](const UnitWorkRow& existing) { return existing.label == work.label; });
            if (found == total.unitWork.end()) {
                total.unitWork.append(work);
            } else {
                found->occasions += work.occasions;
                found->minutes += work.minutes;
            }
        }
    }
    std::sort(total.months.begin(), total.months.end(),
              [](const StatisticsMonth& a, const StatisticsMonth& b) { return a.month < b.month; });
    return total;
}

std::optional<RegionReport> RegionReport::merge(const QList<UnitReport>& reports, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (reports.isEmpty())
        return fail(QCoreApplication::translate("Region", "Give at least one unit report."));
    QList<StatisticsPeriod> periods;
    QSet<QString> seen;
    QSet<QString> codes;
    for (const UnitReport& report : reports) {
        const QString key = report.unitCode + QLatin1Char('|') + periodText(report.period);
        if (seen.contains(key)) {
            return fail(QCoreApplication::translate("Region", "%1 (%2) is there twice for %3: give each unit's report "
                                                              "for a period once.")
                            .arg(report.unitName, report.unitCode, periodText(report.period)));
        }
        seen.insert(key);
        codes.insert(report.unitCode);
        const bool known = std::any_of(periods.cbegin(), periods.cend(), [&report](const StatisticsPeriod& period) {
            return period.from == report.period.from && period.to == report.period.to;
        });
        if (!known)
            periods.append(report.period);
    }
    std::sort(periods.begin(), periods.end(),
              [](const StatisticsPeriod& a, const StatisticsPeriod& b) { return a.from < b.from; });
    for (qsizetype index = 1; index < periods.size(); ++index) {
        if (periods.at(index).from <= periods.at(index - 1).to) {
            return fail(QCoreApplication::translate("Region", "The periods %1 and %2 overlap: every unit must report "
                                                              "the same periods.")
                            .arg(periodText(periods.at(index - 1)), periodText(periods.at(index))));
        }
    }
    // Every unit reports every period, so the totals compare like with like.
    for (const QString& code : std::as_const(codes)) {
        for (const StatisticsPeriod& period : std::as_const(periods)) {
            const bool reported = std::any_of(reports.cbegin(), reports.cend(), [&](const UnitReport& report) {
                return report.unitCode == code && report.period.from == period.from && report.period.to == period.to;
            });
            if (!reported) {
                const auto named = std::find_if(reports.cbegin(), reports.cend(),
                                                [&code](const UnitReport& report) { return report.unitCode == code; });
                return fail(QCoreApplication::translate("Region", "%1 (%2) has no report for %3, which the other units "
                                                                  "have: every unit must report the same periods.")
                                .arg(named->unitName, code, periodText(period)));
            }
        }
    }

    RegionReport region;
    region.periods = periods;
    for (const StatisticsPeriod& period : std::as_const(periods)) {
        QList<StatisticsReport> figures;
        for (const UnitReport& report : reports) {
            if (report.period.from == period.from && report.period.to == period.to)
                figures.append(report.figures);
        }
        region.totals.append(sum(figures, period));
    }
    for (const UnitReport& report : reports) {
        if (report.period.from == periods.last().from && report.period.to == periods.last().to)
            region.units.append(report);
    }
    std::sort(region.units.begin(), region.units.end(),
              [](const UnitReport& a, const UnitReport& b) { return a.unitName.localeAwareCompare(b.unitName) < 0; });
    return region;
}

} // namespace koordinera::core
