// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/StatisticsSheet.h"

#include "core/domain/Format.h"
#include "core/exchange/CsvWriter.h"
#include "core/reporting/Disclosure.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

// One row of a protected table: the measure, the category, the counts as they may leave, and the shares where
// the protection allows them.
QVariantList countRow(const QString& measure, const QString& category, const SexCounts& counts,
                      const ProtectedMeasure& protection, int row, const std::optional<SexCounts>& base)
{
    const ProtectedTable& shown = protection.counts;
    QVariantList cells{measure, category, shown.cell(row, 0, counts.women), shown.cell(row, 1, counts.men),
                       shown.cell(row, 2, counts.total)};
    if (base) {
        const auto share = [&](int column, int count, int of) -> QVariant {
            const std::optional<double> percent = Statistics::percent(count, of);
            return percent && protection.shareShown(row, column) ? QVariant(*percent) : QVariant();
        };
        cells << share(0, counts.women, base->women) << share(1, counts.men, base->men)
              << share(2, counts.total, base->total);
    }
    return cells;
}

// A figure that stands alone (the active cases, the impulser): protected within its own row.
QVariantList figureRow(const QString& measure, const QString& category, const SexCounts& counts, int threshold)
{
    return countRow(measure, category, counts, {protectCounts({counts}, threshold, false), {}}, 0, {});
}

QVariant medianCell(const std::optional<double>& days, int cases, int threshold)
{
    if (!days)
        return {};
    return medianShown(cases, threshold) ? QVariant(*days) : QVariant(protectingMark());
}

QVariantList medianRow(const QString& measure, const SexMedians& medians, int threshold)
{
    return {measure, QString(), medianCell(medians.women, medians.cases.women, threshold),
            medianCell(medians.men, medians.cases.men, threshold),
            medianCell(medians.total, medians.cases.total, threshold)};
}

QList<SexCounts> monthCounts(const StatisticsReport& report, bool started)
{
    QList<SexCounts> counts;
    for (const StatisticsMonth& month : report.months)
        counts.append(started ? month.started : month.active);
    return counts;
}

Sheet measuresSheet(const StatisticsReport& report, int threshold)
{
    const QString period =
        QStringLiteral("%1 – %2").arg(format::date(report.period.from), format::date(report.period.to));
    Sheet sheet;
    sheet.name = QCoreApplication::translate("Statistics", "Statistics");
    sheet.addColumn(QCoreApplication::translate("Statistics", "Measure (%1)").arg(period), SheetColumn::Kind::Text, 44);
    const QStringList headings = Statistics::measureHeadings();
    sheet.addColumn(headings.at(0), SheetColumn::Kind::Text, 40);
    for (int column = 1; column <= 3; ++column) // the medians are the one decimal figure in these
        sheet.addColumn(headings.at(column), SheetColumn::Kind::Integer, 10, 1);
    for (int column = 4; column <= 6; ++column)
        sheet.addColumn(headings.at(column), SheetColumn::Kind::Decimal, 10, 1);

    const QString cases = QCoreApplication::translate("Statistics", "Cases");
    const SexCounts& active = report.active;
    sheet.rows.append(figureRow(cases, QCoreApplication::translate("Statistics", "active"), active, threshold));
    sheet.rows.append(figureRow(cases, QCoreApplication::translate("Statistics", "new"), report.started, threshold));
    sheet.rows.append(figureRow(cases, QCoreApplication::translate("Statistics", "closed"), report.closed, threshold));
    sheet.rows.append(figureRow(cases, QCoreApplication::translate("Statistics", "active with an adopted joint plan"),
                                report.withPlan, threshold));
    for (const StatisticsTable* table : report.tables()) {
        const ProtectedMeasure measure = protectMeasure(report, *table, threshold);
        for (int index = 0; index < table->rows.size(); ++index) {
            const StatisticsRow& entry = table->rows.at(index);
            sheet.rows.append(
                countRow(table->title, entry.label, entry.counts, measure, index, report.shareBase(*table, index)));
        }
    }
    sheet.rows.append(
        figureRow(QCoreApplication::translate("Statistics", "4 § impulser"), QString(), report.impulses, threshold));
    sheet.rows.append(
        medianRow(QCoreApplication::translate("Statistics", "Median days from sick-leave start to first contact"),
                  report.daysToFirstContact, threshold));
    if (report.daysToFirstContactFromList.total) {
        sheet.rows.append(
            medianRow(QCoreApplication::translate("Statistics", "– of which cases started from the sick-leave list"),
                      report.daysToFirstContactFromList, threshold));
    }
    return sheet;
}

Sheet monthsSheet(const StatisticsReport& report, int threshold)
{
    Sheet sheet;
    sheet.name = QCoreApplication::translate("Statistics", "By month");
    const QStringList headings = Statistics::monthHeadings();
    sheet.addColumn(headings.first(), SheetColumn::Kind::Date, 12);
    for (const QString& heading : headings.mid(1))
        sheet.addColumn(heading, SheetColumn::Kind::Integer, 12);
    const ProtectedTable active = protectCounts(monthCounts(report, false), threshold, true);
    const ProtectedTable started = protectCounts(monthCounts(report, true), threshold, true);
    for (int index = 0; index < report.months.size(); ++index) {
        const StatisticsMonth& month = report.months.at(index);
        sheet.rows.append({month.month, active.cell(index, 0, month.active.women),
                           active.cell(index, 1, month.active.men), active.cell(index, 2, month.active.total),
                           started.cell(index, 0, month.started.women), started.cell(index, 1, month.started.men),
                           started.cell(index, 2, month.started.total)});
    }
    return sheet;
}

