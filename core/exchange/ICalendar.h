// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Calendar.h"

#include <QByteArray>
#include <QDateTime>

namespace koordinera::core::ICalendar {

struct Options
{
    // Off by default: a calendar file travels (e-mail, phone sync), so it names the patient by initials
    // and the case reference only.
    bool includeNameAndIdentity = false;
};

// An RFC 5545 calendar of the meetings among `entries` (actions are left out): one VEVENT per meeting
// with its stable UID, times in Europe/Stockholm with the zone's rules included, CRLF line ends and
// lines folded at 75 octets. Outlook and Thunderbird import it.
QByteArray write(const QList<CalendarEntry>& entries, const Options& options, const QDateTime& stamp);

// Escapes TEXT values (backslash, semicolon, comma, newline) and folds a content line; exposed for tests.
QByteArray escapeText(const QString& text);
QByteArray foldLine(const QByteArray& line);

} // namespace koordinera::core::ICalendar
