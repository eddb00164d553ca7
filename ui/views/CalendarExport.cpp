// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/CalendarExport.h"

#include "core/exchange/ICalendar.h"
#include "core/exchange/OutputFile.h"
#include "core/workspace/Workspace.h"
#include "ui/Prompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace koordinera::ui::CalendarExport {

QString chooseFile(QWidget* parent, const QString& suggestedName)
{
    return Prompts::chooseFile(parent, Prompts::FileRequest::documentToSave(
                                           QCoreApplication::translate("CalendarExport", "Export to calendar file"),
                                           QCoreApplication::translate("CalendarExport", "Calendar files (*.ics)"),
                                           suggestedName));
}
QString write(core::Workspace& workspace, const QList<core::CalendarEntry>& entries, bool includeNames,
              const QString& path)
{
    core::ICalendar::Options options;
    options.includeNameAndIdentity = includeNames;
    const QByteArray ics = core::ICalendar::write(entries, options, QDateTime::currentDateTimeUtc());
    if (const core::ExportResult result = core::OutputFile::write(path, ics); !result.written())
        return result.error;
    // Exporting is an access to each case whose meeting went into the file (patientdatalagen). Each entry
    // is a change that refreshes the pages showing them, so the loop runs over its own copy of the list.
    const QList<core::CalendarEntry> exported = entries;
    for (const core::CalendarEntry& entry : exported) {
        if (entry.kind == core::CalendarEntry::Kind::Meeting) {
            workspace.audit().record(core::AuditLog::Action::Export, entry.caseId,
                                     QStringLiteral("meeting %1").arg(entry.meetingId),
                                     includeNames ? QStringLiteral("ics with name") : QStringLiteral("ics"));
        }
    }
    return {};
}

} // namespace koordinera::ui::CalendarExport
