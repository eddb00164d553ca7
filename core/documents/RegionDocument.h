// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/StatisticsDocument.h"
#include "core/reporting/Region.h"

namespace koordinera::core::RegionDocument {

// The county's regional report (issue 22): the units' key figures one row per unit, the trend over the periods
// when there are several, and the county's every measure summed. Suppression is applied to what is printed, after
// summing, with the units' rows protected against the county's totals.
Document report(const RegionReport& region, const StatisticsDocument::Context& context);

// The key figures the report shows per unit, as (title, the figure of a report).
QList<std::pair<QString, SexCounts StatisticsReport::*>> unitFigures();

} // namespace koordinera::core::RegionDocument
