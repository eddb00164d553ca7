// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/StatisticsDocument.h"

#include "core/domain/Format.h"

#include <QCoreApplication>

namespace koordinera::core::StatisticsDocument {

namespace {

QStringList sexNames()
{
    const QStringList headings = Statistics::measureHeadings();
    return {headings.at(1), headings.at(2)};
}

bool isHidden(int count, int threshold)
{
    return Statistics::shown(count, threshold) != QString::number(count);
}

double barValue(int count, int threshold)
{
    return isHidden(count, threshold) ? -1.0 : double(count);
}

QString shareText(int count, int base, int threshold)
{
    const std::optional<double> share = Statistics::percent(count, base);
    if (!share || isHidden(count, threshold))
        return QString();
    return format::percent(*share);
}

DocumentTable measureTable(const StatisticsReport& report, const StatisticsTable& table, int threshold)
{
    DocumentTable result;
    result.widths = {28, 11, 11, 11, 13, 13, 13};
    result.headings = Statistics::measureHeadings();
    const SexCounts base = report.shareBase(table);
    for (const StatisticsRow& row : table.rows) {
        const SexCounts& counts = row.counts;
        result.rows.append({row.label, Statistics::shown(counts.women, threshold),
                            Statistics::shown(counts.men, threshold), Statistics::shown(counts.total, threshold),
                            shareText(counts.women, base.women, threshold), shareText(counts.men, base.men, threshold),
                            shareText(counts.total, base.total, threshold)});
    }
    return result;
}

QString median(const std::optional<double>& days)
{
    return days ? format::decimal(*days) : QStringLiteral("–");
}

DocumentTable overviewTable(const StatisticsReport& report, int threshold)
{
    DocumentTable table;
    table.widths = {52, 16, 16, 16};
    table.headings = QStringList{QCoreApplication::translate("StatisticsDocument", "Measure")} +
                     Statistics::measureHeadings().mid(1, 3);
    const auto counts = [threshold](const QString& label, const SexCounts& figures) {
        return QStringList{label, Statistics::shown(figures.women, threshold),
                           Statistics::shown(figures.men, threshold), Statistics::shown(figures.total, threshold)};
    };
    table.rows = {
        counts(QCoreApplication::translate("StatisticsDocument", "Active cases"), report.active),
        counts(QCoreApplication::translate("StatisticsDocument", "New cases"), report.started),
        counts(QCoreApplication::translate("StatisticsDocument", "Closed cases"), report.closed),
        counts(QCoreApplication::translate("StatisticsDocument", "4 § impulser to Försäkringskassan"), report.impulses),
        {QCoreApplication::translate("StatisticsDocument",
                                     "Median days from sick-leave start to first contact (new cases)"),
         median(report.daysToFirstContact.women), median(report.daysToFirstContact.men),
         median(report.daysToFirstContact.total)},
    };
    if (const SexMedians& fromList = report.daysToFirstContactFromList; fromList.total) {
        table.rows.append(
            {QCoreApplication::translate("StatisticsDocument", "– of which cases started from the sick-leave list"),
             median(fromList.women), median(fromList.men), median(fromList.total)});
    }
    return table;
}

DocumentTable monthTable(const StatisticsReport& report, int threshold)
{
    DocumentTable table;
    table.widths = {22, 13, 13, 13, 13, 13, 13};
    table.headings = Statistics::monthHeadings();
    for (const StatisticsMonth& month : report.months) {
        table.rows.append(
            {month.month.toString(QStringLiteral("yyyy-MM")), Statistics::shown(month.active.women, threshold),
             Statistics::shown(month.active.men, threshold), Statistics::shown(month.active.total, threshold),
             Statistics::shown(month.started.women, threshold), Statistics::shown(month.started.men, threshold),
             Statistics::shown(month.started.total, threshold)});
    }
    return table;
}

bool isEmpty(const StatisticsTable& table)
{
    for (const StatisticsRow& row : table.rows) {
        if (row.counts.total > 0)
            return false;
    }
    return true;
}

} // namespace

bool hasChart(const StatisticsTable& table)
{
    static const QStringList charted{QStringLiteral("outcome"),  QStringLiteral("length"),
                                     QStringLiteral("degree"),   QStringLiteral("diagnosis"),
                                     QStringLiteral("age"),      QStringLiteral("checkpoint"),
                                     QStringLiteral("meetings"), QStringLiteral("activities")};
    return charted.contains(table.key) && !table.rows.isEmpty();
}

DocumentChart chartOf(const StatisticsTable& table, int threshold)
{
    DocumentChart chart;
    chart.seriesNames = sexNames();
    chart.values = {{}, {}};
    chart.labels = {{}, {}};
    for (const StatisticsRow& row : table.rows) {
        chart.categories.append(row.label);
        chart.values[0].append(barValue(row.counts.women, threshold));
        chart.values[1].append(barValue(row.counts.men, threshold));
        chart.labels[0].append(Statistics::shown(row.counts.women, threshold));
        chart.labels[1].append(Statistics::shown(row.counts.men, threshold));
    }
    return chart;
}

DocumentChart monthChart(const StatisticsReport& report, int threshold)
{
    DocumentChart chart;
    chart.seriesNames = sexNames();
    chart.values = {{}, {}};
    chart.labels = {{}, {}};
    for (const StatisticsMonth& month : report.months) {
        chart.categories.append(month.month.toString(QStringLiteral("yyyy-MM")));
        chart.values[0].append(barValue(month.active.women, threshold));
        chart.values[1].append(barValue(month.active.men, threshold));
        chart.labels[0].append(Statistics::shown(month.active.women, threshold));
        chart.labels[1].append(Statistics::shown(month.active.men, threshold));
    }
    return chart;
}

Document report(const StatisticsReport& report, const Context& context)
{
    const int threshold = context.threshold;
    const QString period =
        QStringLiteral("%1 – %2").arg(format::date(report.period.from), format::date(report.period.to));
    Document document;
    document.kind = QStringLiteral("statistics");
    document.title = QCoreApplication::translate("StatisticsDocument", "Coordination statistics %1").arg(period);
    document.description = document.title;
    document.headerLeft = context.letterhead.unitName;
    document.headerRight = QCoreApplication::translate("StatisticsDocument", "Statistics %1").arg(period);
    document.footerLeft = QCoreApplication::translate("CaseDocuments", "Printed %1 by %2 · %3")
                              .arg(format::dateTime(context.printedAt),
                                   context.letterhead.coordinatorName.isEmpty() ? QStringLiteral("–")
                                                                                : context.letterhead.coordinatorName,
                                   QCoreApplication::translate("StatisticsDocument", "statistics"));
    document.logoPath = context.letterhead.logoPath;
    document.demo = context.demo;

    document.title1(QCoreApplication::translate("StatisticsDocument", "Coordination statistics"));
    const QString subtitle = QCoreApplication::translate("StatisticsDocument", "%1 · women, men and total").arg(period);
    document.subtitle(context.letterhead.unitName.trimmed().isEmpty()
                          ? subtitle
                          : context.letterhead.unitName + QStringLiteral(" · ") + subtitle);
    document.heading(QCoreApplication::translate("StatisticsDocument", "Overview"))
        .table(overviewTable(report, threshold));
    if (report.months.size() > 1) {
        document.heading(QCoreApplication::translate("StatisticsDocument", "Active cases month by month"))
            .chart(monthChart(report, threshold))
            .table(monthTable(report, threshold));
    }
    for (const StatisticsTable* table : report.tables()) {
        document.heading(table->title);
        if (isEmpty(*table)) {
            document.paragraph(QCoreApplication::translate("StatisticsDocument", "None in the period."));
            continue;
        }
        if (hasChart(*table))
            document.chart(chartOf(*table, threshold));
        document.table(measureTable(report, *table, threshold));
    }
    document.heading(QCoreApplication::translate("StatisticsDocument", "Work for the unit"));
    if (report.unitWork.isEmpty()) {
        document.paragraph(QCoreApplication::translate("StatisticsDocument", "None recorded in the period."));
    } else {
        DocumentTable work;
        work.widths = {60, 20, 20};
        work.headings = Statistics::unitWorkHeadings();
        QList<UnitWorkRow> rows = report.unitWork;
        rows.append(report.unitWorkTotal());
        for (const UnitWorkRow& row : rows)
            work.rows.append({row.label, QString::number(row.occasions), Statistics::hours(row.minutes)});
        document.table(work);
    }
    document.note(QCoreApplication::translate(
        "StatisticsDocument",
        "Cases are counted by the patient's legal sex; a patient whose sex is not known counts in the "
        "total only. A case is active when its coordination overlaps the period; a declined case is "
        "not. Length and degree are taken on the last day of the period, or the day the case closed. "
        "Shares are of the measure's cases of the same sex; the checkpoints are shares of the active "
        "cases."));
    if (threshold > 0) {
        document.note(QCoreApplication::translate(
                          "StatisticsDocument",
                          "So that no patient can be recognised, counts from 1 to %1 are shown as \"<%2\", and their "
                          "shares and bars are left out.")
                          .arg(threshold)
                          .arg(threshold + 1));
    }
    return document;
}

} // namespace koordinera::core::StatisticsDocument
