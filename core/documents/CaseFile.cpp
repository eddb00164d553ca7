// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/CaseFile.h"

#include "core/records/Records.h"

#include <algorithm>

namespace koordinera::core {

CaseFile CaseFile::read(Records& records, qint64 caseId, const Letterhead& letterhead)
{
    CaseFile file;
    const auto record = records.cases().get(caseId);
    if (!record)
        return file;
    file.caseRecord = *record;
    if (const auto patient = records.patients().get(record->patientId))
        file.patient = *patient;
    file.periods = records.sickLeave().periods(caseId);
    std::sort(file.periods.begin(), file.periods.end(),
              [](const SickLeavePeriod& a, const SickLeavePeriod& b) { return a.start < b.start; });
    file.diagnoses = records.sickLeave().diagnoses(caseId);
    const QDate today = records.today();
    const RehabChain chain(*record, file.periods, records.rules(), today);
    file.dayToday = chain.dayOn(today);
    file.nextCheckpoint = chain.nextCheckpoint(today);
    file.degreeToday = chain.degreeOn(today);
    file.contacts = records.actors().caseContacts(caseId);
    for (const Actor& actor : records.actors().actors())
        file.actorNames.insert(actor.id, actor.name);
    file.employerName = file.actorNames.value(record->employerId);
    file.consents = records.consents().consents(caseId);
    file.activities = records.activities().activities(caseId);
    file.plans = records.plans().versions(caseId);
    file.meetings = records.meetings().meetings(caseId);
    file.impulses = records.meetings().impulses(caseId);
    file.profile = FileProfile::of(records.database());
    if (file.isFamily()) {
        for (const FamilyParent& parent : records.family().parents(caseId))
            file.parents.append({records.patients().get(parent.patientId).value_or(Patient{}), parent});
        file.children = records.family().children(caseId);
        file.network = records.family().network(caseId);
    }
    file.letterhead = letterhead;
    if (records.isDemo())
        file.letterhead = file.letterhead.forDemo();
    file.demo = records.isDemo();
    file.printedAt = QDateTime(today, QTime::currentTime());
    return file;
}

Letterhead Letterhead::forDemo() const
{
    Letterhead demo = *this;
    if (demo.unitName.isEmpty())
        demo.unitName = QStringLiteral("Vårdcentralen Demo");
    if (demo.coordinatorName.isEmpty())
        demo.coordinatorName = QStringLiteral("Kim Koordinator (demo)");
    return demo;
}

const PlanVersion* CaseFile::plan(int version) const
{
    const auto found = std::find_if(plans.begin(), plans.end(),
                                    [version](const PlanVersion& plan) { return plan.version == version; });
    return found == plans.end() ? nullptr : &*found;
}

const Meeting* CaseFile::meeting(qint64 meetingId) const
{
    const auto found = std::find_if(meetings.begin(), meetings.end(),
                                    [meetingId](const Meeting& meeting) { return meeting.id == meetingId; });
    return found == meetings.end() ? nullptr : &*found;
}

const Consent* CaseFile::consent(qint64 consentId) const
{
    const auto found = std::find_if(consents.begin(), consents.end(),
                                    [consentId](const Consent& consent) { return consent.id == consentId; });
    return found == consents.end() ? nullptr : &*found;
}

QList<Meeting> CaseFile::meetingsInOrder() const
{
    QList<Meeting> ordered = meetings;
    std::sort(ordered.begin(), ordered.end(),
              [](const Meeting& a, const Meeting& b) { return a.startsAt < b.startsAt; });
    return ordered;
}

const Meeting* CaseFile::nextBookedAfter(const QDateTime& after) const
{
    const Meeting* next = nullptr;
    for (const Meeting& meeting : meetings) {
        if (meeting.status == MeetingStatus::Booked && meeting.startsAt > after &&
            (!next || meeting.startsAt < next->startsAt))
            next = &meeting;
    }
    return next;
}

} // namespace koordinera::core
