// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/StatisticsCharts.h"

#include "ui/ChartPalette.h"
#include "ui/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace koordinera::ui {

namespace {

QString shareText(int count, int base)
{
    const auto share = core::Statistics::percent(count, base);
    return share ? format::percent(*share) : QString();
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// Women and men as two bar sets in the palette's colours; `reversed` for horizontal bars, which Qt draws
// bottom-up, so the first category still reads at the top.
QList<QBarSet*> sexBarSets(const QList<core::SexCounts>& counts, bool reversed)
{
    const QStringList headings = core::Statistics::measureHeadings();
    auto* women = new QBarSet(headings.at(1));
    auto* men = new QBarSet(headings.at(2));
    women->setColor(palette::women());
    men->setColor(palette::men());
    women->setBorderColor(palette::women());
    men->setBorderColor(palette::men());
    women->setLabelColor(QColor(0x33, 0x33, 0x33));
    men->setLabelColor(QColor(0x33, 0x33, 0x33));
    for (qsizetype index = 0; index < counts.size(); ++index) {
        const core::SexCounts& value = counts.at(reversed ? counts.size() - 1 - index : index);
        women->append(value.women);
        men->append(value.men);
    }
    return {women, men};
}

// Counts are whole numbers, so every tick is one: with one case the axis read 0, 0, 1, 1. The step is 1, 2 or 5
// times a power of ten, at most eight steps, with room above the tallest bar for its label.
QValueAxis* countAxis(int largest)
{
    const int room = std::max(1, largest) + std::max(1, largest / 8);
    int step = 1;
    for (int magnitude = 1; (room + step - 1) / step > 8; magnitude *= 10) {
        for (const int base : {1, 2, 5}) {
            step = base * magnitude;
            if ((room + step - 1) / step <= 8)
                break;
        }
    }
    const int top = (room + step - 1) / step * step;
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QValueAxis* countAxis(const QList<core::SexCounts>& counts)
{
    int largest = 1;
    for (const core::SexCounts& value : counts)
        largest = std::max({largest, value.women, value.men});
    return countAxis(largest);
}

// Horizontal bars: categories down the left, `axis` along the bottom; `emptyTitle` when there is nothing to show.
void addBarAxes(QChart* chart, QHorizontalBarSeries* series, const QStringList& labels, QValueAxis* axis,
                const QString& emptyTitle)
{
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    if (!emptyTitle.isEmpty())
        chart->setTitle(emptyTitle);
}

} // namespace

MeasureView StatisticsCharts::months(const core::StatisticsReport& report)
{
    MeasureView view;
    view.title = tr("Active and new cases by month");
    QList<core::SexCounts> active;
    QStringList months;
    QList<QStringList> rows;
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    const bool severalYears =
        !report.months.isEmpty() && report.months.first().month.year() != report.months.last().month.year();
    QStringList axisLabels;
    for (const core::StatisticsMonth& month : report.months) {
        active.append(month.active);
        months.append(month.month.toString(QStringLiteral("yyyy-MM")));
        // "jan", or "jan 25" when the period spans years: short enough to stand under a pair of bars.
        const QString name = swedish.standaloneMonthName(month.month.month(), QLocale::ShortFormat);
        axisLabels.append(severalYears ? name + month.month.toString(QStringLiteral(" yy")) : name);
        rows.append({months.last(), QString::number(month.active.women), QString::number(month.active.men),
                     QString::number(month.active.total), QString::number(month.started.women),
                     QString::number(month.started.men), QString::number(month.started.total)});
    }
    QChart* chart = newChart();
    chart->setTitle(tr("Active cases (bars) and new cases (line)"));
    auto* series = new QBarSeries;
    series->append(sexBarSets(active, false));
    series->setLabelsVisible(active.size() <= 12);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    // New cases, women and men together, as a line over the bars: the title promises both.
    auto* started = new QLineSeries;
    started->setName(tr("New cases"));
    started->setPointsVisible(true);
    started->setColor(QColor(0x33, 0x33, 0x33));
    int largest = 1;
    for (qsizetype index = 0; index < report.months.size(); ++index) {
        const core::StatisticsMonth& month = report.months.at(index);
        started->append(qreal(index), month.started.total);
        largest = std::max({largest, month.active.women, month.active.men, month.started.total});
    }
    chart->addSeries(started);
    auto* categories = new QBarCategoryAxis;
    categories->append(axisLabels);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    started->attachAxis(categories);
    QValueAxis* counts = countAxis(largest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    started->attachAxis(counts);
    view.chart = chart;
    view.headings = core::Statistics::monthHeadings();
    view.rows = rows;
    return view;
}

MeasureView StatisticsCharts::table(const core::StatisticsReport& report, const core::StatisticsTable& table)
{
    MeasureView view;
    view.title = table.title;
    QList<core::SexCounts> counts;
    QStringList labels;
    QList<QStringList> rows;
    for (int index = 0; index < table.rows.size(); ++index) {
        const core::StatisticsRow& row = table.rows.at(index);
        const core::SexCounts base = report.shareBase(table, index);
        counts.append(row.counts);
        labels.prepend(row.label); // horizontal bars are drawn bottom-up
        rows.append({row.label, QString::number(row.counts.women), QString::number(row.counts.men),
                     QString::number(row.counts.total), shareText(row.counts.women, base.women),
                     shareText(row.counts.men, base.men), shareText(row.counts.total, base.total)});
    }
    QChart* chart = newChart();
    auto* series = new QHorizontalBarSeries;
    series->append(sexBarSets(counts, true));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    addBarAxes(chart, series, labels, countAxis(counts), table.rows.isEmpty() ? tr("None in the period") : QString());
    view.chart = chart;
    view.headings = core::Statistics::measureHeadings();
    view.rows = rows;
    return view;
}

MeasureView StatisticsCharts::unitWork(const core::StatisticsReport& report)
{
    MeasureView view;
    view.title = tr("Work for the unit: advice, team meetings, training, routines");
    QList<QStringList> rows;
    auto* hours = new QBarSet(tr("Hours"));
    QStringList labels;
    for (const core::UnitWorkRow& row : report.unitWork)
        rows.append({row.label, QString::number(row.occasions), core::Statistics::hours(row.minutes)});
    // Horizontal bars are drawn bottom-up: the first kind on top.
    for (auto row = report.unitWork.crbegin(); row != report.unitWork.crend(); ++row) {
        hours->append(row->minutes / 60.0);
        labels.append(row->label);
    }
    if (!report.unitWork.isEmpty()) {
        const core::UnitWorkRow total = report.unitWorkTotal();
        rows.append({total.label, QString::number(total.occasions), core::Statistics::hours(total.minutes)});
    }
    QChart* chart = newChart();
    auto* series = new QHorizontalBarSeries;
    series->append(hours);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    int largest = 1;
    for (const core::UnitWorkRow& row : report.unitWork)
        largest = std::max(largest, (row.minutes + 59) / 60);
    addBarAxes(chart, series, labels, countAxis(largest),
               report.unitWork.isEmpty() ? tr("None recorded in the period (Tools › Work for the unit…)") : QString());
    view.chart = chart;
    view.headings = core::Statistics::unitWorkHeadings();
    view.rows = rows;
    return view;
}

} // namespace koordinera::ui
