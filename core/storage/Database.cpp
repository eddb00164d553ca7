// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files here: the connection and everything that must agree with it (the journal of changes,
// announcements after commit, the owner thread, restoring and compacting) are kept together.
#include "core/storage/Database.h"

#include "core/storage/LockFile.h"
#include "core/storage/SealedStore.h"
#include "core/storage/ServerLink.h"
#include "core/storage/ServerSchema.h"
#include "core/storage/SqliteMemory.h"
#include "core/storage/Statement.h"
#include "core/storage/StatementCache.h"
#include "core/storage/StorageError.h"
#include "core/storage/Witness.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <algorithm>
#include <cstring>
#include <sodium.h>
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

int rankOf(int type)
{
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT ? 1 : type == SQLITE_TEXT ? 2 : 3;
}

int compareValues(sqlite3_value* a, sqlite3_value* b)
{
    const int rankA = rankOf(sqlite3_value_type(a));
    const int rankB = rankOf(sqlite3_value_type(b));
    if (rankA != rankB)
        return rankA - rankB;
    if (rankA == 1) {
        const double x = sqlite3_value_double(a);
        const double y = sqlite3_value_double(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    const auto* bytesA = sqlite3_value_blob(a);
    const auto* bytesB = sqlite3_value_blob(b);
    const int lengthA = sqlite3_value_bytes(a);
    const int lengthB = sqlite3_value_bytes(b);
    // An empty text's bytes may be a null pointer, which memcmp may not be given even for no bytes.
    const int shorter = std::min(lengthA, lengthB);
    const int common = shorter > 0 ? std::memcmp(bytesA, bytesB, size_t(shorter)) : 0;
    return common != 0 ? common : lengthA - lengthB;
}

// casefold(text): Unicode case folding, so a search for "åberg" finds "Åberg" (SQLite's own lower() and
// LIKE fold ASCII only).
void caseFold(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray folded = QString::fromUtf8(text).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// greatest(a, b, …) and least(a, b, …): the largest and the smallest value, NULLs left out, as PostgreSQL's GREATEST
// and LEAST, so that the same SQL serves both engines (SQLite's scalar max() and min() are NULL when any argument is).
// Values compare as SQLite orders them: numbers before text, text by its bytes. The sign picks which end.
template <int Sign> void extreme(sqlite3_context* context, int count, sqlite3_value** arguments)
{
    sqlite3_value* chosen = nullptr;
    for (int i = 0; i < count; ++i) {
        sqlite3_value* value = arguments[i];
        if (sqlite3_value_type(value) == SQLITE_NULL)
            continue;
        if (!chosen || Sign * compareValues(value, chosen) > 0)
            chosen = value;
    }
    if (chosen)
        sqlite3_result_value(context, chosen);
    else
        sqlite3_result_null(context);
}

} // namespace

Database::Database(sqlite3* db, QString path)
    : m_db(db), m_statements(std::make_unique<StatementCache>(db)), m_path(std::move(path)),
      m_owner(QThread::currentThread())
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
    sqlite3_update_hook(m_db, &Database::onUpdate, this);
}

Database::Database(std::unique_ptr<ServerLink> link)
    : m_db(nullptr), m_owner(QThread::currentThread()), m_server(std::move(link))
{}

std::unique_ptr<Database> Database::openServer(std::unique_ptr<ServerLink> link)
{
    std::unique_ptr<Database> db(new Database(std::move(link)));
    db->listenToServer();
    return db;
}

void Database::listenToServer()
{
    Statement unit(*this, "SELECT coalesce(current_setting('koordinera.unit', true), '')");
    m_serverUnit = unit.step() ? unit.columnText(0).toUtf8() : QByteArray();
    execute("LISTEN koordinera_changed");
    if (m_server->socket() < 0)
        return;
    m_serverNotifier = new QSocketNotifier(qintptr(m_server->socket()), QSocketNotifier::Read, this);
    connect(m_serverNotifier, &QSocketNotifier::activated, this, &Database::takeServerNotifications);
}

void Database::takeServerNotifications()
{
    // Lent to a worker, the connection is the worker's until the loan ends, which asks again. Inside a transaction
    // (an event loop run from within one) they wait for it: a rollback must not take others' changes with it.
    if (!ownedByCurrentThread()) {
        m_serverNotifier->setEnabled(false);
        return;
    }
    if (m_transactionDepth > 0)
        return;
    for (const QByteArray& payload : m_server->takeNotifications()) {
        const qsizetype space = payload.indexOf(' ');
        if (space > 0 && payload.left(space) == m_serverUnit)
            m_pendingTables.insert(QString::fromUtf8(payload.mid(space + 1)));
    }
    publishPendingChanges();
}

void Database::takeServerNotificationsSoon()
{
    if (!m_serverNotifier || m_notificationsLookedForSoon)
        return;
    m_notificationsLookedForSoon = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notificationsLookedForSoon = false;
            takeServerNotifications();
        },
        Qt::QueuedConnection);
}

