// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ActorRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseDerived.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

Actor actorFrom(const Statement& row, int first = 0)
{
    Actor actor;
    actor.id = row.columnInt64(first);
    actor.kind = text::fromKeyOr(row.columnText(first + 1), ActorKind::Other);
    actor.name = row.columnText(first + 2);
    actor.phone = row.columnText(first + 3);
    actor.email = row.columnText(first + 4);
    actor.address = row.columnText(first + 5);
    actor.rowVersion = row.columnInt64(first + 6);
    return actor;
}

ContactPerson personFrom(const Statement& row, int first = 0)
{
    ContactPerson person;
    person.id = row.columnInt64(first);
    person.actorId = row.columnInt64(first + 1);
    person.name = row.columnText(first + 2);
    person.title = row.columnText(first + 3);
    person.phone = row.columnText(first + 4);
    person.email = row.columnText(first + 5);
    person.rowVersion = row.columnInt64(first + 6);
    return person;
}

} // namespace

QList<Actor> ActorRepository::actors() const
{
    QList<Actor> result;
    Statement rows(
        m_context.db,
        "SELECT id, kind, name, phone, email, address, row_version FROM actors ORDER BY name COLLATE NOCASE");
    while (rows.step())
        result.append(actorFrom(rows));
    return result;
}

std::optional<Actor> ActorRepository::actor(qint64 id) const
{
    Statement row(m_context.db, "SELECT id, kind, name, phone, email, address, row_version FROM actors WHERE id = ?");
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return actorFrom(row);
}

void ActorRepository::saveActor(Actor& actor)
{
    Validation::require(Validation::actor(actor));
    Transaction transaction(m_context.db);
    qint64 version = 1;
    if (actor.id == 0) {
        actor.id =
            Statement(m_context.db,
                      "INSERT INTO actors (kind, name, phone, email, address) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .bindAll(text::keyOf(actor.kind), actor.name.trimmed(), actor.phone.trimmed(), actor.email.trimmed(),
                         actor.address.trimmed())
                .insertedId();
    } else {
        version = RowVersion::claim(m_context, "actors", actor.id, actor.rowVersion);
        Statement(m_context.db, "UPDATE actors SET kind = ?, name = ?, phone = ?, email = ?, address = ? WHERE id = ?")
            .bindAll(text::keyOf(actor.kind), actor.name.trimmed(), actor.phone.trimmed(), actor.email.trimmed(),
                     actor.address.trimmed(), actor.id)
            .run();
    }
    transaction.commit();
    actor.rowVersion = version;
}

QList<ContactPerson> ActorRepository::persons(qint64 actorId) const
{
    QList<ContactPerson> result;
    Statement rows(m_context.db, "SELECT id, actor_id, name, title, phone, email, row_version FROM contact_persons "
                                 "WHERE actor_id = ? ORDER BY name COLLATE NOCASE");
    rows.bind(1, actorId);
    while (rows.step())
        result.append(personFrom(rows));
    return result;
}

void ActorRepository::savePerson(ContactPerson& person)
{
    if (person.name.trimmed().isEmpty()) {
        throw ValidationError(
            {{QStringLiteral("personName"), QCoreApplication::translate("Validation", "Enter the person's name.")}});
    }
    Transaction transaction(m_context.db);
    qint64 version = 1;
    if (person.id == 0) {
        person.id =
            Statement(
                m_context.db,
                "INSERT INTO contact_persons (actor_id, name, title, phone, email) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .bindAll(person.actorId, person.name.trimmed(), person.title.trimmed(), person.phone.trimmed(),
                         person.email.trimmed())
                .insertedId();
    } else {
        version = RowVersion::claim(m_context, "contact_persons", person.id, person.rowVersion);
        Statement(m_context.db, "UPDATE contact_persons SET name = ?, title = ?, phone = ?, email = ? WHERE id = ?")
            .bindAll(person.name.trimmed(), person.title.trimmed(), person.phone.trimmed(), person.email.trimmed(),
                     person.id)
            .run();
    }
    transaction.commit();
    person.rowVersion = version;
}

