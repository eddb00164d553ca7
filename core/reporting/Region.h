// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace koordinera::core {

// One unit's raw counts for one period, as the county's process support receives them (issue 22): every measure
// by women, men and total, the unit's name and code, the period and the program version; no identity number, no
// name, no free text. The sealed file is core/exchange/UnitReport.h.
struct UnitReport
{
    QString unitName;
    QString unitCode; // e.g. the unit's HSA-id
    StatisticsPeriod period;
    QString programVersion;
    QDateTime createdAt;
    StatisticsReport figures; // the counts only
};

// The county's picture: the units' reports put together, per period (issue 22). Every unit reports every period,
// each once. Suppression is applied after summing, when it is printed, so a county total may show what a unit hid.
struct RegionReport
{
    QList<StatisticsPeriod> periods; // oldest first; the last is the one the report is about
    QList<UnitReport> units;         // the last period's reports, by unit name
    QList<StatisticsReport> totals;  // per period, the units summed

    const StatisticsReport& latest() const { return totals.last(); }

    // Puts reports together; nullopt with a message in the user's language when a unit reports a period twice,
    // units do not all report the same periods, or a report's tables do not match the others'.
    static std::optional<RegionReport> merge(const QList<UnitReport>& reports, QString* error);
    // The counts of several reports added up, table by table and row by row (tables matched by key, rows by label).
    static StatisticsReport sum(const QList<StatisticsReport>& reports, const StatisticsPeriod& period);
};

} // namespace koordinera::core
