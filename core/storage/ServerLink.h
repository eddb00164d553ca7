// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace koordinera::core {

// Where a region's PostgreSQL server is, and who signs in (issue 25). Kept in the settings; the password never is.
struct ServerProfile
{
    QString host;
    int port = 5432;
    QString database;
    QString user;   // the coordinator's own database role
    QString caFile; // the certificate authority the server's certificate must be signed by
    // A client certificate instead of a password, when the region issues them.
    QString clientCertificate;
    QString clientKey;
    // The unit (its code) the connection works in: the rows it sees and writes. Empty for the administrator's work.
    QString unit;
};

// What a Database on a region's server needs of its connection (issue 25). The storage layer keeps to SQLite and
// Qt; core/server implements this over libpq. Values go both ways in PostgreSQL's text format, NULL kept apart.
class ServerLink
{
public:
    virtual ~ServerLink() = default;

    class Rows
    {
    public:
        virtual ~Rows() = default;
        virtual int count() const = 0;
        virtual bool isNull(int row, int column) const = 0;
        virtual QByteArrayView value(int row, int column) const = 0;
        virtual int affected() const = 0; // rows an INSERT, UPDATE or DELETE touched
    };

    // Runs `sql` (placeholders numbered $1, $2 …; see ServerSql) with `parameters`, prepared once per connection.
    // Throws StorageError when the server refuses.
    virtual std::unique_ptr<Rows> execute(const QByteArray& sql,
                                          const std::vector<std::optional<QByteArray>>& parameters) = 0;

    // The connection's socket, readable when the server has sent something unasked (a notification); -1 if none.
    virtual int socket() const = 0;
    // The payloads of the notifications other connections' commits sent on the channels this one listens to,
    // taken from the socket without waiting.
    virtual QList<QByteArray> takeNotifications() = 0;
};

} // namespace koordinera::core
