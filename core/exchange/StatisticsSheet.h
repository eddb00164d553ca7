// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"
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

} // namespace koordinera::core::StatisticsSheet
