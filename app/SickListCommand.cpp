// SPDX-License-Identifier: GPL-3.0-or-later
#include "SickListCommand.h"

#include "core/domain/Format.h"
#include "core/domain/Validation.h"
#include "core/exchange/SickLeaveList.h"
#include "core/settings/Settings.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SickListFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct SickList
{
    Q_DECLARE_TR_FUNCTIONS(SickList)
};

void printSummary(QTextStream& out, const core::SickListImportSummary& summary,
                  const QList<core::SickLeaveList::Refused>& refused, bool dryRun)
{
    out << (dryRun ? SickList::tr("Dry run: nothing was stored.") : SickList::tr("The sick-leave list was imported."))
        << '\n';
    out << SickList::tr("Patients read: %1").arg(summary.rows) << '\n';
    out << SickList::tr("With a case in coordination: %1").arg(summary.matched) << '\n';
    out << SickList::tr("Periods added to cases: %1").arg(summary.periodsAdded.size()) << '\n';
    for (const core::SickListPeriodChange& change : summary.periodsAdded) {
        out << "  " << change.caseReference << ": " << core::format::date(change.period.start) << " – "
            << core::format::date(change.period.end) << ", " << core::format::degree(change.period.degree) << '\n';
    }
    out << SickList::tr("Differences to check in the case (not changed): %1").arg(summary.differences.size()) << '\n';
    for (const core::SickListPeriodChange& change : summary.differences) {
        out << "  " << change.caseReference << ": "
            << SickList::tr("the list says %1 from %2 to %3")
                   .arg(core::format::degree(change.period.degree), core::format::date(change.period.start),
                        core::format::date(change.period.end))
            << '\n';
    }
    out << SickList::tr("Not in coordination, new on the list: %1").arg(summary.newOnList) << '\n';
    out << SickList::tr("Not in coordination, on the list before: %1").arg(summary.stillOnList) << '\n';
    if (!dryRun)
        out << SickList::tr("Left the list with a decision made, removed: %1").arg(summary.removed) << '\n';
    out << SickList::tr("Rows refused: %1").arg(refused.size()) << '\n';
    for (const core::SickLeaveList::Refused& row : refused)
        out << "  " << SickList::tr("row %1: %2").arg(row.line).arg(row.reason) << '\n';
}

} // namespace

int sickList(const QStringList& arguments, const OpenWorkspace& openForWriting, const OpenWorkspace& openForReading)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SickList::tr(
        "Imports the unit's sick-leave list, as Rehabstöd exports it (Excel or CSV): periods of cases in "
        "coordination are brought up to the list, and sick-listed patients not in coordination go on the list of "
        "those to consider. Every patient read is recorded in the access log. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sick-list"), SickList::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("import"), SickList::tr("What to do: import."));
    const QCommandLineOption database(QStringLiteral("db"), SickList::tr("The database FILE."), SickList::tr("FILE"));
    const QCommandLineOption file(QStringLiteral("file"), SickList::tr("The list: an .xlsx or .csv file."),
                                  SickList::tr("LIST"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  SickList::tr("The day the list was taken, YYYY-MM-DD (default: today)."),
                                  SickList::tr("DATE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), SickList::tr("Show what would be done; store nothing."));
    parser.addOptions({database, file, date, dryRun});
    parser.process(arguments);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != QLatin1String("import")) {
        err << SickList::tr("Say what to do: koordinera sick-list import --db FILE --file LIST.") << '\n';
        return 2;
    }
    if (parser.value(database).isEmpty() || parser.value(file).isEmpty()) {
        err << SickList::tr("Give the database with --db FILE and the list with --file LIST.") << '\n';
        return 2;
    }
    QDate listDate = QDate::currentDate();
    if (parser.isSet(date)) {
        listDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!listDate.isValid()) {
            err << SickList::tr("%1 is not a date: write it as YYYY-MM-DD.").arg(parser.value(date)) << '\n';
            return 2;
        }
    }
    const auto list = core::SickListFile::read(parser.value(file), listDate);
    if (!list.ok()) {
        err << list.error << '\n';
        return 1;
    }
    const QList<core::SickListPatient> patients = list.patients();
    QTextStream out(stdout);
    try {
        const bool preview = parser.isSet(dryRun);
        auto workspace = (preview ? openForReading : openForWriting)(parser.value(database));
        workspace->setUnit(core::Settings().unitName());
        const core::SickListImportSummary summary =
            preview ? workspace->sickList().preview(listDate, patients)
                    : workspace->sickList().import(listDate, patients, QFileInfo(parser.value(file)).fileName(),
                                                   int(list.refused.size()));
        printSummary(out, summary, list.refused, preview);
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    } catch (const core::ValidationError& error) {
        err << (error.errors().isEmpty() ? QString() : error.errors().first().message) << '\n';
        return 1;
    }
    return patients.isEmpty() ? 1 : 0;
}

} // namespace koordinera::app
