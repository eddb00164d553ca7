// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"
#include "core/reporting/FamilyStatistics.h"

namespace koordinera::core::FamilyFollowUpSheet {

// The registration fields of the systematic follow-up of family support (issue 23): one row per closed support,
// no names and no identity numbers, the columns as docs/formats.md describes them. The same sheet is written as XLSX
// or as CSV for Swedish Excel.
Sheet sheet(const QList<ClosedSupport>& supports);

} // namespace koordinera::core::FamilyFollowUpSheet