QList<CaseContactView> ActorRepository::caseContacts(qint64 caseId) const
{
    QList<CaseContactView> result;
    Statement rows(m_context.db,
                   "SELECT cc.id, cc.case_id, cc.actor_id, cc.person_id, cc.role, cc.note, cc.row_version, "
                   "a.id, a.kind, a.name, a.phone, a.email, a.address, a.row_version, "
                   "p.id, p.actor_id, p.name, p.title, p.phone, p.email, p.row_version "
                   "FROM case_contacts cc JOIN actors a ON a.id = cc.actor_id "
                   "LEFT JOIN contact_persons p ON p.id = cc.person_id "
                   "WHERE cc.case_id = ? ORDER BY a.name COLLATE NOCASE, p.name COLLATE NOCASE");
    rows.bind(1, caseId);
    while (rows.step()) {
        CaseContactView view;
        view.contact = {rows.columnInt64(0), rows.columnInt64(1), rows.columnInt64(2), rows.columnInt64(3),
                        rows.columnText(4),  rows.columnText(5),  rows.columnInt64(6)};
        view.actor = actorFrom(rows, 7);
        if (!rows.isNull(14))
            view.person = personFrom(rows, 14);
        result.append(view);
    }
    return result;
}

void ActorRepository::saveContact(CaseContact& contact)
{
    Transaction transaction(m_context.db);
    Statement existing(m_context.db, "SELECT 1 FROM case_contacts WHERE id = ?");
    existing.bind(1, contact.id);
    const bool update = contact.id > 0 && existing.step();
    qint64 version = 1;
    if (update) {
        version = RowVersion::claim(m_context, "case_contacts", contact.id, contact.rowVersion);
        Statement(m_context.db, "UPDATE case_contacts SET actor_id = ?, person_id = ?, role = ?, note = ? WHERE id = ?")
            .bind(1, contact.actorId)
            .bindId(2, contact.personId)
            .bind(3, contact.role.trimmed())
            .bind(4, contact.note.trimmed())
            .bind(5, contact.id)
            .run();
    } else {
        contact.id = Statement(m_context.db, "INSERT INTO case_contacts (id, case_id, actor_id, person_id, role, note) "
                                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                         .bindId(1, contact.id)
                         .bind(2, contact.caseId)
                         .bind(3, contact.actorId)
                         .bindId(4, contact.personId)
                         .bind(5, contact.role.trimmed())
                         .bind(6, contact.note.trimmed())
                         .insertedId();
    }
    CaseDerived::refresh(m_context, contact.caseId);
    AuditLog(m_context).record(update ? AuditLog::Action::Change : AuditLog::Action::Create, contact.caseId,
                               QStringLiteral("case_contact %1").arg(contact.id));
    transaction.commit();
    contact.rowVersion = version;
}

void ActorRepository::saveContact(CaseContact& contact, Actor* newActor, ContactPerson* newPerson)
{
    Transaction transaction(m_context.db);
    if (newActor) {
        saveActor(*newActor);
        contact.actorId = newActor->id;
    }
    if (newPerson) {
        newPerson->actorId = contact.actorId;
        savePerson(*newPerson);
        contact.personId = newPerson->id;
    }
    saveContact(contact);
    transaction.commit();
}

void ActorRepository::removeContact(qint64 contactId)
{
    Transaction transaction(m_context.db);
    Statement owner(m_context.db, "SELECT case_id FROM case_contacts WHERE id = ?");
    owner.bind(1, contactId);
    if (!owner.step())
        return;
    const qint64 caseId = owner.columnInt64(0);
    Statement(m_context.db, "DELETE FROM case_contacts WHERE id = ?").bind(1, contactId).run();
    CaseDerived::refresh(m_context, caseId);
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("case_contact %1").arg(contactId));
    transaction.commit();
}

} // namespace koordinera::core
