// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct MeetingParticipant
{
    qint64 id = 0;
    ParticipantKind kind = ParticipantKind::Other;
    qint64 actorId = 0; // for a contact: the organisation
    QString name;
    QString role; // e.g. "handläggare", "närmaste chef", "fysioterapeut"
    bool present = true;
    QString noConsentReason; // why a party is invited though no consent covers sharing with them
};

// An avstämningsmöte or another meeting about the case (docs/domain.md §6): booked first, then recorded as held.
struct Meeting
{
    qint64 id = 0;
    qint64 caseId = 0;
    MeetingKind kind = MeetingKind::Avstamning;
    MeetingStatus status = MeetingStatus::Booked;
    QDateTime startsAt; // local time (Europe/Stockholm)
    int durationMinutes = 60;
    QString place;
    bool video = false;
    QString initiatedBy;
    QString fkOfficer; // Försäkringskassan's handläggare
    QString purpose;
    QList<MeetingParticipant> participants;
    QString patientView;
    QString careReport; // function and activity limitation, as care reports it
    QString workOptions;
    QString summary;            // summary and decisions
    bool impulseNeeded = false; // a 4 § impuls to Försäkringskassan is needed
    QString noFollowUpReason;   // why no next meeting was booked when this one was held
    QString uid;                // stable calendar identity (iCalendar UID)
    // Preparation (before the meeting): the patient met beforehand, the medical assessment, what to bring.
    QDate patientMetOn;
    QString patientMetNote;
    QDate assessmentOn;
    QString assessmentBy;
    QString bring;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
};

// A 4 § impuls: care informing Försäkringskassan that the patient may need work-oriented rehabilitation.
// It rests on the patient's own consent to exactly that.
struct Impulse
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDate madeOn;
    qint64 consentId = 0;
    ImpulseChannel channel = ImpulseChannel::Phone;
    QString fkRecipient;
    QString reason;
    QString outcome;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

} // namespace koordinera::core
