// SPDX-License-Identifier: GPL-3.0-or-later
// Koordinera: parses the command line, installs translations and opens the main window. Thin by design.
#include "HeadlessCommands.h"
#include "core/about/BuildInfo.h"
#include "core/settings/Settings.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/ScreenFit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace {

// lupdate sees this context; the texts appear in --help.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

// Patient data must not end up in a core file after a crash (release builds; debug builds keep core
// files for developers working on synthetic data).
static void disableCoreDumps()
{
#if defined(Q_OS_UNIX) && defined(NDEBUG)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(Q_OS_LINUX)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
}

namespace {

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            CommandLine::tr("Open a demo database in memory (nothing is written to disk).")};
    QCommandLineOption database{QStringLiteral("db"), CommandLine::tr("Open the database FILE."),
                                CommandLine::tr("FILE")};
    QCommandLineOption language{QStringLiteral("lang"),
                                CommandLine::tr("Language: sv or en (default: the setting, else the system's)."),
                                CommandLine::tr("LANG")};
};

void describe(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        CommandLine::tr("Coordination of sick-listed patients' cases.\n\nCommands without a window: create, check, "
                        "backup, export, statistics, case-list (see man koordinera)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.database, options.language});
}

// --lang is read before the parser exists, so that the parser's own texts (--help) are in that language.
QString languageArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--lang="))
            return QString::fromLocal8Bit(argument.mid(7));
    }
    return {};
}

bool asksForHelp(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all")
            return true;
    }
    return false;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Koordinera"));
    QCoreApplication::setApplicationName(QStringLiteral("Koordinera"));
    QCoreApplication::setApplicationVersion(koordinera::core::BuildInfo::current().version);
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();
    // Headless commands, --version and --help need no display, so they run before any GUI object exists.
    if (int exitCode = 0; koordinera::app::runHeadlessCommand(argc, argv, exitCode))
        return exitCode;
    const QString language = languageArgument(argc, argv);
    if (asksForHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        koordinera::ui::installTranslations(language.isEmpty() ? koordinera::core::Settings().language() : language);
        const Options options;
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints the help and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    koordinera::ui::installAccessibleNames(&app);
    koordinera::ui::installScreenFitting(&app);
    QApplication::setDesktopFileName(QStringLiteral("se.koordinera.Koordinera"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/se.koordinera.Koordinera.png")));

    koordinera::core::Settings settings;
    koordinera::ui::installTranslations(language.isEmpty() ? settings.language() : language);
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    koordinera::ui::MainWindow window(settings);
    if (parser.isSet(options.demo)) {
        window.openDemo();
    } else if (parser.isSet(options.database)) {
        window.openDatabase(parser.value(options.database));
    } else if (const QString last = settings.lastDatabase(); !last.isEmpty() && QFileInfo::exists(last)) {
        window.openDatabase(last);
    }
    window.show();
    return QApplication::exec();
}
