// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs share: the fixed day and passphrase of the generated files, and opening one.
#pragma once

#include "core/workspace/Workspace.h"

#include <QByteArray>
#include <QDate>
#include <memory>

namespace koordinera::bench {

inline const QDate Today(2026, 11, 23); // fixed, so every run sees the same worklist and calendar
inline const QByteArray Passphrase("benchmark passphrase that nobody uses");

inline std::unique_ptr<core::Workspace> openWorkspace(const QString& path)
{
    auto workspace = core::Workspace::open(path, Passphrase, {}, QStringLiteral("Bänkkoordinator"));
    workspace->setToday(Today);
    return workspace;
}

} // namespace koordinera::bench
