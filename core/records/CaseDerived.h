// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace koordinera::core {

struct ServiceContext;

// Keeps the values derived from a case's records in step with them, inside the caller's transaction:
// the start of the current sjukfall (which the case list's SQL counts days from) and the search index.
namespace CaseDerived {

void refresh(ServiceContext& context, qint64 caseId);
// Every case's chain start, as of today; after a restore, say.
void refreshAllChains(ServiceContext& context);
// On opening and on a new day: a case's current sjukfall is the last that started on or before today, so it
// changes only for the cases with a period starting between the day the chains were last brought up to date
// and today. Only those are read (every case when the gap rule changed). At 50,000 cases refreshing all took
// 0.35 s of every opening.
void refreshChainsForToday(ServiceContext& context);

} // namespace CaseDerived

} // namespace koordinera::core
