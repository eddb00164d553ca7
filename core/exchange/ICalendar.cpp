// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ICalendar.h"

#include "core/domain/DomainText.h"

#include <QCoreApplication>

namespace koordinera::core::ICalendar {

namespace {

constexpr auto Zone = "Europe/Stockholm";

// The Swedish rules since 1996 (EU summer time): what Outlook needs to place the times correctly.
constexpr const char* TimeZoneBlock[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Stockholm",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

QByteArray localTime(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

class Writer
{
public:
    void line(const QByteArray& text) { m_out += foldLine(text) + "\r\n"; }
    void line(const char* text) { line(QByteArray(text)); }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

QString summaryOf(const CalendarEntry& entry, const Options& options)
{
    const QString who = options.includeNameAndIdentity
                            ? QStringLiteral("%1, %2").arg(entry.patientName, entry.identityDisplay)
                            : entry.patientInitials;
    return QStringLiteral("%1 – %2 (%3)").arg(text::labelOf(entry.meetingKind), who, entry.reference);
}

} // namespace

QByteArray escapeText(const QString& text)
{
    QString escaped;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char(';') || ch == QLatin1Char(','))
            escaped += QLatin1Char('\\') + ch;
        else if (ch == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else if (ch != QLatin1Char('\r'))
            escaped += ch;
    }
    return escaped.toUtf8();
}

QByteArray foldLine(const QByteArray& line)
{
    // At most 75 octets per physical line, never inside a UTF-8 sequence; continuation lines start with a
    // space, which counts towards their 75.
    QByteArray folded;
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;
    }
    folded += line.mid(start);
    return folded;
}

QByteArray write(const QList<CalendarEntry>& entries, const Options& options, const QDateTime& stamp)
{
    Writer out;
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Koordinera//Koordinera//SV");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    for (const char* line : TimeZoneBlock)
        out.line(line);
    const QByteArray stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const CalendarEntry& entry : entries) {
        if (entry.kind != CalendarEntry::Kind::Meeting)
            continue;
        out.line("BEGIN:VEVENT");
        out.line("UID:" + escapeText(entry.uid));
        out.line("DTSTAMP:" + stampText);
        out.line(QByteArray("DTSTART;TZID=") + Zone + ':' + localTime(entry.startsAt));
        out.line(QByteArray("DTEND;TZID=") + Zone + ':' + localTime(entry.endsAt));
        out.line("SUMMARY:" + escapeText(summaryOf(entry, options)));
        const QString place = entry.video ? QCoreApplication::translate("ICalendar", "Video meeting") : entry.place;
        if (!place.trimmed().isEmpty())
            out.line("LOCATION:" + escapeText(place.trimmed()));
        out.line(entry.status == MeetingStatus::Cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    return out.result();
}

} // namespace koordinera::core::ICalendar
