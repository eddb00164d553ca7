// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/ServerImport.h"

#include "core/records/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/ServerSchema.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <vector>

namespace koordinera::core::ServerImport {

namespace {

// A column holding the id of a row of `table`. A null `table`: corrections.record_id, whose table its row names.
struct Reference
{
    const char* column;
    const char* table;
};

struct TableCopy
{
    const char* name;
    bool numbered; // has an id of its own, given anew on the server
    std::vector<Reference> references;
};

// In an order where every row a reference names is moved before the reference.
const std::vector<TableCopy>& copies()
{
    static const std::vector<TableCopy> all{
        {"patients", true, {}},
        {"actors", true, {}},
        {"contact_persons", true, {{"actor_id", "actors"}}},
        {"cases", true, {{"patient_id", "patients"}, {"employer_id", "actors"}}},
        {"sick_leave_periods", true, {{"case_id", "cases"}}},
        {"diagnoses", true, {{"case_id", "cases"}}},
        {"case_contacts", true, {{"case_id", "cases"}, {"actor_id", "actors"}, {"person_id", "contact_persons"}}},
        {"consents", true, {{"case_id", "cases"}, {"actor_id", "actors"}}},
        {"activities", true, {{"case_id", "cases"}}},
        {"activity_versions", true, {{"activity_id", "activities"}, {"actor_id", "actors"}}},
        {"meetings", true, {{"case_id", "cases"}}},
        {"meeting_participants", true, {{"meeting_id", "meetings"}, {"actor_id", "actors"}}},
        {"plan_versions", true, {{"case_id", "cases"}, {"consent_id", "consents"}}},
        {"plan_actions",
         true,
         {{"version_id", "plan_versions"}, {"responsible_actor_id", "actors"}, {"meeting_id", "meetings"}}},
        {"impulses", true, {{"case_id", "cases"}, {"consent_id", "consents"}}},
        {"document_records", true, {{"case_id", "cases"}, {"meeting_id", "meetings"}}},
        {"corrections", true, {{"case_id", "cases"}, {"record_id", nullptr}}},
        {"sick_list_imports", true, {}},
        {"sick_list_counts", false, {{"import_id", "sick_list_imports"}}},
        {"sick_list_patients", true, {{"last_import_id", "sick_list_imports"}}},
        {"sick_list_cases", false, {{"case_id", "cases"}}},
        {"staff", true, {}},
        {"case_team", false, {{"case_id", "cases"}, {"staff_id", "staff"}}},
        {"unit_work", true, {}},
        {"family_parents", false, {{"case_id", "cases"}, {"patient_id", "patients"}}},
        {"family_children", true, {{"case_id", "cases"}}},
        {"family_network", false, {{"case_id", "cases"}}},
    };
    return all;
}

// Moved, but not row by row as they are: merged into what the unit starts with, indexed anew, or chained anew.
const QStringList& mergedTables()
{
    static const QStringList tables{QStringLiteral("kva_codes"),       QStringLiteral("derived_state"),
                                    QStringLiteral("file_properties"), QStringLiteral("case_search"),
                                    QStringLiteral("audit_words"),     QStringLiteral("audit_log")};
    return tables;
}

// The table whose rows corrections.record_id names, by its `record`.
const char* correctedTable(const QString& record)
{
    if (record == QLatin1String("meeting"))
        return "meetings";
    if (record == QLatin1String("impulse"))
        return "impulses";
    return record == QLatin1String("consent") ? "consents" : nullptr;
}

// An access log entry's object ("diagnosis 12"): the table of the record it names by id.
const char* objectTable(const QString& kind)
{
    static const QHash<QString, const char*> tables{
        {QStringLiteral("activity"), "activities"},
        {QStringLiteral("case_contact"), "case_contacts"},
        {QStringLiteral("consent"), "consents"},
        {QStringLiteral("diagnosis"), "diagnoses"},
        {QStringLiteral("document"), "document_records"},
        {QStringLiteral("impulse"), "impulses"},
        {QStringLiteral("meeting"), "meetings"},
        {QStringLiteral("sick_leave_period"), "sick_leave_periods"},
        {QStringLiteral("sick_list"), "sick_list_imports"},
        {QStringLiteral("sick_list_patient"), "sick_list_patients"},
    };
    return tables.value(kind, nullptr);
}

using Row = std::vector<std::optional<QString>>;

// The rows of one table on their way to the server, written many to a statement: one round trip per row made
// moving a large unit take most of an hour.
class RowWriter
{
public:
    RowWriter(Database& server, const QString& table, const QStringList& columns)
        : m_server(server), m_table(table), m_columns(columns), m_perStatement(std::max<int>(1, 8000 / columns.size()))
    {}

