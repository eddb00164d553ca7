// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StatementCache.h"

#include "QtCatch.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

std::unique_ptr<Database> scratchDatabase()
{
    auto db = Database::openMemoryFrom(QByteArray());
    db->execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, value TEXT NOT NULL)");
    return db;
}

void insert(Database& db, qint64 id, const QString& value)
{
    Statement(db, "INSERT INTO scratch (id, value) VALUES (?, ?)").bindAll(id, value).run();
}

QString valueOf(Database& db, qint64 id)
{
    Statement select(db, "SELECT value FROM scratch WHERE id = ?");
    select.bind(1, id);
    return select.step() ? select.columnText(0) : QString();
}

} // namespace

TEST_CASE("The same SQL is compiled once and comes back without the last use's bindings", "[storage][cache]")
{
    auto db = scratchDatabase();
    const auto compiledBefore = db->statementCache().compiles();
    for (int id = 1; id <= 100; ++id)
        insert(*db, id, QStringLiteral("värde %1").arg(id));
    CHECK(db->statementCache().compiles() == compiledBefore + 1);
    CHECK(valueOf(*db, 42) == QStringLiteral("värde 42"));
    // A reused statement starts with no values bound: an unbound parameter is NULL, which the column refuses.
    Statement partly(*db, "INSERT INTO scratch (id, value) VALUES (?, ?)");
    partly.bind(1, qint64(101));
    CHECK_THROWS_AS(partly.run(), StorageError);
}

TEST_CASE("A statement used while its own rows are stepped gets a copy of its own", "[storage][cache]")
{
    auto db = scratchDatabase();
    for (int id = 1; id <= 3; ++id)
        insert(*db, id, QString::number(id * 10));
    Statement outer(*db, "SELECT value FROM scratch WHERE id = ?");
    outer.bind(1, qint64(1));
    REQUIRE(outer.step());
    // The same text again while the first is in the middle of its rows: a second compiled statement.
    CHECK(valueOf(*db, 2) == QStringLiteral("20"));
    CHECK(outer.columnText(0) == QStringLiteral("10"));
    CHECK_FALSE(outer.step());
}

TEST_CASE("A statement that failed is given back reset, and works the next time", "[storage][cache]")
{
    auto db = scratchDatabase();
    insert(*db, 1, QStringLiteral("först"));
    CHECK_THROWS_AS(insert(*db, 1, QStringLiteral("samma id")), StorageError);
    insert(*db, 2, QStringLiteral("sedan"));
    CHECK(valueOf(*db, 2) == QStringLiteral("sedan"));
    // A write in a transaction that rolled back leaves the statement usable too.
    {
        Transaction transaction(*db);
        insert(*db, 3, QStringLiteral("tillbaka"));
    }
    CHECK(valueOf(*db, 3).isEmpty());
}

TEST_CASE("SQL built with values in it does not grow the cache without end", "[storage][cache]")
{
    auto db = scratchDatabase();
    for (int i = 0; i < int(StatementCache::Capacity) * 3; ++i) {
        Statement select(*db, "SELECT " + std::to_string(i));
        REQUIRE(select.step());
        CHECK(select.columnInt(0) == i);
    }
    CHECK(db->statementCache().size() <= StatementCache::Capacity);
    // A statement in use when its text is dropped still finishes, and is let go of when it ends.
    Statement held(*db, "SELECT value FROM scratch");
    for (int i = 0; i < int(StatementCache::Capacity) * 2; ++i)
        Statement(*db, "SELECT " + std::to_string(i)).run();
    CHECK_FALSE(held.step());
}

TEST_CASE("After the database is replaced, no statement compiled for the old one runs", "[storage][cache]")
{
    // Two databases with the same schema version, their tables made in the other order: the table a statement
    // compiled against the first reads lies, in the second, where the other table is.
    auto db = scratchDatabase();
    db->execute("CREATE TABLE other (id INTEGER PRIMARY KEY, padding TEXT NOT NULL)");
    insert(*db, 1, QStringLiteral("den första"));
    CHECK(valueOf(*db, 1) == QStringLiteral("den första"));

    auto second = Database::openMemoryFrom(QByteArray());
    second->execute("CREATE TABLE other (id INTEGER PRIMARY KEY, padding TEXT NOT NULL)");
    second->execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, value TEXT NOT NULL)");
    Statement(*second, "INSERT INTO other (id, padding) VALUES (1, 'fel tabell')").run();
    insert(*second, 1, QStringLiteral("den andra"));
    db->replaceContents(second->serialize());
    CHECK(valueOf(*db, 1) == QStringLiteral("den andra"));
}
