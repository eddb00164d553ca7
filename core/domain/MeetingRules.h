// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Consent.h"
#include "core/domain/ConsentRules.h"
#include "core/domain/Meeting.h"
#include "core/domain/Validation.h"

namespace koordinera::core::MeetingRules {

// A booked meeting needs a time, a length and a place (or video).
FieldErrors meeting(const Meeting& meeting);
// Recording a meeting as held: its summary, and either the next meeting booked or a reason why none is.
FieldErrors held(const Meeting& meeting, bool nextMeetingBooked);
// Who is invited and whether the patient's consent covers sharing with each (docs/domain.md §5), on the meeting's
// day. Care and the patient need none; an organisation needs the consent of its kind.
struct Invitation
{
    int participant = 0; // index in the meeting's participants
    QString name;
    bool consentNeeded = false;            // an organisation whose kind needs the patient's consent
    std::optional<ConsentWarning> warning; // none: covered, or no consent is needed
    bool needsReason = false;              // an employer, Arbetsförmedlingen or the municipality without consent
};
QList<Invitation> invitations(const Meeting& meeting, const QList<Actor>& actors, const QList<Consent>& consents);
// Preparing a meeting: dates not after the meeting, and a reason for every party invited without the consent that
// sharing with them needs ("participant.N.reason").
FieldErrors preparation(const Meeting& meeting, const QList<Actor>& actors, const QList<Consent>& consents);

// A 4 § impuls rests on a 4 § consent of the same case that is valid on the day the impuls is made.
FieldErrors impulse(const Impulse& impulse, const QList<Consent>& caseConsents);

} // namespace koordinera::core::MeetingRules
