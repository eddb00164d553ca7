// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace koordinera::core {

class Database;

// A unit's schema on a region's PostgreSQL server (issue 25). The server starts at the schema version the local file
// had when servers came (BaselineVersion), made whole in one step; every later step in Migrations has its server text
// beside the file's. The tables, columns, keys and rules are the file's, in PostgreSQL's words:
// - an id that SQLite numbers itself is an identity column, and a trigger numbers a row inserted with a NULL id as
//   SQLite does (undo puts a row back with its old id; a new row comes with none);
// - dates and times stay ISO text, so the same SQL compares and groups them on both engines;
// - a rule SQLite keeps with RAISE(ABORT) is a trigger raising integrity_constraint_violation (a broken rule for
//   StorageError, as on the file);
// - every table with a unit's rows has a unit_code column, filled from the connection's unit (koordinera.unit), first
//   in each key an upsert names; row-level security shows a role the rows of its connection's unit only when the role
//   is granted that unit (units, grants), and the coordinators' group role (koordinera_coordinator) may read and
//   write them but never change or remove an entry of the access log, which names the role that wrote it;
// - the few SQLite functions the code's SQL uses (casefold, hex, instr, julianday, date with a modifier,
//   group_concat) and the collations (swedish, nocase) are defined on the server with the same results.
namespace ServerSchema {

inline constexpr int BaselineVersion = 19;

// Creates the schema at BaselineVersion in an empty database (its schema_version table says so). Runs inside the
// caller's transaction.
void createBaseline(Database& db);

// True when the database has Koordinera's schema (any version).
bool exists(Database& db);
// True when the signed-in role may make the schema (the owner, as the DBA's script sets it up).
bool mayCreate(Database& db);

} // namespace ServerSchema

} // namespace koordinera::core
