// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetCommands.h"

#include "DatabaseChoice.h"
#include "HeadlessCommands.h"
#include "core/documents/StatisticsDocument.h"
#include "core/domain/PassphrasePolicy.h"
#include "core/exchange/CaseListSheet.h"
#include "core/exchange/FamilyFollowUpSheet.h"
#include "core/exchange/OutputFile.h"
#include "core/exchange/StatisticsSheet.h"
#include "core/exchange/UnitReport.h"
#include "core/reporting/FamilyStatistics.h"
#include "core/reporting/Statistics.h"
#include "core/settings/Settings.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/documents/DocumentRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Spreadsheet
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)
};

// The options both commands share besides the database: where to write.
struct Common
{
    DatabaseChoice data;
    QCommandLineOption output{QStringLiteral("out"), Spreadsheet::tr("The FILE to write."), Spreadsheet::tr("FILE")};
};

// Checks --db/--demo and --out; returns an exit code, or 0 when the command may go on.
int checkCommon(const QCommandLineParser& parser, const Common& common, QTextStream& err)
{
    if (!common.data.check(parser, err))
        return 2;
    if (parser.value(common.output).trimmed().isEmpty()) {
        err << Spreadsheet::tr("Say where to write with --out FILE.") << '\n';
        return 2;
    }
    if (const QString refused = core::OutputFile::refusal(parser.value(common.output)); !refused.isEmpty()) {
        err << refused << '\n';
        return 2;
    }
    return 0;
}

bool hasSuffix(const QString& path, const char* suffix)
{
    return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

std::optional<QList<core::CaseListColumn>> columnsFrom(const QString& text)
{
    if (text.trimmed().isEmpty())
        return core::CaseListSheet::allColumns();
    static const QStringList keys{QStringLiteral("status"),     QStringLiteral("identity"), QStringLiteral("name"),
                                  QStringLiteral("age"),        QStringLiteral("sex"),      QStringLiteral("diagnosis"),
                                  QStringLiteral("occupation"), QStringLiteral("start"),    QStringLiteral("end"),
                                  QStringLiteral("length"),     QStringLiteral("degree"),   QStringLiteral("day"),
                                  QStringLiteral("checkpoint"), QStringLiteral("case")};
    QList<core::CaseListColumn> columns;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype index = keys.indexOf(key.trimmed().toLower());
        if (index < 0)
            return std::nullopt;
        columns.append(core::CaseListColumn(index));
    }
    return columns;
}

} // namespace

