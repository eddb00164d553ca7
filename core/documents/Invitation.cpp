// SPDX-License-Identifier: GPL-3.0-or-later
// Kallelser: the invitation each party gets before a meeting about a case.
#include "core/documents/CaseDocumentParts.h"
#include "core/documents/CaseDocuments.h"
#include "core/domain/DomainText.h"
#include "core/domain/Format.h"

#include <QCoreApplication>

namespace koordinera::core::CaseDocuments {

using namespace parts;

namespace {

// "Göran Öberg (patient)", one line per party, as the invited read who else comes.
QString whoComes(const CaseFile& file, const Meeting& meeting)
{
    QStringList lines;
    for (const MeetingParticipant& participant : meeting.participants) {
        const QString role = participantRole(file, participant);
        lines << (role.isEmpty() ? participantName(file, participant)
                                 : QStringLiteral("%1 (%2)").arg(participantName(file, participant), role));
    }
    return lines.join(QLatin1Char('\n'));
}

// The identity number goes to those who keep their own record of the patient under it: the patient, care (the
// unit, another care unit, företagshälsovården, habilitering, BUP, BVC), Försäkringskassan, Arbetsförmedlingen and
// the municipality (social services, LSS). An employer, a school, or anyone else, learns whom the meeting is about by
// name and case number, and no more (data minimisation); so does a party whose organisation is no longer among the
// case's contacts.
bool sharesIdentityNumber(const CaseFile& file, const MeetingParticipant& to)
{
    if (to.kind == ParticipantKind::Patient || to.kind == ParticipantKind::Care)
        return true;
    for (const CaseContactView& contact : file.contacts) {
        if (to.actorId && contact.actor.id == to.actorId)
            return contact.actor.kind != ActorKind::Employer && contact.actor.kind != ActorKind::School &&
                   contact.actor.kind != ActorKind::Other;
    }
    return false;
}

} // namespace

Document invitation(const CaseFile& file, const Meeting& meeting, const MeetingParticipant& to)
{
    const QString name = participantName(file, to);
    Document document =
        frame(file, QStringLiteral("invitation"), QCoreApplication::translate("Invitation", "Invitation"));
    document.meetingId = meeting.id;
    if (!sharesIdentityNumber(file, to))
        document.headerRight = QStringLiteral("%1 · %2").arg(file.patient.fullName(), file.caseRecord.reference);
    // One record covers the kallelser printed together, so the description names the meeting, not the addressee.
    document.description = QCoreApplication::translate("Invitation", "Invitations, %1 %2")
                               .arg(text::labelOf(meeting.kind).toLower(), format::date(meeting.startsAt.date()));
    // The sender and the date first, then the addressee, as a Swedish letter reads.
    document.note(QStringLiteral("%1\n%2").arg(orDash(file.letterhead.unitName), format::longDate(file.today())));
    const QString role = participantRole(file, to);
    document.paragraph(QStringLiteral("\n") + (role.isEmpty() ? name : name + QLatin1Char('\n') + role) +
                       QStringLiteral("\n"));
    document.title1(QCoreApplication::translate("Invitation", "Invitation: %1").arg(text::labelOf(meeting.kind)));
    const bool forThePatient = to.kind == ParticipantKind::Patient;
    const TemplateKind kind = forThePatient ? TemplateKind::PatientInvitation : TemplateKind::PartyInvitation;
    const QString hours = QStringLiteral("%1–%2").arg(meeting.startsAt.time().toString(QStringLiteral("HH:mm")),
                                                      meeting.endsAt().time().toString(QStringLiteral("HH:mm")));
    const QString place = meeting.video ? meeting.place : meetingPlace(meeting);
    const QString filled = fillFields(file.letterhead.templates.text(kind),
                                      {{QStringLiteral("{mottagare}"), name},
                                       {QStringLiteral("{patient}"), file.patient.fullName()},
                                       {QStringLiteral("{mötesdag}"), format::date(meeting.startsAt.date())},
                                       {QStringLiteral("{tid}"), hours},
                                       {QStringLiteral("{plats}"), place},
                                       {QStringLiteral("{koordinator}"), file.letterhead.coordinatorName},
                                       {QStringLiteral("{enhet}"), file.letterhead.unitName}});
    templateText(document, filled, DocumentTemplates::placeField(kind), [&] {
        document.facts({
            {QCoreApplication::translate("Invitation", "When"),
             QCoreApplication::translate("Invitation", "%1 at %2 (%3)")
                 .arg(format::date(meeting.startsAt.date()), hours, format::week(meeting.startsAt.date()))},
            {meeting.video ? QCoreApplication::translate("Invitation", "Video link")
                           : QCoreApplication::translate("Invitation", "Place"),
             orDash(place)},
            {QCoreApplication::translate("Invitation", "Purpose"), orDash(meeting.purpose)},
            {QCoreApplication::translate("Invitation", "Who comes"), orDash(whoComes(file, meeting))},
            {QCoreApplication::translate("Invitation", "Please bring"), orDash(meeting.bring)},
        });
    });
    document.paragraph(QStringLiteral("%1\n%2\n%3")
                           .arg(orDash(file.letterhead.coordinatorName), orDash(file.letterhead.coordinatorTitle),
                                orDash(file.letterhead.unitName)));
    return document;
}

QList<Document> invitations(const CaseFile& file, const Meeting& meeting)
{
    QList<Document> documents;
    for (const MeetingParticipant& participant : meeting.participants) {
        const bool coordinator = participant.kind == ParticipantKind::Care &&
                                 participant.name.trimmed() == file.letterhead.coordinatorName.trimmed();
        if (!coordinator)
            documents.append(invitation(file, meeting, participant));
    }
    return documents;
}

} // namespace koordinera::core::CaseDocuments
