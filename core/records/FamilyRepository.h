// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Family.h"
#include "core/domain/Patient.h"

#include <QList>

namespace koordinera::core {

class Database;
struct ServiceContext;

// The work a file holds, read from and written to the file itself (issue 23).
namespace FileProfile {
Profile of(Database& db);
// Chosen when the file is created, before it has any case; refused (StorageError) after that.
void set(Database& db, Profile profile);
} // namespace FileProfile

// A family in the support to parents of children with disabilities: the case is the family's, its patient the
// first parent; a second parent and the children are kept here, with the follow-up fields each parent has at the
// start and the end. Every change is validated first (ValidationError, nothing written) and access-logged.
class FamilyRepository
{
public:
    explicit FamilyRepository(ServiceContext& context) : m_context(context) {}

    QList<FamilyChild> children(qint64 caseId) const; // oldest first
    // Inserts when id is 0, else updates.
    void saveChild(FamilyChild& child);
    void removeChild(qint64 childId);

    // The parents in their order: the case's own patient first, then a second parent if there is one.
    QList<FamilyParent> parents(qint64 caseId) const;
    // Adds a second parent to the family: a patient found by the identity number, or saved as a new one.
    void addSecondParent(qint64 caseId, Patient& parent);
    // Takes the second parent out of the family (a mistake, or an undo); the person stays a patient.
    void removeSecondParent(qint64 caseId);
    // Records a parent's follow-up fields (occupation, sick leave, rating at the start and the end).
    void saveParent(const FamilyParent& parent);
    // Whether the network around the child works, at the start and at the end.
    FamilyNetwork network(qint64 caseId) const;
    void saveNetwork(const FamilyNetwork& network);
    // The follow-up form's whole content, all or nothing.
    void saveFollowUp(const QList<FamilyParent>& parents, const FamilyNetwork& network);

private:
    qint64 firstParentOf(qint64 caseId) const;

    ServiceContext& m_context;
};

} // namespace koordinera::core
