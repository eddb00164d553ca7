// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Consent.h"
#include "core/domain/Meeting.h"
#include "core/domain/Validation.h"

namespace koordinera::core::MeetingRules {

// A booked meeting needs a time, a length and a place (or video).
FieldErrors meeting(const Meeting& meeting);
// Recording a meeting as held: its summary, and either the next meeting booked or a reason why none is.
FieldErrors held(const Meeting& meeting, bool nextMeetingBooked);
// A 4 § impuls rests on a 4 § consent of the same case that is valid on the day the impuls is made.
FieldErrors impulse(const Impulse& impulse, const QList<Consent>& caseConsents);

} // namespace koordinera::core::MeetingRules
