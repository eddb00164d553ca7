// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// An ISO week as Swedes plan by it: "v. 53" of 2026 runs from Monday 2026-12-28 to Sunday 2027-01-03.
struct IsoWeek
{
    int year = 0; // the week's own year, which differs from the date's around New Year
    int week = 0;
    QDate monday;

    static IsoWeek of(const QDate& day);
    IsoWeek next() const { return of(monday.addDays(7)); }
    IsoWeek previous() const { return of(monday.addDays(-7)); }
    QDate sunday() const { return monday.addDays(6); }
};

struct CalendarEntry
{
    enum class Kind
    {
        Meeting,
        ActionDue,
    };
    Kind kind = Kind::Meeting;
    qint64 caseId = 0;
    QString reference;
    QString patientName;
    QString patientInitials; // "G. Ö."
    QString identityDisplay;
    // Meetings
    qint64 meetingId = 0;
    MeetingKind meetingKind = MeetingKind::Other;
    MeetingStatus status = MeetingStatus::Booked;
    QDateTime startsAt;
    QDateTime endsAt;
    QString place;
    bool video = false;
    QString uid;
    // Actions
    QDate day;
    QString actionDescription;
    bool overdue = false;
};

// Meetings and due actions of every case between two days, for the week calendar and calendar exports.
class Calendar
{
public:
    explicit Calendar(ServiceContext& context) : m_context(context) {}

    // Booked and held meetings starting in [from, to] and open actions due then (in each case's newest plan
    // version), ordered by day; on a day the meetings by time, then the actions.
    QList<CalendarEntry> entries(const QDate& from, const QDate& to) const;
    QList<CalendarEntry> meeting(qint64 meetingId) const;

    static QString initialsOf(const QString& givenName, const QString& familyName);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
