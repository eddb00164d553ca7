// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/PgConnection.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace koordinera::core {
class Database;
}

namespace koordinera::tests {

// A throw-away PostgreSQL 15 cluster for the test program (tests/server/pg-test-server.sh): started the first time a
// test asks for it, with TLS and a certificate of its own, and stopped when the program ends.
class TestServer
{
public:
    static TestServer& shared();
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    // Signing in as `user` to `database`.
    core::ServerProfile profile(const QString& user, const QString& database = QStringLiteral("postgres")) const;
    core::ServerProfile admin() const;
    QByteArray adminPassword() const;
    QString folder() const { return m_dir; }

    // A new database with Koordinera's schema and one unit, TEST: a copy of a template made once per run, so that
    // each test starts from nothing in a few tens of milliseconds. The one made before is dropped. Opened as the
    // coordinator koordinator_test, granted TEST, working in it: under row-level security, as a coordinator works.
    std::unique_ptr<core::Database> freshDatabase();
    // The database freshDatabase() made last.
    QString currentDatabase() const { return QStringLiteral("unit_%1").arg(m_databases); }
    // A coordinator's login role, a member of koordinera_coordinator, with `password` (made once per server).
    void createCoordinator(const QString& role, const QByteArray& password);
    // A new database without Koordinera's schema, as a region's DBA makes it before `koordinera server prepare`;
    // it becomes the current database.
    void emptyDatabase();
    // The administrator's connection to the current database (row-level security does not hold it back).
    std::unique_ptr<core::PgConnection> administer() const;
    // A connection as `role` to the current database, working in `unit`.
    std::unique_ptr<core::PgConnection> connect(const QString& role, const QByteArray& password,
                                                const QString& unit) const;

    static inline const QByteArray TestPassword = QByteArrayLiteral("en lång lösenfras för testet");

private:
    TestServer();
    bool script(const QString& command) const;

    QTemporaryDir m_parent;
    QString m_dir;
    QHash<QString, QString> m_env;
    int m_databases = 0;
};

// True when this run's workspaces are on the test server (KOORDINERA_TEST_ON_SERVER is set): the repository and
// reporting tests run so a second time, on the server's engine.
bool onServer();

} // namespace koordinera::tests
