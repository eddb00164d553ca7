// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <cctype>
#include <sqlite3.h>

namespace koordinera::core {

namespace {

bool onlyWhitespaceOrSemicolons(const char* text)
{
    for (; text && *text; ++text) {
        if (!std::isspace(static_cast<unsigned char>(*text)) && *text != ';')
            return false;
    }
    return true;
}

const QString DateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

} // namespace

Statement::Statement(Database& db, std::string_view sql) : m_db(&db)
{
    db.requireOwner();
    const StatementCache::Borrowed borrowed = db.m_statements->borrow(sql);
    if (!borrowed.statement)
        db.throwError(borrowed.error, "prepare");
    m_stmt = borrowed.statement;
    m_cacheEntry = borrowed.entry;
    if (!borrowed.compiled)
        return;
    // One statement per prepare: a second statement hidden in the string is a bug, never executed.
    const char* end = sql.data() + sql.size();
    if (borrowed.tail && borrowed.tail < end && !onlyWhitespaceOrSemicolons(std::string(borrowed.tail, end).c_str())) {
        db.m_statements->giveBack(m_cacheEntry, m_stmt);
        m_stmt = nullptr;
        throw StorageError(StorageError::Kind::Generic, QStringLiteral("Internal error"),
                           QStringLiteral("more than one SQL statement in one prepare"));
    }
}

Statement::~Statement()
{
    if (m_stmt)
        m_db->m_statements->giveBack(m_cacheEntry, m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_cacheEntry(other.m_cacheEntry)
{
    other.m_stmt = nullptr;
    other.m_cacheEntry = nullptr;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    sqlite3_bind_int(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, bool value)
{
    sqlite3_bind_int(m_stmt, index, value ? 1 : 0);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    // A null QString is stored as '' (text columns are NOT NULL); absent values are bound as nullptr.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    // Qt::ISODate writes yyyy-MM-dd for the years 0–9999 without the general format writer (which took a tenth of an
    // import's time).
    if (!value.isValid())
        return bind(index, nullptr);
    const bool fourDigitYear = value.year() >= 0 && value.year() <= 9999;
    return bind(index, fourDigitYear ? value.toString(Qt::ISODate) : value.toString(QStringLiteral("yyyy-MM-dd")));
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    return value.isValid() ? bind(index, value.toString(DateTimeFormat)) : bind(index, nullptr);
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

bool Statement::step()
{
    m_db->requireOwner();
    m_db->requireTransactionForWrite(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_db->afterAutocommitStatement();
        return false;
    }
    sqlite3_reset(m_stmt);
    m_db->throwError(rc, "step");
}

void Statement::run()
{
    while (step()) {
    }
}

qint64 Statement::insertedId()
{
    if (!step()) {
        throw StorageError(StorageError::Kind::Generic, QStringLiteral("Internal error"),
                           QStringLiteral("an INSERT … RETURNING id gave no row"));
    }
    const qint64 id = columnInt64(0);
    run();
    return id;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::columnDate(int column) const
{
    // Qt::ISODate reads yyyy-MM-dd by a fast path instead of the general format parser
    // (which showed in every profile of code that reads many dates).
    return isNull(column) ? QDate() : QDate::fromString(columnText(column), Qt::ISODate);
}

QDateTime Statement::columnDateTime(int column) const
{
    return isNull(column) ? QDateTime() : QDateTime::fromString(columnText(column), DateTimeFormat);
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::optional<int> Statement::columnOptionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

} // namespace koordinera::core
