// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include "HeadlessCommands.h"
#include "core/server/PgConnection.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};

} // namespace

int serverCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Server::tr("Prepares Koordinera's database on the region's PostgreSQL server: makes the schema, or brings it "
                   "to this version, signed in as the role that owns the database. The password is read from "
                   "standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("server"), Server::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("prepare"), Server::tr("What to do: prepare."));
    const QCommandLineOption host(QStringLiteral("host"), Server::tr("The server's name, as its certificate has it."),
                                  Server::tr("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), Server::tr("The server's port (5432 if not given)."),
                                  Server::tr("PORT"), QStringLiteral("5432"));
    const QCommandLineOption database(QStringLiteral("database"), Server::tr("Koordinera's database on the server."),
                                      Server::tr("NAME"));
    const QCommandLineOption user(QStringLiteral("user"), Server::tr("The role that owns the database."),
                                  Server::tr("ROLE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                Server::tr("The certificate of the authority that signed the server's certificate."),
                                Server::tr("FILE"));
    parser.addOptions({host, port, database, user, ca});
    parser.process(arguments);
    QTextStream err(stderr);
    if (parser.positionalArguments().value(1) != QLatin1String("prepare")) {
        err << Server::tr("Say what to do: koordinera server prepare.") << '\n';
        return 2;
    }
    core::ServerProfile profile;
    profile.host = parser.value(host);
    profile.port = parser.value(port).toInt();
    profile.database = parser.value(database);
    profile.user = parser.value(user);
    profile.caFile = parser.value(ca);
    if (profile.host.isEmpty() || profile.database.isEmpty() || profile.user.isEmpty() || profile.port <= 0) {
        err << Server::tr("Give the server with --host, --database and --user (and --port if not 5432).") << '\n';
        return 2;
    }
    QByteArray password = readLine(Server::tr("Password for %1: ").arg(profile.user));
    const core::WipeOnExit wipe(password);
    try {
        auto db = core::Database::openServer(core::PgConnection::open(profile, password));
        const int before = db->userVersion();
        core::Migrations::migrate(*db);
        const int after = db->userVersion();
        if (before == after)
            err << Server::tr("Koordinera's database on %1 was already at version %2.").arg(profile.host).arg(after);
        else
            err << Server::tr("Koordinera's database on %1 is at version %2.").arg(profile.host).arg(after);
        err << '\n';
        return 0;
    } catch (const core::StorageError& error) {
        err << error.userMessage() << '\n';
        if (!error.technicalDetail().isEmpty())
            err << error.technicalDetail() << '\n';
        return 1;
    }
}

} // namespace koordinera::app
