// SPDX-License-Identifier: GPL-3.0-or-later
// Units on a region's server (issue 25): coordinators of a unit share its cases, another unit's coordinators see
// nothing of them even with SQL of their own, and the access log takes entries but never changes.
#include "EventLoop.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "core/records/CasePresence.h"
#include "core/server/PgConnection.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>

using namespace koordinera::core;
using koordinera::tests::FixedToday;
using koordinera::tests::TestServer;

namespace {

const QByteArray Password = TestServer::TestPassword;

// A coordinator's workspace on the test server's current database, as `role` working in `unit`.
std::unique_ptr<Workspace> workspaceOf(const QString& role, const QString& unit)
{
    auto workspace = Workspace::onServer(Database::openServer(TestServer::shared().connect(role, Password, unit)),
                                         RehabRules{}, role);
    workspace->setToday(FixedToday);
    return workspace;
}

qint64 countOf(PgConnection& connection, const QString& table)
{
    return connection.run(QStringLiteral("SELECT count(*) FROM ") + table).int64(0, 0);
}

// Unit TEST's coordinators Anna (koordinator_test) and Bo, and unit NORR's Cecilia, in a fresh database.
struct TwoUnits
{
    TwoUnits()
    {
        TestServer& server = TestServer::shared();
        anna = Workspace::onServer(server.freshDatabase(), RehabRules{}, QStringLiteral("koordinator_test"));
        anna->setToday(FixedToday);
        server.createCoordinator(QStringLiteral("koordinator_bo"), Password);
        server.createCoordinator(QStringLiteral("koordinator_cecilia"), Password);
        const auto admin = server.administer();
        admin->run(QStringLiteral("INSERT INTO units (code, name) VALUES ('NORR', 'Vårdcentralen Norr')"));
        admin->run(QStringLiteral("INSERT INTO grants (role, unit) VALUES ('koordinator_bo', 'TEST'), "
                                  "('koordinator_cecilia', 'NORR')"));
        caseId = koordinera::tests::addCase(*anna, QStringLiteral("850312-2387"), QStringLiteral("Åsa"),
                                            QStringLiteral("Öberg"), QDate(2026, 10, 1))
                     .caseId;
    }

    std::unique_ptr<Workspace> anna;
    qint64 caseId = 0;
};

} // namespace

