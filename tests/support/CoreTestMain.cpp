// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for core tests: a QCoreApplication (for translations and settings), no GUI.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KoordineraTests"));
    QCoreApplication::setApplicationName(QStringLiteral("koordinera-core-tests"));
    return Catch::Session().run(argc, argv);
}
