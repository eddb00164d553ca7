// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_session;
class QSocketNotifier;

namespace koordinera::core {

class LockFile;
class PlainBuffer;
class SealedStore;
class ServerLink;
class Statement;
class StatementCache;
namespace SearchIndex {
class Batch;
}

// The one owner of a sqlite3 connection. Collects which tables a transaction touched and announces them
// through changed() after the outermost commit, so listeners never see uncommitted state.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        ExistingFile,
        NewFile,
    };

    static std::unique_ptr<Database> openFile(const QString& path, OpenMode mode);
    static std::unique_ptr<Database> openInMemory();
    // A working database in memory (SQLite's memdb VFS) filled from a serialized snapshot; empty for a new
    // database. Nothing of it touches the disk until a SealedStore is attached.
    static std::unique_ptr<Database> openMemoryFrom(const QByteArray& snapshot);
    // The same, taking over the decrypted bytes as they are instead of copying them.
    static std::unique_ptr<Database> openMemoryFrom(PlainBuffer&& snapshot);
    // A unit's database on a region's PostgreSQL server (issue 25), over `link`. The same statements, transactions and
    // change announcements as a local file; what only a file has (the sealed store, the journal, serializing, the
    // witness) is refused. The schema is the server's own (Migrations checks its version). What other connections
    // of the same unit commit is announced through changed() too, as the server's notifications arrive.
    static std::unique_ptr<Database> openServer(std::unique_ptr<ServerLink> link);
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    bool isServer() const { return m_server != nullptr; }
    ServerLink* server() const { return m_server.get(); }
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }

    // Runs one statement that returns no rows; a string with several statements is refused.
    void execute(std::string_view sql);
    int changesOfLastStatement() const;
    bool inTransaction() const { return m_transactionDepth > 0; }

    // PRAGMA integrity_check says "ok".
    bool integrityOk();
    int userVersion();
    void setUserVersion(int version);

    // The whole database as bytes (sqlite3_serialize). Plaintext: wipe when done.
    QByteArray serialize();
    // Replays the journal's changesets, in order, as one; throws StorageError (Damaged) when they do not fit.
    void replayJournal(const QList<QByteArray>& changesets);
    // From now on every committed transaction is appended to `store` before it is reported done;
    // `lock` is held (and released) with the database.
    void attachStore(std::unique_ptr<SealedStore> store, std::unique_ptr<LockFile> lock);
    SealedStore* store() const { return m_store.get(); }
    // A copy opened read-only keeps the sealed file it came from, never to write to it, only so that it can be
    // copied sealed (a backup of a database on a read-only disk). Null otherwise.
    void keepSealedSource(std::unique_ptr<SealedStore> source);
    const SealedStore* sealedSource() const { return m_store ? m_store.get() : m_sealedSource.get(); }
    // Opened without a store to save to: looked at, checked or copied, never changed on disk.
    bool isReadOnlyCopy() const { return !m_store && m_sealedSource; }
    // From now on the witness (see Witness) is brought up to date after every save and around every replace of the
    // file; it is written once now. Only for a database opened for work.
    void startWitness();
    // Writes the witness for the file as it is now. A witness that cannot be written does not undo the save.
    void recordWitness();
    // Writes a fresh snapshot and empties the journal.
    void compact();
    // Replaces the whole database by `snapshot` (a restore): the sealed file is rewritten atomically first,
    // so a failure leaves both the file and the working copy as they were. Announces every table changed.
    void replaceContents(const QByteArray& snapshot);
    // SQLite is opened without its own mutex, so one thread at a time may use the connection: its owner, at first
    // the thread that opened it. Every statement checks that it runs on the owner and stops the program when it
    // does not, since two threads inside SQLite at once could damage the working copy. Long work on a worker
    // borrows the connection through a Loan (the GUI's ProgressRunner::runExclusive).
    bool ownedByCurrentThread() const { return m_owner.load(std::memory_order_acquire) == QThread::currentThread(); }
    void requireOwner() const;
    // Gives the connection, and this object's thread affinity, to `thread`; called on the owner. A large file is
    // opened on a worker and then handed to the GUI thread.
    void handOverTo(QThread* thread);

    // Lends the connection to one worker for the loan's lifetime. Made and ended on the owner, which may not use the
    // connection meanwhile. The changes the worker commits are announced on the owner when the loan ends, so that
    // no listener (they read the database) runs while the worker still holds the connection.
    class Loan
    {
    public:
        explicit Loan(Database& database);
        ~Loan();
        Loan(const Loan&) = delete;
        Loan& operator=(const Loan&) = delete;

        // Made on the worker around the work: the worker owns the connection while it lives.
        class Use
        {
        public:
            explicit Use(Loan& loan);
            ~Use();
            Use(const Use&) = delete;
            Use& operator=(const Use&) = delete;

        private:
            Database& m_database;
        };

    private:
        Database& m_database;
        QThread* m_lender;
    };

    // PRAGMA query_only: a copy opened for looking refuses every change until a restore prepares it.
    void setQueryOnly(bool queryOnly);

    // The search-index batch open on this connection, if any (see SearchIndex::Batch).
    SearchIndex::Batch* searchBatch() const { return m_searchBatch; }
    void setSearchBatch(SearchIndex::Batch* batch) { m_searchBatch = batch; }

    // The compiled statements kept for reuse (see StatementCache).
    const StatementCache& statementCache() const { return *m_statements; }

    // Raises a StorageError for the given sqlite result code, with a translated message.
    [[noreturn]] void throwError(int resultCode, std::string_view context) const;

