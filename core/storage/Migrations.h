// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <vector>

namespace koordinera::core {

class Database;

struct MigrationStep
{
    int version;         // the schema version this step produces
    const char* summary; // for the developer reading a failure, never shown to users
    std::function<void(Database&)> apply;
    bool shrinks = false; // frees much of the file's space: the file is vacuumed after migrating
    // The step on a region's server (issue 25), for the steps after ServerSchema::BaselineVersion; a server starts
    // at that version, made whole at once.
    std::function<void(Database&)> applyOnServer = {};
};

// Runs numbered schema steps, each in its own transaction together with its PRAGMA user_version, so a
// failure leaves the file at the last whole version and a rerun picks up from there.
class Migrations
{
public:
    static const std::vector<MigrationStep>& steps();
    static int latestVersion();
    // Brings the database to `targetVersion` (default: latest). Refuses, before writing anything, a file
    // whose version is newer than this program knows.
    // On a server, an empty database is given the baseline schema first (ServerSchema).
    static void migrate(Database& db, int targetVersion = -1);

    // The tables whose rows a coordinator edits in place, each with row_version, changed_by and changed_at (step 20).
    static const std::vector<const char*>& versionedTables();

    // The id a new patient or case gets, as an SQL expression: above every id in the table and every id a purge
    // retired, so that the access log's entries for a purged patient never come to name someone else.
    enum class IdTable
    {
        Patients,
        Cases,
    };
    // On a server a sequence numbers them: it never gives a number twice.
    static const char* nextIdSql(const Database& db, IdTable table);
};

} // namespace koordinera::core
