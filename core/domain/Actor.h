// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QString>

namespace koordinera::core {

// An organisation the coordinator works with: an employer, Försäkringskassan, a municipality...
struct Actor
{
    qint64 id = 0;
    ActorKind kind = ActorKind::Employer;
    QString name;
    QString phone;
    QString email;
    QString address;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

struct ContactPerson
{
    qint64 id = 0;
    qint64 actorId = 0;
    QString name;
    QString title; // e.g. handläggare, närmaste chef
    QString phone;
    QString email;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

// An actor (and optionally one of its people) linked to a case with a role.
struct CaseContact
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 actorId = 0;
    qint64 personId = 0; // 0 = the organisation in general
    QString role;
    QString note;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

} // namespace koordinera::core