// The unit report for the process support: raw counts, sealed with a passphrase read from stdin (after the
// database's, when it has one), asked twice on a terminal.
int writeUnitReport(const QCommandLineParser& parser, const Common& common, const OpenWorkspace& open,
                    const core::StatisticsPeriod& period, const QString& unitCode)
{
    QTextStream err(stderr);
    if (unitCode.trimmed().isEmpty()) {
        err << Spreadsheet::tr("A unit report names the unit: give its code with --unit-code CODE.") << '\n';
        return 2;
    }
    try {
        core::Settings settings;
        auto workspace = common.data.open(parser, settings, open);
        if (workspace->profile() == core::Profile::Family) {
            err << Spreadsheet::tr("A unit report holds a clinic's coordination; this database holds support to "
                                   "parents. Write its follow-up with --out FILE.xlsx or FILE.csv instead.")
                << '\n';
            return 2;
        }
        const core::StatisticsReport figures = core::Statistics(workspace->context()).compute(period);
        QString unitName = settings.unitName();
        if (workspace->isDemo())
            unitName = settings.letterhead().forDemo().unitName;
        QByteArray passphrase = readLine(Spreadsheet::tr("Passphrase agreed with the process support: "));
        const core::WipeOnExit wipePassphrase(passphrase);
        QByteArray repeated = stdinIsTerminal() ? readLine(Spreadsheet::tr("Repeat it: ")) : passphrase;
        const core::WipeOnExit wipeRepeated(repeated);
        if (const QString problem =
                core::PassphrasePolicy::problem(QString::fromUtf8(passphrase), QString::fromUtf8(repeated));
            !problem.isEmpty()) {
            err << problem << '\n';
            return 2;
        }
        const core::UnitReport report =
            core::UnitReportFile::make(figures, unitName, unitCode, QDateTime::currentDateTime());
        const core::ExportResult result = core::OutputFile::write(
            parser.value(common.output), core::UnitReportFile::seal(report, passphrase, core::KdfParams::standard()));
        if (!result.written()) {
            err << result.error << '\n';
            return 1;
        }
        QTextStream(stdout) << Spreadsheet::tr("Unit report %1 – %2 for %3: %4")
                                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                                        unitCode.trimmed(), parser.value(common.output))
                            << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

// A family file's statistics (issue 23): the follow-up report as PDF, or the registration fields of the supports
// closed in the period, one row each and no names, as XLSX or CSV.
int writeFamilyStatistics(core::Workspace& workspace, const core::Settings& settings,
                          const core::StatisticsPeriod& period, const QString& path)
{
    QTextStream err(stderr);
    const core::FamilyStatistics statistics(workspace.context());
    if (hasSuffix(path, ".pdf")) {
        const core::Document document = core::StatisticsDocument::familyReport(
            statistics.compute(period),
            {settings.letterhead(), settings.smallNumberThreshold(), QDateTime::currentDateTime(), workspace.isDemo()});
        QString error;
        int pages = 0;
        if (!ui::DocumentRenderer({document}).writePdf(path, &error, &pages)) {
            err << error << '\n';
            return 1;
        }
        QTextStream(stdout) << Spreadsheet::tr("%1: %2, %n page(s)", nullptr, pages).arg(document.title, path) << '\n';
        return 0;
    }
    const QList<core::ClosedSupport> supports = statistics.closedSupports(period);
    const core::ExportResult result = core::SpreadsheetFile::write({core::FamilyFollowUpSheet::sheet(supports)}, path);
    if (!result.written()) {
        err << result.error << '\n';
        return 1;
    }
    QTextStream(stdout) << Spreadsheet::tr("Follow-up %1 – %2, %n closed support(s): %3", nullptr, int(supports.size()))
                               .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), path)
                        << '\n';
    return 0;
}

