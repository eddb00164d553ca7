// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Storage.h"

#include "core/storage/Database.h"
#include "core/storage/LockFile.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

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
    db->replayJournal(contents.journal);
    requireKoordineraFile(*db);
    return db;
}

} // namespace

void Storage::requireDatabaseFile(const QString& path, bool forWriting)
{
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!file.exists()) {
        const QFileInfo folder(file.absolutePath());
        throw StorageError(
            StorageError::Kind::CannotOpen,
            folder.isDir() ? QCoreApplication::translate("Storage", "The database file %1 does not exist.").arg(shown)
                           : QCoreApplication::translate("Storage", "The folder %1 does not exist, so there is no "
                                                                    "database in it. Check the path, or connect the "
                                                                    "drive it is on.")
                                 .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    if (!file.isFile()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage", "%1 is not a database file but a folder, a device "
                                                                  "or a pipe. Nothing was read from it.")
                               .arg(shown));
    }
    if (!file.isReadable()) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Storage", "The database file %1 may not be read by you. Ask "
                                                                  "whoever manages the computer for access.")
                               .arg(shown));
    }
    if (forWriting && !file.isWritable()) {
        throw StorageError(StorageError::Kind::ReadOnly,
                           QCoreApplication::translate("Storage",
                                                       "The database file %1 may only be read (the file or its disk is "
                                                       "write-protected), but Koordinera must be able to "
                                                       "save to it to work in it. Ask whoever manages the "
                                                       "computer to allow writing. (The commands check and "
                                                       "backup still work on it.)")
                               .arg(shown));
    }
}

QString Storage::OpenReport::notice() const
{
    QStringList notices;
    if (compactionPostponed) {
        notices << QCoreApplication::translate("Storage", "The disk is nearly full: the database could not be packed, "
                                                          "which makes it slower to open. Everything is saved; it is "
                                                          "packed when there is room.");
    }
    if (witness.verdict == Witness::Verdict::Missing || witness.verdict == Witness::Verdict::Unreadable) {
        notices << witness.message()
                << QCoreApplication::translate("Storage", "From now on this computer keeps that record.");
    }
    return notices.join(QLatin1Char(' '));
}

int Storage::removeLeftovers(const QString& path)
{
    const QFileInfo database(path);
    const QDir folder = database.absoluteDir();
    const QString name = QRegularExpression::escape(database.fileName());
    const QRegularExpression copy(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(name));
    const QRegularExpression lock(QStringLiteral("^%1\\.lock\\.[A-Za-z0-9]{6}$").arg(name));
    int removed = 0;
    for (const QString& entry : folder.entryList({database.fileName() + QStringLiteral(".*")}, QDir::Files)) {
        const QString candidate = folder.filePath(entry);
        // A copy killed before its first byte is empty: nothing in it, nothing to lose.
        const bool leftover =
            lock.match(entry).hasMatch() ||
            (copy.match(entry).hasMatch() && (SealedStore::looksSealed(candidate) || QFileInfo(candidate).size() == 0));
        if (leftover && QFile::remove(candidate))
            ++removed;
    }
    return removed;
}

std::unique_ptr<Database> Storage::openSealed(const QString& path, const QByteArray& passphrase, bool forceLock,
                                              OpenReport* report, bool acceptAsItIs)
{
    requireDatabaseFile(path, true);
    auto lock = LockFile::acquire(path, forceLock);
    OpenReport opened;
    // Holding the lock, nothing of ours can be writing them now.
    opened.leftoversRemoved = removeLeftovers(path);
    SealedStore::Contents contents;
    auto store = SealedStore::open(path, passphrase, contents);
    auto db = workingCopyOf(contents);
    const int versionBefore = db->userVersion();
    opened.witness = Witness::examine(*store, *db);
    if (opened.witness.alarming() && !acceptAsItIs)
        throw StorageError(StorageError::Kind::NotNewest, opened.witness.message(), QStringLiteral("witness"));
    opened.acceptedAsItIs = opened.witness.alarming();
    Migrations::migrate(*db); // refuses a newer schema before anything is written
    db->attachStore(std::move(store), std::move(lock));
    db->startWitness();
    opened.droppedIncompleteTail = contents.droppedIncompleteTail;
    // Schema steps are not in the journal: a migrated database is saved as a new snapshot at once, and cannot be
    // opened for work without it (the error says why). A compaction that is only worth doing waits for room.
    if (db->userVersion() != versionBefore) {
        db->compact();
        opened.compacted = true;
    } else if (worthCompacting(*db->store())) {
        try {
            db->compact();
            opened.compacted = true;
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::WriteFailed)
                throw;
            opened.compactionPostponed = true; // the file and its journal are as they were: all is there
        }
    }
    if (report)
        *report = opened;
    return db;
}

std::unique_ptr<Database> Storage::openSealedReadOnly(const QString& path, const QByteArray& passphrase,
                                                      OpenReport* report)
{
    requireDatabaseFile(path, false);
    SealedStore::Contents contents;
    auto store = SealedStore::open(path, passphrase, contents, SealedStore::Access::ReadOnly);
    auto db = workingCopyOf(contents);
    OpenReport opened;
    opened.droppedIncompleteTail = contents.droppedIncompleteTail;
    opened.witness = Witness::examine(*store, *db);
    Migrations::migrate(*db);
    db->keepSealedSource(std::move(store));
    if (report)
        *report = opened;
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
    db->startWitness();
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
    db->startWitness();
    return db;
}

void Storage::changePassphrase(Database& db, const QByteArray& newPassphrase, const KdfParams& params)
{
    if (!db.store())
        return;
    QByteArray snapshot = db.serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    db.store()->changePassphrase(newPassphrase, snapshot, params);
    db.recordWitness(); // under the new key
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
