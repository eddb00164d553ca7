// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// A reporting period, both days included.
struct StatisticsPeriod
{
    QDate from;
    QDate to;

    static StatisticsPeriod month(int year, int month);
    static StatisticsPeriod quarter(int year, int quarter);
    static StatisticsPeriod year(int year);
    bool contains(const QDate& day) const { return day.isValid() && from <= day && day <= to; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // "2026", "2026-H1", "2026-Q3" (or "2026-K3"), "2026-07", or "2026-01-01..2026-06-30"; nullopt for anything
    // else.
    static std::optional<StatisticsPeriod> parse(const QString& text);
};

// A count split by legal sex (docs/domain.md §7: always women / men / total). A patient whose sex is not known
// counts in the total only.
struct SexCounts
{
    int women = 0;
    int men = 0;
    int total = 0;

    void add(Sex sex);
    bool operator==(const SexCounts&) const = default;
};

struct StatisticsRow
{
    QString label;
    SexCounts counts;
};

// The unit's own work of one kind in the period (issue 21): how many times and how long. It names no patient, so
// no count of it is hidden.
struct UnitWorkRow
{
    QString label;
    int occasions = 0;
    int minutes = 0;
    bool operator==(const UnitWorkRow&) const = default;
};

// One measure broken down by category, rows in a fixed order (buckets) or by count (codes).
struct StatisticsTable
{
    QString key; // stable, e.g. "length"
    QString title;
    QList<StatisticsRow> rows;
    // When a row's share is of its own group (the cases of an age band with a plan, of all that band's cases): the
    // table whose same row holds the group, e.g. "age". Empty: shares are of the table's own base (shareBase).
    QString rowBaseKey;

    SexCounts countsOf(const QString& label) const;
};

struct StatisticsMonth
{
    QDate month; // the first day
    SexCounts active;
    SexCounts started;
};

// Median days per sex; nullopt where no case has the figure.
struct SexMedians
{
    std::optional<double> women;
    std::optional<double> men;
    std::optional<double> total;
    SexCounts cases; // how many cases each median rests on: one that rests on a few is not printed
};

// The unit's statistics for one period (issue 6, docs/domain.md §7). Cases are counted by the patient's legal sex.
// "Active" is a case whose coordination overlaps the period (a declined case is not); measures of the
// sick leave (length, degree) are taken on the period's last day, or the day the case closed if earlier,
// and never after today.
struct StatisticsReport
{
    StatisticsPeriod period;
    QDate asOf; // the period's end, or today when the period runs on
    SexCounts active;
    SexCounts started; // opened in the period
    SexCounts closed;  // closed in the period
    StatisticsTable closedByOutcome;
    StatisticsTable length;
    StatisticsTable degree;
    StatisticsTable diagnosisChapter;
    StatisticsTable ageGroup;
    StatisticsTable occupation;
    StatisticsTable status;
    StatisticsTable passedCheckpoint; // active cases reaching day 90, 180 and 365 within the period
    // Active cases with an adopted joint plan by age band, each a share of that band's active cases (issue 22: under
    // 30 should get a joint plan).
    StatisticsTable planByAge;
    SexCounts withPlan; // all active cases with an adopted plan
    // New cases by when coordination started in the sjukfall: within its first 90 days or later (issue 22).
    StatisticsTable startedWithin90;
    SexCounts impulses;
    StatisticsTable meetingsHeld;     // by kind
    StatisticsTable activitiesByKind; // coordination activities in the period
    StatisticsTable activitiesByKva;  // the same by KVÅ code
    SexMedians daysToFirstContact;    // cases opened in the period: sick-leave start to the first activity
    // The same for the cases started from the unit's sick-leave list, from the sjukfall's start as the list gave it.
    SexMedians daysToFirstContactFromList;
    // The unit's sick-leave list (issue 20): the newest list imported for a day in the period, split into those in
    // coordination, those not, and those not who are past day 90. Shares are of everyone on the list (sickListed).
    // Without a list in the period the date is invalid and the table is left out.
    QDate sickListDate;
    SexCounts sickListed;
    StatisticsTable sickList;
    QList<StatisticsMonth> months; // the period month by month
    QList<UnitWorkRow> unitWork;   // by kind, in the kinds' order; only kinds done in the period
    UnitWorkRow unitWorkTotal() const;

    // The tables in the order a report shows them.
    QList<const StatisticsTable*> tables() const;
    // Every table, the sick-leave list's too, for code that fills or adds up reports.
    QList<StatisticsTable*> allTables();
    QList<const StatisticsTable*> allTables() const;
    // What a row's share is a share of, per sex: the table's own sum, except for the checkpoints (a case
    // can pass more than one), which are shares of the active cases, and for a table with a rowBaseKey.
    SexCounts shareBase(const StatisticsTable& table) const;
    SexCounts shareBase(const StatisticsTable& table, int row) const;
    // The table with `key`, or null.
    const StatisticsTable* table(const QString& key) const;
};

class Statistics
{
public:
    explicit Statistics(ServiceContext& context) : m_context(context) {}

    StatisticsReport compute(const StatisticsPeriod& period) const;

    // The small-number rule for anything that leaves the program: a count from 1 to `threshold` is shown as
    // "<threshold+1>" so that no patient can be recognised; 0 and larger counts are shown as they are.
    static QString shown(int count, int threshold);
    // The headings every view of the figures shares (screen, print, spreadsheet), so they read alike everywhere:
    // "Kategori", "Kvinnor", "Män", "Totalt", "Kvinnor %", "Män %", "Totalt %" ...
    static QStringList measureHeadings();
    // "Slag", "Tillfällen", "Timmar": the unit's own work.
    static QStringList unitWorkHeadings();
    static QString hours(int minutes); // "1,5"
    // ... and "Månad", "Aktiva, kvinnor" ... "Nya, totalt".
    static QStringList monthHeadings();
    // A share in percent, or nullopt when there is nothing to share.
    static std::optional<double> percent(int count, int base);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
