// SPDX-License-Identifier: GPL-3.0-or-later
// The connection to a region's PostgreSQL server (issue 25), against a real server: a throw-away PostgreSQL 15
// cluster started for this test program (tests/server/pg-test-server.sh) with TLS and a certificate of its own.
#include "TestServer.h"
#include "core/server/PgConnection.h"
#include "core/storage/StorageError.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace koordinera::core;

using koordinera::tests::TestServer;

TEST_CASE("A connection to the region's server is encrypted and checks the server's certificate", "[server]")
{
    TestServer& server = TestServer::shared();
    const auto connection = PgConnection::open(server.admin(), server.adminPassword());
    CHECK(connection->tlsVersion().startsWith(QStringLiteral("TLSv1.")));
    CHECK(connection->role() == QStringLiteral("koordinera_admin"));

    // A server whose certificate the region's CA did not sign is refused, and so is a connection without a CA.
    QTemporaryDir other;
    const QString otherCa = other.filePath(QStringLiteral("other-ca.crt"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"), QStringLiteral("-keyout"),
                   other.filePath(QStringLiteral("k")), QStringLiteral("-out"), otherCa});
    REQUIRE(openssl.waitForFinished(30000));
    ServerProfile wrongCa = server.admin();
    wrongCa.caFile = otherCa;
    CHECK_THROWS_AS(PgConnection::open(wrongCa, server.adminPassword()), StorageError);
    ServerProfile noCa = server.admin();
    noCa.caFile.clear();
    CHECK_THROWS_AS(PgConnection::open(noCa, server.adminPassword()), StorageError);
    // The wrong password: refused, and the message is for the coordinator, the server's words the detail.
    try {
        PgConnection::open(server.admin(), QByteArrayLiteral("fel lösenord"));
        FAIL("a wrong password was let in");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::CannotOpen);
        CHECK(error.technicalDetail().contains(QStringLiteral("password")));
    }
}

TEST_CASE("Statements run prepared, with every value bound: Swedish text, NULL and text that looks like SQL",
          "[server]")
{
    TestServer& server = TestServer::shared();
    const auto connection = PgConnection::open(server.admin(), server.adminPassword());
    connection->run(QStringLiteral("DROP TABLE IF EXISTS people"));
    connection->run(QStringLiteral("CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, born date, "
                                   "active boolean)"));
    const QString hostile = QStringLiteral("Åsa Öberg'); DROP TABLE people; --");
    const QString insert = QStringLiteral("INSERT INTO people (id, name, born, active) VALUES ($1, $2, $3, $4)");
    CHECK(connection->run(insert, {1, hostile, QDate(1985, 3, 12), true}).affected() == 1);
    CHECK(connection->run(insert, {2, QStringLiteral("Göran"), QVariant(), false}).affected() == 1);
    const PgRows rows = connection->run(QStringLiteral("SELECT id, name, born, active FROM people ORDER BY id"));
    REQUIRE(rows.count() == 2);
    CHECK(rows.text(0, 1) == hostile);
    CHECK(rows.text(0, 2) == QStringLiteral("1985-03-12"));
    CHECK(rows.text(0, 3) == QStringLiteral("t"));
    CHECK(rows.isNull(1, 2));
    CHECK(rows.int64(1, 0) == 2);
    // The same SQL is prepared once for the connection, however often it runs.
    const PgRows prepared = connection->run(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE "
                                                           "statement LIKE 'INSERT INTO people%'"));
    CHECK(prepared.int64(0, 0) == 1);
}

TEST_CASE("SQL written with SQLite's placeholders runs on the server", "[server]")
{
    // And the same SQL runs on the server.
    TestServer& server = TestServer::shared();
    const auto connection = PgConnection::open(server.admin(), server.adminPassword());
    const PgRows rows =
        connection->run(QStringLiteral("SELECT ?::text || '?' || ?::text"), {QStringLiteral("Ö"), QStringLiteral("å")});
    CHECK(rows.text(0, 0) == QStringLiteral("Ö?å"));
}

TEST_CASE("A broken rule and a missing right are told apart, each with a message for the coordinator", "[server]")
{
    TestServer& server = TestServer::shared();
    const auto admin = PgConnection::open(server.admin(), server.adminPassword());
    admin->run(QStringLiteral("DROP TABLE IF EXISTS units"));
    admin->run(QStringLiteral("CREATE TABLE units (code text PRIMARY KEY)"));
    admin->run(QStringLiteral("INSERT INTO units (code) VALUES ($1)"), {QStringLiteral("A")});
    try {
        admin->run(QStringLiteral("INSERT INTO units (code) VALUES ($1)"), {QStringLiteral("A")});
        FAIL("a second unit A was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Constraint);
    }

    // A coordinator's own role, with no right to the table yet.
    admin->run(QStringLiteral("DROP ROLE IF EXISTS koordinator_eva"));
    admin->run(QStringLiteral("CREATE ROLE koordinator_eva LOGIN PASSWORD 'eva har en lång lösenfras'"));
    const auto eva = PgConnection::open(server.profile(QStringLiteral("koordinator_eva")),
                                        QByteArrayLiteral("eva har en lång lösenfras"));
    CHECK(eva->role() == QStringLiteral("koordinator_eva"));
    try {
        eva->run(QStringLiteral("SELECT code FROM units"));
        FAIL("a role without the right read the table");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Generic);
        CHECK(error.technicalDetail().contains(QStringLiteral("permission denied")));
    }
}

TEST_CASE("libpq is named with its version and licence for the About box", "[server]")
{
    const Component library = PgConnection::library();
    CHECK(library.name == QStringLiteral("libpq"));
    CHECK(library.version.startsWith(QStringLiteral("15.")));
    CHECK(library.licence == QStringLiteral("PostgreSQL"));
}
