// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for core tests: a QCoreApplication (for translations and settings), no GUI.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Witnesses of the databases the tests save (and of those the programs they start save) go to a folder of the
    // run's own, not into the user's application data.
    const QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KoordineraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("koordinera-core-tests"));
    return Catch::Session().run(argc, argv);
}
