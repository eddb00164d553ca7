// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"
#include "core/reporting/Region.h"
#include "core/reporting/Statistics.h"

#include <QByteArray>
#include <QList>

namespace koordinera::core::StatisticsSheet {

// The report for a spreadsheet: one row per measure and category with women, men and total and their shares,
// small numbers (and the shares that would give them away) hidden by `threshold`; then the months on a sheet of
// their own.
QList<Sheet> sheets(const StatisticsReport& report, int threshold);
// The same as one table, the months as rows at the end (for CSV, which has one sheet).
Sheet singleSheet(const StatisticsReport& report, int threshold);
QByteArray csv(const StatisticsReport& report, int threshold);

// The county's regional report: the units' key figures one row per unit (protected against the county's totals),
// then the county's measures summed, as sheets() writes them; `single` puts everything on one sheet (CSV).
QList<Sheet> regionSheets(const RegionReport& region, int threshold, bool single = false);

} // namespace koordinera::core::StatisticsSheet
