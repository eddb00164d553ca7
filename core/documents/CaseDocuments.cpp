// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/CaseDocuments.h"

#include "core/documents/CaseDocumentParts.h"
#include "core/domain/DomainText.h"
#include "core/domain/Format.h"
#include "core/domain/IcdCode.h"
#include "core/domain/PlanRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace koordinera::core::CaseDocuments {

// Parts every case document is made of (CaseDocumentParts.h).
namespace parts {

constexpr auto Dash = "–";

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QString::fromUtf8(Dash) : text;
}

QString identityOf(const CaseFile& file)
{
    return file.patient.identityNumber().display();
}

// Every document about a case carries the unit, the patient and when and by whom it was printed on every
// page, so a loose page can always be put back where it belongs.
Document frame(const CaseFile& file, const QString& kind, const QString& title)
{
    Document document;
    document.kind = kind;
    document.title = title + QStringLiteral(" ") + file.caseRecord.reference;
    document.headerLeft = file.letterhead.unitName;
    document.headerRight = patientLine(file);
    document.footerLeft =
        QCoreApplication::translate("CaseDocuments", "Printed %1 by %2 · %3")
            .arg(format::dateTime(file.printedAt), orDash(file.letterhead.coordinatorName), file.caseRecord.reference);
    document.logoPath = file.letterhead.logoPath;
    document.caseId = file.caseRecord.id;
    document.description = title;
    document.demo = file.demo;
    return document;
}

QList<QPair<QString, QString>> patientFacts(const CaseFile& file)
{
    return {
        {QCoreApplication::translate("CaseDocuments", "Patient"), file.patient.fullName()},
        {QCoreApplication::translate("CaseDocuments", "Identity number"), identityOf(file)},
        {QCoreApplication::translate("CaseDocuments", "Case"), file.caseRecord.reference},
    };
}

void templateText(Document& document, const QString& filled, const QString& placeField,
                  const std::function<void()>& place)
{
    const qsizetype at = placeField.isEmpty() ? -1 : filled.indexOf(placeField, 0, Qt::CaseInsensitive);
    const QString before = (at < 0 ? filled : filled.left(at)).trimmed();
    const QString after = at < 0 ? QString() : filled.mid(at + placeField.size()).trimmed();
    // One block per template: blank lines are kept, so the unit's paragraphs stay as they wrote them.
    if (!before.isEmpty())
        document.paragraph(before);
    if (place)
        place();
    if (!after.isEmpty())
        document.paragraph(after);
}

QString occupationText(const CaseFile& file)
{
    QString text = text::labelOf(file.caseRecord.occupation);
    if (!file.employerName.isEmpty())
        text += QStringLiteral(", ") + file.employerName;
    return text;
}

QString sickLeaveText(const CaseFile& file)
{
    if (!file.dayToday)
        return QCoreApplication::translate("CaseDocuments", "No ongoing sick leave");
    return QCoreApplication::translate("CaseDocuments", "%1, day %2 of the sick-leave period")
        .arg(format::degree(file.degreeToday))
        .arg(*file.dayToday);
}

QString whenText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return QCoreApplication::translate("CaseDocuments", "%1 at %2 (%3)")
        .arg(format::date(at.date()), at.time().toString(QStringLiteral("HH:mm")), format::week(at.date()));
}

QString periodText(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(format::date(from), format::date(to));
}

QString statusText(const PlanAction& action)
{
    QString text = text::labelOf(action.status);
    const QString detail = action.status == ActionStatus::Cancelled ? action.cancelReason : action.result;
    if (!detail.trimmed().isEmpty())
        text += QLatin1Char('\n') + detail;
    return text;
}

DocumentTable actionTable(const CaseFile& file, const QList<PlanAction>& actions)
{
    DocumentTable table;
    table.widths = {5, 39, 23, 17, 16};
    table.headings = {QCoreApplication::translate("CaseDocuments", "No."),
                      QCoreApplication::translate("CaseDocuments", "Action"),
                      QCoreApplication::translate("CaseDocuments", "Responsible"),
                      QCoreApplication::translate("CaseDocuments", "From – to"),
                      QCoreApplication::translate("CaseDocuments", "Status")};
    int number = 0;
    for (const PlanAction& action : actions) {
        table.rows.append({QString::number(++number), action.description,
                           PlanRules::responsibleText(action, file.actorNames),
                           periodText(action.startDate, action.dueDate), statusText(action)});
    }
    return table;
}

