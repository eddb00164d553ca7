// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"
#include "core/domain/Validation.h"

#include <QHash>

namespace koordinera::core::PlanRules {

// An action needs a description, a responsible party (a named organisation when it is another party),
// dates in order, and a reason when it is cancelled.
FieldErrors action(const PlanAction& action);
// A draft may be saved half-written; only its actions must each make sense. Errors name the action by
// position: "action.2.description".
FieldErrors draft(const PlanVersion& draft);
// Adopting freezes the plan as the version everyone works from: it needs at least one action, who has the
// overall responsibility, and the next follow-up (a follow-up is always booked, docs/domain.md §1).
FieldErrors adoption(const PlanVersion& draft);

// Field by field and action by action (matched by actionKey); `actorNames` turns actor ids into names.
QList<PlanChange> compare(const PlanVersion& before, const PlanVersion& after,
                          const QHash<qint64, QString>& actorNames = {});

// Whether two readings of a plan hold the same content: version, adoption, every field and every action in
// order (row ids aside, which change on every save). Undo uses it to refuse to overwrite a plan that changed
// in between, e.g. by a meeting record adding actions.
bool sameContent(const PlanVersion& a, const PlanVersion& b);

// The recipients on a plan's distribution list who have not had a copy: `copiesTo` are the recipients of the copies
// recorded for that version (printed, saved as PDF, or enclosed with a letter). One copy may be for several
// ("Patienten, Försäkringskassan"), so a recipient counts as served when a copy's recipient names them, in any letter
// case.
QStringList recipientsWithoutCopy(const QStringList& distribution, const QStringList& copiesTo);

// "Vårdcentralen", "Patienten" or the organisation's name, with the person if one is named.
QString responsibleText(const PlanAction& action, const QHash<qint64, QString>& actorNames);

} // namespace koordinera::core::PlanRules
