// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/about/BuildInfo.h"
#include "core/storage/ServerLink.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace koordinera::core {

// The rows a statement returned, as text (PostgreSQL's text format), with NULL kept apart from "".
class PgRows : public ServerLink::Rows
{
public:
    explicit PgRows(PGresult* result);
    ~PgRows() override;
    PgRows(PgRows&& other) noexcept;
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;
    PgRows& operator=(PgRows&&) = delete;

    int count() const override;
    bool isNull(int row, int column) const override;
    QByteArrayView value(int row, int column) const override;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    int affected() const override;
    // Throws StorageError when the statement failed: a broken rule (Constraint), a right the role lacks, or else.
    void requireSuccess() const;

private:
    PGresult* m_result;
};

// One connection to the server, over TLS with the server's certificate verified against the profile's CA and its
// name checked (sslmode=verify-full). Statements are prepared once per connection and run with bound parameters
// only: the SQL never holds a value. A failure throws StorageError with a message for the coordinator, in Swedish
// when the program runs in Swedish, and the server's own words as the technical detail.
class PgConnection : public ServerLink
{
public:
    static std::unique_ptr<PgConnection> open(const ServerProfile& profile, const QByteArray& password);
    ~PgConnection() override;
    // libpq, for the About box and --version.
    static Component library();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs `sql` with `parameters`: QString, integers, bool, QDate, QDateTime or a null QVariant for NULL. The
    // parameters are written `?` as in the SQLite code, or `$1, $2 …`.
    PgRows run(const QString& sql, const QVariantList& parameters = {});
    std::unique_ptr<ServerLink::Rows> execute(const QByteArray& sql,
                                              const std::vector<std::optional<QByteArray>>& parameters) override;
    int socket() const override;
    QList<QByteArray> takeNotifications() override;
    // The protocol TLS runs on, e.g. "TLSv1.3"; empty when the connection is not encrypted (never, once open).
    QString tlsVersion() const;
    // The role the server says this connection is ("SELECT current_user"): the coordinator's own.
    QString role();

private:
    explicit PgConnection(PGconn* connection) : m_connection(connection) {}
    // The name `sql` (numbered placeholders) is prepared under on this connection, preparing it the first time.
    QByteArray prepared(const QByteArray& sql, int parameterCount);
    PgRows runPrepared(const QByteArray& sql, const std::vector<std::optional<QByteArray>>& parameters);

    PGconn* m_connection;
    QHash<QByteArray, QByteArray> m_statements; // SQL → the name it was prepared under
};

} // namespace koordinera::core