    void add(Row row)
    {
        m_rows.push_back(std::move(row));
        if (int(m_rows.size()) == m_perStatement)
            flush();
    }

    void flush()
    {
        if (m_rows.empty())
            return;
        const QString one =
            QLatin1Char('(') + QStringList(m_columns.size(), QStringLiteral("?")).join(u", ") + QLatin1Char(')');
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(m_table, m_columns.join(u", "), QStringList(qsizetype(m_rows.size()), one).join(u", "));
        Statement insert(m_server, sql.toStdString());
        int index = 1;
        for (const Row& row : m_rows) {
            for (const auto& value : row) {
                if (value)
                    insert.bind(index++, *value);
                else
                    insert.bind(index++, nullptr);
            }
        }
        insert.run();
        m_rows.clear();
    }

private:
    Database& m_server;
    QString m_table;
    QStringList m_columns;
    int m_perStatement;
    std::vector<Row> m_rows;
};

class Move
{
public:
    Move(Database& file, Database& server, const QString& unit) : m_file(file), m_server(server), m_unit(unit) {}

    void copy(const TableCopy& table);
    void mergeUnitStart();
    void indexCases();
    qint64 carryLog(const QString& fileName, const QString& movedBy, const AuditLog::ChainPoint& fileLogEnd);

private:
    QStringList fileColumns(const char* table);
    std::optional<QString> newReference(const TableCopy& table, const Reference& reference, const Statement& row,
                                        int column, const QStringList& columns);
    // New ids from the table's sequence: never given to another row, in this unit or any other.
    QList<qint64> freshIds(const char* table, int count);
    // The id a file's row has on the server; for a row the file no longer holds, one of its own from now on.
    qint64 idOf(const char* table, qint64 fileId);
    QString movedObject(const QString& object);
    QHash<QString, qint64> logWords(const QStringList& extra);

