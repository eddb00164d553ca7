// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Statement.h"

#include "core/storage/Database.h"
#include "core/storage/ServerLink.h"
#include "core/storage/ServerSql.h"
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

// A number as the server sent it: an integer, a numeric ("12.5000" from avg) or a boolean ("t"), which SQLite
// gives as 0 and 1.
double numberOf(QByteArrayView text)
{
    if (text == "t")
        return 1;
    if (text == "f")
        return 0;
    return text.toDouble();
}

qint64 integerOf(QByteArrayView text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : qint64(numberOf(text));
}

} // namespace

struct Statement::OnServer
{
    ServerSql sql;
    QByteArray table; // the table an INSERT, UPDATE or DELETE writes to
    std::vector<std::optional<QByteArray>> parameters;
    std::unique_ptr<ServerLink::Rows> rows;
    int row = -1;

    bool onRow() const { return rows && row >= 0 && row < rows->count(); }
};

Statement::Statement(Database& db, std::string_view sql) : m_db(&db)
{
    db.requireOwner();
    if (db.isServer()) {
        m_server = std::make_unique<OnServer>();
        m_server->sql = ServerSql::translate(sql);
        m_server->table = ServerSql::writtenTable(sql);
        m_server->parameters.resize(size_t(m_server->sql.parameterCount));
        return;
    }
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
    : m_db(other.m_db), m_stmt(other.m_stmt), m_cacheEntry(other.m_cacheEntry), m_server(std::move(other.m_server))
{
    other.m_stmt = nullptr;
    other.m_cacheEntry = nullptr;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    if (m_server)
        return bindOnServer(index, std::nullopt);
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    if (m_server)
        return bindOnServer(index, QByteArray::number(value));
    sqlite3_bind_int(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (m_server)
        return bindOnServer(index, QByteArray::number(value));
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, bool value)
{
    if (m_server)
        return bindOnServer(index, QByteArray(value ? "1" : "0"));
    sqlite3_bind_int(m_stmt, index, value ? 1 : 0);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (m_server)
        return bindOnServer(index, QByteArray::number(value, 'g', 17));
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (m_server)
        return bindOnServer(index, value.toUtf8());
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
    if (m_server)
        return bindOnServer(index, "\\x" + value.toHex());
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    if (m_server)
        return m_server->sql.indexOf(name);
    return sqlite3_bind_parameter_index(m_stmt, name);
}

bool Statement::step()
{
    m_db->requireOwner();
    if (m_server)
        return stepOnServer();
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
    if (m_server) {
        m_server->rows.reset();
        m_server->row = -1;
        std::fill(m_server->parameters.begin(), m_server->parameters.end(), std::nullopt);
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    if (m_server)
        return !m_server->onRow() || m_server->rows->isNull(m_server->row, column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnInt(int column) const
{
    if (m_server)
        return int(integerOf(serverValue(column)));
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::columnInt64(int column) const
{
    if (m_server)
        return integerOf(serverValue(column));
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    if (m_server)
        return numberOf(serverValue(column));
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    if (m_server)
        return QString::fromUtf8(serverValue(column));
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
    if (m_server) {
        const QByteArrayView value = serverValue(column);
        return value.startsWith("\\x") ? QByteArray::fromHex(value.sliced(2).toByteArray()) : value.toByteArray();
    }
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::optional<int> Statement::columnOptionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

Statement& Statement::bindOnServer(int index, std::optional<QByteArray> text)
{
    // As SQLite does, an index the statement does not have is ignored.
    if (index >= 1 && size_t(index) <= m_server->parameters.size())
        m_server->parameters[size_t(index - 1)] = std::move(text);
    return *this;
}

bool Statement::stepOnServer()
{
    // As SQLite does, stepping a statement that has finished runs it again (a loop that binds and runs once per row).
    if (!m_server->rows || m_server->row >= m_server->rows->count()) {
        m_server->rows = m_db->m_server->execute(m_server->sql.text, m_server->parameters);
        m_server->row = 0;
        m_db->m_serverChanges = m_server->rows->affected();
        if (!m_server->table.isEmpty())
            m_db->m_pendingTables.insert(QString::fromLatin1(m_server->table));
        m_db->takeServerNotificationsSoon();
    } else {
        ++m_server->row;
    }
    if (m_server->onRow())
        return true;
    m_db->afterAutocommitStatement();
    return false;
}

QByteArrayView Statement::serverValue(int column) const
{
    return m_server->onRow() ? m_server->rows->value(m_server->row, column) : QByteArrayView();
}

} // namespace koordinera::core
