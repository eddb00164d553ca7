// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/MeetingRules.h"

#include <QCoreApplication>
#include <algorithm>

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

QList<Invitation> invitations(const Meeting& meeting, const QList<Actor>& actors, const QList<Consent>& consents)
{
    QList<Invitation> result;
    const QDate day = meeting.startsAt.date();
    for (qsizetype index = 0; index < meeting.participants.size(); ++index) {
        const MeetingParticipant& participant = meeting.participants.at(index);
        Invitation invitation{int(index), participant.name, false, std::nullopt, false};
        const auto actor = std::find_if(actors.cbegin(), actors.cend(), [&participant](const Actor& candidate) {
            return candidate.id == participant.actorId;
        });
        if (participant.kind == ParticipantKind::Contact && actor != actors.cend()) {
            invitation.consentNeeded = ConsentRules::requiredScope(actor->kind).has_value();
            invitation.warning = ConsentRules::checkActor(*actor, consents, day);
            invitation.needsReason = invitation.warning && (actor->kind == ActorKind::Employer ||
                                                            actor->kind == ActorKind::Arbetsformedlingen ||
                                                            actor->kind == ActorKind::Municipality);
        }
        result.append(invitation);
    }
    return result;
}

FieldErrors preparation(const Meeting& meeting, const QList<Actor>& actors, const QList<Consent>& consents)
{
    FieldErrors errors;
    const QDate day = meeting.startsAt.date();
    if (meeting.patientMetOn.isValid() && meeting.patientMetOn > day)
        errors.append(
            {QStringLiteral("patientMetOn"),
             QCoreApplication::translate("MeetingRules", "The patient is met before the meeting, not after.")});
    if (meeting.assessmentOn.isValid() && meeting.assessmentOn > day)
        errors.append(
            {QStringLiteral("assessmentOn"),
             QCoreApplication::translate("MeetingRules", "The medical assessment is made before the meeting.")});
    for (const Invitation& invitation : invitations(meeting, actors, consents)) {
        if (invitation.needsReason &&
            meeting.participants.at(invitation.participant).noConsentReason.trimmed().isEmpty()) {
            errors.append(
                {QStringLiteral("participant.%1.reason").arg(invitation.participant + 1),
                 QCoreApplication::translate("MeetingRules", "%1 is invited without the patient's consent to "
                                                             "sharing with them: record the consent first, or "
                                                             "say why they are invited anyway.")
                     .arg(invitation.name)});
        }
    }
    return errors;
}

} // namespace koordinera::core::MeetingRules
