// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SealedStore.h"
#include "core/storage/Witness.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace koordinera::core {

class Database;

// The one place a database is opened or created. Repositories and the GUI receive a ready, migrated
// Database and never see how it is kept on disk.
//
// A Koordinera database is a sealed file (SealedStore): the working copy lives in memory and every
// committed transaction is appended, encrypted, to the file before it is reported saved. Plain SQLite
// files from before the sealed format can only be opened to import them.
class Storage
{
public:
    static constexpr int ApplicationId = 1265594226; // "Koor"

    struct OpenReport
    {
        bool droppedIncompleteTail = false; // the last save was cut off (crash, power cut) and left out
        bool compacted = false;
        bool compactionPostponed = false; // due, but the disk had no room for the new copy: tried at the next opening
        int leftoversRemoved = 0;    // temporary copies that an interrupted compaction or lock left beside the file
        Witness::Finding witness;    // how the file compared with this computer's record of its last save
        bool acceptedAsItIs = false; // the file was not the newest, and the user chose to work in it anyway

        // What to tell the user when the compaction waited or the file could not be compared with its witness
        // (translated), or an empty string.
        QString notice() const;
    };

    // Opens a sealed database: takes the lock (`forceLock` takes over one held elsewhere), decrypts,
    // replays the journal and brings the schema up to date. A file that lacks saves this computer made to it (see
    // Witness) is refused with Kind::NotNewest, unchanged, unless `acceptAsItIs`: then it is opened as it is and
    // becomes the newest from now on.
    static std::unique_ptr<Database> openSealed(const QString& path, const QByteArray& passphrase,
                                                bool forceLock = false, OpenReport* report = nullptr,
                                                bool acceptAsItIs = false);
    // Opens a sealed file (a backup, a database on a read-only disk, or one that is only checked) without a lock
    // and without ever writing to it: changes to the working copy stay in memory. Older schemas are brought up to
    // date in memory. The database can still be copied sealed (Database::sealedSource()).
    // `report` says whether the last save was cut off (it is left out; the file itself is not touched), and how
    // the file compares with its witness.
    static std::unique_ptr<Database> openSealedReadOnly(const QString& path, const QByteArray& passphrase,
                                                        OpenReport* report = nullptr);
    // Throws StorageError unless `path` is an ordinary file that exists (a pipe would make the reading wait
    // forever); with `forWriting`, also unless it may be written (Kind::ReadOnly), before any lock is taken.
    static void requireDatabaseFile(const QString& path, bool forWriting);
    // Removes what an interrupted compaction or lock of this database left beside it: "NAME.XXXXXX" copies that
    // begin like a sealed file or are empty, and "NAME.lock.XXXXXX" files. Only names of that shape, nothing else.
    // Returns how many went.
    static int removeLeftovers(const QString& path);
    // Creates a new, empty sealed database; refuses to overwrite an existing file.
    static std::unique_ptr<Database> createSealed(const QString& path, const QByteArray& passphrase,
                                                  const KdfParams& params = KdfParams::standard());
    // Seals a plain SQLite database made before the sealed format into a new file. The plain file is left
    // as it is (the user deletes it once satisfied).
    static std::unique_ptr<Database> importPlain(const QString& plainPath, const QString& sealedPath,
                                                 const QByteArray& passphrase,
                                                 const KdfParams& params = KdfParams::standard());
    // Re-seals an open database under a new passphrase.
    static void changePassphrase(Database& db, const QByteArray& newPassphrase,
                                 const KdfParams& params = KdfParams::standard());

    // Plain SQLite files: the format before sealing, for import and for testing migrations.
    static std::unique_ptr<Database> openPlain(const QString& path);
    static std::unique_ptr<Database> createPlain(const QString& path);
    // A database that lives only in memory (demo data, tests); nothing is written to disk.
    static std::unique_ptr<Database> createInMemory();
};

} // namespace koordinera::core