TEST_CASE("Coordinators of one unit share its cases — another unit's coordinator sees none of them, even with SQL",
          "[server]")
{
    TwoUnits units;

    // Bo, of the same unit, finds Åsa's case and opens it.
    auto bo = workspaceOf(QStringLiteral("koordinator_bo"), QStringLiteral("TEST"));
    CHECK(bo->caseList().totalCases() == 1);
    const auto opened = bo->cases().get(units.caseId);
    REQUIRE(opened);
    CHECK(opened->reference == units.anna->cases().get(units.caseId)->reference);

    // Cecilia, of NORR, has an empty unit, and a case of her own there gets a reference of NORR's own.
    auto cecilia = workspaceOf(QStringLiteral("koordinator_cecilia"), QStringLiteral("NORR"));
    CHECK(cecilia->caseList().totalCases() == 0);
    CHECK_FALSE(cecilia->cases().get(units.caseId));
    const auto own = koordinera::tests::addCase(*cecilia, QStringLiteral("830605-4357"), QStringLiteral("Nils"),
                                                QStringLiteral("Norr"), QDate(2026, 11, 2));
    CHECK(cecilia->caseList().totalCases() == 1);
    CHECK(bo->caseList().totalCases() == 1); // and TEST still sees only its own

    // Her own SQL, in her unit and in TEST's, finds nothing of TEST's.
    const auto sql =
        TestServer::shared().connect(QStringLiteral("koordinator_cecilia"), Password, QStringLiteral("NORR"));
    CHECK(sql->run(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?"), {units.caseId}).int64(0, 0) == 0);
    CHECK(sql->run(QStringLiteral("SELECT count(*) FROM patients WHERE identity LIKE '%2387'")).int64(0, 0) == 0);
    CHECK(sql->run(QStringLiteral("SELECT count(*) FROM audit_log_entries WHERE case_id = ?"), {units.caseId})
              .int64(0, 0) == 0);
    sql->run(QStringLiteral("SELECT set_config('koordinera.unit', 'TEST', false)"));
    for (const char* table : {"cases", "patients", "sick_leave_periods", "audit_log", "audit_words", "case_search",
                              "kva_codes", "file_properties"})
        CHECK(countOf(*sql, QString::fromLatin1(table)) == 0);
    // Nor can she write into TEST, or read who is granted what.
    CHECK_THROWS_AS(
        sql->run(QStringLiteral("INSERT INTO actors (unit_code, kind, name) VALUES ('TEST', 'other', 'x')")),
        StorageError);
    CHECK_THROWS_AS(sql->run(QStringLiteral("SELECT count(*) FROM grants")), StorageError);
    CHECK_THROWS_AS(sql->run(QStringLiteral("INSERT INTO grants (role, unit) VALUES (current_user, 'TEST')")),
                    StorageError);
    CHECK(own.caseId != units.caseId);
}

TEST_CASE("No coordinator can change or remove an entry of the access log — an entry names the role that wrote it",
          "[server]")
{
    TwoUnits units;
    const auto sql = TestServer::shared().connect(QStringLiteral("koordinator_test"), Password, QStringLiteral("TEST"));
    const qint64 entries = countOf(*sql, QStringLiteral("audit_log"));
    REQUIRE(entries > 0);
    for (const char* change :
         {"UPDATE audit_log SET details = 'ändrad'", "DELETE FROM audit_log", "TRUNCATE audit_log",
          "UPDATE audit_words SET word = 'någon annan'", "DROP TRIGGER audit_log_no_update ON audit_log"}) {
        try {
            sql->run(QString::fromUtf8(change));
            FAIL("the access log was changed: " << change);
        } catch (const StorageError& error) {
            CHECK(error.userMessage().contains(QStringLiteral("right")));
        }
    }
    CHECK(countOf(*sql, QStringLiteral("audit_log")) == entries);

    // Every entry names the database role, and an entry written under another name is refused.
    const PgRows users = sql->run(QStringLiteral("SELECT DISTINCT os_user FROM audit_log_entries"));
    REQUIRE(users.count() == 1);
    CHECK(users.text(0, 0) == QStringLiteral("koordinator_test"));
    sql->run(QStringLiteral("INSERT INTO audit_words (word) VALUES ('mallory') ON CONFLICT DO NOTHING"));
    try {
        sql->run(QStringLiteral("INSERT INTO audit_log (id, at, os_user, coordinator, action, object, unit, hash) "
                                "SELECT 1000, 0, w.id, w.id, w.id, w.id, w.id, '\\x00' FROM audit_words w "
                                "WHERE w.word = 'mallory'"));
        FAIL("an entry under another role's name was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
    }
    CHECK(units.anna->audit().firstBrokenEntry() == 0);
}

TEST_CASE("Two coordinators of one unit write its access log as one unbroken chain", "[server]")
{
    TwoUnits units;
    auto bo = workspaceOf(QStringLiteral("koordinator_bo"), QStringLiteral("TEST"));
    for (int round = 0; round < 3; ++round) {
        auto record = *units.anna->cases().get(units.caseId);
        record.jobTasks = QStringLiteral("Lager, omgång %1").arg(round);
        units.anna->cases().save(record);
        auto seen = *bo->cases().get(units.caseId);
        CHECK(seen.jobTasks == record.jobTasks);
        seen.reasonOffered = QStringLiteral("Omgång %1").arg(round);
        bo->cases().save(seen);
    }
    CHECK(units.anna->audit().firstBrokenEntry() == 0);
    CHECK(bo->audit().firstBrokenEntry() == 0);
    const auto sql = TestServer::shared().connect(QStringLiteral("koordinator_bo"), Password, QStringLiteral("TEST"));
    CHECK(sql->run(QStringLiteral("SELECT count(DISTINCT os_user) FROM audit_log_entries")).int64(0, 0) == 2);
}

TEST_CASE("The server's schema has every table and column the file has", "[server]")
{
    auto file = Workspace::inMemory(RehabRules{}, QStringLiteral("Testkoordinator"));
    Statement tables(file->database(), "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                       "WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' "
                                       "AND m.name NOT LIKE 'case_search_%' ORDER BY m.name, c.cid");
    QStringList fileColumns;
    while (tables.step())
        fileColumns << tables.columnText(0) + QLatin1Char('.') + tables.columnText(1);
    REQUIRE(fileColumns.size() > 200);

    TestServer::shared().freshDatabase();
    const PgRows rows = TestServer::shared().administer()->run(
        QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                       "WHERE table_schema = current_schema()"));
    QSet<QString> serverColumns;
    for (int row = 0; row < rows.count(); ++row)
        serverColumns.insert(rows.text(row, 0));
    for (const QString& column : std::as_const(fileColumns))
        CHECK(serverColumns.contains(column));
}

TEST_CASE("Every table that holds a unit's rows is under row-level security, with the unit's policy", "[server]")
{
    TestServer::shared().freshDatabase();
    const PgRows open = TestServer::shared().administer()->run(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'unit_code' "
        "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace AND NOT (c.relrowsecurity AND "
        "EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'unit_rows'))"));
    QStringList tables;
    for (int row = 0; row < open.count(); ++row)
        tables << open.text(row, 0);
    CHECK(tables == QStringList{});
}

TEST_CASE("What a colleague of the unit commits is announced to the others, so their views refresh — another unit's "
          "is not",
          "[server]")
{
    TwoUnits units;
    auto bo = workspaceOf(QStringLiteral("koordinator_bo"), QStringLiteral("TEST"));
    auto cecilia = workspaceOf(QStringLiteral("koordinator_cecilia"), QStringLiteral("NORR"));
    QSet<QString> announced;
    int announcements = 0;
    QObject::connect(&units.anna->database(), &Database::changed, [&](const QSet<QString>& tables) {
        announced.unite(tables);
        ++announcements;
    });
    // Announcements arrive through the event loop, as the server's notifications reach the socket.
    using koordinera::tests::waitUntil;

    // Opening Bo's workspace wrote to the unit (the day the chains were brought up to date): let that arrive first.
    waitUntil([] { return false; }, 1000);
    announced.clear();
    announcements = 0;

    koordinera::tests::addCase(*cecilia, QStringLiteral("830605-4357"), QStringLiteral("Nils"), QStringLiteral("Norr"),
                               QDate(2026, 11, 2));
    waitUntil([] { return false; }, 1000); // NORR's commit has had time to arrive, if it were to
    CHECK(announced.isEmpty());

    auto record = *bo->cases().get(units.caseId);
    record.jobTasks = QStringLiteral("Truckförare");
    bo->cases().save(record);
    REQUIRE(waitUntil([&] { return announced.contains(QStringLiteral("cases")); }));
    CHECK(announced.contains(QStringLiteral("audit_log")));
    CHECK(units.anna->cases().get(units.caseId)->jobTasks == QStringLiteral("Truckförare"));

    // Her own save is announced once, by the save itself, not again when the server's notification comes back.
    announcements = 0;
    record.jobTasks = QStringLiteral("Lagerarbetare");
    units.anna->cases().save(record);
    CHECK(announcements == 1);
    waitUntil([] { return false; }, 1000);
    CHECK(announcements == 1);
}

TEST_CASE("A coordinator on a server not yet prepared is told to ask the region's administrator", "[server]")
{
    TestServer& server = TestServer::shared();
    server.emptyDatabase();
    try {
        workspaceOf(QStringLiteral("koordinator_test"), QStringLiteral("TEST"));
        FAIL("a workspace opened on a database without Koordinera's schema");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::CannotOpen);
        CHECK(error.userMessage().contains(QStringLiteral("koordinera server prepare")));
    }
    // Nothing was made there.
    CHECK(server.administer()
              ->run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
              .int64(0, 0) == 0);
}

