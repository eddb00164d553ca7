// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Staff.h"

#include <QList>

namespace koordinera::core {

struct ServiceContext;

// The unit's staff list, the care team each case names from it, and the unit's own work outside the cases
// (issue 21). Staff are taken out of use, not deleted, so a closed case keeps the names it had.
class StaffRepository
{
public:
    explicit StaffRepository(ServiceContext& context) : m_context(context) {}

    // By profession, then name; the ones taken out of use too unless `activeOnly`.
    QList<StaffMember> staff(bool activeOnly) const;
    // Adds or changes one; throws ValidationError for an empty name or one already on the list.
    void save(StaffMember& member);

    // The case's care team, by profession, then name.
    QList<StaffMember> team(qint64 caseId) const;
    // Replaces the case's care team with `staffIds`; a change to the case, in the access log.
    void setTeam(qint64 caseId, const QList<qint64>& staffIds);
    // Each case's doctors in the care team, "Eva Ek, Per Ås": the case list's column and filter.
    QHash<qint64, QString> doctorsByCase() const;

    // The unit's own work, newest first, between two days (inclusive; an invalid day leaves that end open).
    QList<UnitWork> unitWork(const QDate& from = {}, const QDate& to = {}) const;
    // Adds or changes one; throws ValidationError when the day, the time or a note that names a patient is wrong.
    void saveUnitWork(UnitWork& work);
    void removeUnitWork(qint64 id);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
