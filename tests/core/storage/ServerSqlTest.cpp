// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite code's SQL as a region's PostgreSQL server reads it (issue 25): placeholders numbered as SQLite numbers
// them, so the same binds serve both engines.
#include "core/storage/ServerSql.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

TEST_CASE("Placeholders are numbered $1, $2 … as SQLite numbers them, never inside quotes or comments", "[storage]")
{
    CHECK(ServerSql::translate("SELECT a FROM t WHERE b = ? AND c IN (?, ?)").text ==
          "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
    CHECK(ServerSql::translate("SELECT '?', \"a?\" FROM t -- why?\nWHERE x = ?").text ==
          "SELECT '?', \"a?\" FROM t -- why?\nWHERE x = $1");
    CHECK(ServerSql::translate("SELECT 'it''s ?' WHERE y = ?").text == "SELECT 'it''s ?' WHERE y = $1");
    CHECK(ServerSql::translate("UPDATE t SET a = $1 WHERE b = $2").text == "UPDATE t SET a = $1 WHERE b = $2");

    // ?NNN keeps its number, and a plain ? after it takes the next, as in SQLite.
    const ServerSql numbered = ServerSql::translate("UPDATE t SET a = ?2, b = ?10 WHERE id = ?1 AND c = ?");
    CHECK(numbered.text == "UPDATE t SET a = $2, b = $10 WHERE id = $1 AND c = $11");
    CHECK(numbered.parameterCount == 11);

    // A name is numbered where it first appears and keeps that number; a cast is left alone.
    const ServerSql named =
        ServerSql::translate("SELECT x::text FROM t WHERE d >= :from AND d <= :to AND e = ? AND f <> :from");
    CHECK(named.text == "SELECT x::text FROM t WHERE d >= $1 AND d <= $2 AND e = $3 AND f <> $1");
    CHECK(named.indexOf(":from") == 1);
    CHECK(named.indexOf(":to") == 2);
    CHECK(named.indexOf(":case") == 0);
    CHECK(named.parameterCount == 3);

    // An upsert's key gains the unit; an upsert without a key is left as it is.
    CHECK(ServerSql::translate("INSERT INTO k (code) VALUES (?) ON CONFLICT(code) DO UPDATE SET text = excluded.text")
              .text ==
          "INSERT INTO k (code) VALUES ($1) ON CONFLICT (unit_code, code) DO UPDATE SET text = excluded.text");
    CHECK(ServerSql::translate("INSERT INTO w (word) VALUES (?) on conflict do nothing").text ==
          "INSERT INTO w (word) VALUES ($1) on conflict do nothing");

    // SQLite's hints not to use an index, and of the order to join in, are left out; arithmetic is kept.
    CHECK(ServerSql::translate("SELECT 1 FROM cases c CROSS JOIN meetings m ON m.case_id = c.id, across join").text ==
          "SELECT 1 FROM cases c JOIN meetings m ON m.case_id = c.id, across join");
    CHECK(
        ServerSql::translate("SELECT 1 FROM cases c WHERE +c.opened_on <= ?2 ORDER BY +c.opened_on, a + b, a+1").text ==
        "SELECT 1 FROM cases c WHERE c.opened_on <= $2 ORDER BY c.opened_on, a + b, a+1");
}

TEST_CASE("The table a statement writes to is found for the change announcements", "[storage]")
{
    CHECK(ServerSql::writtenTable("INSERT INTO patients (id) VALUES (?)") == "patients");
    CHECK(ServerSql::writtenTable("insert or ignore into Case_Team(case_id) VALUES (?)") == "case_team");
    CHECK(ServerSql::writtenTable("UPDATE cases SET status = ?") == "cases");
    CHECK(ServerSql::writtenTable("UPDATE OR REPLACE cases SET status = ?") == "cases");
    CHECK(ServerSql::writtenTable("  DELETE FROM plan_actions WHERE version_id = ?") == "plan_actions");
    CHECK(ServerSql::writtenTable("SELECT * FROM cases").isEmpty());
    CHECK(ServerSql::writtenTable("BEGIN").isEmpty());
}
