// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/StatisticsSheet.h"

#include "core/domain/Format.h"
#include "core/exchange/CsvWriter.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

// A count as it may leave the program: the number, or the "<5" text of the small-number rule.
QVariant countCell(int count, int threshold)
{
    const QString shown = Statistics::shown(count, threshold);
    return shown == QString::number(count) ? QVariant(count) : QVariant(shown);
}

// A share, left out where its count is hidden (the share and the base together would give it away).
QVariant shareCell(int count, int base, int threshold)
{
    const std::optional<double> share = Statistics::percent(count, base);
    if (!share || Statistics::shown(count, threshold) != QString::number(count))
        return {};
    return *share;
}

QVariantList countRow(const QString& measure, const QString& category, const SexCounts& counts,
                      const std::optional<SexCounts>& base, int threshold)
{
    QVariantList cells{measure, category, countCell(counts.women, threshold), countCell(counts.men, threshold),
                       countCell(counts.total, threshold)};
    if (base) {
        cells << shareCell(counts.women, base->women, threshold) << shareCell(counts.men, base->men, threshold)
              << shareCell(counts.total, base->total, threshold);
    }
    return cells;
}

QVariant medianCell(const std::optional<double>& days)
{
    return days ? QVariant(*days) : QVariant();
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
    sheet.rows.append(countRow(cases, QCoreApplication::translate("Statistics", "active"), active, {}, threshold));
    sheet.rows.append(countRow(cases, QCoreApplication::translate("Statistics", "new"), report.started, {}, threshold));
    sheet.rows.append(
        countRow(cases, QCoreApplication::translate("Statistics", "closed"), report.closed, {}, threshold));
    for (const StatisticsTable* table : report.tables()) {
        const SexCounts base = report.shareBase(*table);
        for (const StatisticsRow& entry : table->rows)
            sheet.rows.append(countRow(table->title, entry.label, entry.counts, base, threshold));
    }
    sheet.rows.append(
        countRow(QCoreApplication::translate("Statistics", "4 § impulser"), QString(), report.impulses, {}, threshold));
    sheet.rows.append({QCoreApplication::translate("Statistics", "Median days from sick-leave start to first contact"),
                       QString(), medianCell(report.daysToFirstContact.women),
                       medianCell(report.daysToFirstContact.men), medianCell(report.daysToFirstContact.total)});
    if (report.daysToFirstContactFromList.total) {
        const SexMedians& fromList = report.daysToFirstContactFromList;
        sheet.rows.append(
            {QCoreApplication::translate("Statistics", "– of which cases started from the sick-leave list"), QString(),
             medianCell(fromList.women), medianCell(fromList.men), medianCell(fromList.total)});
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
    for (const StatisticsMonth& month : report.months) {
        sheet.rows.append({month.month, countCell(month.active.women, threshold),
                           countCell(month.active.men, threshold), countCell(month.active.total, threshold),
                           countCell(month.started.women, threshold), countCell(month.started.men, threshold),
                           countCell(month.started.total, threshold)});
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
    for (const StatisticsMonth& month : report.months) {
        const QString label = month.month.toString(QStringLiteral("yyyy-MM"));
        sheet.rows.append(countRow(QCoreApplication::translate("Statistics", "Active cases by month"), label,
                                   month.active, {}, threshold));
        sheet.rows.append(countRow(QCoreApplication::translate("Statistics", "New cases by month"), label,
                                   month.started, {}, threshold));
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

} // namespace koordinera::core