Q_SIGNALS:
    void changed(const QSet<QString>& tables);

private:
    friend class Transaction;
    friend class Statement;

    Database(sqlite3* db, QString path);
    explicit Database(std::unique_ptr<ServerLink> link);
    // Throws for what only a local file can do, when this is a server's database.
    void requireLocal(const char* what) const;
    // Listens for the changes the unit's other connections commit (see openServer).
    void listenToServer();
    // Announces the tables the server's notifications name for this unit; called when its socket has something.
    void takeServerNotifications();
    // libpq reads what the server sent while a statement ran into a buffer of its own, notifications too: the socket
    // then has nothing more to say and its notifier stays asleep. They are looked for once the moment's statements
    // are done.
    void takeServerNotificationsSoon();
    void configure();
    void afterAutocommitStatement();
    void publishPendingChanges();
    // Called by the outermost Transaction: journals the changes first (a failure aborts the commit),
    // then, after COMMIT, starts collecting the next transaction's changes. True when a record was written.
    bool journalPendingChanges();
    // When COMMIT fails after the record is on disk (a deferred constraint, say): takes the record back, so the
    // next opening does not replay a change that was rolled back.
    void withdrawJournalledChanges();
    void restartSession();
    void requireTransactionForWrite(sqlite3_stmt* statement) const;
    // While held (by a Loan), committed changes are collected instead of announced; releasing announces them at
    // once, on the releasing thread.
    void holdAnnouncements();
    void releaseAnnouncements();

    static void onUpdate(void* self, int operation, const char* database, const char* table, long long rowid);

    sqlite3* m_db = nullptr;
    std::unique_ptr<StatementCache> m_statements;
    SearchIndex::Batch* m_searchBatch = nullptr;
    QString m_path;
    int m_transactionDepth = 0;
    QSet<QString> m_pendingTables;
    QSet<QString> m_heldTables;
    bool m_announcementsHeld = false;
    // Who may use the connection: a thread, or nobody while a loan is between its owner and its worker.
    std::atomic<QThread*> m_owner;
    std::unique_ptr<SealedStore> m_store;
    std::unique_ptr<SealedStore> m_sealedSource;
    std::unique_ptr<LockFile> m_lock;
    struct sqlite3_session* m_session = nullptr;
    bool m_witnessOn = false;
    std::unique_ptr<ServerLink> m_server;
    int m_serverChanges = 0;                     // rows the last statement on the server changed
    QByteArray m_serverUnit;                     // the unit the connection works in, as the notifications name it
    QSocketNotifier* m_serverNotifier = nullptr; // a child: it moves with the connection to its owner's thread
    bool m_notificationsLookedForSoon = false;
};

} // namespace koordinera::core
