// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/StatisticsDocument.h"

#include "core/domain/Format.h"
#include "core/reporting/Disclosure.h"

#include <QCoreApplication>

namespace koordinera::core::StatisticsDocument {

namespace {

QStringList sexNames()
{
    const QStringList headings = Statistics::measureHeadings();
    return {headings.at(1), headings.at(2)};
}

double barValue(const ProtectedTable& shown, int row, int column, int count)
{
    return shown.shown(row, column) ? double(count) : -1.0;
}

DocumentTable measureTable(const StatisticsReport& report, const StatisticsTable& table,
                           const ProtectedMeasure& measure)
{
    const ProtectedTable& shown = measure.counts;
    DocumentTable result;
    result.widths = {28, 11, 11, 11, 13, 13, 13};
    result.headings = Statistics::measureHeadings();
    for (int index = 0; index < table.rows.size(); ++index) {
        const SexCounts& counts = table.rows.at(index).counts;
        const SexCounts base = report.shareBase(table, index);
        const auto share = [&](int column, int count, int of) {
            const std::optional<double> percent = Statistics::percent(count, of);
            return percent && measure.shareShown(index, column) ? format::percent(*percent) : QString();
        };
        result.rows.append({table.rows.at(index).label, shown.text(index, 0, counts.women),
                            shown.text(index, 1, counts.men), shown.text(index, 2, counts.total),
                            share(0, counts.women, base.women), share(1, counts.men, base.men),
                            share(2, counts.total, base.total)});
    }
    return result;
}

QString median(const std::optional<double>& days, int cases, int threshold)
{
    if (!days)
        return QStringLiteral("–");
    return medianShown(cases, threshold) ? format::decimal(*days) : protectingMark();
}

QStringList medianRow(const QString& label, const SexMedians& medians, int threshold)
{
    return {label, median(medians.women, medians.cases.women, threshold),
            median(medians.men, medians.cases.men, threshold), median(medians.total, medians.cases.total, threshold)};
}

DocumentTable overviewTable(const StatisticsReport& report, int threshold)
{
    DocumentTable table;
    table.widths = {52, 16, 16, 16};
    table.headings = QStringList{QCoreApplication::translate("StatisticsDocument", "Measure")} +
                     Statistics::measureHeadings().mid(1, 3);
    // Each figure on its own: a row's total still gives away one hidden count beside it.
    const auto counts = [threshold](const QString& label, const SexCounts& figures) {
        const ProtectedTable shown = protectCounts({figures}, threshold, false);
        return QStringList{label, shown.text(0, 0, figures.women), shown.text(0, 1, figures.men),
                           shown.text(0, 2, figures.total)};
    };
    table.rows = {
        counts(QCoreApplication::translate("StatisticsDocument", "Active cases"), report.active),
        counts(QCoreApplication::translate("StatisticsDocument", "New cases"), report.started),
        counts(QCoreApplication::translate("StatisticsDocument", "Closed cases"), report.closed),
        counts(QCoreApplication::translate("StatisticsDocument", "Active cases with an adopted joint plan"),
               report.withPlan),
        counts(QCoreApplication::translate("StatisticsDocument", "4 § impulser to Försäkringskassan"), report.impulses),
        medianRow(QCoreApplication::translate("StatisticsDocument",
                                              "Median days from sick-leave start to first contact (new cases)"),
                  report.daysToFirstContact, threshold),
    };
    if (const SexMedians& fromList = report.daysToFirstContactFromList; fromList.total) {
        table.rows.append(medianRow(
            QCoreApplication::translate("StatisticsDocument", "– of which cases started from the sick-leave list"),
            fromList, threshold));
    }
    return table;
}

QList<SexCounts> activeByMonth(const StatisticsReport& report)
{
    QList<SexCounts> counts;
    for (const StatisticsMonth& month : report.months)
        counts.append(month.active);
    return counts;
}

QList<SexCounts> startedByMonth(const StatisticsReport& report)
{
    QList<SexCounts> counts;
    for (const StatisticsMonth& month : report.months)
        counts.append(month.started);
    return counts;
}

DocumentTable monthTable(const StatisticsReport& report, int threshold)
{
    DocumentTable table;
    table.widths = {22, 13, 13, 13, 13, 13, 13};
    table.headings = Statistics::monthHeadings();
    const ProtectedTable active = protectCounts(activeByMonth(report), threshold, true);
    const ProtectedTable started = protectCounts(startedByMonth(report), threshold, true);
    for (int index = 0; index < report.months.size(); ++index) {
        const StatisticsMonth& month = report.months.at(index);
        table.rows.append({month.month.toString(QStringLiteral("yyyy-MM")), active.text(index, 0, month.active.women),
                           active.text(index, 1, month.active.men), active.text(index, 2, month.active.total),
                           started.text(index, 0, month.started.women), started.text(index, 1, month.started.men),
                           started.text(index, 2, month.started.total)});
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
    const ProtectedTable shown = protectTable(table, threshold);
    DocumentChart chart;
    chart.seriesNames = sexNames();
    chart.values = {{}, {}};
    chart.labels = {{}, {}};
    for (int index = 0; index < table.rows.size(); ++index) {
        const StatisticsRow& row = table.rows.at(index);
        chart.categories.append(row.label);
        chart.values[0].append(barValue(shown, index, 0, row.counts.women));
        chart.values[1].append(barValue(shown, index, 1, row.counts.men));
        chart.labels[0].append(shown.text(index, 0, row.counts.women));
        chart.labels[1].append(shown.text(index, 1, row.counts.men));
    }
    return chart;
}

DocumentChart monthChart(const StatisticsReport& report, int threshold)
{
    DocumentChart chart;
    chart.seriesNames = sexNames();
    chart.values = {{}, {}};
    chart.labels = {{}, {}};
    const ProtectedTable shown = protectCounts(activeByMonth(report), threshold, true);
    for (int index = 0; index < report.months.size(); ++index) {
        const StatisticsMonth& month = report.months.at(index);
        chart.categories.append(month.month.toString(QStringLiteral("yyyy-MM")));
        chart.values[0].append(barValue(shown, index, 0, month.active.women));
        chart.values[1].append(barValue(shown, index, 1, month.active.men));
        chart.labels[0].append(shown.text(index, 0, month.active.women));
        chart.labels[1].append(shown.text(index, 1, month.active.men));
    }
    return chart;
}

Document frame(const QString& title, const QString& heading, const StatisticsPeriod& period, const Context& context)
{
    const QString shown = QStringLiteral("%1 – %2").arg(format::date(period.from), format::date(period.to));
    Document document;
    document.kind = QStringLiteral("statistics");
    document.title = title.arg(shown);
    document.description = document.title;
    document.headerLeft = context.letterhead.unitName;
    document.headerRight = QCoreApplication::translate("StatisticsDocument", "Statistics %1").arg(shown);
    document.footerLeft = QCoreApplication::translate("CaseDocuments", "Printed %1 by %2 · %3")
                              .arg(format::dateTime(context.printedAt),
                                   context.letterhead.coordinatorName.isEmpty() ? QStringLiteral("–")
                                                                                : context.letterhead.coordinatorName,
                                   QCoreApplication::translate("StatisticsDocument", "statistics"));
    document.logoPath = context.letterhead.logoPath;
    document.demo = context.demo;

    document.title1(heading);
    const QString subtitle = QCoreApplication::translate("StatisticsDocument", "%1 · women, men and total").arg(shown);
    document.subtitle(context.letterhead.unitName.trimmed().isEmpty()
                          ? subtitle
                          : context.letterhead.unitName + QStringLiteral(" · ") + subtitle);
    return document;
}

Document report(const StatisticsReport& report, const Context& context)
{
    const int threshold = context.threshold;
    Document document =
        frame(QCoreApplication::translate("StatisticsDocument", "Coordination statistics %1"),
              QCoreApplication::translate("StatisticsDocument", "Coordination statistics"), report.period, context);
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
        const ProtectedMeasure measure = protectMeasure(report, *table, threshold);
        if (measure.counts.withheld()) {
            document.paragraph(QCoreApplication::translate(
                "StatisticsDocument", "Not shown: the counts are too few to show any of them without revealing one."));
            continue;
        }
        if (hasChart(*table))
            document.chart(chartOf(*table, threshold));
        document.table(measureTable(report, *table, measure));
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
                          "shares and bars are left out. Where a total or a sum would give such a count away, further "
                          "counts are hidden too and shown as \"x\"; a median resting on %1 cases or fewer is shown "
                          "as \"x\" as well.")
                          .arg(threshold)
                          .arg(threshold + 1));
    }
    return document;
}

} // namespace koordinera::core::StatisticsDocument