void Database::requireLocal(const char* what) const
{
    if (m_server) {
        throw StorageError(StorageError::Kind::Generic, messageFor(StorageError::Kind::Generic),
                           QStringLiteral("%1 is for a local file, not a server").arg(QLatin1String(what)));
    }
}

Database::~Database()
{
    if (m_server) {
        delete m_serverNotifier; // before the connection whose socket it watches
        return;
    }
    if (m_session)
        sqlite3session_delete(m_session);
    sqlite3_update_hook(m_db, nullptr, nullptr);
    m_statements.reset();
    sqlite3_close_v2(m_db);
    m_store.reset();
    m_lock.reset();
}

namespace {

// Loads `snapshot` as the connection's main database; SQLite owns (and frees) the copy.
void deserializeInto(sqlite3* db, const QByteArray& snapshot)
{
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(snapshot.size())));
    if (!buffer)
        throw std::bad_alloc();
    std::memcpy(buffer, snapshot.constData(), size_t(snapshot.size()));
    const int rc = sqlite3_deserialize(db, "main", buffer, snapshot.size(), snapshot.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        throw StorageError(StorageError::Kind::Damaged, messageFor(StorageError::Kind::NotKoordinera));
}

} // namespace

std::unique_ptr<Database> Database::openMemoryFrom(PlainBuffer&& snapshot)
{
    auto db = openMemoryFrom(QByteArray());
    const qint64 size = snapshot.size();
    const qint64 capacity = snapshot.capacity();
    const int rc = sqlite3_deserialize(db->m_db, "main", snapshot.release(), size, capacity,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) // SQLite has freed the buffer
        throw StorageError(StorageError::Kind::Damaged, messageFor(StorageError::Kind::NotKoordinera));
    db->configure();
    return db;
}

std::unique_ptr<Database> Database::openMemoryFrom(const QByteArray& snapshot)
{
    SqliteMemory::install();
    // A unique memdb name per database, so a background reader can later open a second connection to it.
    static QAtomicInteger<quint64> counter;
    const QByteArray uri = QByteArrayLiteral("file:/koordinera-") +
                           QByteArray::number(QCoreApplication::applicationPid()) + '-' +
                           QByteArray::number(counter.fetchAndAddRelaxed(1)) + QByteArrayLiteral("?vfs=memdb");
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(uri.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        throw StorageError(StorageError::Kind::CannotOpen, messageFor(StorageError::Kind::CannotOpen));
    }
    std::unique_ptr<Database> db(new Database(raw, QString()));
    if (!snapshot.isEmpty())
        deserializeInto(raw, snapshot);
    db->configure();
    return db;
}

QByteArray Database::serialize()
{
    requireLocal("serialize");
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(m_db, "main", &size, 0);
    if (!data)
        throw StorageError(StorageError::Kind::Generic, messageFor(StorageError::Kind::Generic),
                           QStringLiteral("serialize"));
    QByteArray copy(reinterpret_cast<const char*>(data), qsizetype(size));
    sodium_memzero(data, size_t(size));
    sqlite3_free(data);
    return copy;
}

namespace {

// Reads the changeset format of SQLite's session extension (sqlite3session.h) without applying anything: table
// headers ('T', column count, primary-key flags, a NUL-terminated name) and changes (operation, indirect flag,
// values). SQLite 3.40's reader loops for minutes on some malformed headers (found by the sealed_content fuzzer),
// so a changeset is read through here first. The journal is authenticated, so only someone with the key could
// have written a malformed one.
class ChangesetShape
{
public:
    explicit ChangesetShape(const QByteArray& changeset)
        : m_at(reinterpret_cast<const unsigned char*>(changeset.constData())), m_end(m_at + changeset.size())
    {}

