// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Calendar.h"

#include "core/domain/DomainText.h"
#include "core/domain/IdentityNumber.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <algorithm>

namespace koordinera::core {

namespace {

constexpr auto SelectMeeting =
    "SELECT c.id, c.reference, p.given_name, p.family_name, p.identity, p.identity_kind, m.id, m.kind, m.status, "
    "m.starts_at, m.duration_minutes, m.place, m.video, m.uid FROM meetings m JOIN cases c ON c.id = m.case_id "
    "JOIN patients p ON p.id = c.patient_id ";

void fillPatient(CalendarEntry& entry, const Statement& row)
{
    entry.caseId = row.columnInt64(0);
    entry.reference = row.columnText(1);
    entry.patientName = row.columnText(2) + QLatin1Char(' ') + row.columnText(3);
    entry.patientInitials = Calendar::initialsOf(row.columnText(2), row.columnText(3));
    entry.identityDisplay =
        IdentityNumber::fromStored(row.columnText(4), text::fromKeyOr(row.columnText(5), IdentityKind::Personnummer))
            .display();
}

CalendarEntry meetingFrom(const Statement& row)
{
    CalendarEntry entry;
    entry.kind = CalendarEntry::Kind::Meeting;
    fillPatient(entry, row);
    entry.meetingId = row.columnInt64(6);
    entry.meetingKind = text::fromKeyOr(row.columnText(7), MeetingKind::Other);
    entry.status = text::fromKeyOr(row.columnText(8), MeetingStatus::Booked);
    entry.startsAt = row.columnDateTime(9);
    entry.endsAt = entry.startsAt.addSecs(qint64(row.columnInt(10)) * 60);
    entry.day = entry.startsAt.date();
    entry.place = row.columnText(11);
    entry.video = row.columnInt(12) != 0;
    entry.uid = row.columnText(13);
    return entry;
}

} // namespace

IsoWeek IsoWeek::of(const QDate& day)
{
    IsoWeek week;
    week.week = day.weekNumber(&week.year);
    week.monday = day.addDays(1 - day.dayOfWeek());
    return week;
}

QString Calendar::initialsOf(const QString& givenName, const QString& familyName)
{
    QStringList initials;
    for (const QString& name : {givenName.trimmed(), familyName.trimmed()}) {
        if (!name.isEmpty())
            initials << name.left(1).toUpper() + QLatin1Char('.');
    }
    return initials.join(QLatin1Char(' '));
}

QList<CalendarEntry> Calendar::entries(const QDate& from, const QDate& to) const
{
    QList<CalendarEntry> result;
    Statement meetings(m_context.db,
                       std::string(SelectMeeting) +
                           "WHERE m.status IN ('booked', 'held') AND m.starts_at >= ? AND m.starts_at < ? "
                           "ORDER BY m.starts_at, m.id");
    meetings.bind(1, from.startOfDay()).bind(2, to.addDays(1).startOfDay());
    while (meetings.step())
        result.append(meetingFrom(meetings));

    Statement actions(m_context.db,
                      "SELECT c.id, c.reference, p.given_name, p.family_name, p.identity, p.identity_kind, a.due_date, "
                      "a.description FROM plan_actions a JOIN plan_versions v ON v.id = a.version_id "
                      "JOIN cases c ON c.id = v.case_id JOIN patients p ON p.id = c.patient_id "
                      "WHERE v.version = (SELECT max(version) FROM plan_versions WHERE case_id = v.case_id) "
                      "AND a.status IN ('planned', 'in_progress') AND a.due_date BETWEEN ? AND ? "
                      "AND c.status NOT IN ('closed', 'declined') ORDER BY a.due_date, a.position");
    actions.bindAll(from, to);
    const QDate today = m_context.today();
    while (actions.step()) {
        CalendarEntry entry;
        entry.kind = CalendarEntry::Kind::ActionDue;
        fillPatient(entry, actions);
        entry.day = actions.columnDate(6);
        entry.actionDescription = actions.columnText(7);
        entry.overdue = entry.day < today;
        result.append(entry);
    }
    std::stable_sort(result.begin(), result.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.kind != b.kind)
            return a.kind == CalendarEntry::Kind::Meeting; // meetings have a time; due actions follow
        return a.startsAt < b.startsAt;
    });
    return result;
}

QList<CalendarEntry> Calendar::meeting(qint64 meetingId) const
{
    Statement row(m_context.db, std::string(SelectMeeting) + "WHERE m.id = ?");
    row.bind(1, meetingId);
    QList<CalendarEntry> result;
    if (row.step())
        result.append(meetingFrom(row));
    return result;
}

} // namespace koordinera::core
