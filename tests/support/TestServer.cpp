// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

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
    REQUIRE(script(QStringLiteral("start")));
    QFile env(m_dir + QStringLiteral("/server.env"));
    REQUIRE(env.open(QIODevice::ReadOnly));
    for (const QByteArray& line : env.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            m_env.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
    }
}

TestServer::~TestServer()
{
    script(QStringLiteral("stop"));
}

core::ServerProfile TestServer::profile(const QString& user, const QString& database) const
{
    return {QStringLiteral("localhost"),
            m_env.value(QStringLiteral("KOORDINERA_PG_PORT")).toInt(),
            database,
            user,
            m_env.value(QStringLiteral("KOORDINERA_PG_CA")),
            {},
            {}};
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
    } else {
        admin->run(QStringLiteral("DROP DATABASE IF EXISTS unit_%1 WITH (FORCE)").arg(m_databases));
    }
    const QString name = QStringLiteral("unit_%1").arg(++m_databases);
    admin->run(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, Template));
    core::ServerProfile unit = this->admin();
    unit.database = name;
    return core::Database::openServer(core::PgConnection::open(unit, adminPassword()));
}

bool TestServer::script(const QString& command) const
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  {QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/server/pg-test-server.sh"), command, m_dir});
    process.waitForFinished(60000);
    if (process.exitCode() != 0)
        WARN(process.readAllStandardError().toStdString());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool onServer()
{
    return qEnvironmentVariableIsSet("KOORDINERA_TEST_ON_SERVER");
}

} // namespace koordinera::tests
