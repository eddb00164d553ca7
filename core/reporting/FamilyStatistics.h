// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <optional>

namespace koordinera::core {

struct ServiceContext;

// The follow-up of a period's family support (issue 23), parents always as women, men and total.
struct FamilyReport
{
    StatisticsPeriod period;
    int families = 0;         // supported at some time in the period
    SexCounts parents;        // the parents of those families
    StatisticsTable children; // the children by age at the period's end (total only: a child's sex is not asked)
    StatisticsTable network;  // the organisations in the families' networks, by kind (families with one)
    int closed = 0;           // families whose support ended in the period
    std::optional<double> medianDaysInSupport; // of those
    // Of the parents of those families who were neither working nor studying when the support began, how many
    // were at its end; and the base.
    SexCounts backInWorkOrStudies;
    SexCounts notInWorkOrStudiesAtStart;
};

class FamilyStatistics
{
public:
    explicit FamilyStatistics(ServiceContext& context) : m_context(context) {}
    FamilyReport compute(const StatisticsPeriod& period) const;

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
