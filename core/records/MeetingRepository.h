// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Meeting.h"
#include "core/domain/Plan.h"

#include <QList>
#include <optional>

namespace koordinera::core {

class PlanRepository;
struct ServiceContext;

// Meetings about a case and the 4 § impulser made in it.
class MeetingRepository
{
public:
    explicit MeetingRepository(ServiceContext& context) : m_context(context) {}

    QList<Meeting> meetings(qint64 caseId) const; // latest first
    std::optional<Meeting> get(qint64 meetingId) const;
    // The first booked meeting at or after `from`, if any.
    std::optional<Meeting> nextBooked(qint64 caseId, const QDateTime& from) const;
    // Books a new meeting or saves changes to one; a new meeting gets its calendar UID here. Throws
    // ValidationError (MeetingRules::meeting).
    void save(Meeting& meeting);
    void removeJustBooked(qint64 meetingId); // undo of a booking made a moment ago
    // The preparation of a meeting: the patient met, the medical assessment, what to bring, who is invited and why
    // any of them without consent. Throws ValidationError (MeetingRules::preparation).
    void savePreparation(const Meeting& meeting);

    // Records a held meeting in one go: the meeting itself, the plan's actions followed up there (matched by
    // their key: a new status, result...), the new actions agreed (appended to the plan's draft), and the
    // next meeting booked. Without a next meeting the held meeting must say why. All or nothing; throws
    // ValidationError naming the field ("nextMeeting", "summary", "action.N.description"). A held
    // avstämningsmöte moves a case that was only contacted (or had no status) to Active, in the same step, unless
    // the coordinator chose otherwise (advanceCase false); returns true when it did, so that the user can be told.
    bool recordHeld(Meeting& meeting, QList<PlanAction>& agreedActions, std::optional<Meeting>& nextMeeting,
                    const QList<PlanAction>& followedUpActions = {}, bool advanceCase = true);

    QList<Impulse> impulses(qint64 caseId) const; // latest first
    // Throws ValidationError unless a valid 4 § consent of the case covers the day (MeetingRules::impulse).
    void saveImpulse(Impulse& impulse);

private:
    bool advanceCaseToActive(qint64 caseId);
    void saveParticipants(const Meeting& meeting);
    void updateActions(PlanRepository& plans, qint64 caseId, const QList<PlanAction>& changed);

    ServiceContext& m_context;
};

} // namespace koordinera::core
