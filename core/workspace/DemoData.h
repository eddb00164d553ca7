// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CaseRecord.h"
#include "core/reporting/Region.h"

#include <QtGlobal>
#include <optional>

namespace koordinera::core {

class Workspace;

// Synthetic practice data: fictional people with valid-looking identity numbers (birth numbers 980–999),
// cases across every status, sick-leave length and checkpoint, with contacts, consents and notes.
// Deterministic for a given seed and "today".
namespace DemoData {

void populate(Workspace& workspace, int caseCount, quint32 seed = 20260201);
// Fictional families for a file of the family profile (issue 23): one or two parents (the clients), one to three
// children with the impairment in the family's words and their school, the follow-up at the start, and for the
// closed ones at the end.
void populateFamilies(Workspace& workspace, int familyCount, quint32 seed = 20261205);

// The open case (first by reference) with an adopted plan and a held meeting: the one that shows every
// document and every part of the case view, for `export --demo` and the manual's screenshots.
std::optional<CaseRecord> showcaseCase(Workspace& workspace);

// `unitCount` fictional units, each a demo file of its own size and seed, reporting each of `periods`: what the
// county's regional report is made from (koordinera region --demo).
QList<UnitReport> regionUnits(const QList<StatisticsPeriod>& periods, int unitCount = 20);
// The periods the regional demo reports: the quarters of `today`'s year up to the current one.
QList<StatisticsPeriod> regionPeriods(const QDate& today);

} // namespace DemoData

} // namespace koordinera::core
