// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/RegionDocument.h"

#include "core/domain/Format.h"
#include "core/reporting/Disclosure.h"

#include <QCoreApplication>

namespace koordinera::core::RegionDocument {

namespace {

QString periodText(const StatisticsPeriod& period)
{
    return QStringLiteral("%1 – %2").arg(format::date(period.from), format::date(period.to));
}

DocumentTable unitTable(const RegionReport& region, SexCounts StatisticsReport::*figure, int threshold)
{
    DocumentTable table;
    table.widths = {52, 16, 16, 16};
    table.headings =
        QStringList{QCoreApplication::translate("RegionDocument", "Unit")} + Statistics::measureHeadings().mid(1, 3);
    QList<SexCounts> counts;
    for (const UnitReport& unit : region.units)
        counts.append(unit.figures.*figure);
    // The county's total is printed below the units: it is a known column sum.
    const ProtectedTable shown = protectCounts(counts, threshold, true);
    for (int index = 0; index < region.units.size(); ++index) {
        const SexCounts& unit = counts.at(index);
        table.rows.append({region.units.at(index).unitName, shown.text(index, 0, unit.women),
                           shown.text(index, 1, unit.men), shown.text(index, 2, unit.total)});
    }
    const SexCounts total = region.latest().*figure;
    const ProtectedTable county = protectCounts({total}, threshold, false);
    table.rows.append({QCoreApplication::translate("RegionDocument", "The county"), county.text(0, 0, total.women),
                       county.text(0, 1, total.men), county.text(0, 2, total.total)});
    return table;
}

// The active cases of each period, women and men: the trend when the report spans several periods.
DocumentChart trendChart(const RegionReport& region, int threshold)
{
    QList<SexCounts> active;
    for (const StatisticsReport& total : region.totals)
        active.append(total.active);
    const ProtectedTable shown = protectCounts(active, threshold, false);
    DocumentChart chart;
    const QStringList headings = Statistics::measureHeadings();
    chart.seriesNames = {headings.at(1), headings.at(2)};
    chart.values = {{}, {}};
    chart.labels = {{}, {}};
    for (int index = 0; index < region.totals.size(); ++index) {
        chart.categories.append(periodText(region.periods.at(index)));
        for (int series = 0; series < 2; ++series) {
            const int count = series == 0 ? active.at(index).women : active.at(index).men;
            chart.values[series].append(shown.shown(index, series) ? double(count) : -1.0);
            chart.labels[series].append(shown.text(index, series, count));
        }
    }
    return chart;
}

} // namespace

QList<std::pair<QString, SexCounts StatisticsReport::*>> unitFigures()
{
    return {
        {QCoreApplication::translate("RegionDocument", "Active cases per unit"), &StatisticsReport::active},
        {QCoreApplication::translate("RegionDocument", "New cases per unit"), &StatisticsReport::started},
        {QCoreApplication::translate("RegionDocument", "Closed cases per unit"), &StatisticsReport::closed},
        {QCoreApplication::translate("RegionDocument", "Active cases with an adopted joint plan per unit"),
         &StatisticsReport::withPlan},
        {QCoreApplication::translate("RegionDocument", "4 § impulser per unit"), &StatisticsReport::impulses},
    };
}

Document report(const RegionReport& region, const StatisticsDocument::Context& context)
{
    const StatisticsReport& latest = region.latest();
    // The county's every measure, as a unit's report shows its own, after the regional parts.
    const Document measures = StatisticsDocument::report(latest, context);
    Document document = measures;
    document.kind = QStringLiteral("region");
    document.title = QCoreApplication::translate("RegionDocument", "Regional report %1").arg(periodText(latest.period));
    document.description = document.title;
    document.headerRight = document.title;
    document.blocks.clear();
    document.title1(QCoreApplication::translate("RegionDocument", "Coordination in the county"));
    document.subtitle(QCoreApplication::translate("RegionDocument", "%1 · %n unit(s) · women, men and total", nullptr,
                                                  int(region.units.size()))
                          .arg(periodText(latest.period)));
    for (const auto& [title, figure] : unitFigures()) {
        document.heading(title);
        document.table(unitTable(region, figure, context.threshold));
    }
    if (region.periods.size() > 1) {
        document.heading(QCoreApplication::translate("RegionDocument", "Active cases in the county, period by period"));
        document.chart(trendChart(region, context.threshold));
    }
    document.heading(QCoreApplication::translate("RegionDocument", "The county's measures, all units summed"));
    // The measures' own document from its overview on; its title and subtitle are this report's.
    bool started = false;
    for (const DocumentBlock& block : measures.blocks) {
        started = started || block.kind == DocumentBlock::Kind::Heading;
        if (started)
            document.blocks.append(block);
    }
    return document;
}

} // namespace koordinera::core::RegionDocument
