// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MeetingRules.h"

#include <QCoreApplication>

namespace koordinera::core::MeetingRules {

FieldErrors meeting(const Meeting& meeting)
{
    FieldErrors errors;
    if (!meeting.startsAt.isValid())
        errors.append({QStringLiteral("startsAt"),
                       QCoreApplication::translate("MeetingRules", "Enter the date and time of the meeting.")});
    if (meeting.durationMinutes <= 0 || meeting.durationMinutes > 8 * 60)
        errors.append({QStringLiteral("duration"),
                       QCoreApplication::translate("MeetingRules", "A meeting lasts between 1 minute and 8 hours.")});
    if (!meeting.video && meeting.place.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("place"),
             QCoreApplication::translate("MeetingRules", "Enter where the meeting is held, or that it is by video.")});
    for (const MeetingParticipant& participant : meeting.participants) {
        if (participant.name.trimmed().isEmpty() && participant.kind != ParticipantKind::Patient) {
            errors.append({QStringLiteral("participants"),
                           QCoreApplication::translate("MeetingRules", "Every participant needs a name.")});
            break;
        }
    }
    return errors;
}

FieldErrors held(const Meeting& meeting, bool nextMeetingBooked)
{
    FieldErrors errors = MeetingRules::meeting(meeting);
    if (meeting.summary.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("summary"), QCoreApplication::translate("MeetingRules", "Write down what was agreed.")});
    if (!nextMeetingBooked && meeting.noFollowUpReason.trimmed().isEmpty()) {
        errors.append(
            {QStringLiteral("nextMeeting"),
             QCoreApplication::translate("MeetingRules", "Book the next meeting, or say why no follow-up is needed.")});
    }
    return errors;
}

FieldErrors impulse(const Impulse& impulse, const QList<Consent>& caseConsents)
{
    FieldErrors errors;
    if (!impulse.madeOn.isValid())
        errors.append(
            {QStringLiteral("madeOn"), QCoreApplication::translate("MeetingRules", "Enter the date of the impuls.")});
    const Consent* consent = nullptr;
    for (const Consent& candidate : caseConsents) {
        if (candidate.id == impulse.consentId)
            consent = &candidate;
    }
    if (!consent || consent->scope != ConsentScope::InformFk) {
        errors.append({QStringLiteral("consent"),
                       QCoreApplication::translate("MeetingRules", "An impuls needs the patient's consent to informing "
                                                                   "Försäkringskassan (4 §). "
                                                                   "Record that consent first.")});
    } else if (impulse.madeOn.isValid() && consent->stateOn(impulse.madeOn) != Consent::State::Valid) {
        errors.append(
            {QStringLiteral("consent"),
             QCoreApplication::translate("MeetingRules", "The 4 § consent is not valid on the day of the impuls.")});
    }
    if (impulse.fkRecipient.trimmed().isEmpty())
        errors.append({QStringLiteral("fkRecipient"),
                       QCoreApplication::translate("MeetingRules", "Enter who at Försäkringskassan received it.")});
    return errors;
}

} // namespace koordinera::core::MeetingRules
