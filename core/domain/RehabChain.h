// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/SickLeave.h"

#include <QDate>
#include <QList>
#include <optional>

namespace koordinera::core {

// The thresholds that politics may change: all of them come from settings (docs/domain.md §3).
struct RehabRules
{
    int gapDays = 5; // a gap of at most this many days still counts as one sjukfall (0–90)
    QList<int> checkpointDays{30, 90, 180, 365};
};

// The periods that make up one sjukfall.
struct SickLeaveChain
{
    QList<SickLeavePeriod> periods; // ordered by start
    QDate start;
    QDate end; // invalid = open-ended

    bool isEmpty() const { return periods.isEmpty(); }
    bool isOngoingOn(const QDate& day) const { return !isEmpty() && start <= day && (!end.isValid() || end >= day); }
};

struct Checkpoint
{
    int day = 0;
    QDate date;
    bool reached = false;
};

// Counts "dag N i sjukperioden": calendar days covered by the periods of the current sjukfall, whatever the
// degree, plus days carried over from earlier periods (the case's offset). Gap days inside a sjukfall do not
// count. When Försäkringskassan has confirmed a day, counting continues from that day instead.
class RehabChain
{
public:
    // `today` decides which sjukfall is current (the latest one that has started).
    RehabChain(const CaseRecord& caseRecord, const QList<SickLeavePeriod>& periods, RehabRules rules,
               const QDate& today);

    // Splits periods into sjukfall by the gap rule.
    static QList<SickLeaveChain> chains(QList<SickLeavePeriod> periods, int gapDays);
    // The sjukfall that matters on `today`: the latest one that has started; else the first one to come.
    static SickLeaveChain currentChain(const QList<SickLeavePeriod>& periods, int gapDays, const QDate& today);

    const SickLeaveChain& chain() const { return m_chain; }
    // Day number on `day`, or nullopt before the sjukfall starts or with no periods.
    std::optional<int> dayOn(const QDate& day) const;
    // Total length of the sjukfall in days (open-ended periods counted up to `today`).
    int lengthInDays(const QDate& today) const;
    // Every checkpoint with its date; dates still to come assume the sick leave continues without a break.
    QList<Checkpoint> checkpoints(const QDate& today) const;
    // The first checkpoint on or after today, while the sick leave is ongoing.
    std::optional<Checkpoint> nextCheckpoint(const QDate& today) const;
    // The degree of the period in force on `day`, else of the latest period; 0 with no periods.
    int degreeOn(const QDate& day) const;

private:
    int coveredDaysUpTo(const QDate& day) const;
    bool usesFkConfirmedDay() const;

    CaseRecord m_case;
    RehabRules m_rules;
    SickLeaveChain m_chain;
};

} // namespace koordinera::core
