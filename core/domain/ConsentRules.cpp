// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ConsentRules.h"

#include "core/domain/DomainText.h"

#include <QCoreApplication>
#include <QSet>

namespace koordinera::core {

namespace {

// Picks the most telling problem among the consents of the right kind: a withdrawal outweighs an expiry,
// which outweighs one that has not started; none at all is "missing".
std::optional<ConsentWarning::Problem> worstProblem(const QList<const Consent*>& candidates, const QDate& day)
{
    if (candidates.isEmpty())
        return ConsentWarning::Problem::Missing;
    bool withdrawn = false, expired = false, notYet = false;
    for (const Consent* consent : candidates) {
        switch (consent->stateOn(day)) {
        case Consent::State::Valid:
            return std::nullopt;
        case Consent::State::Withdrawn:
            withdrawn = true;
            break;
        case Consent::State::Expired:
            expired = true;
            break;
        case Consent::State::NotYetValid:
            notYet = true;
            break;
        }
    }
    if (withdrawn)
        return ConsentWarning::Problem::Withdrawn;
    if (expired)
        return ConsentWarning::Problem::Expired;
    if (notYet)
        return ConsentWarning::Problem::NotYetValid;
    return ConsentWarning::Problem::Missing;
}

} // namespace

QString ConsentWarning::message() const
{
    const QString what = text::labelOf(scope);
    const QString who = actorName.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(actorName, what);
    switch (problem) {
    case Problem::Missing:
        return QCoreApplication::translate("ConsentWarning", "Consent missing: %1").arg(who);
    case Problem::Expired:
        return QCoreApplication::translate("ConsentWarning", "Consent expired: %1").arg(who);
    case Problem::Withdrawn:
        return QCoreApplication::translate("ConsentWarning", "Consent withdrawn: %1").arg(who);
    case Problem::NotYetValid:
        return QCoreApplication::translate("ConsentWarning", "Consent not yet valid: %1").arg(who);
    }
    return {};
}

QString ConsentWarning::shortMessage() const
{
    const QString what = text::labelOf(scope);
    switch (problem) {
    case Problem::Missing:
        return QCoreApplication::translate("ConsentWarning", "Missing – %1").arg(what);
    case Problem::Expired:
        return QCoreApplication::translate("ConsentWarning", "Expired – %1").arg(what);
    case Problem::Withdrawn:
        return QCoreApplication::translate("ConsentWarning", "Withdrawn – %1").arg(what);
    case Problem::NotYetValid:
        return QCoreApplication::translate("ConsentWarning", "Not yet valid – %1").arg(what);
    }
    return {};
}

namespace ConsentRules {

std::optional<ConsentScope> requiredScope(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Employer:
        return ConsentScope::Employer;
    case ActorKind::Forsakringskassan:
        return ConsentScope::InformFk;
    case ActorKind::Arbetsformedlingen:
        return ConsentScope::Arbetsformedlingen;
    case ActorKind::Municipality:
        return ConsentScope::SocialServices;
    case ActorKind::OccupationalHealth:
    // The network around a child: the family's consent names each organisation it may be shared with.
    case ActorKind::Habilitation:
    case ActorKind::ChildPsychiatry:
    case ActorKind::ChildHealthCare:
    case ActorKind::School:
    case ActorKind::LssOfficer:
    case ActorKind::SocialServices:
        return ConsentScope::Other;
    case ActorKind::OtherCareUnit:
    case ActorKind::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

bool covers(const Consent& consent, ConsentScope scope, const Actor& actor)
{
    if (consent.scope != scope)
        return false;
    if (scope == ConsentScope::Other)
        return consent.actorId == actor.id;
    return consent.actorId == 0 || consent.actorId == actor.id;
}

std::optional<ConsentWarning> checkActor(const Actor& actor, const QList<Consent>& consents, const QDate& day)
{
    const auto scope = requiredScope(actor.kind);
    if (!scope)
        return std::nullopt;
    QList<const Consent*> candidates;
    for (const auto& consent : consents) {
        if (covers(consent, *scope, actor))
            candidates.append(&consent);
    }
    const auto problem = worstProblem(candidates, day);
    if (!problem)
        return std::nullopt;
    return ConsentWarning{*scope, actor.id, actor.name, *problem};
}

std::optional<ConsentWarning> checkCoordination(const CaseRecord& caseRecord, const QList<Consent>& consents,
                                                const QDate& day)
{
    if (caseRecord.status != CaseStatus::Active && caseRecord.status != CaseStatus::FollowUp)
        return std::nullopt;
    QList<const Consent*> candidates;
    for (const auto& consent : consents) {
        if (consent.scope == ConsentScope::Coordination)
            candidates.append(&consent);
    }
    const auto problem = worstProblem(candidates, day);
    if (!problem)
        return std::nullopt;
    return ConsentWarning{ConsentScope::Coordination, 0, {}, *problem};
}

QList<ConsentWarning> warningsForCase(const CaseRecord& caseRecord, const QList<Actor>& linkedActors,
                                      const QList<Consent>& consents, const QDate& day)
{
    QList<ConsentWarning> warnings;
    if (auto warning = checkCoordination(caseRecord, consents, day))
        warnings.append(*warning);
    QSet<qint64> seen;
    for (const auto& actor : linkedActors) {
        if (seen.contains(actor.id))
            continue;
        seen.insert(actor.id);
        if (auto warning = checkActor(actor, consents, day))
            warnings.append(*warning);
    }
    return warnings;
}

} // namespace ConsentRules

} // namespace koordinera::core
