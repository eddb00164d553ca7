// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"
#include "core/reporting/CaseListQuery.h"

#include <QDate>
#include <QList>

namespace koordinera::core::CaseListSheet {

// The case list's column headings, shared by the list on screen and its exports.
QString heading(CaseListColumn column);
// One cell as a spreadsheet keeps it: ages and day counts as numbers, dates as dates, the rest as text.
QVariant value(const CaseListRow& row, CaseListColumn column, const QDate& today);
// The listed cases with the columns the user has chosen, in their order (issue 6).
Sheet sheet(const QList<CaseListRow>& rows, const QList<CaseListColumn>& columns, const QDate& today);
// Every column, in display order.
QList<CaseListColumn> allColumns();

} // namespace koordinera::core::CaseListSheet
