// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Consent.h"

#include <QDate>
#include <QList>
#include <optional>

namespace koordinera::core {

struct ConsentWarning
{
    enum class Problem
    {
        Missing,
        Expired,
        Withdrawn,
        NotYetValid,
    };

    ConsentScope scope = ConsentScope::Coordination;
    qint64 actorId = 0; // 0 for the case-wide coordination consent
    QString actorName;
    Problem problem = Problem::Missing;

    // "Consent missing: <actor> (<scope>)"
    QString message() const;
    // "Missing – <scope>", for a table that already names the actor.
    QString shortMessage() const;
};

// Which contacts need which consent (docs/domain.md §5), and what is wrong when it is not there.
namespace ConsentRules {

// The consent scope contact with an actor of this kind rests on; nullopt when none is required (e.g.
// another care unit inside the region).
std::optional<ConsentScope> requiredScope(ActorKind kind);

// Whether a consent covers contact with this actor: the right scope, and either no named counterparty or
// this one. "Other" consents must name the actor.
bool covers(const Consent& consent, ConsentScope scope, const Actor& actor);

// nullopt when contact with the actor is covered on `day`.
std::optional<ConsentWarning> checkActor(const Actor& actor, const QList<Consent>& consents, const QDate& day);

// Coordination itself needs consent (3 §) once the case is under way.
std::optional<ConsentWarning> checkCoordination(const CaseRecord& caseRecord, const QList<Consent>& consents,
                                                const QDate& day);

// Every warning for a case: coordination first, then each linked actor once.
QList<ConsentWarning> warningsForCase(const CaseRecord& caseRecord, const QList<Actor>& linkedActors,
                                      const QList<Consent>& consents, const QDate& day);

} // namespace ConsentRules

} // namespace koordinera::core
