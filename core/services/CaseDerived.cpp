// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CaseDerived.h"

#include "domain/RehabChain.h"
#include "services/SearchIndex.h"
#include "services/ServiceContext.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

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
    Statement(context.db, "UPDATE cases SET chain_start = ? WHERE id = ? AND chain_start IS NOT ?")
        .bindAll(chain.start, caseId, chain.start)
        .run();
}

} // namespace

void refresh(ServiceContext& context, qint64 caseId)
{
    QList<SickLeavePeriod> periods;
    Statement rows(context.db, "SELECT id, case_id, degree, start_date, end_date FROM sick_leave_periods "
                               "WHERE case_id = ?");
    rows.bind(1, caseId);
    while (rows.step())
        periods.append(periodFrom(rows));
    storeChainStart(context, caseId, periods);
    SearchIndex::refresh(context.db, caseId);
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
    transaction.commit();
}

} // namespace koordinera::core::CaseDerived