QString consentText(const CaseFile& file, qint64 consentId)
{
    const Consent* consent = file.consent(consentId);
    if (!consent)
        return QCoreApplication::translate("CaseDocuments", "No consent is named in the plan");
    const QString until =
        consent->validUntil.isValid()
            ? QCoreApplication::translate("CaseDocuments", "valid until %1").arg(format::date(consent->validUntil))
            : QCoreApplication::translate("CaseDocuments", "valid until further notice");
    QString text = QCoreApplication::translate("CaseDocuments", "%1 (%2), given %3, %4")
                       .arg(text::labelOf(consent->scope), text::labelOf(consent->form).toLower(),
                            format::date(consent->givenOn), until);
    if (consent->stateOn(file.today()) == Consent::State::Withdrawn)
        text += QStringLiteral(" – ") +
                QCoreApplication::translate("CaseDocuments", "withdrawn %1").arg(format::date(consent->withdrawnOn));
    return text;
}

QString participantRole(const CaseFile& file, const MeetingParticipant& participant)
{
    QStringList parts;
    if (!participant.role.trimmed().isEmpty())
        parts.append(participant.role);
    else if (participant.kind == ParticipantKind::Patient)
        parts.append(file.isFamily() ? QCoreApplication::translate("CaseDocuments", "parent")
                                     : QCoreApplication::translate("CaseDocuments", "patient"));
    if (participant.actorId && file.actorNames.contains(participant.actorId))
        parts.append(file.actorNames.value(participant.actorId));
    return parts.join(QStringLiteral(", "));
}

// A patient taking part may be stored without a name (it is the case's own patient).
QString participantName(const CaseFile& file, const MeetingParticipant& participant)
{
    if (participant.kind == ParticipantKind::Patient && participant.name.trimmed().isEmpty())
        return file.patient.fullName();
    return participant.name;
}

// Who sat at the table for this plan: the latest held meeting up to the plan's date; before any meeting, the
// patient, the coordinator and the case's parties.
DocumentTable participantTable(const CaseFile& file, const QDate& upTo)
{
    DocumentTable table;
    table.widths = {40, 60};
    table.headings = {QCoreApplication::translate("CaseDocuments", "Name"),
                      QCoreApplication::translate("CaseDocuments", "Role and organisation")};
    const Meeting* held = nullptr;
    for (const Meeting& meeting : file.meetings) {
        if (meeting.status == MeetingStatus::Held && meeting.startsAt.date() <= upTo &&
            (!held || meeting.startsAt > held->startsAt))
            held = &meeting;
    }
    if (held) {
        for (const MeetingParticipant& participant : held->participants) {
            if (participant.present)
                table.rows.append({participantName(file, participant), participantRole(file, participant)});
        }
        return table;
    }
    table.rows.append({file.patient.fullName(), QCoreApplication::translate("CaseDocuments", "patient")});
    if (!file.letterhead.coordinatorName.isEmpty())
        table.rows.append({file.letterhead.coordinatorName,
                           QCoreApplication::translate("CaseDocuments", "rehabilitation coordinator, %1")
                               .arg(orDash(file.letterhead.unitName))});
    for (const CaseContactView& contact : file.contacts) {
        const QString role = contact.contact.role.trimmed().isEmpty()
                                 ? contact.actor.name
                                 : contact.contact.role + QStringLiteral(", ") + contact.actor.name;
        table.rows.append({contact.person.id ? contact.person.name : contact.actor.name, role});
    }
    return table;
}

QString followUpText(const PlanVersion& plan)
{
    return whenText(plan.followUpAt);
}

// The meeting whose parties sign a plan: the meeting held on the day the version was adopted; for a draft or the
// blank form, the next booked meeting, where it is to be agreed.
const Meeting* signingMeeting(const CaseFile& file, const PlanVersion* plan)
{
    if (plan && !plan->isDraft()) {
        const Meeting* held = nullptr;
        for (const Meeting& meeting : file.meetings) {
            if (meeting.status == MeetingStatus::Held && meeting.startsAt.date() == plan->adoptedOn)
                held = &meeting;
        }
        return held;
    }
    return file.nextBookedAfter(file.printedAt.addSecs(-12 * 3600));
}

