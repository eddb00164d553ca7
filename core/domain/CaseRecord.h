// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>
#include <optional>

namespace koordinera::core {

// An ärende: one period of coordination for one patient. A patient may have several over the years.
struct CaseRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString reference; // e.g. K-2026-0042, unique, given on creation
    CaseStatus status = CaseStatus::Contacted;
    CaseOutcome outcome = CaseOutcome::None;
    QDate openedOn;
    QDate closedOn;
    QString reasonOffered;
    Occupation occupation = Occupation::Unknown;
    qint64 employerId = 0; // an Actor of kind Employer, or 0
    QString jobTasks;
    QString doctor;                    // the treating doctor, as the unit's sick-leave list names them
    int offsetDays = 0;                // sick days from earlier periods that count towards the rehab chain
    std::optional<int> fkConfirmedDay; // "day N" as confirmed by Försäkringskassan ...
    QDate fkConfirmedOn;               // ... on this date
    qint64 rowVersion = 0;             // the version read from the database (RowVersion); 0 for a new record

    bool isClosed() const { return status == CaseStatus::Closed || status == CaseStatus::Declined; }
};

} // namespace koordinera::core
