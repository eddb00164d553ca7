// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QtCatch.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"

#include <QDate>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace koordinera::tests {

// A fixed "today" for every rule test: Monday 2026-11-23 (ISO week 48).
inline const QDate FixedToday(2026, 11, 23);

// An in-memory workspace pinned to FixedToday.
std::unique_ptr<core::Workspace> makeWorkspace(const core::RehabRules& rules = {});

// A new patient + case with an optional first period, via the same service the new-case dialog uses.
core::NewCaseResult addCase(core::Workspace& workspace, const QString& identity, const QString& given,
                            const QString& family, const QDate& sickStart = {}, const QDate& sickEnd = {});

// Göran Öberg's case, sick since 2026-10-01, with his employer (Sågverket i Åmål AB) as a contact, an
// avstämningsmöte held three days ago that agreed one action (a workplace visit, the employer responsible),
// a follow-up booked for 2026-12-14 13:30, and the plan adopted today.
struct PlannedCase
{
    qint64 caseId = 0;
    qint64 employerId = 0;
    qint64 meetingId = 0;
};
PlannedCase addPlannedCase(core::Workspace& workspace);

// Every word the search index holds, as its own vocabulary lists them (the index's pages store words
// prefix-compressed, so a byte search of the file can miss one that is there).
QStringList searchIndexWords(core::Database& db);

// The kind of StorageError `action` throws; Kind::Generic when it throws none.
core::StorageError::Kind storageFailureOf(const std::function<void()>& action);

} // namespace koordinera::tests
