// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QtCatch.h"
#include "services/DemoData.h"
#include "services/Workspace.h"

#include <QDate>
#include <QTemporaryDir>
#include <memory>

namespace koordinera::tests {

// A fixed "today" for every rule test: Monday 2026-11-23 (ISO week 48).
inline const QDate FixedToday(2026, 11, 23);

// An in-memory workspace pinned to FixedToday.
std::unique_ptr<core::Workspace> makeWorkspace(const core::RehabRules& rules = {});

// A new patient + case with an optional first period, via the same service the new-case dialog uses.
core::NewCaseResult addCase(core::Workspace& workspace, const QString& identity, const QString& given,
                            const QString& family, const QDate& sickStart = {}, const QDate& sickEnd = {});

} // namespace koordinera::tests
