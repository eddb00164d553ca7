// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <QCoreApplication>
#include <QStringList>

class QChart;

namespace koordinera::ui {

// One measure as the statistics page shows it: a chart beside a table of the same figures.
struct MeasureView
{
    QString title;
    QChart* chart = nullptr; // owned by whoever shows it
    QStringList headings;
    QList<QStringList> rows;
};

// Makes the statistics page's charts and tables out of a report, always women, men and total; no widgets, so the
// page only arranges what it gets. Its texts are the page's, translated under the page's name.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(koordinera::ui::StatisticsPage)

public:
    // Active cases (bars) and new cases (a line) month by month.
    static MeasureView months(const core::StatisticsReport& report);
    // One of the report's tables, with each row's share of its base.
    static MeasureView table(const core::StatisticsReport& report, const core::StatisticsTable& table);
    // The coordinator's work for the unit, in hours by kind.
    static MeasureView unitWork(const core::StatisticsReport& report);
};

} // namespace koordinera::ui
