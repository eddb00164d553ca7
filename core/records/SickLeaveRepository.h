// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/SickLeave.h"

#include <QHash>
#include <QList>

namespace koordinera::core {

struct ServiceContext;

// Sick-leave periods and diagnoses of a case. Every change refreshes the case's derived values in the same
// transaction.
class SickLeaveRepository
{
public:
    explicit SickLeaveRepository(ServiceContext& context) : m_context(context) {}

    QList<SickLeavePeriod> periods(qint64 caseId) const;
    // The periods of every open case at once, by case (one query, for the worklist).
    QHash<qint64, QList<SickLeavePeriod>> periodsOfOpenCases() const;
    // Inserts when id is 0 (or restores a removed period with its old id, for undo), else updates.
    // A period overlapping another of the case is refused.
    void savePeriod(SickLeavePeriod& period);
    void removePeriod(qint64 periodId);
    // Saves a new period that takes its days from the case's periods it overlaps: those are shortened, split around
    // it or removed, each change in the access log. For a correction the coordinator has confirmed (the unit's
    // sick-leave list says another grade); returns the periods as they were before.
    QList<SickLeavePeriod> saveReplacingOverlaps(SickLeavePeriod& period);

    QList<Diagnosis> diagnoses(qint64 caseId) const; // the main diagnosis first
    // Stores the code without its dot; making a diagnosis the main one demotes the previous main diagnosis.
    void saveDiagnosis(Diagnosis& diagnosis);
    void removeDiagnosis(qint64 diagnosisId);

private:
    bool exists(const char* table, qint64 id) const;

    ServiceContext& m_context;
};

} // namespace koordinera::core
