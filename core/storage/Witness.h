// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace koordinera::core {

class Database;
class SealedStore;

// A small sealed record kept outside the database file, in the user's application data folder, that remembers how
// far the file had come at its last acknowledged save: its snapshot generation, the number of saves in its journal
// and the access log's newest entry. A file cut back at a record boundary, an older copy or a backup put in its
// place, or an access log whose newest entries were removed or rewritten, is then found on opening and by `check`.
// The record is sealed under a key derived from the database's own key: it can be neither read nor forged without
// the passphrase. What it cannot see: a witness removed together with the file's newest saves (that looks like a new
// computer), and changes made by someone who has the passphrase and rewrites the witness as well.
class Witness
{
public:
    struct State
    {
        quint64 generation = 0;
        quint64 sequence = 0;
        quint64 nextGeneration = 0; // a new snapshot being written; counts as current once the file has it
        QDateTime savedAt;          // UTC
        QString computer;
        qint64 logEntry = 0; // the access log's newest entry then, and its hash
        QByteArray logHash;
    };

    enum class Verdict
    {
        Missing,      // no witness for this file here (a new computer, a moved or restored file): nothing to compare
        Unreadable,   // a witness sealed under another key (another database of the same name) or damaged
        Matches,      // the file holds every save the witness knows of
        Behind,       // the file lacks saves the witness knows of
        OtherCopy,    // the file is another snapshot than the one last saved: an older copy or a backup
        LogRewritten, // the saves are there, but the access log's newest entries are missing or rewritten
    };

    struct Finding
    {
        Verdict verdict = Verdict::Missing;
        State expected;
        quint64 missingSaves = 0; // for Behind
        // A file that is not what this computer last saved: opening it for work must be confirmed.
        bool alarming() const;
        // What to tell the user (translated): what was expected, when and where it was last saved. Empty for
        // Matches.
        QString message() const;
    };

    // Where witnesses are kept: koordinera/witnesses in the user's data folder unless set.
    static QString folder();
    static void setFolder(const QString& folder);
    // The witness file for the database at `databasePath`.
    static QString fileFor(const QString& databasePath);

    // Compares the file `store` came from, opened into `db`, with its witness.
    static Finding examine(const SealedStore& store, Database& db);
    // Writes the witness for the state `store` and `db` are in now. False when it could not be written: the save
    // itself stands, and the next opening finds the file ahead of its witness, which is no alarm.
    static bool record(const SealedStore& store, Database& db, quint64 nextGeneration = 0);
};

} // namespace koordinera::core
