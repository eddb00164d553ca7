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

    // A new, empty unit database with Koordinera's schema, as the administrator: a copy of a template made once per
    // run, so that each test starts from nothing in a few tens of milliseconds. The one made before is dropped.
    std::unique_ptr<core::Database> freshDatabase();

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
