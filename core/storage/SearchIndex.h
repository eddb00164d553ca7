// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace koordinera::core {

class Database;

// The index behind the case list's free-text filter: one row per case with the patient's name and identity number
// (in the forms people type), the case reference, diagnoses, occupation and notes. FTS5 on a local file; on a
// region's server a tsvector of the same words (the 'simple' configuration: names are not stemmed).
namespace SearchIndex {

// Brings the case's row up to date, or, while a Batch is open on the connection, notes the case for the batch.
void refresh(Database& db, qint64 caseId);
void refreshPatient(Database& db, qint64 patientId);
void rebuildAll(Database& db);
// On a region's server: the words of a case's indexed text, as the tsvector is made of them (split as FTS5 splits).
QString serverWords(const QString& content);
// Turns what the user typed into a query of the index: every word must match as a prefix; punctuation is ignored,
// so "19640823-32" and "F32.9" work. Empty when nothing searchable was typed. FTS5's syntax on a local file, a
// tsquery on a region's server.
QString matchExpression(const Database& db, const QString& userText);
// The ids of the cases that match the query bound at `parameter` (":match" or "?"), as a subquery.
QString casesMatching(const Database& db, const QString& parameter);
// After a purge: leaves nothing of the removed cases' text in the index's pages (FTS5 keeps deleted text in its
// segments until they are merged). The server's rows are gone with the DELETE.
void forgetRemoved(Database& db);

// Indexes the cases a long write (an import) touches once, at its end, inside its transaction. FTS5 (in SQLite
// 3.40) writes its pending rows out as a new segment at every savepoint once the index was changed in the
// transaction, so indexing row by row between the savepoints of each row's work cost a segment per row.
class Batch
{
public:
    // Opened inside the transaction whose cases it indexes.
    explicit Batch(Database& db);
    // Without finish() (an exception on the way) the transaction rolls back, and nothing is to be indexed.
    ~Batch();
    Batch(const Batch&) = delete;
    Batch& operator=(const Batch&) = delete;

    void note(qint64 caseId) { m_cases.insert(caseId); }
    // Indexes every case noted; called before the transaction commits.
    void finish();

private:
    Database& m_db;
    QSet<qint64> m_cases;
    bool m_open = true;
};

} // namespace SearchIndex

} // namespace koordinera::core
