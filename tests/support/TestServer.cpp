// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <cstdio>
#include <stdexcept>

namespace koordinera::tests {

namespace {

const QString Template = QStringLiteral("koordinera_template");

} // namespace

TestServer& TestServer::shared()
{
    static TestServer server;
    return server;
}

TestServer::TestServer()
{
    // The server runs as an unprivileged user when the tests run as root: it must reach its folder.
    QFile::setPermissions(m_parent.path(), QFile::permissions(m_parent.path()) | QFile::ExeOther | QFile::ReadOther);
    m_dir = m_parent.filePath(QStringLiteral("server"));
    // Thrown, not a test's REQUIRE: the benchmark starts one too, outside any test.
    if (!script(QStringLiteral("start")))
        throw std::runtime_error("the throw-away PostgreSQL server did not start (tests/server/pg-test-server.sh)");
    QFile env(m_dir + QStringLiteral("/server.env"));
    if (!env.open(QIODevice::ReadOnly))
        throw std::runtime_error("the throw-away PostgreSQL server wrote no server.env");
    for (const QByteArray& line : env.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            m_env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
    // What the region's DBA makes: the coordinators' group role, and a coordinator.
    core::PgConnection::open(admin(), adminPassword())
        ->run(QStringLiteral("CREATE ROLE koordinera_coordinator NOLOGIN"));
    createCoordinator(QStringLiteral("koordinator_test"), TestPassword);
}

TestServer::~TestServer()
{
    script(QStringLiteral("stop"));
}

core::ServerProfile TestServer::profile(const QString& user, const QString& database) const
{
    core::ServerProfile profile;
    profile.host = QStringLiteral("localhost");
    profile.port = m_env.value(QStringLiteral("KOORDINERA_PG_PORT")).toInt();
    profile.database = database;
    profile.user = user;
    profile.caFile = m_env.value(QStringLiteral("KOORDINERA_PG_CA"));
    return profile;
}

core::ServerProfile TestServer::admin() const
{
    return profile(m_env.value(QStringLiteral("KOORDINERA_PG_ADMIN")));
}

QByteArray TestServer::adminPassword() const
{
    return m_env.value(QStringLiteral("KOORDINERA_PG_ADMIN_PASSWORD")).toUtf8();
}

std::unique_ptr<core::Database> TestServer::freshDatabase()
{
    const auto admin = core::PgConnection::open(this->admin(), adminPassword());
    if (m_databases == 0) {
        admin->run(QStringLiteral("CREATE DATABASE ") + Template);
        core::ServerProfile templateProfile = this->admin();
        templateProfile.database = Template;
        auto made = core::Database::openServer(core::PgConnection::open(templateProfile, adminPassword()));
        core::Migrations::migrate(*made);
        made->execute("INSERT INTO units (code, name) VALUES ('TEST', 'Testenheten')");
        made->execute("INSERT INTO grants (role, unit) VALUES ('koordinator_test', 'TEST')");
    } else {
        admin->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(currentDatabase()));
    }
    ++m_databases;
    admin->run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(currentDatabase(), Template));
    return core::Database::openServer(
        connect(QStringLiteral("koordinator_test"), TestPassword, QStringLiteral("TEST")));
}

void TestServer::createCoordinator(const QString& role, const QByteArray& password)
{
    const auto admin = core::PgConnection::open(this->admin(), adminPassword());
    // A role's password cannot be a bound parameter; these are the tests' own words, never a user's. Roles belong to
    // the whole server: a role a test program made before is kept.
    admin->run(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE koordinera_coordinator; END IF; END $$")
                   .arg(role, QString::fromUtf8(password)));
}

void TestServer::emptyDatabase()
{
    freshDatabase(); // the roles and the template exist from here on
    const auto admin = core::PgConnection::open(this->admin(), adminPassword());
    admin->run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(currentDatabase()));
    ++m_databases;
    admin->run(QStringLiteral("CREATE DATABASE %1").arg(currentDatabase()));
    administer()->run(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"));
}

std::unique_ptr<core::PgConnection> TestServer::administer() const
{
    core::ServerProfile profile = admin();
    profile.database = currentDatabase();
    return core::PgConnection::open(profile, adminPassword());
}

std::unique_ptr<core::PgConnection> TestServer::connect(const QString& role, const QByteArray& password,
                                                        const QString& unit) const
{
    core::ServerProfile profile = this->profile(role, currentDatabase());
    profile.unit = unit;
    return core::PgConnection::open(profile, password);
}

bool TestServer::script(const QString& command) const
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/server/pg-test-server.sh"), command, m_dir});
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        std::fputs(process.readAllStandardError().constData(), stderr); // why, for the one reading the log
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool onServer()
{
    return qEnvironmentVariableIsSet("KOORDINERA_TEST_ON_SERVER");
}

} // namespace koordinera::tests