TEST_CASE("A save over a colleague's newer change is refused, naming them, and their change is kept", "[server]")
{
    TwoUnits units;
    auto bo = workspaceOf(QStringLiteral("koordinator_bo"), QStringLiteral("TEST"));

    // Both open the case; Bo saves first.
    auto annasCopy = *units.anna->cases().get(units.caseId);
    auto bosCopy = *bo->cases().get(units.caseId);
    bosCopy.jobTasks = QStringLiteral("Truckförare");
    bo->cases().save(bosCopy);

    annasCopy.jobTasks = QStringLiteral("Lagerarbetare");
    try {
        units.anna->cases().save(annasCopy);
        FAIL("Anna's save went over Bo's");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ChangedElsewhere);
        // Named by the name Koordinera knows them by and the role they signed in with.
        CHECK(error.userMessage().startsWith(
            QStringLiteral("koordinator_bo (koordinator_bo) saved a change to this at %1")
                .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")))));
    }
    CHECK(units.anna->cases().get(units.caseId)->jobTasks == QStringLiteral("Truckförare"));

    // Read anew, Anna's change saves over Bo's, and Bo's older copy is refused in turn.
    auto fresh = *units.anna->cases().get(units.caseId);
    fresh.jobTasks = QStringLiteral("Lagerarbetare");
    units.anna->cases().save(fresh);
    bosCopy.jobTasks = QStringLiteral("Truckförare, skift");
    CHECK_THROWS_AS(bo->cases().save(bosCopy), StorageError);
    CHECK(bo->cases().get(units.caseId)->jobTasks == QStringLiteral("Lagerarbetare"));
}

TEST_CASE("A coordinator on a server older than the program is told to ask for it to be brought up to date", "[server]")
{
    TestServer& server = TestServer::shared();
    server.emptyDatabase();
    {
        const auto owner = Database::openServer(server.administer());
        Migrations::migrate(*owner, Migrations::latestVersion() - 1);
        Statement(*owner, "INSERT INTO units (code, name) VALUES ('TEST', 'Testenheten')").run();
        Statement(*owner, "INSERT INTO grants (role, unit) VALUES ('koordinator_test', 'TEST')").run();
    }
    try {
        workspaceOf(QStringLiteral("koordinator_test"), QStringLiteral("TEST"));
        FAIL("a coordinator's workspace opened on a server an update behind");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::CannotOpen);
        CHECK(error.userMessage().contains(QStringLiteral("bring it up to date (koordinera server prepare)")));
    }
    // The owner's `server prepare` brings it up to date, and then the coordinator opens it.
    Migrations::migrate(*Database::openServer(server.administer()));
    CHECK_NOTHROW(workspaceOf(QStringLiteral("koordinator_test"), QStringLiteral("TEST")));
}