// The patient and the coordinator sign; so do the parties at the meeting when the unit wants their lines.
QList<QPair<QString, QString>> signers(const CaseFile& file, const PlanVersion* plan)
{
    const QString defaultRole = file.isFamily()
                                    ? QCoreApplication::translate("CaseDocuments", "Coordinator")
                                    : QCoreApplication::translate("CaseDocuments", "Rehabilitation coordinator");
    const QString coordinatorRole =
        file.letterhead.coordinatorTitle.trimmed().isEmpty() ? defaultRole : file.letterhead.coordinatorTitle;
    QList<QPair<QString, QString>> lines;
    if (file.isFamily()) {
        // Each parent signs the family's plan.
        for (const FamilyParentView& parent : file.parents)
            lines.append({QCoreApplication::translate("CaseDocuments", "Parent"), parent.person.fullName()});
    } else {
        lines.append({QCoreApplication::translate("CaseDocuments", "Patient"), file.patient.fullName()});
    }
    lines.append({coordinatorRole, file.letterhead.coordinatorName});
    const Meeting* meeting = file.letterhead.partySignatureLines ? signingMeeting(file, plan) : nullptr;
    if (!meeting)
        return lines;
    for (const MeetingParticipant& participant : meeting->participants) {
        const QString name = participantName(file, participant);
        const bool absent = meeting->status == MeetingStatus::Held && !participant.present;
        if (participant.kind == ParticipantKind::Patient || absent || name == file.letterhead.coordinatorName)
            continue;
        QString role = participantRole(file, participant);
        if (!role.isEmpty())
            role[0] = role[0].toUpper(); // a caption: "Närmaste chef, Trelleborgs Hamn AB"
        lines.append({role.isEmpty() ? QCoreApplication::translate("CaseDocuments", "Party") : role, name});
    }
    return lines;
}

QString planStateText(const PlanVersion& plan)
{
    if (plan.isDraft())
        return QCoreApplication::translate("CaseDocuments", "Version %1 · draft, not yet adopted").arg(plan.version);
    if (plan.adoptedBy.trimmed().isEmpty())
        return QCoreApplication::translate("CaseDocuments", "Version %1 · adopted %2")
            .arg(plan.version)
            .arg(format::date(plan.adoptedOn));
    return QCoreApplication::translate("CaseDocuments", "Version %1 · adopted %2 by %3")
        .arg(plan.version)
        .arg(format::date(plan.adoptedOn), plan.adoptedBy);
}

} // namespace parts

using namespace parts;

QString patientLine(const CaseFile& file)
{
    return QStringLiteral("%1, %2").arg(file.patient.fullName(), identityOf(file));
}

