// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core {

// One action in the joint action plan: what, who is responsible (organisation and person), when, and how
// it went (docs/domain.md §6).
struct PlanAction
{
    qint64 id = 0;        // this version's row; 0 until saved
    qint64 actionKey = 0; // the same action in every version, so versions can be compared
    QString description;
    ResponsibleKind responsibleKind = ResponsibleKind::CareUnit;
    qint64 responsibleActorId = 0; // when responsibleKind is Actor
    QString responsiblePerson;     // a named person at that party
    QDate startDate;
    QDate dueDate;
    ActionStatus status = ActionStatus::Planned;
    QString cancelReason; // required when Cancelled
    QString result;
    qint64 meetingId = 0; // the meeting that agreed it, if any

    bool isOpen() const { return status == ActionStatus::Planned || status == ActionStatus::InProgress; }
    bool isOverdueOn(const QDate& day) const { return isOpen() && dueDate.isValid() && dueDate < day; }
};

// One version of a case's gemensam handlingsplan. The newest version is a draft until it is adopted
// ("fastställd"); an adopted version never changes again, and the next edit starts a new draft.
struct PlanVersion
{
    qint64 id = 0;
    qint64 caseId = 0;
    int version = 1;
    QDate adoptedOn; // invalid = draft
    QString adoptedBy;
    QString background;  // the current situation: sick leave, degree, occupation
    QString patientGoal; // in the patient's own words
    QString sharedGoal;
    QString overallResponsible;
    QDateTime followUpAt; // the next follow-up, local time
    QString followUpPlace;
    QString followUpWho;
    QStringList distribution; // who gets a copy; the patient always does
    qint64 consentId = 0;     // the consent the sharing rests on
    QDate patientApprovedOn;
    QList<PlanAction> actions; // in plan order
    qint64 rowVersion = 0;     // the version read from the database (RowVersion); 0 for a new record

    bool isDraft() const { return !adoptedOn.isValid(); }
};

// What changed between two versions of a plan, for the comparison view.
struct PlanChange
{
    enum class Kind
    {
        Field,
        ActionAdded,
        ActionRemoved,
        ActionChanged,
    };
    Kind kind = Kind::Field;
    QString what; // a field's label, or the action's description
    QString before;
    QString after;
};

} // namespace koordinera::core
