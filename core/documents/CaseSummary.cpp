// SPDX-License-Identifier: GPL-3.0-or-later
// The case summary (sammanfattning av ärendet), for the journal: declared in CaseDocuments.h, kept apart because it
// reads every part of the case.
#include "core/documents/CaseDocumentParts.h"
#include "core/documents/CaseDocuments.h"
#include "core/domain/DomainText.h"
#include "core/domain/Format.h"
#include "core/domain/IcdCode.h"
#include "core/domain/PlanRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace koordinera::core::CaseDocuments {

using namespace parts;

namespace {

void summaryPatient(Document& document, const CaseFile& file)
{
    const CaseRecord& record = file.caseRecord;
    QString address = file.patient.street;
    const QString city = (file.patient.postalCode + QLatin1Char(' ') + file.patient.city).trimmed();
    if (!city.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + city;
    QString status = text::labelOf(record.status);
    if (record.isClosed() && record.outcome != CaseOutcome::None)
        status +=
            QStringLiteral(" (") + FamilyRules::outcomeLabel(file.profile, record.outcome).toLower() + QLatin1Char(')');
    auto facts = patientFacts(file);
    facts.insert(2, {QCoreApplication::translate("CaseDocuments", "Legal sex"), text::labelOf(file.patient.sex)});
    facts.insert(3, {QCoreApplication::translate("CaseDocuments", "Telephone"), orDash(file.patient.phone)});
    facts.insert(4, {QCoreApplication::translate("CaseDocuments", "Address"), orDash(address)});
    facts.append({QCoreApplication::translate("CaseDocuments", "Status"), status});
    facts.append(
        {QCoreApplication::translate("CaseDocuments", "Coordination"), periodText(record.openedOn, record.closedOn)});
    facts.append({QCoreApplication::translate("CaseDocuments", "Occupation"), occupationText(file)});
    if (!record.jobTasks.trimmed().isEmpty())
        facts.append({QCoreApplication::translate("CaseDocuments", "Job tasks"), record.jobTasks});
    if (!record.doctor.isEmpty())
        facts.append({QCoreApplication::translate("CaseDocuments", "Doctor"), record.doctor});
    document.facts(facts);
}

void summarySickLeave(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Sick leave and diagnoses"));
    QList<QPair<QString, QString>> facts{{QCoreApplication::translate("CaseDocuments", "Now"), sickLeaveText(file)}};
    if (file.nextCheckpoint)
        facts.append({QCoreApplication::translate("CaseDocuments", "Next checkpoint in the rehabilitation chain"),
                      format::checkpoint(*file.nextCheckpoint)});
    if (file.caseRecord.fkConfirmedDay) {
        facts.append({QCoreApplication::translate("CaseDocuments", "Confirmed by Försäkringskassan"),
                      QCoreApplication::translate("CaseDocuments", "day %1 on %2")
                          .arg(*file.caseRecord.fkConfirmedDay)
                          .arg(format::date(file.caseRecord.fkConfirmedOn))});
    }
    document.facts(facts);
    if (!file.periods.isEmpty()) {
        DocumentTable periods;
        periods.widths = {50, 20, 30};
        periods.headings = {QCoreApplication::translate("CaseDocuments", "Sick-leave period"),
                            QCoreApplication::translate("CaseDocuments", "Degree"),
                            QCoreApplication::translate("CaseDocuments", "Length")};
        for (const SickLeavePeriod& period : file.periods) {
            const QString length =
                period.isOpenEnded() ? QString() : format::days(int(period.start.daysTo(period.end)) + 1);
            periods.rows.append({format::period(period.start, period.end), format::degree(period.degree), length});
        }
        document.table(periods);
    }
    if (!file.diagnoses.isEmpty()) {
        DocumentTable diagnoses;
        diagnoses.widths = {15, 65, 20};
        diagnoses.headings = {QCoreApplication::translate("CaseDocuments", "Code"),
                              QCoreApplication::translate("CaseDocuments", "Diagnosis"),
                              QCoreApplication::translate("CaseDocuments", "Kind")};
        for (const Diagnosis& diagnosis : file.diagnoses) {
            diagnoses.rows.append({IcdCode::display(diagnosis.code), diagnosis.text,
                                   diagnosis.isMain ? QCoreApplication::translate("CaseDocuments", "main")
                                                    : QCoreApplication::translate("CaseDocuments", "secondary")});
        }
        document.table(diagnoses);
    }
}

void summaryContacts(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Parties and contacts"));
    if (file.contacts.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No contacts registered."));
        return;
    }
    DocumentTable table;
    table.widths = {32, 26, 22, 20};
    table.headings = {QCoreApplication::translate("CaseDocuments", "Organisation"),
                      QCoreApplication::translate("CaseDocuments", "Person"),
                      QCoreApplication::translate("CaseDocuments", "Role"),
                      QCoreApplication::translate("CaseDocuments", "Telephone")};
    for (const CaseContactView& contact : file.contacts) {
        const QString phone =
            contact.person.id && !contact.person.phone.isEmpty() ? contact.person.phone : contact.actor.phone;
        table.rows.append({contact.actor.name, contact.person.name, contact.contact.role, phone});
    }
    document.table(table);
}

struct TimelineEntry
{
    QDateTime at;
    QString what;
    QString with;
    QString note;
};

QList<TimelineEntry> timeline(const CaseFile& file)
{
    QList<TimelineEntry> entries;
    for (const Activity& activity : file.activities) {
        QString what = text::labelOf(activity.kind) + QStringLiteral(" (") + text::labelOf(activity.mode).toLower() +
                       QLatin1Char(')');
        if (!activity.kvaCode.isEmpty())
            what += QLatin1Char('\n') + QStringLiteral("KVÅ ") + activity.kvaCode;
        const QString with = activity.actorId ? file.actorNames.value(activity.actorId) : activity.counterpart;
        entries.append({activity.occurredAt, what, with, activity.note});
    }
    for (const Meeting& meeting : file.meetings) {
        const QString what = text::labelOf(meeting.kind) + QStringLiteral(" (") +
                             text::labelOf(meeting.status).toLower() + QLatin1Char(')');
        entries.append({meeting.startsAt, what, meetingPlace(meeting), meeting.summary});
    }
    for (const Impulse& impulse : file.impulses) {
        entries.append({QDateTime(impulse.madeOn, QTime(12, 0)),
                        QCoreApplication::translate("CaseDocuments", "4 § impuls") + QStringLiteral(" (") +
                            text::labelOf(impulse.channel).toLower() + QLatin1Char(')'),
                        impulse.fkRecipient, impulse.reason});
    }
    for (const PlanVersion& plan : file.plans) {
        if (!plan.isDraft()) {
            entries.append(
                {QDateTime(plan.adoptedOn, QTime(12, 0)),
                 QCoreApplication::translate("CaseDocuments", "Action plan version %1 adopted").arg(plan.version),
                 plan.adoptedBy, QString()});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    return entries;
}

void summaryTimeline(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Timeline of contacts and activities"));
    const QList<TimelineEntry> entries = timeline(file);
    if (entries.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "Nothing recorded yet."));
        return;
    }
    DocumentTable table;
    table.widths = {15, 24, 20, 41};
    table.headings = {
        QCoreApplication::translate("CaseDocuments", "Date"), QCoreApplication::translate("CaseDocuments", "What"),
        QCoreApplication::translate("CaseDocuments", "With"), QCoreApplication::translate("CaseDocuments", "Note")};
    for (const TimelineEntry& entry : entries)
        table.rows.append({format::date(entry.at.date()), entry.what, entry.with, entry.note});
    document.table(table);
}

void summaryPlans(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Joint action plan"));
    const PlanVersion* current = file.currentPlan();
    if (!current) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No plan yet."));
        return;
    }
    document.subtitle(planStateText(*current));
    document.facts({
        {QCoreApplication::translate("CaseDocuments", "The patient's own goal"), orDash(current->patientGoal)},
        {QCoreApplication::translate("CaseDocuments", "Shared goal"), orDash(current->sharedGoal)},
        {QCoreApplication::translate("CaseDocuments", "Overall responsibility"), orDash(current->overallResponsible)},
        {QCoreApplication::translate("CaseDocuments", "Next follow-up"), orDash(followUpText(*current))},
    });
    if (!current->actions.isEmpty())
        document.table(actionTable(file, current->actions));
    if (file.plans.size() < 2)
        return;
    DocumentTable history;
    history.widths = {14, 22, 40, 24};
    history.headings = {QCoreApplication::translate("CaseDocuments", "Version"),
                        QCoreApplication::translate("CaseDocuments", "Adopted"),
                        QCoreApplication::translate("CaseDocuments", "By"),
                        QCoreApplication::translate("CaseDocuments", "Actions")};
    for (const PlanVersion& plan : file.plans) {
        history.rows.append(
            {QString::number(plan.version),
             plan.isDraft() ? QCoreApplication::translate("CaseDocuments", "draft") : format::date(plan.adoptedOn),
             plan.adoptedBy, QString::number(plan.actions.size())});
    }
    document.table(history);
}

void summaryMeetings(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Meetings"));
    if (file.meetings.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No meetings."));
        return;
    }
    DocumentTable table;
    table.widths = {18, 22, 14, 46};
    table.headings = {QCoreApplication::translate("CaseDocuments", "Time"),
                      QCoreApplication::translate("CaseDocuments", "Meeting"),
                      QCoreApplication::translate("CaseDocuments", "Status"),
                      QCoreApplication::translate("CaseDocuments", "Summary and decisions")};
    for (const Meeting& meeting : file.meetingsInOrder()) {
        table.rows.append({format::dateTime(meeting.startsAt), text::labelOf(meeting.kind),
                           text::labelOf(meeting.status), meeting.summary});
    }
    document.table(table);
}

void summaryConsents(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "Consents"));
    if (file.consents.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No consents registered."));
        return;
    }
    DocumentTable table;
    table.widths = {24, 24, 12, 14, 14, 12};
    table.headings = {QCoreApplication::translate("CaseDocuments", "For"),
                      QCoreApplication::translate("CaseDocuments", "Counterparty"),
                      QCoreApplication::translate("CaseDocuments", "Form"),
                      QCoreApplication::translate("CaseDocuments", "Given"),
                      QCoreApplication::translate("CaseDocuments", "Valid until"),
                      QCoreApplication::translate("CaseDocuments", "State")};
    for (const Consent& consent : file.consents) {
        const QString counterparty = consent.actorId ? file.actorNames.value(consent.actorId) : consent.counterparty;
        QString state;
        switch (consent.stateOn(file.today())) {
        case Consent::State::Valid:
            state = QCoreApplication::translate("CaseDocuments", "valid");
            break;
        case Consent::State::NotYetValid:
            state = QCoreApplication::translate("CaseDocuments", "not yet valid");
            break;
        case Consent::State::Expired:
            state = QCoreApplication::translate("CaseDocuments", "expired");
            break;
        case Consent::State::Withdrawn:
            state = QCoreApplication::translate("CaseDocuments", "withdrawn");
            break;
        }
        table.rows.append(
            {text::labelOf(consent.scope), counterparty, text::labelOf(consent.form), format::date(consent.givenOn),
             consent.validUntil.isValid() ? format::date(consent.validUntil)
                                          : QCoreApplication::translate("CaseDocuments", "until further notice"),
             state});
    }
    document.table(table);
}