namespace {

QString ageText(const QDate& born, const QDate& today)
{
    return QCoreApplication::translate("CaseDocuments", "%n year(s)", nullptr, FamilyRules::ageOn(born, today));
}

// The parents, each with the identity number, where a clinic's plan names the patient.
QList<QPair<QString, QString>> parentFacts(const CaseFile& file)
{
    QList<QPair<QString, QString>> facts;
    for (const FamilyParentView& parent : file.parents) {
        facts.append(
            {QCoreApplication::translate("CaseDocuments", "Parent"),
             QStringLiteral("%1, %2").arg(parent.person.fullName(), parent.person.identityNumber().display())});
    }
    facts.append({QCoreApplication::translate("CaseDocuments", "Case"), file.caseRecord.reference});
    return facts;
}

void familySection(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "The children"));
    if (file.children.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No children registered."));
    } else {
        DocumentTable children;
        children.widths = {24, 16, 34, 26};
        children.headings = {QCoreApplication::translate("CaseDocuments", "Child"),
                             QCoreApplication::translate("CaseDocuments", "Born"),
                             QCoreApplication::translate("CaseDocuments", "Functional impairment"),
                             QCoreApplication::translate("CaseDocuments", "School or preschool")};
        for (const FamilyChild& child : file.children) {
            children.rows.append(
                {(child.givenName + QLatin1Char(' ') + child.familyName).trimmed(),
                 format::date(child.birthDate) + QLatin1Char('\n') + ageText(child.birthDate, file.today()),
                 orDash(child.impairment), orDash(child.school)});
        }
        document.table(children);
    }
    document.heading(QCoreApplication::translate("CaseDocuments", "The network around the child"));
    if (file.contacts.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No actors in the network yet."));
        return;
    }
    DocumentTable actors;
    actors.widths = {28, 22, 26, 24};
    actors.headings = {QCoreApplication::translate("CaseDocuments", "Actor"),
                       QCoreApplication::translate("CaseDocuments", "Kind"),
                       QCoreApplication::translate("CaseDocuments", "Contact person"),
                       QCoreApplication::translate("CaseDocuments", "Provides")};
    DocumentNetwork picture;
    QStringList names;
    for (const FamilyChild& child : file.children)
        names << child.givenName;
    picture.centre = names.isEmpty() ? QCoreApplication::translate("CaseDocuments", "The family")
                                     : QLocale(QLocale::Swedish).createSeparatedList(names);
    for (const CaseContactView& view : file.contacts) {
        QString person = view.person.name;
        if (!view.person.phone.isEmpty())
            person += QLatin1Char('\n') + view.person.phone;
        actors.rows.append(
            {view.actor.name, text::labelOf(view.actor.kind), orDash(person), orDash(view.contact.role)});
        picture.nodes.append(
            {view.actor.name, view.contact.role.isEmpty() ? text::labelOf(view.actor.kind) : view.contact.role});
    }
    document.network(picture);
    document.table(actors);
}

} // namespace

Document plan(const CaseFile& file, const PlanVersion& plan)
{
    Document document =
        frame(file, QStringLiteral("plan"), QCoreApplication::translate("CaseDocuments", "Joint action plan"));
    const QDate planDate = plan.isDraft() ? file.today() : plan.adoptedOn;
    document.planVersion = plan.version;
    document.description =
        QCoreApplication::translate("CaseDocuments", "Joint action plan, version %1").arg(plan.version);
    document.title1(QCoreApplication::translate("CaseDocuments", "Joint action plan"));
    document.subtitle(planStateText(plan));
    auto facts = file.isFamily() ? parentFacts(file) : patientFacts(file);
    facts.append({QCoreApplication::translate("CaseDocuments", "Date"), format::date(planDate)});
    // A family's sick leave is a parent's, and only shown when there is one.
    if (!file.isFamily() || !file.periods.isEmpty())
        facts.append({QCoreApplication::translate("CaseDocuments", "Sick leave"), sickLeaveText(file)});
    if (!file.isFamily())
        facts.append({QCoreApplication::translate("CaseDocuments", "Occupation"), occupationText(file)});
    document.facts(facts);
    if (file.isFamily())
        familySection(document, file);

    document.heading(QCoreApplication::translate("CaseDocuments", "Participants"));
    document.table(participantTable(file, planDate));
    document.heading(QCoreApplication::translate("CaseDocuments", "Current situation"));
    document.paragraph(orDash(plan.background));
    document.heading(file.isFamily() ? QCoreApplication::translate("CaseDocuments", "The family's own goal")
                                     : QCoreApplication::translate("CaseDocuments", "The patient's own goal"));
    document.paragraph(orDash(plan.patientGoal));
    document.heading(QCoreApplication::translate("CaseDocuments", "Shared goal"));
    document.paragraph(orDash(plan.sharedGoal));

    document.heading(QCoreApplication::translate("CaseDocuments", "Actions"));
    if (plan.actions.isEmpty())
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No actions yet."));
    else
        document.table(actionTable(file, plan.actions));

    document.heading(QCoreApplication::translate("CaseDocuments", "Responsibility and follow-up"));
    document.facts({
        {QCoreApplication::translate("CaseDocuments", "Overall responsibility"), orDash(plan.overallResponsible)},
        {QCoreApplication::translate("CaseDocuments", "Next follow-up"), orDash(followUpText(plan))},
        {QCoreApplication::translate("CaseDocuments", "Place"), orDash(plan.followUpPlace)},
        {QCoreApplication::translate("CaseDocuments", "Who takes part"), orDash(plan.followUpWho)},
    });
    document.heading(QCoreApplication::translate("CaseDocuments", "Consent and distribution"));
    document.facts({
        {QCoreApplication::translate("CaseDocuments", "Consent"), consentText(file, plan.consentId)},
        {QCoreApplication::translate("CaseDocuments", "Copies to"),
         orDash(plan.distribution.join(QStringLiteral(", ")))},
        {file.isFamily() ? QCoreApplication::translate("CaseDocuments", "Approved by the family")
                         : QCoreApplication::translate("CaseDocuments", "Approved by the patient"),
         orDash(format::date(plan.patientApprovedOn))},
    });
    document.signatures(signers(file, &plan));
    return document;
}