    bool wellFormed()
    {
        qint64 columns = 0;
        while (m_at < m_end) {
            const unsigned char kind = *m_at++;
            if (kind == 'T') {
                if (!tableHeader(columns))
                    return false;
            } else if (columns == 0 || !change(kind, columns)) {
                return false;
            }
        }
        return true;
    }

private:
    bool varint(qint64& value)
    {
        quint64 result = 0;
        for (int i = 0; i < 9; ++i) {
            if (m_at >= m_end)
                return false;
            const unsigned char byte = *m_at++;
            if (i == 8) {
                result = (result << 8) | byte;
                break;
            }
            result = (result << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        value = qint64(result);
        return value >= 0;
    }

    bool skip(qint64 bytes)
    {
        if (bytes < 0 || bytes > m_end - m_at)
            return false;
        m_at += bytes;
        return true;
    }

    bool tableHeader(qint64& columns)
    {
        if (!varint(columns) || columns <= 0 || columns > 32767 || !skip(columns))
            return false;
        const auto* name = static_cast<const unsigned char*>(std::memchr(m_at, 0, size_t(m_end - m_at)));
        if (!name || name == m_at)
            return false;
        m_at = name + 1;
        return true;
    }

    bool value(bool mayBeUndefined)
    {
        if (m_at >= m_end)
            return false;
        qint64 length = 0;
        switch (*m_at++) {
        case 0: // undefined: a column an UPDATE leaves as it is
            return mayBeUndefined;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
            return skip(8);
        case SQLITE_TEXT:
        case SQLITE_BLOB:
            return varint(length) && skip(length);
        case SQLITE_NULL:
            return true;
        default:
            return false;
        }
    }

    bool record(qint64 columns, bool mayBeUndefined)
    {
        for (qint64 column = 0; column < columns; ++column) {
            if (!value(mayBeUndefined))
                return false;
        }
        return true;
    }

    bool change(unsigned char operation, qint64 columns)
    {
        if (m_at >= m_end || *m_at++ > 1) // the indirect flag
            return false;
        switch (operation) {
        case SQLITE_INSERT:
        case SQLITE_DELETE:
            return record(columns, false);
        case SQLITE_UPDATE:
            return record(columns, true) && record(columns, true);
        default:
            return false;
        }
    }

    const unsigned char* m_at;
    const unsigned char* m_end;
};

} // namespace

void Database::replayJournal(const QList<QByteArray>& changesets)
{
    requireLocal("replayJournal");
    if (changesets.isEmpty())
        return;
    const auto damaged = [](const QString& detail) {
        return StorageError(StorageError::Kind::Damaged,
                            QCoreApplication::translate("Storage", "A saved change does not fit the database it "
                                                                   "belongs to. Restore the file from a backup."),
                            detail);
    };
    // One changeset made of them all, applied at once: applied one by one, each took a savepoint and looked up
    // its tables' columns anew, some 0.3 ms even for one access-log entry, and a file opened and closed through
    // a few weeks of work carries thousands of them until it is next compacted.
    sqlite3_changegroup* group = nullptr;
    if (sqlite3changegroup_new(&group) != SQLITE_OK)
        throw std::bad_alloc();
    const std::unique_ptr<sqlite3_changegroup, void (*)(sqlite3_changegroup*)> ownGroup(group,
                                                                                        sqlite3changegroup_delete);
    for (const QByteArray& changeset : changesets) {
        if (!ChangesetShape(changeset).wellFormed())
            throw damaged(QStringLiteral("changeset shape"));
        if (const int rc =
                sqlite3changegroup_add(group, int(changeset.size()), const_cast<char*>(changeset.constData()));
            rc != SQLITE_OK)
            throw damaged(QStringLiteral("changeset group: %1").arg(rc));
    }
    int size = 0;
    void* combined = nullptr;
    if (const int rc = sqlite3changegroup_output(group, &size, &combined); rc != SQLITE_OK)
        throw damaged(QStringLiteral("changeset group output: %1").arg(rc));
    // Patient data in plain text: SQLite's allocator (SqliteMemory) overwrites it as it is freed.
    const std::unique_ptr<void, void (*)(void*)> ownCombined(combined, sqlite3_free);
    auto abortOnConflict = [](void*, int, sqlite3_changeset_iter*) {
        return SQLITE_CHANGESET_ABORT;
    };
    if (const int rc = sqlite3changeset_apply(m_db, size, combined, nullptr, abortOnConflict, nullptr); rc != SQLITE_OK)
        throw damaged(QStringLiteral("changeset apply: %1").arg(rc));
}

void Database::attachStore(std::unique_ptr<SealedStore> store, std::unique_ptr<LockFile> lock)
{
    requireLocal("attachStore");
    m_store = std::move(store);
    m_lock = std::move(lock);
    m_path = m_store->path();
    restartSession();
}

void Database::keepSealedSource(std::unique_ptr<SealedStore> source)
{
    m_sealedSource = std::move(source);
    m_path = m_sealedSource->path();
}

void Database::restartSession()
{
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    if (!m_store)
        return;
    if (sqlite3session_create(m_db, "main", &m_session) != SQLITE_OK ||
        sqlite3session_attach(m_session, nullptr) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Generic, messageFor(StorageError::Kind::Generic),
                           QStringLiteral("session"));
}

bool Database::journalPendingChanges()
{
    if (!m_store || !m_session || sqlite3session_isempty(m_session))
        return false;
    int size = 0;
    void* data = nullptr;
    if (sqlite3session_changeset(m_session, &size, &data) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Generic, messageFor(StorageError::Kind::Generic),
                           QStringLiteral("changeset"));
    QByteArray changeset(static_cast<const char*>(data), size);
    sodium_memzero(data, size_t(size));
    sqlite3_free(data);
    const WipeOnExit wipeChangeset(changeset);
    m_store->append(changeset); // on disk and synced, or it throws and the transaction rolls back
    return true;
}

void Database::withdrawJournalledChanges()
{
    if (m_store)
        m_store->withdrawLast();
}

void Database::startWitness()
{
    if (!m_store)
        return;
    m_witnessOn = true;
    m_store->setBeforeReplace([this](quint64 nextGeneration) {
        try {
            Witness::record(*m_store, *this, nextGeneration);
        } catch (const std::exception&) {
            // Not written: the next opening compares with the witness before, and finds a later snapshot.
        }
    });
    recordWitness();
}

void Database::recordWitness()
{
    if (!m_store || !m_witnessOn)
        return;
    try {
        if (!Witness::record(*m_store, *this))
            qWarning("The witness of the database's last save could not be written.");
    } catch (const std::exception&) {
        qWarning("The witness of the database's last save could not be written.");
    }
}

void Database::compact()
{
    requireLocal("compact");
    if (!m_store)
        return;
    // The working database's own memory, not a copy (two copies of 200 MB were most of the peak memory): nothing
    // changes it while it is sealed, on this thread.
    sqlite3_int64 size = 0;
    const unsigned char* inPlace = sqlite3_serialize(m_db, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    if (inPlace) {
        m_store->compact(QByteArray::fromRawData(reinterpret_cast<const char*>(inPlace), qsizetype(size)));
    } else {
        QByteArray snapshot = serialize();
        const WipeOnExit wipeSnapshot(snapshot);
        m_store->compact(snapshot);
    }
    recordWitness();
}

void Database::replaceContents(const QByteArray& snapshot)
{
    requireLocal("replaceContents");
    if (inTransaction())
        throw std::logic_error("replaceContents inside a transaction");
    if (m_store)
        m_store->compact(snapshot);
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    deserializeInto(m_db, snapshot);
    configure();
    restartSession();
    recordWitness();
    Statement tables(*this, "SELECT name FROM sqlite_master WHERE type = 'table'");
    while (tables.step())
        m_pendingTables.insert(tables.columnText(0));
    publishPendingChanges();
}

void Database::setQueryOnly(bool queryOnly)
{
    requireLocal("query_only");
    execute(queryOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
}

void Database::requireTransactionForWrite(sqlite3_stmt* statement) const
{
    if (m_server)
        return; // the server journals every statement itself
    // A sealed database journals whole transactions; a write outside one could not be rolled back if the
    // disk refused it, so it is a programming error.
    // Transaction control and PRAGMAs are exempt: SQLite does not count them as read-only (BEGIN IMMEDIATE
    // takes a write lock, a PRAGMA may write), but no changeset holds them.
    static constexpr const char* exempt[] = {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA"};
    if (!m_store || !sqlite3_get_autocommit(m_db) || sqlite3_stmt_readonly(statement))
        return;
    const char* sql = sqlite3_sql(statement);
    for (const char* keyword : exempt) {
        if (qstrnicmp(sql, keyword, uint(qstrlen(keyword))) == 0)
            return;
    }
    throw StorageError(StorageError::Kind::Generic, messageFor(StorageError::Kind::Generic),
                       QStringLiteral("write outside a transaction on a sealed database"));
}

std::unique_ptr<Database> Database::openFile(const QString& path, OpenMode mode)
{
    SqliteMemory::install();
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
    SqliteMemory::install();
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
    // Deleted rows are overwritten with zeros, so a purged case does not linger in free pages of the next
    // sealed snapshot or of a backup.
    execute("PRAGMA secure_delete = ON");
    sqlite3_create_collation_v2(m_db, "swedish", SQLITE_UTF8, nullptr, &compareSwedish, nullptr);
    sqlite3_create_function_v2(m_db, "casefold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               &caseFold, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "greatest", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               &extreme<1>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(m_db, "least", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               &extreme<-1>, nullptr, nullptr, nullptr);
}

void Database::execute(std::string_view sql)
{
    Statement(*this, sql).run();
}

int Database::changesOfLastStatement() const
{
    if (m_server)
        return m_serverChanges;
    return sqlite3_changes(m_db);
}

bool Database::integrityOk()
{
    if (m_server)
        return true; // the server keeps its own pages whole; a unit's data is checked by its rules
    Statement check(*this, "PRAGMA integrity_check");
    return check.step() && check.columnText(0) == QLatin1String("ok");
}

int Database::userVersion()
{
    if (m_server) {
        if (!ServerSchema::exists(*this))
            return 0; // an empty database: Migrations makes the schema
        Statement statement(*this, "SELECT version FROM schema_version");
        return statement.step() ? statement.columnInt(0) : 0;
    }
    Statement statement(*this, "PRAGMA user_version");
    return statement.step() ? statement.columnInt(0) : 0;
}

void Database::setUserVersion(int version)
{
    if (m_server) {
        Statement(*this, "UPDATE schema_version SET version = ?").bind(1, version).run();
        return;
    }
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
    if (m_announcementsHeld) {
        m_heldTables.unite(m_pendingTables);
        m_pendingTables.clear();
        return;
    }
    QSet<QString> tables;
    tables.swap(m_pendingTables);
    Q_EMIT changed(tables);
}

void Database::requireOwner() const
{
    if (Q_UNLIKELY(!ownedByCurrentThread()))
        qFatal("Koordinera: the database connection was used on a thread that does not own it (a long operation "
               "must borrow it through Database::Loan)");
}

void Database::handOverTo(QThread* thread)
{
    requireOwner();
    moveToThread(thread);
    m_owner.store(thread, std::memory_order_release);
}

Database::Loan::Loan(Database& database) : m_database(database), m_lender(QThread::currentThread())
{
    m_database.requireOwner();
    m_database.holdAnnouncements();
    m_database.m_owner.store(nullptr, std::memory_order_release);
}

Database::Loan::~Loan()
{
    m_database.m_owner.store(m_lender, std::memory_order_release);
    m_database.releaseAnnouncements();
    if (m_database.m_serverNotifier && !m_database.m_serverNotifier->isEnabled()) {
        m_database.m_serverNotifier->setEnabled(true);
        m_database.takeServerNotifications();
    }
}

Database::Loan::Use::Use(Loan& loan) : m_database(loan.m_database)
{
    QThread* nobody = nullptr;
    if (!m_database.m_owner.compare_exchange_strong(nobody, QThread::currentThread(), std::memory_order_acq_rel))
        qFatal("Koordinera: a lent database connection was taken by a second thread");
}

Database::Loan::Use::~Use()
{
    m_database.m_owner.store(nullptr, std::memory_order_release);
}

void Database::holdAnnouncements()
{
    m_announcementsHeld = true;
}

void Database::releaseAnnouncements()
{
    m_announcementsHeld = false;
    if (m_heldTables.isEmpty())
        return;
    QSet<QString> tables;
    tables.swap(m_heldTables);
    Q_EMIT changed(tables);
}

void Database::onUpdate(void* self, int, const char*, const char* table, long long)
{
    static_cast<Database*>(self)->m_pendingTables.insert(QString::fromUtf8(table));
}

} // namespace koordinera::core
