// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QList>
#include <QString>
#include <optional>

// Stable storage keys and translated labels for the domain's enums. The key goes into the database and
// exports; the label is what a coordinator reads.
namespace koordinera::core::text {

template <typename E> QString keyOf(E value);
template <typename E> std::optional<E> fromKey(const QString& key);
template <typename E> QString labelOf(E value);
template <typename E> QList<E> allValues();

#define KOORDINERA_DECLARE_DOMAIN_ENUM(E)                                                                              \
    template <> QString keyOf<E>(E value);                                                                             \
    template <> std::optional<E> fromKey<E>(const QString& key);                                                       \
    template <> QString labelOf<E>(E value);                                                                           \
    template <> QList<E> allValues<E>();

KOORDINERA_DECLARE_DOMAIN_ENUM(Sex)
KOORDINERA_DECLARE_DOMAIN_ENUM(IdentityKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(CaseStatus)
KOORDINERA_DECLARE_DOMAIN_ENUM(CaseOutcome)
KOORDINERA_DECLARE_DOMAIN_ENUM(Occupation)
KOORDINERA_DECLARE_DOMAIN_ENUM(ActorKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(ConsentScope)
KOORDINERA_DECLARE_DOMAIN_ENUM(ConsentForm)
KOORDINERA_DECLARE_DOMAIN_ENUM(ActivityKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(ContactMode)
KOORDINERA_DECLARE_DOMAIN_ENUM(ActionStatus)
KOORDINERA_DECLARE_DOMAIN_ENUM(ResponsibleKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(MeetingKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(MeetingStatus)
KOORDINERA_DECLARE_DOMAIN_ENUM(ParticipantKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(ImpulseChannel)
KOORDINERA_DECLARE_DOMAIN_ENUM(Profession)
KOORDINERA_DECLARE_DOMAIN_ENUM(UnitWorkKind)
KOORDINERA_DECLARE_DOMAIN_ENUM(Profile)
KOORDINERA_DECLARE_DOMAIN_ENUM(ParentOccupation)
KOORDINERA_DECLARE_DOMAIN_ENUM(NetworkFunction)

#undef KOORDINERA_DECLARE_DOMAIN_ENUM

// Reads a stored key, falling back to `fallback` for a key this version does not know.
template <typename E> E fromKeyOr(const QString& key, E fallback)
{
    return fromKey<E>(key).value_or(fallback);
}

} // namespace koordinera::core::text