Document blankForm(const CaseFile& file, const PlanVersion* plan)
{
    Document document =
        frame(file, QStringLiteral("form"), QCoreApplication::translate("CaseDocuments", "Meeting form"));
    document.planVersion = plan ? plan->version : 0;
    document.title1(QCoreApplication::translate("CaseDocuments", "Joint action plan – form for the meeting"));
    const Meeting* next = file.nextBookedAfter(file.printedAt.addSecs(-12 * 3600));
    document.subtitle(next ? QCoreApplication::translate("CaseDocuments", "%1 %2")
                                 .arg(text::labelOf(next->kind), whenText(next->startsAt))
                           : QCoreApplication::translate("CaseDocuments", "To be filled in by hand at the meeting"));
    auto facts = patientFacts(file);
    facts.append({QCoreApplication::translate("CaseDocuments", "Sick leave"), sickLeaveText(file)});
    facts.append({QCoreApplication::translate("CaseDocuments", "Occupation"), occupationText(file)});
    document.facts(facts);

    document.heading(QCoreApplication::translate("CaseDocuments", "Participants"));
    DocumentTable participants;
    participants.widths = {34, 50, 16};
    participants.headings = {QCoreApplication::translate("CaseDocuments", "Name"),
                             QCoreApplication::translate("CaseDocuments", "Role and organisation"),
                             QCoreApplication::translate("CaseDocuments", "Present")};
    participants.minRowHeightMm = 8;
    if (next) {
        for (const MeetingParticipant& participant : next->participants)
            participants.rows.append(
                {participantName(file, participant), participantRole(file, participant), QString()});
    }
    for (int row = 0; row < 3; ++row)
        participants.rows.append({QString(), QString(), QString()});
    document.table(participants);

    const auto section = [&document](const QString& heading, const QString& text, int lines) {
        document.heading(heading);
        if (!text.trimmed().isEmpty())
            document.paragraph(text);
        document.writeLines(QString(), lines);
    };
    section(QCoreApplication::translate("CaseDocuments", "Current situation"), plan ? plan->background : QString(), 3);
    section(QCoreApplication::translate("CaseDocuments", "The patient's own goal"),
            plan ? plan->patientGoal : QString(), 2);
    section(QCoreApplication::translate("CaseDocuments", "Shared goal"), plan ? plan->sharedGoal : QString(), 2);

    document.heading(QCoreApplication::translate("CaseDocuments", "Actions"));
    QList<PlanAction> open;
    if (plan) {
        std::copy_if(plan->actions.begin(), plan->actions.end(), std::back_inserter(open),
                     [](const PlanAction& action) { return action.isOpen(); });
    }
    DocumentTable actions = actionTable(file, open);
    actions.minRowHeightMm = 11;
    for (int row = 0; row < 6; ++row)
        actions.rows.append({QString::number(open.size() + row + 1), QString(), QString(), QString(), QString()});
    document.table(actions);

    document.heading(QCoreApplication::translate("CaseDocuments", "Responsibility and follow-up"));
    document.writeLines(QCoreApplication::translate("CaseDocuments", "Overall responsibility"), 1);
    document.writeLines(QCoreApplication::translate("CaseDocuments", "Next follow-up: date, time and place"), 2);
    document.heading(QCoreApplication::translate("CaseDocuments", "Consent and distribution"));
    document.writeLines(
        QCoreApplication::translate("CaseDocuments", "Consent to share information, and who gets a copy"), 2);
    document.signatures(signers(file, plan));
    return document;
}

