// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Calendar.h"

#include <QString>
#include <functional>

class QWidget;

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui::CalendarExport {

// Where an .ics file goes; an empty path cancels.
QString chooseFile(QWidget* parent, const QString& suggestedName);

// Writes the meetings among `entries` to `path` as iCalendar (initials and case reference only, unless
// `includeNames`) and access-logs each exported meeting. Returns a message for the user when the file could
// not be written, else an empty string.
QString write(core::Workspace& workspace, const QList<core::CalendarEntry>& entries, bool includeNames,
              const QString& path);

} // namespace koordinera::ui::CalendarExport
