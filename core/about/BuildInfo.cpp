// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/about/BuildInfo.h"

#include "koordinera_build.h"

#include <QtGlobal>
#include <sodium.h>
#include <sqlite3.h>

namespace koordinera::core {

BuildInfo BuildInfo::current()
{
    return {QStringLiteral(KOORDINERA_VERSION), QStringLiteral(KOORDINERA_COMMIT),
            QStringLiteral(KOORDINERA_COMMIT_DATE), QStringLiteral(KOORDINERA_BUILD_TYPE)};
}

QString BuildInfo::versionLine() const
{
    QString build = commit;
    if (!commitDate.isEmpty())
        build += QStringLiteral(", ") + commitDate;
    return QStringLiteral("Koordinera %1 (build %2)").arg(version, build);
}

QList<Component> coreComponents()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("Public domain"),
         QStringLiteral("https://sqlite.org/")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
         QStringLiteral("https://libsodium.org/")},
    };
}

} // namespace koordinera::core