// The unit's own work names no patient: every figure as it is.
Sheet unitWorkSheet(const StatisticsReport& report)
{
    Sheet sheet;
    sheet.name = QCoreApplication::translate("Statistics", "Work for the unit");
    const QStringList headings = Statistics::unitWorkHeadings();
    sheet.addColumn(headings.at(0), SheetColumn::Kind::Text, 30);
    sheet.addColumn(headings.at(1), SheetColumn::Kind::Integer, 12);
    sheet.addColumn(headings.at(2), SheetColumn::Kind::Decimal, 10, 1);
    QList<UnitWorkRow> rows = report.unitWork;
    rows.append(report.unitWorkTotal());
    for (const UnitWorkRow& row : rows)
        sheet.rows.append({row.label, row.occasions, row.minutes / 60.0});
    return sheet;
}

} // namespace

QList<Sheet> StatisticsSheet::sheets(const StatisticsReport& report, int threshold)
{
    return {measuresSheet(report, threshold), monthsSheet(report, threshold), unitWorkSheet(report)};
}

QByteArray StatisticsSheet::csv(const StatisticsReport& report, int threshold)
{
    return CsvWriter::sheet(singleSheet(report, threshold));
}

Sheet StatisticsSheet::singleSheet(const StatisticsReport& report, int threshold)
{
    Sheet sheet = measuresSheet(report, threshold);
    const ProtectedTable active = protectCounts(monthCounts(report, false), threshold, true);
    const ProtectedTable started = protectCounts(monthCounts(report, true), threshold, true);
    for (int index = 0; index < report.months.size(); ++index) {
        const StatisticsMonth& month = report.months.at(index);
        const QString label = month.month.toString(QStringLiteral("yyyy-MM"));
        sheet.rows.append(countRow(QCoreApplication::translate("Statistics", "Active cases by month"), label,
                                   month.active, {active, {}}, index, {}));
        sheet.rows.append(countRow(QCoreApplication::translate("Statistics", "New cases by month"), label,
                                   month.started, {started, {}}, index, {}));
    }
    // One file: the unit's work as its own measure, occasions and hours in the total column.
    for (const UnitWorkRow& row : report.unitWork) {
        sheet.rows.append({QCoreApplication::translate("Statistics", "Work for the unit, occasions"), row.label,
                           QVariant(), QVariant(), row.occasions});
        sheet.rows.append({QCoreApplication::translate("Statistics", "Work for the unit, hours"), row.label, QVariant(),
                           QVariant(), row.minutes / 60.0});
    }
    return sheet;
}

QList<Sheet> StatisticsSheet::regionSheets(const RegionReport& region, int threshold, bool single)
{
    Sheet units;
    units.name = QCoreApplication::translate("Statistics", "Per unit");
    const QString period = QStringLiteral("%1 – %2").arg(format::date(region.latest().period.from),
                                                         format::date(region.latest().period.to));
    units.addColumn(QCoreApplication::translate("Statistics", "Measure (%1)").arg(period), SheetColumn::Kind::Text, 44);
    units.addColumn(QCoreApplication::translate("Statistics", "Unit"), SheetColumn::Kind::Text, 34);
    const QStringList headings = Statistics::measureHeadings();
    for (int column = 1; column <= 3; ++column)
        units.addColumn(headings.at(column), SheetColumn::Kind::Integer, 10);
    const std::pair<QString, SexCounts StatisticsReport::*> figures[] = {
        {QCoreApplication::translate("Statistics", "Active cases"), &StatisticsReport::active},
        {QCoreApplication::translate("Statistics", "New cases"), &StatisticsReport::started},
        {QCoreApplication::translate("Statistics", "Closed cases"), &StatisticsReport::closed},
        {QCoreApplication::translate("Statistics", "Active cases with an adopted joint plan"),
         &StatisticsReport::withPlan},
        {QCoreApplication::translate("Statistics", "4 § impulser"), &StatisticsReport::impulses},
    };
    for (const auto& [title, figure] : figures) {
        QList<SexCounts> counts;
        for (const UnitReport& unit : region.units)
            counts.append(unit.figures.*figure);
        const ProtectedTable shown = protectCounts(counts, threshold, true);
        for (int index = 0; index < region.units.size(); ++index)
            units.rows.append(
                countRow(title, region.units.at(index).unitName, counts.at(index), {shown, {}}, index, {}));
        units.rows.append(figureRow(title, QCoreApplication::translate("Statistics", "The county"),
                                    region.latest().*figure, threshold));
    }
    if (single) {
        Sheet all = singleSheet(region.latest(), threshold);
        QList<QVariantList> rows = units.rows;
        for (QVariantList& row : rows) {
            while (row.size() < all.columns.size())
                row.append(QVariant());
        }
        all.rows = rows + all.rows;
        return {all};
    }
    return QList<Sheet>{units} + sheets(region.latest(), threshold);
}

} // namespace koordinera::core