    Database& m_file;
    Database& m_server;
    QString m_unit;
    QHash<QByteArray, QHash<qint64, qint64>> m_ids; // table -> the file's id -> the server's
};

QStringList Move::fileColumns(const char* table)
{
    Statement columns(m_file, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    columns.bind(1, QString::fromLatin1(table));
    QStringList names;
    while (columns.step())
        names << columns.columnText(0);
    return names;
}

QList<qint64> Move::freshIds(const char* table, int count)
{
    Statement ids(m_server, "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)");
    ids.bind(1, QString::fromLatin1(table)).bind(2, count);
    QList<qint64> result;
    result.reserve(count);
    while (ids.step())
        result << ids.columnInt64(0);
    return result;
}

qint64 Move::idOf(const char* table, qint64 fileId)
{
    auto& ids = m_ids[QByteArray(table)];
    const auto found = ids.constFind(fileId);
    if (found != ids.cend())
        return found.value();
    const qint64 fresh = freshIds(table, 1).value(0);
    ids.insert(fileId, fresh);
    return fresh;
}

std::optional<QString> Move::newReference(const TableCopy& table, const Reference& reference, const Statement& row,
                                          int column, const QStringList& columns)
{
    if (row.isNull(column))
        return std::nullopt;
    const qint64 fileId = row.columnInt64(column);
    if (!reference.table) {
        // A correction keeps what a record said before; the record may have been removed since.
        const char* corrected = correctedTable(row.columnText(int(columns.indexOf(QStringLiteral("record")))));
        return corrected ? QString::number(idOf(corrected, fileId)) : row.columnText(column);
    }
    const auto& ids = m_ids[QByteArray(reference.table)];
    const auto found = ids.constFind(fileId);
    if (found == ids.cend()) {
        throw StorageError(StorageError::Kind::Damaged,
                           QCoreApplication::translate(
                               "ServerImport",
                               "The file refers to a record it does not hold (%1.%2 = %3). Nothing was moved; check "
                               "the file with Arkiv › Kontrollera databasen.")
                               .arg(QString::fromLatin1(table.name), QString::fromLatin1(reference.column))
                               .arg(fileId));
    }
    return QString::number(found.value());
}

void Move::copy(const TableCopy& table)
{
    const QStringList columns = fileColumns(table.name);
    const int idColumn = table.numbered ? int(columns.indexOf(QStringLiteral("id"))) : -1;
    std::vector<std::pair<int, Reference>> references;
    for (const Reference& reference : table.references)
        references.emplace_back(int(columns.indexOf(QString::fromLatin1(reference.column))), reference);

    Statement rows(m_file, QStringLiteral("SELECT %1 FROM %2%3")
                               .arg(columns.join(u", "), QString::fromLatin1(table.name),
                                    table.numbered ? QStringLiteral(" ORDER BY id") : QString())
                               .toStdString());
    RowWriter writer(m_server, QString::fromLatin1(table.name), columns);
    std::vector<Row> pending; // rows waiting for their new ids, fetched many at a time
    std::vector<qint64> pendingIds;
    const auto givePendingIds = [&] {
        const QList<qint64> fresh = freshIds(table.name, int(pending.size()));
        auto& ids = m_ids[QByteArray(table.name)];
        for (size_t i = 0; i < pending.size(); ++i) {
            ids.insert(pendingIds[i], fresh.value(qsizetype(i)));
            pending[i][size_t(idColumn)] = QString::number(fresh.value(qsizetype(i)));
            writer.add(std::move(pending[i]));
        }
        pending.clear();
        pendingIds.clear();
    };
    while (rows.step()) {
        Row row(size_t(columns.size()));
        for (int column = 0; column < columns.size(); ++column) {
            if (!rows.isNull(column))
                row[size_t(column)] = rows.columnText(column);
        }
        for (const auto& [column, reference] : references)
            row[size_t(column)] = newReference(table, reference, rows, column, columns);
        if (idColumn < 0) {
            writer.add(std::move(row));
            continue;
        }
        pendingIds.push_back(rows.columnInt64(idColumn));
        pending.push_back(std::move(row));
        if (pending.size() == 1000)
            givePendingIds();
    }
    if (!pending.empty())
        givePendingIds();
    writer.flush();
}

// What the unit started with on the server (its KVÅ codes, the day its chains were brought up to date) takes the
// file's values; the unit's profile is the file's already (checked before).
void Move::mergeUnitStart()
{
    Statement codes(m_file, "SELECT code, text, active FROM kva_codes");
    Statement storeCode(m_server, "INSERT INTO kva_codes (code, text, active) VALUES (?, ?, ?) ON CONFLICT (code) "
                                  "DO UPDATE SET text = excluded.text, active = excluded.active");
    while (codes.step()) {
        storeCode.reset();
        storeCode.bindAll(codes.columnText(0), codes.columnText(1), codes.columnInt(2)).run();
    }
    Statement state(m_file, "SELECT id, chains_as_of, gap_days FROM derived_state");
    while (state.step()) {
        Statement(m_server, "INSERT INTO derived_state (id, chains_as_of, gap_days) VALUES (?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET chains_as_of = excluded.chains_as_of, "
                            "gap_days = excluded.gap_days")
            .bindAll(state.columnInt(0), state.columnText(1), state.columnInt(2))
            .run();
    }
}

// The case list's search: the file's indexed text of each case, with the server's words made from it.
void Move::indexCases()
{
    Statement rows(m_file, "SELECT rowid, content FROM case_search ORDER BY rowid");
    RowWriter writer(m_server, QStringLiteral("case_search"),
                     {QStringLiteral("rowid"), QStringLiteral("content"), QStringLiteral("words")});
    const auto& cases = m_ids[QByteArrayLiteral("cases")];
    while (rows.step()) {
        const auto found = cases.constFind(rows.columnInt64(0));
        if (found == cases.cend())
            continue; // text of a case the file no longer has (FTS5 keeps it until its segments merge)
        const QString content = rows.columnText(1);
        writer.add({QString::number(found.value()), content, SearchIndex::serverWords(content)});
    }
    writer.flush();
}

QString Move::movedObject(const QString& object)
{
    const qsizetype space = object.indexOf(QLatin1Char(' '));
    if (space < 0)
        return object;
    const char* table = objectTable(object.left(space));
    bool isNumber = false;
    const qint64 fileId = object.mid(space + 1).toLongLong(&isNumber);
    if (!table || !isNumber)
        return object;
    return object.left(space + 1) + QString::number(idOf(table, fileId));
}

// The unit's numbers for the log's repeated texts, with the file's and `extra` among them.
QHash<QString, qint64> Move::logWords(const QStringList& extra)
{
    RowWriter words(m_server, QStringLiteral("audit_words"), {QStringLiteral("word")});
    QStringList all = extra;
    Statement fileWords(m_file, "SELECT word FROM audit_words");
    while (fileWords.step())
        all << fileWords.columnText(0);
    all.removeDuplicates();
    Statement known(m_server, "SELECT word FROM audit_words WHERE unit_code = ?");
    known.bind(1, m_unit);
    while (known.step())
        all.removeOne(known.columnText(0));
    for (const QString& word : all)
        words.add({word});
    words.flush();

    QHash<QString, qint64> ids;
    Statement numbered(m_server, "SELECT word, id FROM audit_words WHERE unit_code = ?");
    numbered.bind(1, m_unit);
    while (numbered.step())
        ids.insert(numbered.columnText(0), numbered.columnInt64(1));
    return ids;
}

qint64 Move::carryLog(const QString& fileName, const QString& movedBy, const AuditLog::ChainPoint& fileLogEnd)
{
    QByteArray previous(32, '\0');
    qint64 nextId = 1;
    Statement last(m_server, "SELECT id, hash FROM audit_log WHERE unit_code = ? ORDER BY id DESC LIMIT 1");
    last.bind(1, m_unit);
    if (last.step()) {
        nextId = last.columnInt64(0) + 1;
        previous = last.columnBlob(1);
    }
    Statement role(m_server, "SELECT session_user, (SELECT name FROM units WHERE code = ?)");
    role.bind(1, m_unit);
    role.step();

    // The entry of the move: who moved which file, and where its own chain ended, so the file can be matched to it.
    AuditLog::Entry move;
    move.at = QDateTime::currentDateTimeUtc();
    move.osUser = role.columnText(0);
    move.coordinator = movedBy.isEmpty() ? move.osUser : movedBy;
    move.action = AuditLog::keyOf(AuditLog::Action::Import);
    move.object = QStringLiteral("database");
    move.details = QStringLiteral("moved in from %1; its access log ends at entry %2 with hash %3")
                       .arg(fileName)
                       .arg(fileLogEnd.id)
                       .arg(fileLogEnd.hash);
    move.unit = role.columnText(1).isEmpty() ? m_unit : role.columnText(1);

    const QHash<QString, qint64> words = logWords({move.osUser, move.coordinator, move.action, move.object, move.unit});
    const QStringList columns{QStringLiteral("id"),          QStringLiteral("at"),     QStringLiteral("os_user"),
                              QStringLiteral("coordinator"), QStringLiteral("action"), QStringLiteral("patient_id"),
                              QStringLiteral("case_id"),     QStringLiteral("object"), QStringLiteral("object_rest"),
                              QStringLiteral("details"),     QStringLiteral("unit"),   QStringLiteral("hash")};
    RowWriter writer(m_server, QStringLiteral("audit_log"), columns);
    const auto word = [&words](const QString& text) {
        const auto found = words.constFind(text);
        if (found == words.cend()) // every word was stored above: only a fault of this code gets here
            throw StorageError(StorageError::Kind::Generic,
                               QCoreApplication::translate("ServerImport", "The access log could not be moved."),
                               QStringLiteral("no number for a word of the log"));
        return QString::number(found.value());
    };
    const auto append = [&](AuditLog::Entry& entry) {
        entry.id = nextId++;
        const QByteArray hash = AuditLog::chainHash(previous, entry);
        const qsizetype space = entry.object.indexOf(QLatin1Char(' '));
        const auto id = [](qint64 value) {
            return value ? std::optional(QString::number(value)) : std::nullopt;
        };
        writer.add({QString::number(entry.id), QString::number(entry.at.toMSecsSinceEpoch()), word(entry.osUser),
                    word(entry.coordinator), word(entry.action), id(entry.patientId), id(entry.caseId),
                    word(space < 0 ? entry.object : entry.object.left(space)),
                    space < 0 ? std::nullopt : std::optional(entry.object.mid(space + 1)), entry.details,
                    word(entry.unit), QStringLiteral("\\x") + QString::fromLatin1(hash.toHex())});
        previous = hash;
    };
    append(move);

    Statement entries(m_file, "SELECT at, os_user, coordinator, action, coalesce(patient_id, 0), "
                              "coalesce(case_id, 0), object, details, unit FROM audit_log_entries ORDER BY id");
    qint64 carried = 0;
    while (entries.step()) {
        AuditLog::Entry entry;
        entry.at = QDateTime::fromMSecsSinceEpoch(entries.columnInt64(0), Qt::UTC);
        entry.osUser = entries.columnText(1);
        entry.coordinator = entries.columnText(2);
        entry.action = entries.columnText(3);
        entry.patientId = entries.columnInt64(4) ? idOf("patients", entries.columnInt64(4)) : 0;
        entry.caseId = entries.columnInt64(5) ? idOf("cases", entries.columnInt64(5)) : 0;
        entry.object = movedObject(entries.columnText(6));
        entry.details = entries.columnText(7);
        entry.unit = entries.columnText(8);
        append(entry);
        ++carried;
    }
    writer.flush();
    return carried;
}

qint64 countOf(Database& db, const char* sql, const QString& unit = {})
{
    Statement count(db, sql);
    if (!unit.isEmpty())
        count.bind(1, unit);
    count.step();
    return count.columnInt64(0);
}

QString fileProfile(Database& file)
{
    Statement profile(file, "SELECT value FROM file_properties WHERE key = 'profile'");
    return profile.step() ? profile.columnText(0) : QStringLiteral("rehab");
}

// What must hold before anything is moved; each refusal says what to do.
void requireReady(Workspace& file, Database& server, const QString& unit)
{
    if (!server.isServer() || !ServerSchema::mayCreate(server)) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "ServerImport",
                               "Moving a unit in is done signed in as the role that owns Koordinera's database on the "
                               "server (the region's administrator)."));
    }
    if (!ServerSchema::exists(server) || server.userVersion() != Migrations::latestVersion()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "ServerImport",
                               "Koordinera's database on the server is not at this version of Koordinera. Prepare it "
                               "first (koordinera server prepare)."));
    }
    if (file.database().userVersion() != Migrations::latestVersion()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "ServerImport",
                               "The file is from another version of Koordinera. Open it once in this version, then "
                               "move it."));
    }
    const Workspace::Health health = file.check();
    if (!health.whole()) {
        throw StorageError(
            StorageError::Kind::Damaged,
            health.structureIntact
                ? QCoreApplication::translate(
                      "ServerImport", "The file's access log has been tampered with from entry %1 on. A file whose log "
                                      "cannot be trusted is not moved; nothing was changed on the server.")
                      .arg(health.firstBrokenLogEntry)
                : QCoreApplication::translate(
                      "ServerImport", "The file is damaged inside (SQLite's integrity check failed). Nothing was "
                                      "changed on the server."));
    }
    Statement unitRow(server, "SELECT profile FROM units WHERE code = ?");
    unitRow.bind(1, unit);
    if (!unitRow.step()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "ServerImport",
                               "The server has no unit %1. Make it first (INSERT INTO units …, see README), then "
                               "move the file into it.")
                               .arg(unit));
    }
    if (unitRow.columnText(0) != fileProfile(file.database())) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate(
                               "ServerImport",
                               "The unit %1 does other work than the file (%2, the file %3). Move the file into a "
                               "unit made for its work.")
                               .arg(unit, unitRow.columnText(0), fileProfile(file.database())));
    }
}

} // namespace

