// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"

#include <array>
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

// One closed support as the systematic follow-up registers it: no names, no identity numbers, no dates finer than
// the month, so a row cannot be traced back to a family outside the unit (docs/formats.md).
struct ClosedSupport
{
    struct Parent
    {
        Sex sex = Sex::Unknown;
        QString ageBand; // at the start: "under 30", "30–39", "40–49", "50 or older"
        bool sickListed = false;
        std::optional<ParentOccupation> occupationAtStart;
        std::optional<ParentOccupation> occupationAtEnd;
        std::optional<int> ratingAtStart;
        std::optional<int> ratingAtEnd;
    };
    int number = 0;     // 1, 2, 3 … in the order the supports closed
    QString startMonth; // "2026-03"
    QString endMonth;
    int daysInSupport = 0;
    CaseOutcome outcome = CaseOutcome::Other;
    QList<Parent> parents;                  // the first parent first
    std::array<int, 3> childrenByAgeBand{}; // at the start: 0–5, 6–12, 13–17
    int networkActors = 0;
    std::optional<NetworkFunction> networkAtStart;
    std::optional<NetworkFunction> networkAtEnd;
};

class FamilyStatistics
{
public:
    explicit FamilyStatistics(ServiceContext& context) : m_context(context) {}
    FamilyReport compute(const StatisticsPeriod& period) const;
    // The supports closed in the period (declined ones are not supports), for the follow-up export.
    QList<ClosedSupport> closedSupports(const StatisticsPeriod& period) const;
    // The children's age bands, as the report and the export name them.
    static QStringList ageBands();

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
