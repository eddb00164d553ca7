// SPDX-License-Identifier: GPL-3.0-or-later
// What --version and About say: the project's version, the build it came from, and the libraries as they
// are linked at run time.
#include "core/about/BuildInfo.h"

#include <QDate>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <sodium.h>
#include <sqlite3.h>

using namespace koordinera;

TEST_CASE("The build names its version and commit", "[about]")
{
    const core::BuildInfo build = core::BuildInfo::current();
    CHECK(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(build.version).hasMatch());
    REQUIRE_FALSE(build.commit.isEmpty());
    // A checkout gives a git describe (hex, maybe -dirty); a tarball says so plainly.
    CHECK((build.commit == QStringLiteral("unknown") ||
           QRegularExpression(QStringLiteral("^[0-9a-f]{7,}(-dirty)?$|^v?\\d")).match(build.commit).hasMatch()));
    CHECK(build.versionLine().startsWith(QStringLiteral("Koordinera %1 (build %2").arg(build.version, build.commit)));
    if (!build.commitDate.isEmpty())
        CHECK(QDate::fromString(build.commitDate, Qt::ISODate).isValid());
}

TEST_CASE("The components are the libraries in use, with their licences", "[about]")
{
    const QList<core::Component> components = core::coreComponents();
    REQUIRE(components.size() == 3);
    CHECK(components[0].name == QStringLiteral("Qt"));
    CHECK(components[0].version == QString::fromLatin1(qVersion()));
    CHECK(components[1].name == QStringLiteral("SQLite"));
    CHECK(components[1].version == QString::fromLatin1(sqlite3_libversion()));
    CHECK(components[2].name == QStringLiteral("libsodium"));
    CHECK(components[2].version == QString::fromLatin1(sodium_version_string()));
    for (const core::Component& component : components) {
        CHECK_FALSE(component.licence.isEmpty());
        CHECK(component.url.startsWith(QStringLiteral("https://")));
    }
}
