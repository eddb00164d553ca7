// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace koordinera::core {

class Database;

// One prepared statement with bound parameters. Indices are 1-based for bind(), 0-based for columns, as
// in the sqlite3 API. Dates are stored as ISO text (yyyy-MM-dd), timestamps as yyyy-MM-ddTHH:mm:ss.
// The compiled statement is borrowed from the connection's StatementCache and given back when this ends, so
// making a Statement for the same SQL again (a loop, a repository called per row) compiles it only once.
class Statement
{
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, bool value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, const QDate& value);
    Statement& bind(int index, const QDateTime& value);
    Statement& bindBlob(int index, const QByteArray& value);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds a 0 id as NULL: ids start at 1, and an absent reference is NULL in the schema.
    Statement& bindId(int index, qint64 id) { return id > 0 ? bind(index, id) : bind(index, nullptr); }

    // Binds several values in order, starting at parameter 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // The index of a named parameter (":name"), or 0 when the statement has none by that name.
    int parameterIndex(const char* name) const;

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Runs an INSERT … RETURNING id and gives the new row's id. Both engines number new rows so: the server has no
    // "last inserted row" of the connection to ask afterwards.
    qint64 insertedId();
    void reset();

    bool isNull(int column) const;
    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QDate columnDate(int column) const;
    QDateTime columnDateTime(int column) const;
    QByteArray columnBlob(int column) const;
    std::optional<int> columnOptionalInt(int column) const;

private:
    // On a region's server: the translated SQL, the values bound so far, and the rows once it has run.
    struct OnServer;

    Statement& bindOnServer(int index, std::optional<QByteArray> text);
    bool stepOnServer();
    // A column's value as the server sent it (text); empty for NULL.
    QByteArrayView serverValue(int column) const;

    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    StatementCache::Entry* m_cacheEntry = nullptr;
    std::unique_ptr<OnServer> m_server;
};

} // namespace koordinera::core
