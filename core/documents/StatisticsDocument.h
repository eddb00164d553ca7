// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseFile.h"
#include "core/documents/Document.h"
#include "core/reporting/FamilyStatistics.h"
#include "core/reporting/Statistics.h"

#include <QDateTime>

namespace koordinera::core::StatisticsDocument {

// Who prints the report, and under which rule: it leaves the program, so small numbers are hidden.
struct Context
{
    Letterhead letterhead;
    int threshold = 4;
    QDateTime printedAt;
    bool demo = false;
};

// What every statistics report has: the unit and the period on each page, who printed it and when, the report's
// heading, and under it the unit, the period and "women, men and total". `title` has %1 for the period.
Document frame(const QString& title, const QString& heading, const StatisticsPeriod& period, const Context& context);

// The statistics report for the head of unit (issue 6): an overview, the month-by-month series and every
// measure as a chart of women and men with its table of counts and shares beside it.
Document report(const StatisticsReport& report, const Context& context);

// The family support's follow-up for the period (issue 23): families, parents by sex, children by age, the network,
// time in support and parents back in work or studies, under the same small-number rule.
Document familyReport(const FamilyReport& report, const Context& context);

// One measure as a bar chart of women and men; bars of hidden small numbers are left out, their "<5" kept.
DocumentChart chartOf(const StatisticsTable& table, int threshold);
// The active and new cases of each month, women and men.
DocumentChart monthChart(const StatisticsReport& report, int threshold);
// Whether a measure is one the report draws (the main ones; long code lists are tables only).
bool hasChart(const StatisticsTable& table);

} // namespace koordinera::core::StatisticsDocument
