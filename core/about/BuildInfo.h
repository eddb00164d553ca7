// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace koordinera::core {

// What this Koordinera is and what it is built on: for --version, the About dialog and support calls.
struct BuildInfo
{
    QString version;    // e.g. "0.1.0"
    QString commit;     // git describe of the sources, "unknown" outside a checkout
    QString commitDate; // YYYY-MM-DD of that commit, empty when unknown
    QString buildType;  // Release, RelWithDebInfo, Debug

    static BuildInfo current();
    // "Koordinera 0.1.0 (build 03c1094ab2, 2026-11-23)"
    QString versionLine() const;
};

// A library Koordinera is built on, its version as linked at run time and its licence.
struct Component
{
    QString name;
    QString version;
    QString licence;
    QString url;
};

// The libraries core is built on: Qt, SQLite and libsodium. The GUI adds its own (Qt Charts, libxlsxwriter).
QList<Component> coreComponents();

} // namespace koordinera::core
