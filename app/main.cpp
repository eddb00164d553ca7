// SPDX-License-Identifier: GPL-3.0-or-later
// Koordinera: parses the command line, installs translations and opens the main window. Thin by design.
#include "HeadlessCommands.h"
#include "MainWindow.h"
#include "Translations.h"
#include "services/Workspace.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

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

int main(int argc, char* argv[])
{
    disableCoreDumps();
    // Headless commands need no display, so they run before any GUI object exists.
    if (int exitCode = 0; koordinera::app::runHeadlessCommand(argc, argv, exitCode))
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Koordinera"));
    QApplication::setApplicationName(QStringLiteral("Koordinera"));
    QApplication::setApplicationVersion(QStringLiteral(KOORDINERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.koordinera.Koordinera"));

    koordinera::core::Settings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Coordination of sick-listed patients' cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  CommandLine::tr("Open a demo database in memory (nothing is written to disk)."));
    const QCommandLineOption database(QStringLiteral("db"), CommandLine::tr("Open the database FILE."),
                                      CommandLine::tr("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), CommandLine::tr("Language: sv (default) or en."),
                                      CommandLine::tr("LANG"));
    parser.addOptions({demo, database, language});
    parser.process(app);

    koordinera::ui::installTranslations(parser.isSet(language) ? parser.value(language) : settings.language());

    koordinera::ui::MainWindow window(settings);
    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (parser.isSet(database)) {
        window.openDatabase(parser.value(database));
    } else if (const QString last = settings.lastDatabase(); !last.isEmpty() && QFileInfo::exists(last)) {
        window.openDatabase(last);
    }
    window.show();
    return QApplication::exec();
}
