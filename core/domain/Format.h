// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RehabChain.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// How dates, weeks, degrees and checkpoints read on screen and on paper (docs/domain.md §9): yyyy-MM-dd, "v. 47".
namespace koordinera::core::format {

QString date(const QDate& date);
// "23 november 2026", for dates in running text such as a letter (docs/domain.md §9).
QString longDate(const QDate& date);
QString dateTime(const QDateTime& dateTime);
QString week(const QDate& date);
QString degree(int percent);
// "dag 90 · 2026-12-02 · v. 49"
QString checkpoint(const Checkpoint& checkpoint);
// "2026-10-01 – tills vidare"
QString period(const QDate& start, const QDate& end);
QString days(int count);
// A share with one decimal and a decimal comma, as Swedish reads it: "12,5 %".
QString percent(double value);
// A figure with one decimal and a decimal comma: "14,5".
QString decimal(double value);

} // namespace koordinera::core::format
