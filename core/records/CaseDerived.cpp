// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CaseDerived.h"

#include "core/domain/RehabChain.h"
#include "core/records/ServiceContext.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace koordinera::core::CaseDerived {

namespace {

SickLeavePeriod periodFrom(const Statement& row)
{
    SickLeavePeriod period;
    period.id = row.columnInt64(0);
    period.caseId = row.columnInt64(1);
    period.degree = row.columnInt(2);
    period.start = row.columnDate(3);
    period.end = row.columnDate(4);
    return period;
}

void storeChainStart(ServiceContext& context, qint64 caseId, const QList<SickLeavePeriod>& periods)
{
    const auto chain = RehabChain::currentChain(periods, context.rules.gapDays, context.today());
    Statement(context.db, "UPDATE cases SET chain_start = ? WHERE id = ? AND chain_start IS DISTINCT FROM ?")
        .bindAll(chain.start, caseId, chain.start)
        .run();
}

QList<SickLeavePeriod> periodsOf(ServiceContext& context, qint64 caseId)
{
    QList<SickLeavePeriod> periods;
    Statement rows(context.db, "SELECT id, case_id, degree, start_date, end_date FROM sick_leave_periods "
                               "WHERE case_id = ?");
    rows.bind(1, caseId);
    while (rows.step())
        periods.append(periodFrom(rows));
    return periods;
}

// Which day, and under which gap rule, the chain starts were last brought up to date.
void rememberChainsAsOf(ServiceContext& context)
{
    Statement(context.db, "INSERT INTO derived_state (id, chains_as_of, gap_days) VALUES (1, ?, ?) "
                          "ON CONFLICT (id) DO UPDATE SET chains_as_of = excluded.chains_as_of, "
                          "gap_days = excluded.gap_days WHERE derived_state.chains_as_of IS DISTINCT FROM "
                          "excluded.chains_as_of OR derived_state.gap_days IS DISTINCT FROM excluded.gap_days")
        .bindAll(context.today(), context.rules.gapDays)
        .run();
}

} // namespace

void refresh(ServiceContext& context, qint64 caseId)
{
    storeChainStart(context, caseId, periodsOf(context, caseId));
    SearchIndex::refresh(context.db, caseId);
}

void refreshChainsForToday(ServiceContext& context)
{
    QDate before;
    int gapDays = -1;
    {
        Statement state(context.db, "SELECT chains_as_of, gap_days FROM derived_state WHERE id = 1");
        if (state.step()) {
            before = state.columnDate(0);
            gapDays = state.columnInt(1);
        }
    }
    const QDate today = context.today();
    if (!before.isValid() || gapDays != context.rules.gapDays) {
        refreshAllChains(context);
        return;
    }
    if (before == today)
        return;
    Statement changed(context.db, "SELECT DISTINCT case_id FROM sick_leave_periods WHERE start_date > ? AND "
                                  "start_date <= ?");
    changed.bindAll(std::min(before, today), std::max(before, today));
    Transaction transaction(context.db);
    while (changed.step()) {
        const qint64 caseId = changed.columnInt64(0);
        storeChainStart(context, caseId, periodsOf(context, caseId));
    }
    rememberChainsAsOf(context);
    transaction.commit();
}

void refreshAllChains(ServiceContext& context)
{
    QHash<qint64, QList<SickLeavePeriod>> byCase;
    Statement rows(context.db, "SELECT id, case_id, degree, start_date, end_date FROM sick_leave_periods");
    while (rows.step()) {
        const auto period = periodFrom(rows);
        byCase[period.caseId].append(period);
    }
    Transaction transaction(context.db);
    for (auto it = byCase.cbegin(); it != byCase.cend(); ++it)
        storeChainStart(context, it.key(), it.value());
    rememberChainsAsOf(context);
    transaction.commit();
}

} // namespace koordinera::core::CaseDerived
