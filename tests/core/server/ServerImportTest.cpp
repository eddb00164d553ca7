// SPDX-License-Identifier: GPL-3.0-or-later
// Moving a unit in (issue 25): a unit's file copied into its unit on the server, every record and its history, with an
// access log chained anew, all or nothing, and a second run that does nothing.
#include "core/workspace/ServerImport.h"

#include "TestServer.h"
#include "TestWorkspace.h"
#include "core/records/AuditLog.h"
#include "core/server/PgConnection.h"
#include "core/storage/Database.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QHash>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::FixedToday;
using koordinera::tests::TestServer;

namespace {

const QByteArray Password = TestServer::TestPassword;
const QString FileName = QStringLiteral("vc-ekbacken.kdb");

// The owner's connection to the test server's current database, working in `unit`: who moves a unit in.
std::unique_ptr<Database> ownerIn(const QString& unit)
{
    TestServer& server = TestServer::shared();
    ServerProfile profile = server.admin();
    profile.database = server.currentDatabase();
    profile.unit = unit;
    return Database::openServer(PgConnection::open(profile, server.adminPassword()));
}

std::unique_ptr<Workspace> workspaceOf(const QString& role, const QString& unit)
{
    auto workspace = Workspace::onServer(Database::openServer(TestServer::shared().connect(role, Password, unit)),
                                         RehabRules{}, role);
    workspace->setToday(FixedToday);
    return workspace;
}

// A fresh server database whose sequences are far ahead of the file's ids, so that an id moved over unchanged would
// name no row (or the wrong one) and show.
void freshServer()
{
    TestServer::shared().freshDatabase();
    TestServer::shared().administer()->run(
        QStringLiteral("SELECT setval(c.oid, 100000) FROM pg_class c WHERE c.relkind = 'S'"));
}

// A demo unit's file with some history: a case with a plan and a meeting, a diagnosis removed (the log names it), and
// a case purged (the log names its patient by an id no row has any more).
std::unique_ptr<Workspace> unitFile()
{
    auto file = Workspace::demo(RehabRules{}, QStringLiteral("Anna Lind"), 30);
    file->setToday(FixedToday);
    koordinera::tests::addPlannedCase(*file);
    const auto added = koordinera::tests::addCase(*file, QStringLiteral("850312-2387"), QStringLiteral("Åsa"),
                                                  QStringLiteral("Öberg"), QDate(2026, 10, 1));
    Diagnosis diagnosis;
    diagnosis.caseId = added.caseId;
    diagnosis.code = QStringLiteral("F43.8");
    file->sickLeave().saveDiagnosis(diagnosis);
    file->sickLeave().removeDiagnosis(diagnosis.id);
    file->setToday(FixedToday.addYears(12));
    const auto candidates = file->retention().candidates(10);
    REQUIRE_FALSE(candidates.isEmpty());
    file->retention().purge({candidates.first().caseId}, 10, QStringLiteral("Beslut 2038-11"));
    file->setToday(FixedToday);
    return file;
}

QStringList columnsOf(Database& file, const QString& table)
{
    Statement columns(file, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    columns.bind(1, table);
    QStringList names;
    while (columns.step())
        names << columns.columnText(0);
    return names;
}

// The rows of a table with every id, and every reference to one, written as the row's place among its table's ids:
// the server numbers a moved table's rows in the file's order, so a faithful move reads the same on both sides. A
// reference to a row that is not there reads "gone".
class Canonical
{
public:
    Canonical(Database& file, Database& db) : m_file(file), m_db(db) {}

    QStringList rows(const QString& table)
    {
        const QStringList columns = columnsOf(m_file, table);
        QHash<QString, QString> references; // column -> table
        Statement keys(m_file, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
        keys.bind(1, table);
        while (keys.step())
            references.insert(keys.columnText(0), keys.columnText(1));
        if (columns.contains(QStringLiteral("id")))
            references.insert(QStringLiteral("id"), table);
        Statement rows(m_db, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), table).toStdString());
        QStringList result;
        while (rows.step()) {
            QStringList values;
            for (int column = 0; column < columns.size(); ++column) {
                QString target = references.value(columns[column]);
                if (table == QLatin1String("corrections") && columns[column] == QLatin1String("record_id"))
                    target = rows.columnText(int(columns.indexOf(QStringLiteral("record")))) + QLatin1Char('s');
                if (rows.isNull(column))
                    values << QStringLiteral("∅");
                else if (!target.isEmpty())
                    values << placeOf(target, rows.columnInt64(column));
                else
                    values << rows.columnText(column);
            }
            result << values.join(u'|');
        }
        result.sort();
        return result;
    }

private:
    QString placeOf(const QString& table, qint64 id)
    {
        if (!m_ids.contains(table)) {
            Statement ids(m_db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table).toStdString());
            QList<qint64> all;
            while (ids.step())
                all << ids.columnInt64(0);
            m_ids.insert(table, all);
        }
        const QList<qint64>& ids = m_ids[table];
        const auto found = std::lower_bound(ids.cbegin(), ids.cend(), id);
        return found != ids.cend() && *found == id ? QStringLiteral("#%1").arg(found - ids.cbegin())
                                                   : QStringLiteral("gone");
    }

