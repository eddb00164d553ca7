// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace koordinera::core {

class Database;
class Workspace;

// Moving a unit in (issue 25): a unit's sealed file is copied into its unit on a region's server, cases, their whole
// history and the access log, in one transaction: all of it or nothing.
//
// The server's ids are shared by every unit, so each row gets a new one and every reference to it follows. The file's
// access log is checked whole first; on the server its entries are chained anew after an entry that names the file and
// the last entry it had, each with its own time, user and coordinator. A record the file no longer holds (a removed
// diagnosis, a purged patient) that entries name gets an id of its own that no other row is ever given. The unit keeps
// a marker of the file, so running the move again does nothing.
namespace ServerImport {

struct Result
{
    bool alreadyMoved = false; // this file was moved into the unit before: nothing was done now
    qint64 patients = 0;
    qint64 cases = 0;
    qint64 logEntries = 0; // the file's entries carried over
};

// `file`: the unit's database (opened read-only is enough; nothing is written to it). `server`: signed in as the owner
// of Koordinera's database, with the connection working in `unit`. `fileName` and `movedBy` are named in the access
// log's entry of the move. Refused with a StorageError (nothing changed on the server) when the file's log is broken,
// the unit does not exist, does other work than the file, or already has records of its own.
Result run(Workspace& file, Database& server, const QString& unit, const QString& fileName, const QString& movedBy);

// The file's tables whose rows are moved, and those that are not (the server makes them anew or has no use for them):
// between them every table of a file, which the tests check.
QStringList copiedTables();
QStringList tablesLeftBehind();

} // namespace ServerImport

} // namespace koordinera::core
