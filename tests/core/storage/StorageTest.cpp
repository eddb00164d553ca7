// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Storage.h"

#include "QtCatch.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

int countRows(Database& db, const char* table)
{
    Statement count(db, std::string("SELECT count(*) FROM ") + table);
    count.step();
    return count.columnInt(0);
}

void createScratchTable(Database& db)
{
    db.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, value TEXT NOT NULL)");
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

StorageError::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const StorageError& error) {
        CHECK_FALSE(error.userMessage().isEmpty());
        return error.kind();
    }
    FAIL("no StorageError was thrown");
    return StorageError::Kind::Generic;
}

} // namespace

TEST_CASE("A transaction that is not committed leaves nothing behind", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    {
        Transaction transaction(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES (?)").bind(1, QStringLiteral("kvar?")).run();
        // No commit: an exception or early return ends here.
    }
    CHECK(countRows(*db, "scratch") == 0);
    CHECK_FALSE(db->inTransaction());
}

TEST_CASE("An error in the middle of a transaction rolls back the earlier statements", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    auto failingSave = [&db] {
        Transaction transaction(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES (?)").bind(1, QStringLiteral("första")).run();
        Statement(*db, "INSERT INTO scratch (value) VALUES (?)").bind(1, nullptr).run(); // NOT NULL fails
        transaction.commit();
    };
    CHECK(errorKindOf(failingSave) == StorageError::Kind::Constraint);
    CHECK(countRows(*db, "scratch") == 0);
}

TEST_CASE("Nested transactions are savepoints: an inner rollback keeps the outer work", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    Transaction outer(*db);
    Statement(*db, "INSERT INTO scratch (value) VALUES ('yttre')").run();
    {
        Transaction inner(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES ('inre, ångras')").run();
    }
    {
        Transaction inner(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES ('inre, sparas')").run();
        inner.commit();
    }
    outer.commit();
    CHECK(countRows(*db, "scratch") == 2);
}

TEST_CASE("Only the outermost commit makes nested work durable", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    {
        Transaction outer(*db);
        Transaction inner(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES ('x')").run();
        inner.commit();
    }
    CHECK(countRows(*db, "scratch") == 0);
}

TEST_CASE("Change notifications go out after commit, never from inside a transaction", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    QSignalSpy spy(db.get(), &Database::changed);
    {
        Transaction transaction(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES ('a')").run();
        CHECK(spy.count() == 0);
        transaction.commit();
    }
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<QSet<QString>>().contains(QStringLiteral("scratch")));
    {
        Transaction rolledBack(*db);
        Statement(*db, "INSERT INTO scratch (value) VALUES ('b')").run();
    }
    CHECK(spy.count() == 1);
}

TEST_CASE("A lent connection belongs to the worker — its changes are announced once, on the lender", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    db->execute("CREATE TABLE other (id INTEGER PRIMARY KEY, value TEXT)");
    QSignalSpy spy(db.get(), &Database::changed);
    CHECK(db->ownedByCurrentThread());
    {
        Database::Loan loan(*db);
        CHECK_FALSE(db->ownedByCurrentThread()); // the lender may not step a statement now
        bool workerOwned = false;
        bool lenderOwnedMeanwhile = true;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            const Database::Loan::Use use(loan);
            workerOwned = db->ownedByCurrentThread();
            for (const char* sql :
                 {"INSERT INTO scratch (value) VALUES ('a')", "INSERT INTO other (value) VALUES ('b')"}) {
                Transaction transaction(*db);
                Statement(*db, sql).run();
                transaction.commit();
            }
        }));
        worker->start();
        worker->wait();
        lenderOwnedMeanwhile = db->ownedByCurrentThread();
        CHECK(workerOwned);
        CHECK_FALSE(lenderOwnedMeanwhile); // given back to nobody until the loan ends
        CHECK(spy.count() == 0);
    }
    CHECK(db->ownedByCurrentThread());
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<QSet<QString>>() == QSet<QString>{QStringLiteral("scratch"), QStringLiteral("other")});
    CHECK(spy.at(0).at(0).value<QSet<QString>>().size() == 2);
    {
        const Database::Loan nothingDone(*db);
    }
    CHECK(spy.count() == 1); // nothing changed, nothing announced
    Transaction transaction(*db);
    Statement(*db, "INSERT INTO scratch (value) VALUES ('c')").run();
    transaction.commit();
    CHECK(spy.count() == 2); // announced at once again
}

TEST_CASE("A connection handed to another thread belongs to it", "[storage]")
{
    QThread other; // outlives the connection that is handed to it
    auto db = Database::openInMemory();
    db->handOverTo(&other);
    CHECK_FALSE(db->ownedByCurrentThread());
    CHECK(db->thread() == &other);
}

TEST_CASE("A string with two statements is refused and not executed", "[storage]")
{
    auto db = Database::openInMemory();
    createScratchTable(*db);
    CHECK_THROWS_AS(db->execute("INSERT INTO scratch (value) VALUES ('a'); DROP TABLE scratch"), StorageError);
    CHECK(countRows(*db, "scratch") == 0);
}

TEST_CASE("Foreign keys are enforced", "[storage]")
{
    auto db = Storage::createInMemory();
    auto insertOrphan = [&db] {
        Statement(*db, "INSERT INTO cases (patient_id, reference, status, opened_on) VALUES (4711, 'K-1', 'active', "
                       "'2026-01-01')")
            .run();
    };
    CHECK(errorKindOf(insertOrphan) == StorageError::Kind::Constraint);
}

TEST_CASE("A new database is migrated to the latest schema", "[storage][migration]")
{
    auto db = Storage::createInMemory();
    CHECK(db->userVersion() == Migrations::latestVersion());
    CHECK(countRows(*db, "kva_codes") == 3);
}

TEST_CASE("A version-1 file is upgraded to the current schema with its data intact", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.koordinera"));
    {
        auto db = Database::openFile(path, Database::OpenMode::NewFile);
        Migrations::migrate(*db, 1);
        REQUIRE(db->userVersion() == 1);
        db->execute("INSERT INTO patients (identity, identity_kind, sex, given_name, family_name) "
                    "VALUES ('196408233234', 'personnummer', 'male', 'Göran', 'Öberg')");
        db->execute("INSERT INTO cases (patient_id, reference, status, opened_on) "
                    "VALUES (1, 'K-2025-0001', 'active', '2025-03-01')");
    }
    auto db = Storage::openPlain(path);
    CHECK(db->userVersion() == Migrations::latestVersion());
    // Version 2 built the search index from the data already there.
    Statement search(*db, "SELECT rowid FROM case_search WHERE case_search MATCH ?");
    search.bind(1, QStringLiteral("\"öberg\"*"));
    REQUIRE(search.step());
    CHECK(search.columnInt64(0) == 1);
    // Version 8 moved the index to one with prefix indexes, text and all: a first letter finds the case.
    Statement firstLetter(*db, "SELECT rowid FROM case_search WHERE case_search MATCH ?");
    firstLetter.bind(1, QStringLiteral("\"g\"*"));
    REQUIRE(firstLetter.step());
    CHECK(firstLetter.columnInt64(0) == 1);
    Statement definition(*db, "SELECT sql FROM sqlite_master WHERE name = 'case_search'");
    REQUIRE(definition.step());
    CHECK(definition.columnText(0).contains(QStringLiteral("prefix")));
}

TEST_CASE("Re-running migrations on a current file changes nothing", "[storage][migration]")
{
    auto db = Storage::createInMemory();
    Migrations::migrate(*db);
    CHECK(db->userVersion() == Migrations::latestVersion());
}

TEST_CASE("A file from a newer version is refused untouched", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.koordinera"));
    {
        auto db = Storage::createPlain(path);
        db->setUserVersion(Migrations::latestVersion() + 5);
    }
    const QByteArray before = fileHash(path);
    CHECK(errorKindOf([&path] { Storage::openPlain(path); }) == StorageError::Kind::NewerVersion);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Files that are not Koordinera databases are refused with a clear message", "[storage]")
{
    QTemporaryDir dir;
    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.koordinera"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        CHECK(errorKindOf([&path] { Storage::openPlain(path); }) == StorageError::Kind::NotKoordinera);
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto db = Database::openFile(path, Database::OpenMode::NewFile);
            db->execute("CREATE TABLE something (id INTEGER PRIMARY KEY)");
        }
        CHECK(errorKindOf([&path] { Storage::openPlain(path); }) == StorageError::Kind::NotKoordinera);
    }
    SECTION("a missing file")
    {
        CHECK(errorKindOf([&dir] { Storage::openPlain(dir.filePath(QStringLiteral("saknas.koordinera"))); }) ==
              StorageError::Kind::CannotOpen);
    }
    SECTION("creating over an existing file")
    {
        const QString path = dir.filePath(QStringLiteral("finns.koordinera"));
        Storage::createPlain(path);
        CHECK(errorKindOf([&path] { Storage::createPlain(path); }) == StorageError::Kind::AlreadyExists);
    }
}

TEST_CASE("A second connection to an open database gets a clear 'in use' error", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("delad.koordinera"));
    auto first = Storage::createPlain(path);
    StorageError::Kind kind = StorageError::Kind::Generic;
    QString message;
    try {
        Storage::openPlain(path);
    } catch (const StorageError& error) {
        kind = error.kind();
        message = error.userMessage();
    }
    CHECK(kind == StorageError::Kind::Busy);
    CHECK(message.contains(QStringLiteral("Koordinera")));
    first.reset();
    CHECK_NOTHROW(Storage::openPlain(path));
}
