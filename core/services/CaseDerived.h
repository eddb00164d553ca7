// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace koordinera::core {

struct ServiceContext;

// Keeps the values derived from a case's records in step with them, inside the caller's transaction:
// the start of the current sjukfall (which the case list's SQL counts days from) and the search index.
namespace CaseDerived {

void refresh(ServiceContext& context, qint64 caseId);
// After the gap rule changes, or on a new day (a later sjukfall may have started).
void refreshAllChains(ServiceContext& context);

} // namespace CaseDerived

} // namespace koordinera::core
