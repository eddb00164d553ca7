// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for GUI tests: offscreen platform, set before the QApplication exists (catch_discover_tests
// runs this binary at build time, where there is no display). Swedish, the program's default language.
#define CATCH_CONFIG_RUNNER
#include "TestPrompts.h"
#include "ui/Prompts.h"
#include "ui/Translations.h"
#include "ui/widgets/Accessibility.h"
#include "ui/widgets/ScreenFit.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Witnesses of the databases the tests save (and of those the programs they start save) go to a folder of the
    // run's own, not into the user's application data.
    const QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    // A 4K screen (full HD even under 200 % display scaling) unless the run gives the offscreen platform one of its own
    // (the small-screen checks do): the platform's own 800×800 screen would shrink every window to fit it.
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QStringLiteral("offscreen:configfile="))) {
        QFile screen(dataHome.filePath(QStringLiteral("screen.json")));
        if (!screen.open(QIODevice::WriteOnly) ||
            !screen.write(R"({"screens": [{"name": "4k", "width": 3840, "height": 2160}]})"))
            return 1;
        screen.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toUtf8());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KoordineraTests"));
    QApplication::setApplicationName(QStringLiteral("koordinera-ui-tests"));
    // Swedish, unless a test run asks for another language (the accessibility checks run in English too).
    koordinera::ui::installTranslations(qEnvironmentVariable("KOORDINERA_TEST_LANGUAGE", QStringLiteral("sv")));
    koordinera::ui::installAccessibleNames(&app);
    koordinera::ui::installScreenFitting(&app);
    // Every file dialog, question and message is answered by the test (TestPrompts), never by a modal box.
    koordinera::tests::prompts().reset();
    koordinera::ui::Prompts::setDriver(&koordinera::tests::prompts());
    return Catch::Session().run(argc, argv);
}
