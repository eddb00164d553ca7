// SPDX-License-Identifier: GPL-3.0-or-later
// The consent form the patient signs and the letter that goes with a 4 § impuls: the two documents besides the
// plan and the kallelse whose words the unit writes (DocumentTemplates).
#include "core/documents/CaseDocumentParts.h"
#include "core/documents/CaseDocuments.h"
#include "core/domain/DomainText.h"
#include "core/domain/Format.h"

#include <QCoreApplication>

namespace koordinera::core::CaseDocuments {

using namespace parts;

namespace {

QString coordinatorRole(const CaseFile& file)
{
    return file.letterhead.coordinatorTitle.trimmed().isEmpty()
               ? QCoreApplication::translate("Forms", "Rehabilitation coordinator")
               : file.letterhead.coordinatorTitle;
}

// One row per party the patient may allow sharing with: the case's own contacts by name, then the usual parties
// the case has none of yet, and a free row, so the form fits what may come up at the meeting.
DocumentTable partiesToTick(const CaseFile& file)
{
    DocumentTable table;
    table.widths = {9, 43, 48};
    table.headings = {QCoreApplication::translate("Forms", "Yes (X)"), QCoreApplication::translate("Forms", "Party"),
                      QCoreApplication::translate("Forms", "Who, if known")};
    table.minRowHeightMm = 9;
    QList<ActorKind> named;
    for (const CaseContactView& contact : file.contacts) {
        QString who = contact.person.name;
        if (!contact.person.title.trimmed().isEmpty())
            who += (who.isEmpty() ? QString() : QStringLiteral(", ")) + contact.person.title;
        table.rows.append(
            {QString(), QStringLiteral("%1: %2").arg(text::labelOf(contact.actor.kind), contact.actor.name), who});
        named.append(contact.actor.kind);
    }
    for (ActorKind kind : {ActorKind::Forsakringskassan, ActorKind::Employer, ActorKind::Arbetsformedlingen,
                           ActorKind::Municipality, ActorKind::OccupationalHealth}) {
        if (!named.contains(kind))
            table.rows.append({QString(), text::labelOf(kind), QString()});
    }
    table.rows.append({QString(), QCoreApplication::translate("Forms", "Other:"), QString()});
    return table;
}

} // namespace

Document consentForm(const CaseFile& file)
{
    Document document =
        frame(file, QStringLiteral("consent_form"), QCoreApplication::translate("Forms", "Consent form"));
    document.description = QCoreApplication::translate("Forms", "Consent form for the patient to sign");
    document.title1(QCoreApplication::translate("Forms", "Consent to coordination"));
    document.facts(patientFacts(file));
    const QString filled = fillFields(file.letterhead.templates.text(TemplateKind::ConsentForm),
                                      {{QStringLiteral("{patient}"), file.patient.fullName()},
                                       {QStringLiteral("{personnummer}"), identityOf(file)},
                                       {QStringLiteral("{datum}"), format::longDate(file.today())},
                                       {QStringLiteral("{koordinator}"), file.letterhead.coordinatorName},
                                       {QStringLiteral("{enhet}"), file.letterhead.unitName}});
    templateText(document, filled, DocumentTemplates::placeField(TemplateKind::ConsentForm),
                 [&] { document.table(partiesToTick(file)); });
    document.signatures({{QCoreApplication::translate("Forms", "Patient"), file.patient.fullName()},
                         {coordinatorRole(file), file.letterhead.coordinatorName}});
    return document;
}

Document impulseLetter(const CaseFile& file, const Impulse& impulse)
{
    Document document =
        frame(file, QStringLiteral("impulse_letter"), QCoreApplication::translate("Forms", "Letter with a 4 § impuls"));
    const QString recipient =
        impulse.fkRecipient.trimmed().isEmpty() ? QStringLiteral("Försäkringskassan") : impulse.fkRecipient.trimmed();
    document.description =
        QCoreApplication::translate("Forms", "Letter with the 4 § impuls of %1").arg(format::date(impulse.madeOn));
    // The sender and the date first, then the addressee, as a Swedish letter reads.
    document.note(QStringLiteral("%1\n%2").arg(orDash(file.letterhead.unitName), format::longDate(file.today())));
    document.paragraph(QStringLiteral("\n") + recipient + QStringLiteral("\n"));
    document.heading(QCoreApplication::translate("Forms", "Impuls under 4 § of the act on coordination, %1, %2")
                         .arg(file.patient.fullName(), identityOf(file)));
    const QString filled = fillFields(file.letterhead.templates.text(TemplateKind::ImpulseLetter),
                                      {{QStringLiteral("{mottagare}"), recipient},
                                       {QStringLiteral("{patient}"), file.patient.fullName()},
                                       {QStringLiteral("{personnummer}"), identityOf(file)},
                                       {QStringLiteral("{datum}"), format::longDate(file.today())},
                                       {QStringLiteral("{anledning}"), impulse.reason.trimmed()},
                                       {QStringLiteral("{koordinator}"), file.letterhead.coordinatorName},
                                       {QStringLiteral("{enhet}"), file.letterhead.unitName}});
    templateText(document, filled, QString(), {});
    document.facts({
        {QCoreApplication::translate("Forms", "Sick leave"), sickLeaveText(file)},
        {QCoreApplication::translate("Forms", "Consent to inform Försäkringskassan"),
         file.consent(impulse.consentId) ? QCoreApplication::translate("Forms", "Given %1")
                                               .arg(format::date(file.consent(impulse.consentId)->givenOn))
                                         : QCoreApplication::translate("Forms", "Not named")},
    });
    return document;
}

} // namespace koordinera::core::CaseDocuments