int exportStatistics(const QStringList& arguments, const OpenWorkspace& open)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Spreadsheet::tr("Writes the unit's coordination statistics for a period, split by women and men, as a PDF "
                        "report, CSV for Excel or an Excel workbook (by the file name's ending). Counts from 1 to the "
                        "threshold in the settings are shown as \"<5\". With --out FILE.kstat it writes instead the "
                        "unit report for the process support: raw counts, sealed with a passphrase read from standard "
                        "input. For a database of support to parents: the follow-up report as PDF, or the supports "
                        "closed in the period, one row each without names, as CSV or Excel. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("statistics"), Spreadsheet::tr("The command."));
    const Common common;
    const QCommandLineOption period(QStringLiteral("period"),
                                    Spreadsheet::tr("The period: 2026, 2026-H1, 2026-Q3, 2026-07 or "
                                                    "2026-01-01..2026-06-30 (default: this year so far)."),
                                    Spreadsheet::tr("PERIOD"));
    const QCommandLineOption unitCode(
        QStringLiteral("unit-code"),
        Spreadsheet::tr("The unit's code (e.g. its HSA-id), needed for a unit report (--out FILE.kstat)."),
        Spreadsheet::tr("CODE"));
    parser.addOptions({common.data.database, common.data.demo, period, common.output, unitCode});
    parser.process(arguments);
    QTextStream err(stderr);
    if (const int code = checkCommon(parser, common, err))
        return code;
    const auto chosen = parser.isSet(period) ? core::StatisticsPeriod::parse(parser.value(period))
                                             : core::StatisticsPeriod::year(QDate::currentDate().year());
    if (!chosen) {
        err << Spreadsheet::tr("Give the period as 2026, 2026-H1, 2026-Q3, 2026-07 or 2026-01-01..2026-06-30.") << '\n';
        return 2;
    }
    const QString path = parser.value(common.output);
    if (hasSuffix(path, ".kstat"))
        return writeUnitReport(parser, common, open, *chosen, parser.value(unitCode));
    try {
        core::Settings settings;
        auto workspace = common.data.open(parser, settings, open);
        if (workspace->profile() == core::Profile::Family)
            return writeFamilyStatistics(*workspace, settings, *chosen, path);
        const core::StatisticsReport report = core::Statistics(workspace->context()).compute(*chosen);
        const int threshold = settings.smallNumberThreshold();
        if (hasSuffix(path, ".pdf")) {
            const core::Document document = core::StatisticsDocument::report(
                report, {settings.letterhead(), threshold, QDateTime::currentDateTime(), workspace->isDemo()});
            QString error;
            int pages = 0;
            if (!ui::DocumentRenderer({document}).writePdf(path, &error, &pages)) {
                err << error << '\n';
                return 1;
            }
            QTextStream(stdout) << Spreadsheet::tr("%1: %2, %n page(s)", nullptr, pages).arg(document.title, path)
                                << '\n';
            return 0;
        }
        const QList<core::Sheet> sheets =
            core::SpreadsheetFile::formatOf(path) == core::SpreadsheetFile::Format::Xlsx
                ? core::StatisticsSheet::sheets(report, threshold)
                : QList<core::Sheet>{core::StatisticsSheet::singleSheet(report, threshold)};
        const core::ExportResult result = core::SpreadsheetFile::write(sheets, path);
        if (!result.written()) {
            err << result.error << '\n';
            return 1;
        }
        QTextStream(stdout) << Spreadsheet::tr("Statistics %1 – %2: %3")
                                   .arg(chosen->from.toString(Qt::ISODate), chosen->to.toString(Qt::ISODate), path)
                            << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

int exportCaseList(const QStringList& arguments, const OpenWorkspace& open)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Spreadsheet::tr("Writes the case list as CSV for Excel or as an Excel workbook (by the file name's ending). It "
                        "holds patient data: every case exported is recorded in the access log. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("case-list"), Spreadsheet::tr("The command."));
    const Common common;
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        Spreadsheet::tr("The columns, in order, separated by commas: status, identity, name, age, sex, diagnosis, "
                        "occupation, start, end, length, degree, day, checkpoint, case (default: all)."),
        Spreadsheet::tr("LIST"));
    const QCommandLineOption closed(QStringLiteral("closed"), Spreadsheet::tr("Include closed and declined cases."));
    parser.addOptions({common.data.database, common.data.demo, columns, closed, common.output});
    parser.process(arguments);
    QTextStream err(stderr);
    if (const int code = checkCommon(parser, common, err))
        return code;
    const auto chosenColumns = columnsFrom(parser.value(columns));
    if (!chosenColumns || chosenColumns->isEmpty()) {
        err << Spreadsheet::tr("Name the columns with --columns, e.g. --columns name,identity,start.") << '\n';
        return 2;
    }
    const QString path = parser.value(common.output);
    try {
        core::Settings settings;
        auto workspace = common.data.open(parser, settings, open);
        core::CaseListFilter filter;
        filter.showClosed = parser.isSet(closed);
        const QList<core::CaseListRow> rows = workspace->caseList().rows(filter, core::CaseListColumn::Name, true);
        const core::ExportResult result =
            core::SpreadsheetFile::write({core::CaseListSheet::sheet(rows, *chosenColumns, workspace->today())}, path);
        if (!result.written()) {
            err << result.error << '\n';
            return 1;
        }
        QList<qint64> caseIds;
        for (const core::CaseListRow& row : rows)
            caseIds.append(row.caseId);
        try {
            workspace->audit().recordEach(core::AuditLog::Action::Export, caseIds, QStringLiteral("case_list"),
                                          QFileInfo(path).fileName());
        } catch (const core::StorageError&) {
            QFile::remove(path); // an export the access log does not hold must not be left behind
            throw;
        }
        QTextStream(stdout) << Spreadsheet::tr("The case list, %n case(s): %1", nullptr, int(rows.size())).arg(path)
                            << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace koordinera::app
