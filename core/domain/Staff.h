// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>

namespace koordinera::core {

// Someone at the unit a case can name in its care team: the doctor, the physiotherapist, the psychologist...
// Taken out of use when they leave, never deleted, so older cases keep their names.
struct StaffMember
{
    qint64 id = 0;
    QString name;
    Profession profession = Profession::Doctor;
    bool active = true;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

// Work for the unit that belongs to no case: advice to colleagues, team meetings, training, routines. It holds no
// patient data, so it is changed and removed like any unit record, and counted in the statistics.
struct UnitWork
{
    qint64 id = 0;
    QDate on;
    UnitWorkKind kind = UnitWorkKind::Advice;
    QString kvaCode; // empty = none
    int minutes = 0;
    QString note; // what it was about, never a patient's name
    QString recordedBy;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

} // namespace koordinera::core