QStringList copiedTables()
{
    QStringList names;
    for (const TableCopy& table : copies())
        names << QString::fromLatin1(table.name);
    return names + mergedTables();
}

QStringList tablesLeftBehind()
{
    // The server's ids come from sequences and are never given twice; `purging` is empty outside a purge.
    return {QStringLiteral("retired_ids"), QStringLiteral("purging")};
}

Result run(Workspace& file, Database& server, const QString& unit, const QString& fileName, const QString& movedBy)
{
    requireReady(file, server, unit);
    const AuditLog::ChainPoint fileLogEnd = file.audit().newest();
    const QString marker = QStringLiteral("%1 %2").arg(fileLogEnd.id).arg(fileLogEnd.hash);

    Transaction transaction(server);
    // The unit's log is one chain: its writers wait until the move is committed (AuditLog takes the same lock).
    Statement(server, "SELECT pg_advisory_xact_lock(hashtext(?))").bind(1, unit).step();
    Statement moved(server, "SELECT value FROM file_properties WHERE unit_code = ? AND key = 'moved_from'");
    moved.bind(1, unit);
    if (moved.step()) {
        if (moved.columnText(0) == marker)
            return Result{true, 0, 0, 0};
        throw StorageError(StorageError::Kind::AlreadyExists,
                           QCoreApplication::translate(
                               "ServerImport",
                               "A file has already been moved into the unit %1, and it is not this one as it is now. "
                               "Nothing was changed.")
                               .arg(unit));
    }
    Statement elsewhere(server, "SELECT unit_code FROM file_properties WHERE key = 'moved_from' AND value = ?");
    elsewhere.bind(1, marker);
    if (elsewhere.step()) {
        throw StorageError(StorageError::Kind::AlreadyExists,
                           QCoreApplication::translate("ServerImport", "This file has already been moved into the "
                                                                       "unit %1. A unit's file is moved once, into "
                                                                       "its own unit; nothing was changed.")
                               .arg(elsewhere.columnText(0)));
    }
    const qint64 records = countOf(server,
                                   "SELECT (SELECT count(*) FROM patients WHERE unit_code = ?1) + (SELECT count(*) "
                                   "FROM actors WHERE unit_code = ?1) + (SELECT count(*) FROM staff WHERE unit_code = "
                                   "?1) + (SELECT count(*) FROM unit_work WHERE unit_code = ?1) + (SELECT count(*) "
                                   "FROM sick_list_imports WHERE unit_code = ?1)",
                                   unit);
    if (records > 0) {
        throw StorageError(StorageError::Kind::AlreadyExists,
                           QCoreApplication::translate(
                               "ServerImport",
                               "The unit %1 already has records of its own on the server. A file is moved only into a "
                               "unit that has none; nothing was changed.")
                               .arg(unit));
    }

    Move move(file.database(), server, unit);
    Result result;
    try {
        for (const TableCopy& table : copies())
            move.copy(table);
        move.mergeUnitStart();
        move.indexCases();
        result.logEntries = move.carryLog(fileName, movedBy, fileLogEnd);
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::Damaged)
            throw;
        // The transaction is rolled back as this leaves: say so, with the server's reason.
        throw StorageError(error.kind(),
                           QCoreApplication::translate("ServerImport", "The move stopped half-way, and nothing of it "
                                                                       "was kept on the server: %1")
                               .arg(error.userMessage()),
                           error.technicalDetail());
    }
    result.patients = countOf(file.database(), "SELECT count(*) FROM patients");
    result.cases = countOf(file.database(), "SELECT count(*) FROM cases");
    Statement(server, "INSERT INTO file_properties (key, value) VALUES ('moved_from', ?)").bind(1, marker).run();
    transaction.commit();
    // The planner's picture of the tables is of before the move, when the unit's rows may have been few of them.
    for (const QString& table : copiedTables())
        server.execute("ANALYZE " + table.toStdString());
    return result;
}

} // namespace koordinera::core::ServerImport