    Database& m_file;
    Database& m_db;
    QHash<QString, QList<qint64>> m_ids;
};

qint64 casesMatching(Database& db, const QString& text)
{
    Statement matching(db, QStringLiteral("SELECT count(*) FROM (%1) m")
                               .arg(SearchIndex::casesMatching(db, QStringLiteral("?")))
                               .toStdString());
    matching.bind(1, SearchIndex::matchExpression(db, text));
    matching.step();
    return matching.columnInt64(0);
}

} // namespace

TEST_CASE("Every table of a file is either moved onto the server or deliberately left behind", "[server]")
{
    auto file = Workspace::inMemory(RehabRules{}, QStringLiteral("Anna Lind"));
    Statement tables(file->database(), "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%' AND name NOT LIKE 'case_search_%'");
    const QStringList known = ServerImport::copiedTables() + ServerImport::tablesLeftBehind();
    while (tables.step()) {
        INFO(tables.columnText(0).toStdString());
        CHECK(known.contains(tables.columnText(0)));
    }
}

TEST_CASE("A unit's file moves onto the server whole — every record, its history, and an unbroken access log",
          "[server]")
{
    auto file = unitFile();
    freshServer();
    auto owner = ownerIn(QStringLiteral("TEST"));
    const auto result =
        ServerImport::run(*file, *owner, QStringLiteral("TEST"), FileName, QStringLiteral("Regionens förvaltning"));
    CHECK_FALSE(result.alreadyMoved);
    CHECK(result.cases == file->caseList().totalCases());
    CHECK(result.logEntries == file->audit().count());

    // Read as a coordinator of the unit, under row-level security, before anything new is logged.
    auto anna = workspaceOf(QStringLiteral("koordinator_test"), QStringLiteral("TEST"));
    Canonical onFile(file->database(), file->database());
    Canonical onServer(file->database(), anna->database());
    for (const QString& table : ServerImport::copiedTables()) {
        if (table.startsWith(QLatin1String("audit_")) || table == QLatin1String("case_search") ||
            table == QLatin1String("file_properties"))
            continue;
        INFO(table.toStdString());
        CHECK(onServer.rows(table) == onFile.rows(table));
    }

    // The log: the move's entry, then the file's entries with their own times, users and patients, chained anew.
    const auto moved = anna->audit().entries();
    const auto original = file->audit().entries();
    REQUIRE(moved.size() == original.size() + 1);
    CHECK(anna->audit().firstBrokenEntry() == 0);
    CHECK(moved.first().action == QLatin1String("import"));
    CHECK(moved.first().osUser == TestServer::shared().admin().user);
    CHECK(moved.first().coordinator == QStringLiteral("Regionens förvaltning"));
    CHECK(moved.first().details.contains(FileName));
    CHECK(moved.first().details.contains(file->audit().newest().hash));
    for (qsizetype i = 0; i < original.size(); ++i) {
        const auto& before = original[i];
        const auto& after = moved[i + 1];
        INFO(before.id);
        CHECK(after.at == before.at);
        CHECK(after.osUser == before.osUser);
        CHECK(after.coordinator == before.coordinator);
        CHECK(after.action == before.action);
        CHECK(after.details == before.details);
        CHECK(after.unit == before.unit);
        CHECK(after.patientIdentity == before.patientIdentity);
        CHECK(after.object.section(u' ', 0, 0) == before.object.section(u' ', 0, 0));
        CHECK((after.caseId != 0) == (before.caseId != 0));
    }
    // A purged patient's entries still find each other, by an id no other row is given.
    const auto purge = std::find_if(moved.cbegin(), moved.cend(), [](const AuditLog::Entry& entry) {
        return entry.action == QLatin1String("purge");
    });
    REQUIRE(purge != moved.cend());
    CHECK_FALSE(anna->patients().get(purge->patientId));
    CHECK(anna->audit().entriesForPatient(purge->patientId).size() ==
          file->audit().entriesForPatient(original[purge - moved.cbegin() - 1].patientId).size());

    // The case list's search finds the moved cases by name and number.
    CHECK(casesMatching(anna->database(), QStringLiteral("Öberg")) ==
          casesMatching(file->database(), QStringLiteral("Öberg")));
    CHECK(casesMatching(anna->database(), QStringLiteral("850312")) == 1);

    // A second run does nothing.
    const auto again =
        ServerImport::run(*file, *owner, QStringLiteral("TEST"), FileName, QStringLiteral("Regionens förvaltning"));
    CHECK(again.alreadyMoved);
    CHECK(anna->audit().count() == qint64(moved.size()));
    CHECK(anna->caseList().totalCases() == result.cases);

    // A later state of the file is not moved over the first.
    file->audit().record(AuditLog::Action::Print, 0, QStringLiteral("database"));
    CHECK(koordinera::tests::storageFailureOf([&] {
              ServerImport::run(*file, *owner, QStringLiteral("TEST"), FileName, {});
          }) == StorageError::Kind::AlreadyExists);
}

