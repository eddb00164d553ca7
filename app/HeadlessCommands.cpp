// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCommands.h"

#include "ExportCommand.h"
#include "RegionCommand.h"
#include "ServerCommand.h"
#include "SickListCommand.h"
#include "SpreadsheetCommands.h"
#include "core/about/BuildInfo.h"
#include "core/domain/PassphrasePolicy.h"
#include "core/server/PgConnection.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/SecretKey.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Backup.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/XlsxReader.h"
#include "core/xlsx/XlsxWriter.h"
#include "ui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

namespace koordinera::app {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return true;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

// One line from stdin; on a terminal without echo, so the passphrase is not shown or kept in scrollback.
QByteArray readLine(const QString& prompt)
{
    const bool terminal = stdinIsTerminal();
    if (terminal)
        std::cerr << prompt.toStdString() << std::flush;
#ifndef Q_OS_WIN
    termios saved{};
    if (terminal) {
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    std::string line;
    std::getline(std::cin, line);
#ifndef Q_OS_WIN
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << '\n';
    }
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray result(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

namespace {

struct Headless
{
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

int create(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Headless::tr("Creates a new sealed Koordinera database. The passphrase is read "
                                                  "from the terminal (twice) or, when input is not a terminal, from "
                                                  "the first line of standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("create"), Headless::tr("The command."));
    const QCommandLineOption database(QStringLiteral("db"), Headless::tr("The new database FILE."),
                                      Headless::tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo-data"),
                                  Headless::tr("Fill it with the fictional demo cases (a practice database)."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        Headless::tr("The work the database holds: rehab (rehabilitation coordination at a clinic, the default) or "
                     "familj (a municipality's coordinator for parents of children with disabilities)."),
        Headless::tr("WORK"), QStringLiteral("rehab"));
    parser.addOptions({database, demo, profile});
    parser.process(arguments);
    QTextStream err(stderr);
    if (!parser.isSet(database)) {
        err << Headless::tr("Name the new database with --db FILE.") << '\n';
        return 2;
    }

    const QString work = parser.value(profile).trimmed().toLower();
    if (work != QLatin1String("rehab") && work != QLatin1String("familj")) {
        err << Headless::tr("Choose the work with --profile rehab or --profile familj.") << '\n';
        return 2;
    }
    const core::Profile chosen = work == QLatin1String("familj") ? core::Profile::Family : core::Profile::Rehab;

    QByteArray passphrase = readLine(Headless::tr("Passphrase for the new database: "));
    const core::WipeOnExit wipePassphrase(passphrase);
    QByteArray repeated = stdinIsTerminal() ? readLine(Headless::tr("Repeat it: ")) : passphrase;
    const core::WipeOnExit wipeRepeated(repeated);
    const QString problem = core::PassphrasePolicy::problem(QString::fromUtf8(passphrase), QString::fromUtf8(repeated));
    if (!problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    const QString path = parser.value(database);
    std::unique_ptr<core::Workspace> workspace;
    try {
        core::Settings settings;
        workspace = core::Workspace::create(path, passphrase, settings.rehabRules(), settings.coordinatorName(),
                                            core::KdfParams::standard(), chosen);
        if (parser.isSet(demo) && chosen == core::Profile::Family)
            core::DemoData::populateFamilies(*workspace, 60);
        else if (parser.isSet(demo))
            core::DemoData::populate(*workspace, 240);
        workspace->database().compact();
        const int cases = workspace->caseList().totalCases();
        err << (chosen == core::Profile::Family ? Headless::tr("Created %1 with %n family/families.", nullptr, cases)
                                                : Headless::tr("Created %1 with %n case(s).", nullptr, cases))
                   .arg(path)
            << '\n';
    } catch (const core::StorageError& error) {
        // Whole or not at all: a database that the disk had no room to fill is not left behind half made.
        if (workspace) {
            workspace.reset();
            QFile::remove(path);
        }
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

// Opens an existing database for a command that saves to it (an export is recorded on the case and in the access
// log), with the passphrase read as for create (wiped after use). A database that may only be read is refused
// before the passphrase is asked for.
std::unique_ptr<core::Workspace> openForCommand(const QString& path)
{
    core::Storage::requireDatabaseFile(path, true);
    QByteArray passphrase = readLine(Headless::tr("Passphrase: "));
    const core::WipeOnExit wipePassphrase(passphrase);
    core::Settings settings;
    core::Storage::OpenReport report;
    auto workspace =
        core::Workspace::open(path, passphrase, settings.rehabRules(), settings.coordinatorName(), false, &report);
    if (!report.notice().isEmpty())
        QTextStream(stderr) << report.notice() << '\n';
    return workspace;
}

// Opens a database only to read it: no lock, and the file is never written, so it works on a read-only file or a
// full disk and never waits for a program that has the database open.
std::unique_ptr<core::Workspace> openForReading(const QString& path, core::Storage::OpenReport* report = nullptr)
{
    core::Storage::requireDatabaseFile(path, false);
    QByteArray passphrase = readLine(Headless::tr("Passphrase: "));
    const core::WipeOnExit wipePassphrase(passphrase);
    core::Settings settings;
    return core::Workspace::openReadOnly(path, passphrase, settings.rehabRules(), settings.coordinatorName(), report);
}

// What is wrong with the file itself, as opposed to the passphrase, the lock or the disk.
bool isDamage(const core::StorageError& error)
{
    switch (error.kind()) {
    case core::StorageError::Kind::Damaged:
    case core::StorageError::Kind::Truncated:
    case core::StorageError::Kind::ForeignJournal:
    case core::StorageError::Kind::NotKoordinera:
        return true;
    default:
        return false;
    }
}

int check(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Headless::tr("Checks a Koordinera database: that it opens, that SQLite finds it "
                                                  "whole, that the access log's chain is unbroken, and that the file "
                                                  "holds every save this computer made to it. It only reads: the file "
                                                  "is never written. The passphrase is read as for create."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), Headless::tr("The command."));
    const QCommandLineOption database(QStringLiteral("db"), Headless::tr("The database FILE."), Headless::tr("FILE"));
    parser.addOption(database);
    parser.process(arguments);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(database)) {
        err << Headless::tr("Name the database with --db FILE.") << '\n';
        return 2;
    }
    try {
        core::Storage::OpenReport report;
        auto workspace = openForReading(parser.value(database), &report);
        const auto health = workspace->check();
        if (!health.structureIntact) {
            out << Headless::tr("The database is damaged inside (SQLite's integrity check failed).") << '\n';
            return 3;
        }
        if (health.firstBrokenLogEntry) {
            out << Headless::tr("The access log has been tampered with: entry %1 and those after it cannot be "
                                "trusted.")
                       .arg(health.firstBrokenLogEntry)
                << '\n';
            return 3;
        }
        if (report.witness.alarming()) {
            out << report.witness.message() << '\n'
                << Headless::tr("Nothing has been changed. Find the newer file, or open the database in Koordinera "
                                "and accept it as it is (a newer backup can be restored after that).")
                << '\n';
            return 5;
        }
        if (!report.witness.message().isEmpty())
            out << report.witness.message() << '\n';
        if (report.droppedIncompleteTail) {
            out << Headless::tr("The last save was cut off (the program stopped or the power went while it was "
                                "written). It is left out; everything saved before it is whole: %n case(s), and "
                                "the access log is unbroken. Opening the database in Koordinera tidies the file.",
                                nullptr, health.cases)
                << '\n';
            return 4;
        }
        out << Headless::tr("The database is whole: %n case(s), and the access log is unbroken.", nullptr, health.cases)
            << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return isDamage(error) ? 3 : 1;
    }
    return 0;
}

int backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Headless::tr("Writes a sealed backup of a Koordinera database to a folder and "
                                                  "keeps the newest ones. The passphrase is read as for create."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("backup"), Headless::tr("The command."));
    const QCommandLineOption database(QStringLiteral("db"), Headless::tr("The database FILE."), Headless::tr("FILE"));
    const QCommandLineOption folder(QStringLiteral("to"), Headless::tr("The backup FOLDER."), Headless::tr("FOLDER"));
    const QCommandLineOption keep(QStringLiteral("keep"), Headless::tr("How many backups to keep (default 14)."),
                                  Headless::tr("N"), QStringLiteral("14"));
    parser.addOptions({database, folder, keep});
    parser.process(arguments);
    QTextStream err(stderr);
    if (!parser.isSet(database) || !parser.isSet(folder)) {
        err << Headless::tr("Name the database with --db FILE and the folder with --to FOLDER.") << '\n';
        return 2;
    }
    try {
        // A database that may only be read is still backed up (sealed as it is); its access log cannot say so.
        const QString path = parser.value(database);
        core::Storage::requireDatabaseFile(path, false);
        const bool writable = QFileInfo(path).isWritable();
        auto workspace = writable ? openForCommand(path) : openForReading(path);
        const QString written = core::Backup::write(*workspace, parser.value(folder), parser.value(keep).toInt());
        QTextStream(stdout) << written << '\n';
        if (!writable)
            err << Headless::tr("The database may only be read, so the backup is not recorded in its access log.")
                << '\n';
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

// `koordinera --version`: the version and build, then the libraries this binary runs with.
int printVersion()
{
    QTextStream out(stdout);
    out << core::BuildInfo::current().versionLine() << '\n';
    QList<core::Component> components = core::coreComponents();
    components.append(core::XlsxWriter::library());
    components.append(core::XlsxReader::library());
    components.append(core::PgConnection::library());
    for (const core::Component& component : components)
        out << "  " << component.name << ' ' << component.version << " (" << component.licence << ")\n";
    out << "License GPL-3.0-or-later: <https://www.gnu.org/licenses/gpl-3.0.html>\n";
    return 0;
}

bool runHeadlessCommand(int argc, char* argv[], int& exitCode)
{
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        exitCode = printVersion();
        return true;
    }
    const bool isCreate = argc >= 2 && std::strcmp(argv[1], "create") == 0;
    const bool isCheck = argc >= 2 && std::strcmp(argv[1], "check") == 0;
    const bool isBackup = argc >= 2 && std::strcmp(argv[1], "backup") == 0;
    const bool isExport = argc >= 2 && std::strcmp(argv[1], "export") == 0;
    const bool isStatistics = argc >= 2 && std::strcmp(argv[1], "statistics") == 0;
    const bool isCaseList = argc >= 2 && std::strcmp(argv[1], "case-list") == 0;
    const bool isSickList = argc >= 2 && std::strcmp(argv[1], "sick-list") == 0;
    const bool isRegion = argc >= 2 && std::strcmp(argv[1], "region") == 0;
    const bool isServer = argc >= 2 && std::strcmp(argv[1], "server") == 0;
    if (!isCreate && !isCheck && !isBackup && !isExport && !isStatistics && !isCaseList && !isSickList && !isRegion &&
        !isServer)
        return false;
    if (isExport || isStatistics || isCaseList || isRegion) {
        // Fonts and PDF writing need a GUI application object, but never a window or a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Koordinera"));
        QCoreApplication::setApplicationName(QStringLiteral("Koordinera"));
        ui::installTranslations(core::Settings().language());
        const QStringList arguments = QCoreApplication::arguments();
        // Statistics record nothing (they name no patient), so they only read; exports are recorded.
        exitCode = isRegion   ? regionReport(arguments)
                   : isExport ? exportDocument(arguments, openForCommand)
                   : isStatistics
                       ? exportStatistics(arguments, [](const QString& path) { return openForReading(path); })
                       : exportCaseList(arguments, openForCommand);
        return true;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Koordinera"));
    QCoreApplication::setApplicationName(QStringLiteral("Koordinera"));
    ui::installTranslations(core::Settings().language());
    const QStringList arguments = QCoreApplication::arguments();
    if (isServer) {
        exitCode = serverCommand(arguments);
        return true;
    }
    if (isSickList) {
        exitCode = sickList(arguments, openForCommand, [](const QString& path) { return openForReading(path); });
        return true;
    }
    exitCode = isCreate ? create(arguments) : isCheck ? check(arguments) : backup(arguments);
    return true;
}

} // namespace koordinera::app