void summaryImpulses(Document& document, const CaseFile& file)
{
    document.heading(QCoreApplication::translate("CaseDocuments", "4 § impulser to Försäkringskassan"));
    if (file.impulses.isEmpty()) {
        document.paragraph(QCoreApplication::translate("CaseDocuments", "No impulser."));
        return;
    }
    DocumentTable table;
    table.widths = {15, 15, 20, 25, 25};
    table.headings = {QCoreApplication::translate("CaseDocuments", "Date"),
                      QCoreApplication::translate("CaseDocuments", "Channel"),
                      QCoreApplication::translate("CaseDocuments", "Recipient at FK"),
                      QCoreApplication::translate("CaseDocuments", "Reason"),
                      QCoreApplication::translate("CaseDocuments", "Outcome")};
    for (const Impulse& impulse : file.impulses) {
        table.rows.append({format::date(impulse.madeOn), text::labelOf(impulse.channel), impulse.fkRecipient,
                           impulse.reason, impulse.outcome});
    }
    document.table(table);
}

} // namespace

Document summary(const CaseFile& file)
{
    Document document =
        frame(file, QStringLiteral("summary"), QCoreApplication::translate("CaseDocuments", "Case summary"));
    document.archival = true;
    document.title1(QCoreApplication::translate("CaseDocuments", "Case summary"));
    document.subtitle(QCoreApplication::translate("CaseDocuments", "Coordination under lag (2019:1297) · %1")
                          .arg(file.caseRecord.reference));
    summaryPatient(document, file);
    summarySickLeave(document, file);
    summaryContacts(document, file);
    summaryTimeline(document, file);
    summaryPlans(document, file);
    summaryMeetings(document, file);
    summaryConsents(document, file);
    summaryImpulses(document, file);
    document.note(QCoreApplication::translate("CaseDocuments", "Compiled %1 by %2, %3, for the patient's journal.")
                      .arg(format::dateTime(file.printedAt), orDash(file.letterhead.coordinatorName),
                           orDash(file.letterhead.unitName)));
    return document;
}

} // namespace koordinera::core::CaseDocuments