TEST_CASE("A case a colleague has open is shown as such, until they leave it or their connection ends", "[server]")
{
    TwoUnits units;
    auto bo = workspaceOf(QStringLiteral("koordinator_bo"), QStringLiteral("TEST"));
    auto cecilia = workspaceOf(QStringLiteral("koordinator_cecilia"), QStringLiteral("NORR"));
    CasePresence& seenByAnna = units.anna->casePresence();
    int announced = 0;
    QObject::connect(units.anna.get(), &Workspace::presenceChanged, [&announced] { ++announced; });
    QSet<QString> changedTables;
    QObject::connect(units.anna.get(), &Workspace::changed,
                     [&changedTables](const QSet<QString>& tables) { changedTables.unite(tables); });
    const auto waitForAnnouncement = [&announced] {
        return koordinera::tests::waitUntil([&announced] { return announced > 0; });
    };
    CHECK(seenByAnna.othersIn(units.caseId).isEmpty());

    bo->casePresence().enter(units.caseId);
    CHECK(seenByAnna.othersIn(units.caseId) == QStringList{QStringLiteral("koordinator_bo (koordinator_bo)")});
    CHECK(waitForAnnouncement());
    CHECK_FALSE(changedTables.contains(QStringLiteral("case_presence"))); // no change of the data
    // Anna's own opening is not someone else's, and NORR's case of the same number is another case.
    seenByAnna.enter(units.caseId);
    cecilia->casePresence().enter(units.caseId);
    CHECK(seenByAnna.othersIn(units.caseId) == QStringList{QStringLiteral("koordinator_bo (koordinator_bo)")});
    CHECK(bo->casePresence().othersIn(units.caseId) ==
          QStringList{QStringLiteral("koordinator_test (koordinator_test)")});

    bo->casePresence().leave();
    CHECK(seenByAnna.othersIn(units.caseId).isEmpty());
    bo->casePresence().enter(units.caseId);
    bo.reset(); // the program ends, or the cable is pulled: the server lets go
    QElapsedTimer timer;
    timer.start();
    while (!seenByAnna.othersIn(units.caseId).isEmpty() && timer.elapsed() < 5000)
        QThread::msleep(50);
    CHECK(seenByAnna.othersIn(units.caseId).isEmpty());
}
