// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Storage.h"

#include "storage/Database.h"
#include "storage/LockFile.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

void requireKoordineraFile(Database& db)
{
    Statement appId(db, "PRAGMA application_id");
    const int applicationId = appId.step() ? appId.columnInt(0) : 0;
    Statement tables(db, "SELECT count(*) FROM sqlite_schema");
    const int tableCount = tables.step() ? tables.columnInt(0) : 0;
    if (applicationId == Storage::ApplicationId || (applicationId == 0 && tableCount == 0))
        return;
    throw StorageError(StorageError::Kind::NotKoordinera,
                       QCoreApplication::translate("Storage", "The file is a database, but not one made by "
                                                              "Koordinera. It has not been changed."));
}

// A journal longer than its snapshot (or than 1 MiB) costs more at every opening than a compaction does once.
bool worthCompacting(const SealedStore& store)
{
    return store.journalBytes() > std::max<qint64>(store.snapshotBytes(), 1 << 20);
}

// The working copy: the snapshot with the journal replayed on it; the decrypted bytes are wiped after.
std::unique_ptr<Database> workingCopyOf(SealedStore::Contents& contents)
{
    const WipeOnExit wipeJournal(contents.journal);
    auto db = Database::openMemoryFrom(std::move(contents.snapshot));
    for (const QByteArray& changeset : contents.journal)
        db->applyChangeset(changeset);
    requireKoordineraFile(*db);
    return db;
}

} // namespace

std::unique_ptr<Database> Storage::openSealed(const QString& path, const QByteArray& passphrase, bool forceLock,
                                              OpenReport* report)
{
    auto lock = LockFile::acquire(path, forceLock);
    SealedStore::Contents contents;
    auto store = SealedStore::open(path, passphrase, contents);
    auto db = workingCopyOf(contents);
    const int versionBefore = db->userVersion();
    Migrations::migrate(*db); // refuses a newer schema before anything is written
    db->attachStore(std::move(store), std::move(lock));
    // Schema steps are not in the journal: a migrated database is saved as a new snapshot at once.
    const bool compact = db->userVersion() != versionBefore || worthCompacting(*db->store());
    if (compact)
        db->compact();
    if (report)
        *report = {contents.droppedIncompleteTail, compact};
    return db;
}

std::unique_ptr<Database> Storage::openSealedReadOnly(const QString& path, const QByteArray& passphrase)
{
    SealedStore::Contents contents;
    SealedStore::open(path, passphrase, contents, SealedStore::Access::ReadOnly);
    auto db = workingCopyOf(contents);
    Migrations::migrate(*db);
    return db;
}

std::unique_ptr<Database> Storage::createSealed(const QString& path, const QByteArray& passphrase,
                                                const KdfParams& params)
{
    auto lock = LockFile::acquire(path);
    auto db = Database::openMemoryFrom(QByteArray());
    Migrations::migrate(*db);
    QByteArray snapshot = db->serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    db->attachStore(SealedStore::create(path, passphrase, snapshot, params), std::move(lock));
    return db;
}

std::unique_ptr<Database> Storage::importPlain(const QString& plainPath, const QString& sealedPath,
                                               const QByteArray& passphrase, const KdfParams& params)
{
    QByteArray snapshot = openPlain(plainPath)->serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    auto lock = LockFile::acquire(sealedPath);
    auto db = Database::openMemoryFrom(snapshot);
    db->attachStore(SealedStore::create(sealedPath, passphrase, snapshot, params), std::move(lock));
    return db;
}

void Storage::changePassphrase(Database& db, const QByteArray& newPassphrase, const KdfParams& params)
{
    if (!db.store())
        return;
    QByteArray snapshot = db.serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    db.store()->changePassphrase(newPassphrase, snapshot, params);
}

std::unique_ptr<Database> Storage::openPlain(const QString& path)
{
    auto db = Database::openFile(path, Database::OpenMode::ExistingFile);
    requireKoordineraFile(*db);
    Migrations::migrate(*db);
    return db;
}

std::unique_ptr<Database> Storage::createPlain(const QString& path)
{
    auto db = Database::openFile(path, Database::OpenMode::NewFile);
    Migrations::migrate(*db);
    return db;
}

std::unique_ptr<Database> Storage::createInMemory()
{
    auto db = Database::openInMemory();
    Migrations::migrate(*db);
    return db;
}

} // namespace koordinera::core
