// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SealedStore.h"

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
    };

    // Opens a sealed database: takes the lock (`forceLock` takes over one held elsewhere), decrypts,
    // replays the journal and brings the schema up to date.
    static std::unique_ptr<Database> openSealed(const QString& path, const QByteArray& passphrase,
                                                bool forceLock = false, OpenReport* report = nullptr);
    // Opens a sealed file (a backup, say) without a lock and without ever writing to it: changes to the
    // working copy stay in memory. Older schemas are brought up to date in memory.
    static std::unique_ptr<Database> openSealedReadOnly(const QString& path, const QByteArray& passphrase);
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
