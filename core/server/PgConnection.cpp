// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/PgConnection.h"

#include "core/storage/ServerSql.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <libpq-fe.h>
#include <vector>

namespace koordinera::core {

namespace {

QString serverMessage(const PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

// A parameter in PostgreSQL's text format: what `$1` receives. Dates and times as ISO 8601, which the server reads
// whatever its DateStyle.
std::optional<QByteArray> textOf(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toLatin1();
    default:
        return value.toString().toUtf8();
    }
}

// The keywords libpq is given: nothing is put together as a connection string, so no value can change another.
struct ConnectionKeywords
{
    std::vector<QByteArray> keys;
    std::vector<QByteArray> values;

    void add(const char* key, const QByteArray& value)
    {
        if (value.isEmpty())
            return;
        keys.emplace_back(key);
        values.push_back(value);
    }
    std::vector<const char*> pointers(const std::vector<QByteArray>& from) const
    {
        std::vector<const char*> result;
        for (const QByteArray& item : from)
            result.push_back(item.constData());
        result.push_back(nullptr);
        return result;
    }
};

} // namespace

PgRows::PgRows(PGresult* result) : m_result(result) {}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

PgRows::PgRows(PgRows&& other) noexcept : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int PgRows::count() const
{
    return PQntuples(m_result);
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArrayView PgRows::value(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

void PgRows::requireSuccess() const
{
    const ExecStatusType status = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    const QString detail = m_result ? QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed()
                                    : QStringLiteral("no result (connection lost?)");
    const QByteArray state = m_result ? QByteArray(PQresultErrorField(m_result, PG_DIAG_SQLSTATE)) : QByteArray();
    // Class 23 is a broken rule of the schema (a unique key, a check); 42501 a right the role does not have.
    if (state.startsWith("23")) {
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("Server", "The server refused the change: it breaks a rule "
                                                                 "of the database."),
                           detail);
    }
    if (state == "42501") {
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("Server", "You do not have the right to do that on the "
                                                                 "server. Ask the region's administrator."),
                           detail);
    }
    throw StorageError(StorageError::Kind::Generic,
                       QCoreApplication::translate("Server", "The server could not carry out the request."), detail);
}

int PgRows::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toInt();
}

std::unique_ptr<PgConnection> PgConnection::open(const ServerProfile& profile, const QByteArray& password)
{
    if (profile.caFile.isEmpty()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Server", "The server's certificate cannot be checked: the "
                                                                 "connection needs the region's CA certificate."));
    }
    ConnectionKeywords keywords;
    keywords.add("host", profile.host.toUtf8());
    keywords.add("port", QByteArray::number(profile.port));
    keywords.add("dbname", profile.database.toUtf8());
    keywords.add("user", profile.user.toUtf8());
    keywords.add("password", password);
    keywords.add("sslmode", "verify-full");
    keywords.add("sslrootcert", profile.caFile.toUtf8());
    keywords.add("sslcert", profile.clientCertificate.toUtf8());
    keywords.add("sslkey", profile.clientKey.toUtf8());
    keywords.add("application_name", "Koordinera");
    keywords.add("connect_timeout", "10");
    keywords.add("client_encoding", "UTF8");
    const std::vector<const char*> keys = keywords.pointers(keywords.keys);
    const std::vector<const char*> values = keywords.pointers(keywords.values);
    PGconn* connection = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!connection || PQstatus(connection) != CONNECTION_OK) {
        const QString detail = connection ? serverMessage(connection) : QStringLiteral("out of memory");
        if (connection)
            PQfinish(connection);
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Server", "Could not connect to the server %1. Check the "
                                                                 "address, your user name and password, and that "
                                                                 "the server's certificate is the region's.")
                               .arg(profile.host),
                           detail);
    }
    // The server's notices ("table does not exist, skipping") are not the coordinator's to read, and stay out of
    // stderr and its logs.
    PQsetNoticeProcessor(
        connection, [](void*, const char*) {}, nullptr);
    std::unique_ptr<PgConnection> opened(new PgConnection(connection));
    if (!profile.unit.isEmpty())
        opened->run(QStringLiteral("SELECT set_config('koordinera.unit', ?, false)"), {profile.unit});
    return opened;
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

QByteArray PgConnection::prepared(const QByteArray& sql, int parameterCount)
{
    if (const auto known = m_statements.constFind(sql); known != m_statements.constEnd())
        return *known;
    const QByteArray name = "k" + QByteArray::number(m_statements.size() + 1);
    const PgRows result(PQprepare(m_connection, name.constData(), sql.constData(), parameterCount, nullptr));
    result.requireSuccess();
    m_statements.insert(sql, name);
    return name;
}

PgRows PgConnection::runPrepared(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& parameters)
{
    const int count = int(parameters.size());
    const QByteArray name = prepared(sql, count);
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const auto& text : parameters)
        values.push_back(text ? text->constData() : nullptr);
    PgRows rows(PQexecPrepared(m_connection, name.constData(), count, values.data(), nullptr, nullptr, 0));
    rows.requireSuccess();
    return rows;
}

PgRows PgConnection::run(const QString& sql, const QVariantList& parameters)
{
    std::vector<std::optional<QByteArray>> texts;
    texts.reserve(parameters.size());
    for (const QVariant& parameter : parameters)
        texts.push_back(textOf(parameter));
    const QByteArray utf8 = sql.toUtf8();
    const ServerSql translated = ServerSql::translate(std::string_view(utf8.constData(), size_t(utf8.size())));
    texts.resize(std::max(texts.size(), size_t(translated.parameterCount)));
    return runPrepared(translated.text, texts);
}

std::unique_ptr<ServerLink::Rows> PgConnection::execute(const QByteArray& sql,
                                                        const std::vector<std::optional<QByteArray>>& parameters)
{
    return std::make_unique<PgRows>(runPrepared(sql, parameters));
}

int PgConnection::socket() const
{
    return PQsocket(m_connection);
}

QList<QByteArray> PgConnection::takeNotifications()
{
    QList<QByteArray> payloads;
    if (!PQconsumeInput(m_connection))
        return payloads; // a lost connection: the next statement says so
    const int ownProcess = PQbackendPID(m_connection);
    while (PGnotify* notification = PQnotifies(m_connection)) {
        // A connection hears its own notifications too; its own commits were announced already.
        if (notification->be_pid != ownProcess)
            payloads.append(QByteArray(notification->extra));
        PQfreemem(notification);
    }
    return payloads;
}

Component PgConnection::library()
{
    // PQlibVersion gives 150010 for 15.10.
    const int version = PQlibVersion();
    return {QStringLiteral("libpq"), QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000),
            QStringLiteral("PostgreSQL"), QStringLiteral("https://www.postgresql.org/")};
}

QString PgConnection::tlsVersion() const
{
    return PQsslInUse(m_connection) ? QString::fromUtf8(PQsslAttribute(m_connection, "protocol")) : QString();
}

QString PgConnection::role()
{
    const PgRows rows = run(QStringLiteral("SELECT current_user"));
    return rows.count() == 1 ? rows.text(0, 0) : QString();
}

} // namespace koordinera::core
