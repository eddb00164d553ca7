// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"

#include <QList>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// A case contact with the names the case view shows.
struct CaseContactView
{
    CaseContact contact;
    Actor actor;
    ContactPerson person; // id 0 when the contact is the organisation in general
};

// Organisations, their contact persons, and which of them take part in a case.
class ActorRepository
{
public:
    explicit ActorRepository(ServiceContext& context) : m_context(context) {}

    QList<Actor> actors() const; // by name
    std::optional<Actor> actor(qint64 id) const;
    void saveActor(Actor& actor);

    QList<ContactPerson> persons(qint64 actorId) const;
    void savePerson(ContactPerson& person);

    QList<CaseContactView> caseContacts(qint64 caseId) const;
    // Inserts when the id is new (restoring an undone removal keeps its id), else updates.
    void saveContact(CaseContact& contact);
    // Registers a new organisation and/or person (id 0) and links them, in one transaction.
    void saveContact(CaseContact& contact, Actor* newActor, ContactPerson* newPerson);
    void removeContact(qint64 contactId);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
