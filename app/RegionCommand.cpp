// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionCommand.h"

#include "HeadlessCommands.h"
#include "core/documents/RegionDocument.h"
#include "core/exchange/OutputFile.h"
#include "core/exchange/StatisticsSheet.h"
#include "core/exchange/UnitReport.h"
#include "core/settings/Settings.h"
#include "core/storage/SecretKey.h"
#include "core/workspace/DemoData.h"
#include "core/xlsx/SpreadsheetFile.h"
#include "ui/documents/DocumentRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Region
{
    Q_DECLARE_TR_FUNCTIONS(Region)
};

} // namespace

int regionReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Region::tr("Puts the units' reports (.kstat) together for the county: per unit and in total, women, men and "
                   "total, small numbers hidden after summing. Every unit must report the same periods. The "
                   "passphrase agreed with the process support is read from standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("region"), Region::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("reports"), Region::tr("More unit reports (.kstat)."),
                                 QStringLiteral("[FILE.kstat ...]"));
    const QCommandLineOption input(QStringLiteral("in"), Region::tr("A unit report (.kstat); give it once per file."),
                                   Region::tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Region::tr("Twenty fictional units, each reporting this year's quarters."));
    const QCommandLineOption output(QStringLiteral("out"), Region::tr("The FILE to write: .pdf, .xlsx or .csv."),
                                    Region::tr("FILE"));
    parser.addOptions({input, demo, output});
    parser.process(arguments);
    QTextStream err(stderr);
    QStringList paths = parser.values(input) + parser.positionalArguments().mid(1);
    const QString path = parser.value(output);
    if (path.trimmed().isEmpty()) {
        err << Region::tr("Say where to write with --out FILE.") << '\n';
        return 2;
    }
    if (const QString refused = core::OutputFile::refusal(path); !refused.isEmpty()) {
        err << refused << '\n';
        return 2;
    }
    if (paths.isEmpty() == !parser.isSet(demo)) {
        err << Region::tr("Give the units' reports with --in FILE.kstat, or --demo.") << '\n';
        return 2;
    }
    QList<core::UnitReport> reports;
    if (parser.isSet(demo)) {
        reports = core::DemoData::regionUnits(core::DemoData::regionPeriods(QDate::currentDate()));
    } else {
        QByteArray passphrase = readLine(Region::tr("Passphrase agreed with the process support: "));
        const core::WipeOnExit wipe(passphrase);
        for (const QString& report : std::as_const(paths)) {
            QString problem;
            const auto opened = core::UnitReportFile::read(report, passphrase, &problem);
            if (!opened) {
                err << problem << '\n';
                return 1;
            }
            reports.append(*opened);
        }
    }
    QString error;
    const auto region = core::RegionReport::merge(reports, &error);
    if (!region) {
        err << error << '\n';
        return 1;
    }
    core::Settings settings;
    const int threshold = settings.smallNumberThreshold();
    const core::StatisticsPeriod& period = region->latest().period;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        core::Letterhead letterhead = settings.letterhead();
        if (parser.isSet(demo))
            letterhead = letterhead.forDemo();
        const core::Document document = core::RegionDocument::report(
            *region, {letterhead, threshold, QDateTime::currentDateTime(), parser.isSet(demo)});
        int pages = 0;
        if (!ui::DocumentRenderer({document}).writePdf(path, &error, &pages)) {
            err << error << '\n';
            return 1;
        }
    } else {
        const bool workbook = core::SpreadsheetFile::formatOf(path) == core::SpreadsheetFile::Format::Xlsx;
        const core::ExportResult result =
            core::SpreadsheetFile::write(core::StatisticsSheet::regionSheets(*region, threshold, !workbook), path);
        if (!result.written()) {
            err << result.error << '\n';
            return 1;
        }
    }
    QTextStream(stdout) << Region::tr("Regional report %1 – %2, %n unit(s): %3", nullptr, int(region->units.size()))
                               .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), path)
                        << '\n';
    return 0;
}

} // namespace koordinera::app
