// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include "HeadlessCommands.h"
#include "core/server/PgConnection.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SecretKey.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/workspace/ServerImport.h"
#include "core/workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace koordinera::app {

namespace {

struct Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)
};

void printError(const core::StorageError& error)
{
    QTextStream err(stderr);
    err << error.userMessage() << '\n';
    if (!error.technicalDetail().isEmpty())
        err << error.technicalDetail() << '\n';
}

// `koordinera server prepare`: makes the schema, or brings it to this version.
int prepare(core::ServerProfile profile)
{
    QTextStream err(stderr);
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
        printError(error);
        return 1;
    }
}

// `koordinera server import`: moves a unit's sealed file into its unit on the server (core/workspace/ServerImport).
// The file's passphrase is read first, then the owner's password: one line each.
int import(core::ServerProfile profile, const QString& path)
{
    QTextStream err(stderr);
    try {
        core::Storage::requireDatabaseFile(path, false);
        QByteArray passphrase = readLine(Server::tr("Passphrase for %1: ").arg(QFileInfo(path).fileName()));
        const core::WipeOnExit wipePassphrase(passphrase);
        QByteArray password = readLine(Server::tr("Password for %1: ").arg(profile.user));
        const core::WipeOnExit wipePassword(password);
        core::Settings settings;
        auto file = core::Workspace::openReadOnly(path, passphrase, settings.rehabRules(), settings.coordinatorName());
        auto server = core::Database::openServer(core::PgConnection::open(profile, password));
        const auto result = core::ServerImport::run(*file, *server, profile.unit, QFileInfo(path).fileName(),
                                                    settings.coordinatorName());
        if (result.alreadyMoved) {
            err << Server::tr("%1 has already been moved into the unit %2: nothing was done.")
                       .arg(QFileInfo(path).fileName(), profile.unit)
                << '\n';
        } else {
            err << Server::tr("Moved %n case(s) from %1 into the unit %2 on %3. Patients: %4. Entries of the access "
                              "log: %5.",
                              nullptr, int(result.cases))
                       .arg(QFileInfo(path).fileName(), profile.unit, profile.host)
                       .arg(result.patients)
                       .arg(result.logEntries)
                << '\n';
        }
        return 0;
    } catch (const core::StorageError& error) {
        printError(error);
        return error.kind() == core::StorageError::Kind::Damaged ? 3 : 1;
    }
}

// --server HOST[:PORT]/DATABASE, the short form of --host, --port and --database.
bool readServer(const QString& text, core::ServerProfile& profile)
{
    static const QRegularExpression form(QStringLiteral("^([^:/]+)(?::(\\d+))?/(.+)$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    profile.host = match.captured(1);
    if (!match.captured(2).isEmpty())
        profile.port = match.captured(2).toInt();
    profile.database = match.captured(3);
    return true;
}

} // namespace

int serverCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Server::tr("For the region's administrator, signed in as the role that owns Koordinera's database on the "
                   "region's PostgreSQL server. prepare: makes the schema, or brings it to this version. import: moves "
                   "a unit's sealed file (--db) into its unit (--unit), all or nothing; running it again does "
                   "nothing. The password (and for import first the file's passphrase) is read from standard input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("server"), Server::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), Server::tr("What to do: prepare or import."));
    const QCommandLineOption host(QStringLiteral("host"), Server::tr("The server's name, as its certificate has it."),
                                  Server::tr("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), Server::tr("The server's port (5432 if not given)."),
                                  Server::tr("PORT"), QStringLiteral("5432"));
    const QCommandLineOption database(QStringLiteral("database"), Server::tr("Koordinera's database on the server."),
                                      Server::tr("NAME"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    Server::tr("The server and database in one: HOST[:PORT]/DATABASE."),
                                    Server::tr("SERVER"));
    const QCommandLineOption user(QStringLiteral("user"), Server::tr("The role that owns the database."),
                                  Server::tr("ROLE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                Server::tr("The certificate of the authority that signed the server's certificate."),
                                Server::tr("FILE"));
    const QCommandLineOption file(QStringLiteral("db"), Server::tr("import: the unit's database FILE."),
                                  Server::tr("FILE"));
    const QCommandLineOption unit(QStringLiteral("unit"), Server::tr("import: the CODE of the unit to move it into."),
                                  Server::tr("CODE"));
    parser.addOptions({host, port, database, server, user, ca, file, unit});
    parser.process(arguments);
    QTextStream err(stderr);
    const QString action = parser.positionalArguments().value(1);
    if (action != QLatin1String("prepare") && action != QLatin1String("import")) {
        err << Server::tr("Say what to do: koordinera server prepare, or koordinera server import.") << '\n';
        return 2;
    }
    core::ServerProfile profile;
    profile.host = parser.value(host);
    profile.port = parser.value(port).toInt();
    profile.database = parser.value(database);
    profile.user = parser.value(user);
    profile.caFile = parser.value(ca);
    if (parser.isSet(server) && !readServer(parser.value(server), profile)) {
        err << Server::tr("Give --server as HOST[:PORT]/DATABASE.") << '\n';
        return 2;
    }
    if (profile.host.isEmpty() || profile.database.isEmpty() || profile.user.isEmpty() || profile.port <= 0) {
        err << Server::tr("Give the server with --host, --database and --user (and --port if not 5432).") << '\n';
        return 2;
    }
    if (action == QLatin1String("prepare"))
        return prepare(profile);
    if (!parser.isSet(file) || !parser.isSet(unit)) {
        err << Server::tr("Name the file with --db FILE and its unit with --unit CODE.") << '\n';
        return 2;
    }
    profile.unit = parser.value(unit);
    return import(profile, parser.value(file));
}

} // namespace koordinera::app
