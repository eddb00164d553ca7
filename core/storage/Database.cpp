// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace koordinera::core {

namespace {

// How long a statement waits for a lock held by another connection before giving up with a message.
constexpr int BusyTimeoutMs = 250;

StorageError::Kind kindOf(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Busy;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotKoordinera;
    case SQLITE_CANTOPEN:
        return StorageError::Kind::CannotOpen;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    default:
        return StorageError::Kind::Generic;
    }
}

QString messageFor(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::Busy:
        return QCoreApplication::translate(
            "Storage",
            "The database is in use by another Koordinera or another program. Close it there and try again.");
    case StorageError::Kind::NotKoordinera:
        return QCoreApplication::translate("Storage", "The file is not a Koordinera database, or it is damaged.");
    case StorageError::Kind::CannotOpen:
        return QCoreApplication::translate(
            "Storage", "The database file could not be opened. Check that the folder exists and that you may write "
                       "to it.");
    case StorageError::Kind::Constraint:
        return QCoreApplication::translate("Storage", "The change breaks a rule of the database and was not saved.");
    default:
        return QCoreApplication::translate("Storage",
                                           "The database reported an error. Nothing of the change was saved.");
    }
}

// Swedish alphabetical order, case-insensitive: å, ä, ö come after z (in that order), é sorts as e and ü as y.
int swedishKey(char32_t ch)
{
    switch (ch) {
    case U'å':
    case U'Å':
        return 'z' + 1;
    case U'ä':
    case U'Ä':
    case U'æ':
    case U'Æ':
        return 'z' + 2;
    case U'ö':
    case U'Ö':
    case U'ø':
    case U'Ø':
        return 'z' + 3;
    case U'é':
    case U'É':
    case U'è':
    case U'È':
        return 'e';
    case U'ü':
    case U'Ü':
        return 'y';
    default:
        return int(QChar::toLower(ch));
    }
}

int compareSwedish(void*, int lengthA, const void* a, int lengthB, const void* b)
{
    const QList<uint> left = QString::fromUtf8(static_cast<const char*>(a), lengthA).toUcs4();
    const QList<uint> right = QString::fromUtf8(static_cast<const char*>(b), lengthB).toUcs4();
    const qsizetype common = std::min(left.size(), right.size());
    for (qsizetype i = 0; i < common; ++i) {
        const int difference = swedishKey(left[i]) - swedishKey(right[i]);
        if (difference != 0)
            return difference;
    }
    if (left.size() != right.size())
        return left.size() < right.size() ? -1 : 1;
    return std::memcmp(a, b, size_t(std::min(lengthA, lengthB)));
}

} // namespace

Database::Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path))
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_update_hook(m_db, &Database::onUpdate, this);
}

Database::~Database()
{
    sqlite3_update_hook(m_db, nullptr, nullptr);
    sqlite3_close_v2(m_db);
}

std::unique_ptr<Database> Database::openFile(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::NewFile && info.exists())
        throw StorageError(StorageError::Kind::AlreadyExists,
                           QCoreApplication::translate("Storage", "A file with that name already exists."));
    if (mode == OpenMode::ExistingFile && !info.isFile())
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage", "The database file does not exist."));

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
                      (mode == OpenMode::NewFile ? SQLITE_OPEN_CREATE : 0);
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close_v2(raw);
        throw StorageError(StorageError::Kind::CannotOpen, messageFor(StorageError::Kind::CannotOpen), detail);
    }
    std::unique_ptr<Database> db(new Database(raw, info.absoluteFilePath()));
    db->configure();
    // One writer: hold an exclusive lock for the whole session, so a second Koordinera on the same file
    // fails here with a clear message instead of later, in the middle of an edit.
    db->execute("PRAGMA locking_mode = EXCLUSIVE");
    db->execute("BEGIN EXCLUSIVE");
    db->execute("COMMIT");
    return db;
}

std::unique_ptr<Database> Database::openInMemory()
{
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(raw);
        throw StorageError(StorageError::Kind::CannotOpen, messageFor(StorageError::Kind::CannotOpen));
    }
    std::unique_ptr<Database> db(new Database(raw, QString()));
    db->configure();
    return db;
}

void Database::configure()
{
    execute("PRAGMA foreign_keys = ON");
    // Temporary tables and sort spills stay in memory: no patient data in temp files.
    execute("PRAGMA temp_store = MEMORY");
    sqlite3_create_collation_v2(m_db, "swedish", SQLITE_UTF8, nullptr, &compareSwedish, nullptr);
}

void Database::execute(std::string_view sql)
{
    Statement(*this, sql).run();
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changesOfLastStatement() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement statement(*this, "PRAGMA user_version");
    return statement.step() ? statement.columnInt(0) : 0;
}

void Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is an int we produced, never user text.
    execute(QStringLiteral("PRAGMA user_version = %1").arg(version).toStdString());
}

void Database::throwError(int resultCode, std::string_view context) const
{
    const auto kind = kindOf(resultCode);
    const QString detail = QStringLiteral("%1: %2").arg(QString::fromUtf8(context.data(), qsizetype(context.size())),
                                                        QString::fromUtf8(sqlite3_errmsg(m_db)));
    throw StorageError(kind, messageFor(kind), detail);
}

void Database::afterAutocommitStatement()
{
    if (m_transactionDepth == 0 && !m_pendingTables.isEmpty())
        publishPendingChanges();
}

void Database::publishPendingChanges()
{
    if (m_pendingTables.isEmpty())
        return;
    QSet<QString> tables;
    tables.swap(m_pendingTables);
    Q_EMIT changed(tables);
}

void Database::onUpdate(void* self, int, const char*, const char* table, long long)
{
    static_cast<Database*>(self)->m_pendingTables.insert(QString::fromUtf8(table));
}

} // namespace koordinera::core
