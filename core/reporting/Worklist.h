// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// The windows the worklist looks ahead or back; settings, like the rehab thresholds.
struct WorklistSettings
{
    int checkpointDays = 14;   // checkpoints this many days ahead
    int consentDays = 14;      // consents expiring this many days ahead
    int idleDays = 21;         // open cases with no activity for this long
    int sickLeaveEndDays = 14; // sick leave ending this many days ahead
};

// The part of a case the coordinator lands on when opening an item.
enum class CaseArea
{
    SickLeave,
    Contacts,
    Consents,
    Activities,
    Plan,
    Meetings,
    SickList, // no case yet: the patient is on the unit's sick-leave list (the list page)
};

// "Idag": what needs the coordinator's attention, each with the reason it is there (domain rules, tested
// against a fixed today).
class Worklist
{
public:
    enum class Kind
    {
        OverdueAction,
        MeetingToday,
        MeetingThisWeek,
        Checkpoint,
        ConsentExpiring,
        NoFollowUp,
        NoActivity,
        NewCase,
        SickLeaveEnding,
        SickListed, // on the unit's sick-leave list without a case: new on it, or near or past day 90 unassessed
    };
    static constexpr Kind AllKinds[] = {
        Kind::OverdueAction,   Kind::MeetingToday, Kind::MeetingThisWeek, Kind::Checkpoint, Kind::SickListed,
        Kind::ConsentExpiring, Kind::NoFollowUp,   Kind::NoActivity,      Kind::NewCase,    Kind::SickLeaveEnding};

    struct Item
    {
        Kind kind = Kind::OverdueAction;
        qint64 caseId = 0; // 0 for a patient on the sick-leave list, who has no case
        QString reference;
        QString patientName;
        QDate date;     // when it is due or happens
        QDateTime time; // meetings: the start
        QString reason; // in words, e.g. "Dag 90 om 3 dagar (2026-11-26, v. 48)"
        CaseArea area = CaseArea::SickLeave;
    };

    explicit Worklist(ServiceContext& context) : m_context(context) {}

    // Every item for today, grouped by kind in AllKinds order, soonest first within a kind.
    QList<Item> items(const WorklistSettings& settings) const;
    static QString titleOf(Kind kind); // the group heading

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