TEST_CASE("A move is refused, and nothing written, unless the owner moves a whole file into an empty unit of its work",
          "[server]")
{
    auto file = unitFile();
    freshServer();
    TestServer& server = TestServer::shared();
    const auto patientsIn = [&](const QString& unit) {
        return server.administer()
            ->run(QStringLiteral("SELECT count(*) FROM patients WHERE unit_code = ?"), {unit})
            .int64(0, 0);
    };
    const auto refusal = [&](Database& db, const QString& unit) {
        try {
            ServerImport::run(*file, db, unit, FileName, {});
        } catch (const StorageError& error) {
            return error.userMessage();
        }
        return QString();
    };

    SECTION("a coordinator may not move a unit in")
    {
        auto anna =
            Database::openServer(server.connect(QStringLiteral("koordinator_test"), Password, QStringLiteral("TEST")));
        CHECK(refusal(*anna, QStringLiteral("TEST")).contains(QStringLiteral("owns")));
    }
    SECTION("a unit the server does not have")
    {
        auto owner = ownerIn(QStringLiteral("NORR"));
        CHECK(refusal(*owner, QStringLiteral("NORR")).contains(QStringLiteral("no unit NORR")));
    }
    SECTION("a unit of the other work")
    {
        server.administer()->run(QStringLiteral("INSERT INTO units (code, profile) VALUES ('FAMILJ', 'family')"));
        auto owner = ownerIn(QStringLiteral("FAMILJ"));
        CHECK(refusal(*owner, QStringLiteral("FAMILJ")).contains(QStringLiteral("other work")));
        CHECK(patientsIn(QStringLiteral("FAMILJ")) == 0);
    }
    SECTION("a unit that has records of its own")
    {
        auto anna = workspaceOf(QStringLiteral("koordinator_test"), QStringLiteral("TEST"));
        koordinera::tests::addCase(*anna, QStringLiteral("640823-3234"), QStringLiteral("Per"), QStringLiteral("Ek"));
        auto owner = ownerIn(QStringLiteral("TEST"));
        CHECK(refusal(*owner, QStringLiteral("TEST")).contains(QStringLiteral("records of its own")));
        CHECK(patientsIn(QStringLiteral("TEST")) == 1);
    }
    SECTION("a file whose access log was tampered with")
    {
        file->database().execute("DROP TRIGGER audit_log_no_update");
        file->database().execute("UPDATE audit_log SET details = 'ändrat' WHERE id = 3");
        auto owner = ownerIn(QStringLiteral("TEST"));
        CHECK(refusal(*owner, QStringLiteral("TEST")).contains(QStringLiteral("entry 3")));
        CHECK(patientsIn(QStringLiteral("TEST")) == 0);
    }
    SECTION("a file moved into another unit before")
    {
        server.administer()->run(QStringLiteral("INSERT INTO units (code) VALUES ('NORR')"));
        auto norr = ownerIn(QStringLiteral("NORR"));
        ServerImport::run(*file, *norr, QStringLiteral("NORR"), FileName, {});
        auto owner = ownerIn(QStringLiteral("TEST"));
        CHECK(
            refusal(*owner, QStringLiteral("TEST")).contains(QStringLiteral("already been moved into the unit NORR")));
        CHECK(patientsIn(QStringLiteral("TEST")) == 0);
    }
    SECTION("a failure half-way leaves the unit as it was")
    {
        // A meeting's calendar id is the region's once: a meeting of the file's already on the server (here put there
        // by hand) stops the move after its patients and cases were written.
        server.administer()->run(QStringLiteral("INSERT INTO units (code) VALUES ('NORR')"));
        auto norr = ownerIn(QStringLiteral("NORR"));
        Statement uid(file->database(), "SELECT uid FROM meetings LIMIT 1");
        REQUIRE(uid.step());
        Statement(*norr, "INSERT INTO patients (identity, identity_kind, sex, given_name, family_name) VALUES "
                         "('198503122387', 'personnummer', 'female', 'Åsa', 'Öberg')")
            .run();
        Statement(*norr, "INSERT INTO cases (patient_id, reference, status, opened_on) SELECT id, 'K-2026-0001', "
                         "'active', '2026-11-01' FROM patients WHERE unit_code = 'NORR'")
            .run();
        Statement(*norr, "INSERT INTO meetings (case_id, kind, status, starts_at, duration_minutes, uid) SELECT id, "
                         "'follow_up', 'booked', '2026-12-01T10:00:00', 60, ? FROM cases WHERE unit_code = 'NORR'")
            .bind(1, uid.columnText(0))
            .run();
        auto owner = ownerIn(QStringLiteral("TEST"));
        CHECK(refusal(*owner, QStringLiteral("TEST")).contains(QStringLiteral("nothing of it was kept")));
        CHECK(patientsIn(QStringLiteral("TEST")) == 0);
        CHECK(server.administer()
                  ->run(QStringLiteral("SELECT count(*) FROM audit_log WHERE unit_code = 'TEST'"))
                  .int64(0, 0) == 0);
    }
}
