// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RehabChain.h"

#include <algorithm>

namespace koordinera::core {

RehabChain::RehabChain(const CaseRecord& caseRecord, const QList<SickLeavePeriod>& periods, RehabRules rules,
                       const QDate& today)
    : m_case(caseRecord), m_rules(std::move(rules))
{
    std::sort(m_rules.checkpointDays.begin(), m_rules.checkpointDays.end());
    m_chain = currentChain(periods, m_rules.gapDays, today);
}

QList<SickLeaveChain> RehabChain::chains(QList<SickLeavePeriod> periods, int gapDays)
{
    std::sort(periods.begin(), periods.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    QList<SickLeaveChain> result;
    for (const auto& period : periods) {
        const bool continues = !result.isEmpty() &&
                               (!result.last().end.isValid() || result.last().end.daysTo(period.start) - 1 <= gapDays);
        if (!continues) {
            result.append(SickLeaveChain{{}, period.start, period.end});
        } else if (result.last().end.isValid() && (!period.end.isValid() || period.end > result.last().end)) {
            result.last().end = period.end;
        }
        result.last().periods.append(period);
    }
    return result;
}

SickLeaveChain RehabChain::currentChain(const QList<SickLeavePeriod>& periods, int gapDays, const QDate& today)
{
    const auto all = chains(periods, gapDays);
    SickLeaveChain current = all.isEmpty() ? SickLeaveChain{} : all.first();
    for (const auto& chain : all) {
        if (chain.start <= today)
            current = chain;
    }
    return current;
}

bool RehabChain::usesFkConfirmedDay() const
{
    return m_case.fkConfirmedDay.has_value() && m_case.fkConfirmedOn.isValid() && !m_chain.isEmpty() &&
           m_case.fkConfirmedOn >= m_chain.start;
}

int RehabChain::coveredDaysUpTo(const QDate& day) const
{
    qint64 covered = 0;
    for (const auto& period : m_chain.periods) {
        const QDate last = period.end.isValid() ? std::min(period.end, day) : day;
        covered += std::max<qint64>(0, period.start.daysTo(last) + 1);
    }
    return int(covered);
}

std::optional<int> RehabChain::dayOn(const QDate& day) const
{
    if (m_chain.isEmpty() || day < m_chain.start)
        return std::nullopt;
    if (usesFkConfirmedDay())
        return *m_case.fkConfirmedDay + int(m_case.fkConfirmedOn.daysTo(day));
    return m_case.offsetDays + coveredDaysUpTo(day);
}

int RehabChain::lengthInDays(const QDate& today) const
{
    if (m_chain.isEmpty())
        return 0;
    const QDate last = m_chain.end.isValid() ? m_chain.end : std::max(today, m_chain.start);
    return coveredDaysUpTo(last);
}

QList<Checkpoint> RehabChain::checkpoints(const QDate& today) const
{
    QList<Checkpoint> result;
    const auto todayNumber = dayOn(today);
    for (int threshold : m_rules.checkpointDays) {
        Checkpoint checkpoint{threshold, {}, false};
        if (todayNumber) {
            checkpoint.date = today.addDays(threshold - *todayNumber);
            checkpoint.reached = threshold <= *todayNumber;
        } else if (!m_chain.isEmpty()) {
            checkpoint.date = m_chain.start.addDays(threshold - 1 - m_case.offsetDays);
        }
        result.append(checkpoint);
    }
    return result;
}

std::optional<Checkpoint> RehabChain::nextCheckpoint(const QDate& today) const
{
    if (!m_chain.isOngoingOn(today))
        return std::nullopt;
    const int todayNumber = *dayOn(today);
    for (int threshold : m_rules.checkpointDays) {
        if (threshold >= todayNumber)
            return Checkpoint{threshold, today.addDays(threshold - todayNumber), threshold == todayNumber};
    }
    return std::nullopt;
}

int RehabChain::degreeOn(const QDate& day) const
{
    if (m_chain.isEmpty())
        return 0;
    for (const auto& period : m_chain.periods) {
        if (period.start <= day && (period.isOpenEnded() || period.end >= day))
            return period.degree;
    }
    return m_chain.periods.last().degree;
}

} // namespace koordinera::core