namespace parts {

QString meetingPlace(const Meeting& meeting)
{
    if (meeting.video)
        return meeting.place.trimmed().isEmpty()
                   ? QCoreApplication::translate("CaseDocuments", "Video")
                   : QCoreApplication::translate("CaseDocuments", "Video (%1)").arg(meeting.place);
    return meeting.place;
}

// The actions this meeting agreed, as the newest plan holds them.
QList<PlanAction> actionsAgreedAt(const CaseFile& file, qint64 meetingId)
{
    QList<PlanAction> agreed;
    if (const PlanVersion* current = file.currentPlan()) {
        std::copy_if(current->actions.begin(), current->actions.end(), std::back_inserter(agreed),
                     [meetingId](const PlanAction& action) { return action.meetingId == meetingId; });
    }
    return agreed;
}

DocumentTable meetingParticipants(const CaseFile& file, const Meeting& meeting)
{
    DocumentTable table;
    table.widths = {36, 48, 16};
    table.headings = {QCoreApplication::translate("CaseDocuments", "Name"),
                      QCoreApplication::translate("CaseDocuments", "Role and organisation"),
                      QCoreApplication::translate("CaseDocuments", "Present")};
    for (const MeetingParticipant& participant : meeting.participants) {
        table.rows.append({participantName(file, participant), participantRole(file, participant),
                           participant.present ? QCoreApplication::translate("CaseDocuments", "Yes")
                                               : QCoreApplication::translate("CaseDocuments", "No")});
    }
    return table;
}

} // namespace parts

Document minutes(const CaseFile& file, const Meeting& meeting)
{
    Document document = frame(file, QStringLiteral("minutes"), QCoreApplication::translate("CaseDocuments", "Minutes"));
    document.meetingId = meeting.id;
    document.description = QCoreApplication::translate("CaseDocuments", "Minutes, %1 %2")
                               .arg(text::labelOf(meeting.kind).toLower(), format::date(meeting.startsAt.date()));
    document.title1(QCoreApplication::translate("CaseDocuments", "Minutes"));
    document.subtitle(QStringLiteral("%1 %2–%3")
                          .arg(text::labelOf(meeting.kind), format::dateTime(meeting.startsAt),
                               meeting.endsAt().time().toString(QStringLiteral("HH:mm"))));
    auto facts = patientFacts(file);
    facts.append({QCoreApplication::translate("CaseDocuments", "Time"), whenText(meeting.startsAt)});
    facts.append({QCoreApplication::translate("CaseDocuments", "Place"), orDash(meetingPlace(meeting))});
    facts.append({QCoreApplication::translate("CaseDocuments", "Initiated by"), orDash(meeting.initiatedBy)});
    facts.append(
        {QCoreApplication::translate("CaseDocuments", "Försäkringskassan's case officer"), orDash(meeting.fkOfficer)});
    facts.append({QCoreApplication::translate("CaseDocuments", "Purpose"), orDash(meeting.purpose)});
    document.facts(facts);
    if (meeting.status != MeetingStatus::Held) {
        document.note(meeting.status == MeetingStatus::Cancelled
                          ? QCoreApplication::translate("CaseDocuments", "The meeting was called off.")
                          : QCoreApplication::translate("CaseDocuments", "The meeting has not been recorded as held."));
    }

    document.heading(QCoreApplication::translate("CaseDocuments", "Participants"));
    if (meeting.participants.isEmpty())
        document.paragraph(QString::fromUtf8(Dash));
    else
        document.table(meetingParticipants(file, meeting));
    document.heading(QCoreApplication::translate("CaseDocuments", "The patient's view"));
    document.paragraph(orDash(meeting.patientView));
    document.heading(
        QCoreApplication::translate("CaseDocuments", "Function and activity limitation, as care reports it"));
    document.paragraph(orDash(meeting.careReport));
    document.heading(QCoreApplication::translate("CaseDocuments", "Work options discussed"));
    document.paragraph(orDash(meeting.workOptions));
    document.heading(QCoreApplication::translate("CaseDocuments", "Summary and decisions"));
    document.paragraph(orDash(meeting.summary));
    document.facts({{QCoreApplication::translate("CaseDocuments", "Work-oriented rehabilitation"),
                     meeting.impulseNeeded
                         ? QCoreApplication::translate("CaseDocuments", "Needed: a 4 § impuls to Försäkringskassan")
                         : QCoreApplication::translate("CaseDocuments", "No 4 § impuls needed")}});

    document.heading(QCoreApplication::translate("CaseDocuments", "Agreed actions"));
    const QList<PlanAction> agreed = actionsAgreedAt(file, meeting.id);
    if (agreed.isEmpty())
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No new actions were agreed."));
    else
        document.table(actionTable(file, agreed));

    document.heading(QCoreApplication::translate("CaseDocuments", "Next meeting"));
    if (const Meeting* next = file.nextBookedAfter(meeting.startsAt)) {
        document.paragraph(QStringLiteral("%1, %2").arg(text::labelOf(next->kind), whenText(next->startsAt)) +
                           (meetingPlace(*next).isEmpty() ? QString() : QStringLiteral(", ") + meetingPlace(*next)));
    } else if (!meeting.noFollowUpReason.trimmed().isEmpty()) {
        document.paragraph(
            QCoreApplication::translate("CaseDocuments", "No new meeting booked: %1").arg(meeting.noFollowUpReason));
    } else {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No new meeting booked yet."));
    }
    document.note(QCoreApplication::translate("CaseDocuments", "Minutes taken by %1, %2.")
                      .arg(orDash(file.letterhead.coordinatorName), orDash(file.letterhead.unitName)));
    return document;
}

