// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SearchIndex.h"

#include "core/domain/IcdCode.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QStringList>
#include <algorithm>
#include <stdexcept>

namespace koordinera::core::SearchIndex {

namespace {

void appendIdentityForms(QStringList& parts, const QString& identity)
{
    parts << identity;
    if (identity.size() == 12 && identity.front().isDigit()) {
        // People type the number with or without century and separator; index each form's first token.
        parts << identity.mid(2) << identity.left(8) << identity.mid(2, 6) << identity.right(4);
    }
}

// The words of a text: its letters and digits, split at everything else (as FTS5's tokenizer splits).
QStringList wordsOf(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar ch : text)
        cleaned.append(ch.isLetterOrNumber() ? ch : QChar(u' '));
    return cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString contentFor(Database& db, qint64 caseId)
{
    QStringList parts;
    Statement caseRow(db, R"(SELECT p.given_name, p.family_name, p.identity, c.reference, c.reason_offered,
                                    c.job_tasks, coalesce(a.name, '')
                             FROM cases c JOIN patients p ON p.id = c.patient_id
                             LEFT JOIN actors a ON a.id = c.employer_id
                             WHERE c.id = ?)");
    caseRow.bind(1, caseId);
    if (!caseRow.step())
        return {};
    parts << caseRow.columnText(0) << caseRow.columnText(1);
    appendIdentityForms(parts, caseRow.columnText(2));
    for (int column = 3; column <= 6; ++column)
        parts << caseRow.columnText(column);

    Statement diagnoses(db, "SELECT code, text FROM diagnoses WHERE case_id = ?");
    diagnoses.bind(1, caseId);
    while (diagnoses.step())
        parts << diagnoses.columnText(0) << IcdCode::display(diagnoses.columnText(0)) << diagnoses.columnText(1);

    Statement notes(db, R"(SELECT v.counterpart, v.note FROM activities a
                           JOIN activity_versions v ON v.activity_id = a.id AND v.version = a.current_version
                           WHERE a.case_id = ?)");
    notes.bind(1, caseId);
    while (notes.step())
        parts << notes.columnText(0) << notes.columnText(1);
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

} // namespace

void refresh(Database& db, qint64 caseId)
{
    if (Batch* batch = db.searchBatch()) {
        batch->note(caseId);
        return;
    }
    Statement(db, "DELETE FROM case_search WHERE rowid = ?").bind(1, caseId).run();
    const QString content = contentFor(db, caseId);
    if (content.isEmpty())
        return;
    if (db.isServer()) {
        Statement(db, "INSERT INTO case_search (rowid, content, words) VALUES (?, ?, ?)")
            .bindAll(caseId, content, serverWords(content))
            .run();
    } else {
        Statement(db, "INSERT INTO case_search (rowid, content) VALUES (?, ?)").bindAll(caseId, content).run();
    }
}

QString serverWords(const QString& content)
{
    return wordsOf(content).join(QLatin1Char(' '));
}

void refreshPatient(Database& db, qint64 patientId)
{
    Statement cases(db, "SELECT id FROM cases WHERE patient_id = ?");
    cases.bind(1, patientId);
    while (cases.step())
        refresh(db, cases.columnInt64(0));
}

void rebuildAll(Database& db)
{
    db.execute("DELETE FROM case_search");
    Statement cases(db, "SELECT id FROM cases");
    while (cases.step())
        refresh(db, cases.columnInt64(0));
}

Batch::Batch(Database& db) : m_db(db)
{
    if (!db.inTransaction() || db.searchBatch())
        throw std::logic_error("SearchIndex::Batch outside a transaction, or inside another batch");
    db.setSearchBatch(this);
}

Batch::~Batch()
{
    if (m_open)
        m_db.setSearchBatch(nullptr);
}

void Batch::finish()
{
    m_db.setSearchBatch(nullptr);
    m_open = false;
    QList<qint64> cases(m_cases.cbegin(), m_cases.cend());
    std::sort(cases.begin(), cases.end()); // in rowid order: FTS5 appends instead of inserting in the middle
    for (const qint64 caseId : cases)
        refresh(m_db, caseId);
}

QString matchExpression(const Database& db, const QString& userText)
{
    QStringList terms;
    for (const QString& word : wordsOf(userText)) {
        // Only letters and digits are left, so neither syntax can be given an operator.
        terms << (db.isServer() ? QLatin1Char('\'') + word.toLower() + QLatin1String("':*")
                                : QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(db.isServer() ? QLatin1String(" & ") : QLatin1String(" AND "));
}

QString casesMatching(const Database& db, const QString& parameter)
{
    return db.isServer() ? QStringLiteral("SELECT rowid FROM case_search WHERE document @@ to_tsquery('simple', %1)")
                               .arg(parameter)
                         : QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH %1").arg(parameter);
}

void forgetRemoved(Database& db)
{
    if (!db.isServer())
        db.execute("INSERT INTO case_search (case_search) VALUES ('rebuild')");
}

} // namespace koordinera::core::SearchIndex
