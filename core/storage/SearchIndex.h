// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace koordinera::core {

class Database;

// The FTS5 index behind the case list's free-text filter: one row per case with the patient's name and
// identity number (in the forms people type), the case reference, diagnoses, occupation and notes.
namespace SearchIndex {

void refresh(Database& db, qint64 caseId);
void refreshPatient(Database& db, qint64 patientId);
void rebuildAll(Database& db);
// Turns what the user typed into an FTS5 query: every word must match as a prefix; punctuation is ignored,
// so "19640823-32" and "F32.9" work. Empty when nothing searchable was typed.
QString matchExpression(const QString& userText);

} // namespace SearchIndex

} // namespace koordinera::core