QString fillTemplate(const QString& letterTemplate, const CaseFile& file, const QString& recipient)
{
    const PlanVersion* current = file.currentPlan();
    const QString followUp = current && current->followUpAt.isValid()
                                 ? whenText(current->followUpAt)
                                 : QCoreApplication::translate("CaseDocuments", "not yet booked");
    return fillFields(letterTemplate, {{QStringLiteral("{mottagare}"), recipient},
                                       {QStringLiteral("{patient}"), file.patient.fullName()},
                                       {QStringLiteral("{personnummer}"), identityOf(file)},
                                       {QStringLiteral("{datum}"), format::longDate(file.today())},
                                       {QStringLiteral("{uppföljning}"), followUp},
                                       {QStringLiteral("{koordinator}"), file.letterhead.coordinatorName},
                                       {QStringLiteral("{enhet}"), file.letterhead.unitName}});
}

Document letter(const CaseFile& file, const Letter& letter)
{
    Document document = frame(file, QStringLiteral("letter"), QCoreApplication::translate("CaseDocuments", "Letter"));
    document.planVersion = letter.planVersion;
    document.description = QCoreApplication::translate("CaseDocuments", "Cover letter to %1").arg(letter.recipient);
    QString address = letter.recipient;
    if (!letter.recipientAddress.trimmed().isEmpty())
        address += QLatin1Char('\n') + letter.recipientAddress.trimmed();
    // The sender and the date first, then the addressee, as a Swedish business letter reads.
    document.note(QStringLiteral("%1\n%2").arg(orDash(file.letterhead.unitName), format::longDate(file.today())));
    document.paragraph(QStringLiteral("\n") + address + QStringLiteral("\n"));
    document.heading(QCoreApplication::translate("CaseDocuments", "Joint action plan for %1, %2")
                         .arg(file.patient.fullName(), identityOf(file)));
    // One block, blank lines kept: the user's paragraphs stay as they wrote them.
    document.paragraph(letter.body.trimmed());
    if (letter.planVersion > 0)
        document.note(QCoreApplication::translate("CaseDocuments", "Enclosure: joint action plan, version %1")
                          .arg(letter.planVersion));
    return document;
}

QList<Document> letterWithPlan(const CaseFile& file, const Letter& letter)
{
    QList<Document> documents{CaseDocuments::letter(file, letter)};
    if (const PlanVersion* enclosed = letter.planVersion > 0 ? file.plan(letter.planVersion) : nullptr)
        documents.append(plan(file, *enclosed));
    return documents;
}

} // namespace koordinera::core::CaseDocuments
