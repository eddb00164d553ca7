// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CaseChoices.h"

#include "core/domain/DomainText.h"
#include "core/workspace/Workspace.h"
#include "ui/Format.h"

#include <QCoreApplication>

namespace koordinera::ui::CaseChoices {

namespace {

QString personText(const core::ContactPerson& person)
{
    return person.title.isEmpty() ? person.name : QStringLiteral("%1, %2").arg(person.name, person.title);
}

} // namespace

QList<ResponsibleChoice> responsible(core::Workspace& workspace, qint64 caseId)
{
    const auto record = workspace.cases().get(caseId);
    const auto patient = record ? workspace.patients().get(record->patientId) : std::nullopt;
    QList<ResponsibleChoice> choices;
    // In a family file the "patient" is the parents, and the coordinator's own unit is the municipality's.
    const bool family = workspace.profile() == core::Profile::Family;
    choices.append({core::ResponsibleKind::CareUnit,
                    0,
                    family ? QCoreApplication::translate("PlanRules", "The coordinator")
                           : QCoreApplication::translate("PlanRules", "The care unit"),
                    {workspace.context().userName},
                    {}});
    QStringList parents = patient ? QStringList{patient->fullName()} : QStringList{};
    if (family) {
        for (const core::FamilyParent& parent : workspace.family().parents(caseId)) {
            const auto person = workspace.patients().get(parent.patientId);
            if (person && !parents.contains(person->fullName()))
                parents << person->fullName();
        }
    }
    choices.append({core::ResponsibleKind::Patient,
                    0,
                    family ? QCoreApplication::translate("PlanRules", "The parents")
                           : QCoreApplication::translate("PlanRules", "The patient"),
                    parents,
                    {}});
    auto addActor = [&choices](const core::Actor& actor, const QString& person) {
        for (auto& choice : choices) {
            if (choice.kind == core::ResponsibleKind::Actor && choice.actorId == actor.id) {
                if (!person.isEmpty() && !choice.people.contains(person))
                    choice.people << person;
                return;
            }
        }
        // "Försäkringskassan (försäkringskassan)" said the same twice: the kind is added only when the name lacks it.
        const QString kind = core::text::labelOf(actor.kind);
        const QString label = actor.name.contains(kind, Qt::CaseInsensitive)
                                  ? actor.name
                                  : QStringLiteral("%1 (%2)").arg(actor.name, kind.toLower());
        choices.append({core::ResponsibleKind::Actor, actor.id, label,
                        person.isEmpty() ? QStringList{} : QStringList{person}, actor.name});
    };
    for (const auto& view : workspace.actors().caseContacts(caseId))
        addActor(view.actor, view.person.name);
    if (record && record->employerId) {
        if (const auto employer = workspace.actors().actor(record->employerId))
            addActor(*employer, {});
    }
    return choices;
}

PlanChoices plan(core::Workspace& workspace, qint64 caseId)
{
    PlanChoices choices;
    const bool family = workspace.profile() == core::Profile::Family;
    if (family)
        choices.alwaysRecipient = QCoreApplication::translate("Plan", "The parents"); // as core's first draft has it
    const QString coordinator = workspace.context().userName;
    if (!coordinator.isEmpty()) {
        choices.responsibleSuggestions
            << (family ? QCoreApplication::translate("CaseChoices", "Coordinator %1").arg(coordinator)
                       : QCoreApplication::translate("CaseChoices", "Rehabilitation coordinator %1").arg(coordinator));
    }
    for (const auto& view : workspace.actors().caseContacts(caseId)) {
        const QString recipient =
            view.person.id ? QStringLiteral("%1 (%2)").arg(view.person.name, view.actor.name) : view.actor.name;
        if (!choices.recipients.contains(recipient))
            choices.recipients << recipient;
        if (view.person.id)
            choices.responsibleSuggestions << QStringLiteral("%1, %2").arg(personText(view.person), view.actor.name);
    }
    if (const auto record = workspace.cases().get(caseId); record && record->employerId) {
        const auto employer = workspace.actors().actor(record->employerId);
        const bool listed = std::any_of(choices.recipients.cbegin(), choices.recipients.cend(),
                                        [&](const QString& r) { return employer && r.contains(employer->name); });
        if (employer && !listed)
            choices.recipients << employer->name;
    }
    const QDate today = workspace.today();
    choices.today = today;
    for (const auto& consent : workspace.consents().consents(caseId)) {
        QString label = QStringLiteral("%1, %2").arg(core::text::labelOf(consent.scope), format::date(consent.givenOn));
        if (!consent.counterparty.isEmpty())
            label += QStringLiteral(" (%1)").arg(consent.counterparty);
        if (consent.stateOn(today) != core::Consent::State::Valid)
            label += QStringLiteral(" – ") + QCoreApplication::translate("CaseChoices", "not valid today");
        choices.consents.append({consent.id, label});
    }
    choices.nextMeeting = workspace.meetings().nextBooked(caseId, QDateTime(today, QTime(0, 0)));
    return choices;
}

QList<core::MeetingParticipant> participants(core::Workspace& workspace, qint64 caseId)
{
    QList<core::MeetingParticipant> people;
    const auto record = workspace.cases().get(caseId);
    if (const auto patient = record ? workspace.patients().get(record->patientId) : std::nullopt)
        people.append({0,
                       core::ParticipantKind::Patient,
                       0,
                       patient->fullName(),
                       QCoreApplication::translate("CaseChoices", "patient"),
                       true,
                       {}});
    people.append({0,
                   core::ParticipantKind::Care,
                   0,
                   workspace.context().userName,
                   QCoreApplication::translate("CaseChoices", "rehabilitation coordinator"),
                   true,
                   {}});
    for (const auto& view : workspace.actors().caseContacts(caseId)) {
        people.append({0,
                       core::ParticipantKind::Contact,
                       view.actor.id,
                       view.person.id ? view.person.name : view.actor.name,
                       view.contact.role.isEmpty() ? view.person.title : view.contact.role,
                       true,
                       {}});
    }
    return people;
}

QString fkOfficer(core::Workspace& workspace, qint64 caseId)
{
    for (const auto& view : workspace.actors().caseContacts(caseId)) {
        if (view.actor.kind == core::ActorKind::Forsakringskassan && view.person.id)
            return view.person.name;
    }
    return {};
}

QHash<qint64, QString> actorNames(core::Workspace& workspace)
{
    QHash<qint64, QString> names;
    for (const auto& actor : workspace.actors().actors())
        names.insert(actor.id, actor.name);
    return names;
}

} // namespace koordinera::ui::CaseChoices
