// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/LockFile.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqliteMemory.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sqlite3.h>

#ifdef __linux__
#include <algorithm>
#include <cstring>
#include <sys/mman.h>
#include <sys/resource.h>
#endif

using namespace koordinera::core;
using koordinera::tests::FixedToday;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("fyra ord som ingen gissar");

std::unique_ptr<Workspace> createWorkspace(const QString& path)
{
    auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("Test"), KdfParams::forTests());
    workspace->setToday(FixedToday);
    return workspace;
}

std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    auto workspace = Workspace::open(path, Passphrase, {}, QStringLiteral("Test"));
    workspace->setToday(FixedToday);
    return workspace;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Every committed change survives closing and reopening a sealed database", "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    qint64 caseId = 0;
    {
        auto workspace = createWorkspace(path);
        const auto recordsBefore = workspace->database().store()->journalRecords();
        caseId = koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                            QStringLiteral("Öberg"), QDate(2026, 11, 1))
                     .caseId;
        Activity note;
        note.caseId = caseId;
        note.occurredAt = QDateTime(FixedToday, QTime(9, 0));
        note.note = QStringLiteral("Samtal om arbetsträning");
        workspace->activities().add(note);
        CHECK(workspace->database().store()->journalRecords() == recordsBefore + 2); // one per transaction
    }
    auto reopened = openWorkspace(path);
    CHECK(reopened->rehabChain(caseId).dayOn(FixedToday) == 23);
    CaseListFilter filter;
    filter.text = QStringLiteral("arbetsträning");
    CHECK(reopened->caseList().rows(filter, CaseListColumn::Name, true).size() == 1);
    CHECK(reopened->database().userVersion() == Migrations::latestVersion());
}

TEST_CASE("A rolled-back savepoint or transaction never reaches the sealed file", "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        auto& db = workspace->database();
        Transaction outer(db);
        Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Behålls AB')").run();
        {
            Transaction inner(db);
            Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Ångras AB')").run();
        }
        outer.commit();
        {
            Transaction discarded(db);
            Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Aldrig AB')").run();
        }
    }
    auto reopened = openWorkspace(path);
    QStringList names;
    for (const auto& actor : reopened->actors().actors())
        names << actor.name;
    CHECK(names == QStringList{QStringLiteral("Behålls AB")});
}

TEST_CASE("A change whose COMMIT fails after it was journalled does not come back at the next opening",
          "[sealed][storage][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        auto& db = workspace->database();
        {
            Transaction kept(db);
            Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Behålls AB')").run();
            kept.commit();
        }
        const int records = db.store()->journalRecords();
        const qint64 bytes = db.store()->journalBytes();
        {
            // A deferred foreign key is only checked by COMMIT, after the record is on disk: COMMIT then fails.
            Transaction failing(db);
            db.execute("PRAGMA defer_foreign_keys = ON");
            Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Aldrig AB')").run();
            Statement(db, "INSERT INTO sick_leave_periods (case_id, degree, start_date) VALUES (4711, 100, "
                          "'2026-11-02')")
                .run();
            CHECK_THROWS_AS(failing.commit(), StorageError);
        }
        CHECK(db.store()->journalRecords() == records);
        CHECK(db.store()->journalBytes() == bytes);
        CHECK(QFileInfo(path).size() == db.store()->snapshotBytes() + bytes);
        // Later saves still go on from there.
        Transaction later(db);
        Statement(db, "INSERT INTO actors (kind, name) VALUES ('employer', 'Sedan AB')").run();
        later.commit();
    }
    auto reopened = openWorkspace(path);
    QStringList names;
    for (const auto& actor : reopened->actors().actors())
        names << actor.name;
    names.sort();
    CHECK(names == QStringList({QStringLiteral("Behålls AB"), QStringLiteral("Sedan AB")}));
}

TEST_CASE("A sealed database refuses writes outside a transaction", "[sealed][storage]")
{
    QTemporaryDir dir;
    auto workspace = createWorkspace(dir.filePath(QStringLiteral("enhet.koordinera")));
    CHECK_THROWS_AS(workspace->database().execute("INSERT INTO actors (kind, name) VALUES ('employer', 'X')"),
                    StorageError);
}

TEST_CASE("No patient name or identity number is readable in the file", "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    auto workspace = createWorkspace(path);
    DemoData::populate(*workspace, 30);
    workspace->database().compact();
    koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                               QStringLiteral("Öberg"));
    const QByteArray data = fileBytes(path);
    CaseListFilter all;
    all.showClosed = true;
    const auto rows = workspace->caseList().rows(all, CaseListColumn::Name, true);
    REQUIRE(rows.size() == 31);
    for (const auto& row : rows) {
        INFO(row.familyName.toStdString());
        CHECK_FALSE(data.contains(row.familyName.toUtf8()));
        CHECK_FALSE(data.contains(row.identity.toUtf8()));
        CHECK_FALSE(data.contains(row.identity.mid(2, 6).toUtf8()));
    }
    // Nothing else was written beside it but the lock.
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList({QStringLiteral("enhet.koordinera"), QStringLiteral("enhet.koordinera.lock")}));
}

TEST_CASE("One writer: a second opening is told who holds the database", "[sealed][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    auto first = createWorkspace(path);
    QString message;
    try {
        Workspace::open(path, Passphrase, {}, QStringLiteral("Test"));
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Busy);
        message = error.userMessage();
    }
    CHECK(message.contains(QSysInfo::machineHostName()));
    first.reset();
    CHECK_FALSE(QFile::exists(LockFile::lockPathFor(path)));
    CHECK_NOTHROW(openWorkspace(path));
}

TEST_CASE("A lock left by a crashed program is taken over — one from elsewhere only on request", "[sealed][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    createWorkspace(path).reset();
    auto writeLock = [&path](qint64 pid, const QString& host) {
        QFile lock(LockFile::lockPathFor(path));
        REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(QStringLiteral("%1\nanna\n%2\n2026-11-20T08:00:00Z\n").arg(pid).arg(host).toUtf8());
    };
    SECTION("a dead process on this computer")
    {
        writeLock(999999999, QSysInfo::machineHostName());
        CHECK(LockFile::readHolder(LockFile::lockPathFor(path)).stale);
        CHECK_NOTHROW(openWorkspace(path));
    }
    SECTION("another computer")
    {
        writeLock(1234, QStringLiteral("mottagningen-pc7"));
        CHECK(koordinera::tests::storageFailureOf([&path] {
                  Workspace::open(path, Passphrase, {}, QStringLiteral("Test"));
              }) == StorageError::Kind::Busy);
        CHECK_NOTHROW(Workspace::open(path, Passphrase, {}, QStringLiteral("Test"), true));
    }
}

TEST_CASE("A wrong passphrase opens nothing and changes nothing", "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    createWorkspace(path).reset();
    const QByteArray before = fileBytes(path);
    CHECK(koordinera::tests::storageFailureOf([&path] {
              Workspace::open(path, QByteArrayLiteral("fel fel fel fel"), {}, QStringLiteral("T"));
          }) == StorageError::Kind::WrongPassphrase);
    CHECK(fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(LockFile::lockPathFor(path)));
}

TEST_CASE("The passphrase can be changed", "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"));
        workspace->changePassphrase(QByteArrayLiteral("en annan lång lösenfras"), KdfParams::forTests());
    }
    CHECK(koordinera::tests::storageFailureOf([&path] {
              Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
          }) == StorageError::Kind::WrongPassphrase);
    auto reopened = Workspace::open(path, QByteArrayLiteral("en annan lång lösenfras"), {}, QStringLiteral("T"));
    CHECK(reopened->caseList().totalCases() == 1);
}

TEST_CASE("A plain database from before sealing is imported into a new sealed file", "[sealed][migration]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("gammal.koordinera"));
    {
        auto db = Database::openFile(plain, Database::OpenMode::NewFile);
        Migrations::migrate(*db, 1);
        db->execute("INSERT INTO patients (identity, identity_kind, sex, given_name, family_name) "
                    "VALUES ('196408233234', 'personnummer', 'male', 'Göran', 'Öberg')");
        db->execute("INSERT INTO cases (patient_id, reference, status, opened_on) "
                    "VALUES (1, 'K-2025-0001', 'active', '2025-03-01')");
    }
    const QString sealed = dir.filePath(QStringLiteral("ny.koordinera"));
    {
        auto workspace =
            Workspace::importPlain(plain, sealed, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
        CHECK(workspace->caseList().totalCases() == 1);
    }
    CHECK_FALSE(fileBytes(sealed).contains("Öberg"));
    auto reopened = openWorkspace(sealed);
    CaseListFilter filter;
    filter.text = QStringLiteral("Öberg");
    CHECK(reopened->caseList().rows(filter, CaseListColumn::Name, true).size() == 1);
}

TEST_CASE("A save the disk refuses is rolled back with a clear message — earlier saves stay", "[sealed][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"));
        workspace->database().store()->failWritesForTesting(true);
        QString message;
        try {
            koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                       QStringLiteral("Åberg"));
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::WriteFailed);
            message = error.userMessage();
        }
        CHECK((message.contains(QStringLiteral("sparades inte")) || message.contains(QStringLiteral("was not saved"))));
        // Memory and disk agree: the refused case is not in the working copy either.
        CHECK(workspace->caseList().totalCases() == 1);
        CHECK(workspace->patients().findByIdentity(IdentityKind::Samordningsnummer, QStringLiteral("197010632391")) ==
              std::nullopt);
        // A compaction the disk refuses leaves the old file in use.
        CHECK(koordinera::tests::storageFailureOf([&workspace] { workspace->database().compact(); }) ==
              StorageError::Kind::WriteFailed);
        workspace->database().store()->failWritesForTesting(false);
        koordinera::tests::addCase(*workspace, QStringLiteral("850101-1244"), QStringLiteral("Anna"),
                                   QStringLiteral("Andersson"));
    }
    auto reopened = openWorkspace(path);
    CaseListFilter all;
    QStringList names;
    for (const auto& row : reopened->caseList().rows(all, CaseListColumn::Name, true))
        names << row.familyName;
    CHECK(names == QStringList({QStringLiteral("Andersson"), QStringLiteral("Öberg")}));
}

TEST_CASE("A database in a folder that does not exist gets a clear message", "[sealed][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saknas/enhet.koordinera"));
    CHECK(koordinera::tests::storageFailureOf([&path] { createWorkspace(path); }) == StorageError::Kind::CannotOpen);
    CHECK(koordinera::tests::storageFailureOf([&path] {
              Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
          }) == StorageError::Kind::CannotOpen);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("saknas"))));
}

TEST_CASE("A malformed change inside the seal is reported as damage at once", "[sealed][storage]")
{
    // Found by the sealed_content fuzzer: a table header whose name never ends kept SQLite 3.40's changeset reader
    // busy for minutes. Only someone with the passphrase could write it, but the file must still open or fail fast.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto db = Storage::createSealed(path, Passphrase, KdfParams::forTests());
        db->store()->append(QByteArray("T\x03\x01\x00\x00kva_codes", 14) + QByteArray(25, '='));
    }
    CHECK(koordinera::tests::storageFailureOf([&] { Storage::openSealedReadOnly(path, Passphrase); }) ==
          StorageError::Kind::Damaged);
}

TEST_CASE("SQLite's memory is overwritten when it is freed", "[sealed][memory]")
{
    auto db = Storage::createInMemory(); // SQLite's first use in a process installs the wiping allocator
    CHECK(SqliteMemory::install());
    const auto before = SqliteMemory::wipedBytes();
    {
        Transaction transaction(*db);
        for (int row = 0; row < 200; ++row) {
            Statement(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)")
                .bindAll(QStringLiteral("ZZ%1").arg(row), QString(1000, QLatin1Char('p')))
                .run();
        }
        transaction.commit();
    }
    db.reset(); // the in-memory database's pages go back: every byte of them is overwritten first
    CHECK(SqliteMemory::wipedBytes() - before > 200 * 1000);
}

TEST_CASE("A journal that changes the same rows again and again is replayed to the state it was closed in",
          "[sealed][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const auto write = [](Database& db, const char* sql, const QString& code, const QString& text) {
        Transaction transaction(db);
        Statement(db, sql).bindAll(code, text).run();
        transaction.commit();
    };
    {
        auto db = Storage::createSealed(path, Passphrase, KdfParams::forTests());
        // The journal is replayed as one combined changeset: each row's changes must fold into its last state.
        write(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)", QStringLiteral("ZZ1"), QStringLiteral("först"));
        for (int round = 1; round <= 40; ++round)
            write(*db, "UPDATE kva_codes SET text = ?2 WHERE code = ?1", QStringLiteral("ZZ1"),
                  QStringLiteral("ändrad %1").arg(round));
        write(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)", QStringLiteral("ZZ2"), QStringLiteral("bort"));
        write(*db, "DELETE FROM kva_codes WHERE code = ?1 AND text = ?2", QStringLiteral("ZZ2"),
              QStringLiteral("bort"));
        write(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)", QStringLiteral("ZZ2"), QStringLiteral("åter"));
        write(*db, "DELETE FROM kva_codes WHERE code = ?1 AND text = ?2", QStringLiteral("GC001"),
              QStringLiteral("Koordineringsinsats enligt lag (2019:1297)"));
        CHECK(db->store()->journalRecords() >= 44);
    }
    Storage::OpenReport report;
    auto reopened = Storage::openSealed(path, Passphrase, false, &report);
    CHECK_FALSE(report.compacted); // read through the journal, not from a new snapshot
    Statement rows(*reopened, "SELECT code, text FROM kva_codes WHERE code IN ('ZZ1', 'ZZ2', 'GC001') ORDER BY code");
    REQUIRE(rows.step());
    CHECK(rows.columnText(0) == QStringLiteral("ZZ1"));
    CHECK(rows.columnText(1) == QStringLiteral("ändrad 40"));
    REQUIRE(rows.step());
    CHECK(rows.columnText(0) == QStringLiteral("ZZ2"));
    CHECK(rows.columnText(1) == QStringLiteral("åter"));
    CHECK_FALSE(rows.step());
}

TEST_CASE("The first change after opening does not copy the whole database to grow it", "[sealed][memory]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto db = Storage::createSealed(path, Passphrase, KdfParams::forTests());
        Transaction transaction(*db);
        for (int row = 0; row < 3000; ++row) {
            Statement(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)")
                .bindAll(QStringLiteral("ZZ%1").arg(row), QString(1000, QLatin1Char('p')))
                .run();
        }
        transaction.commit();
        db->compact(); // a snapshot of some 3 MB, as a unit's file is of tens
    }
    auto db = Storage::openSealed(path, Passphrase);
    const auto before = SqliteMemory::wipedBytes();
    {
        Transaction transaction(*db);
        for (int row = 0; row < 50; ++row) { // some new pages: 50 kB
            Statement(*db, "INSERT INTO kva_codes (code, text) VALUES (?, ?)")
                .bindAll(QStringLiteral("ZY%1").arg(row), QString(1000, QLatin1Char('q')))
                .run();
        }
        transaction.commit();
    }
    // Growing past its memory, SQLite reallocates it: the old block, all 3 MB, would be copied and overwritten.
    CHECK(SqliteMemory::wipedBytes() - before < 1000 * 1000);
}

TEST_CASE("A large block is wiped where it was written, without touching the pages never used", "[sealed][memory]")
{
#ifdef __linux__
    constexpr size_t Size = 64u * 1024 * 1024; // as SQLite's memory for a database of tens of MB, grown twice its size
    void* mapped = mmap(nullptr, Size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    REQUIRE(mapped != MAP_FAILED);
    auto* bytes = static_cast<unsigned char*>(mapped);
    std::memset(bytes + 100, 'p', 2 * 1024 * 1024); // the database's pages at the start, not page-aligned
    std::memset(bytes + Size - 5000, 'q', 5000);    // and some at the very end
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    SqliteMemory::wipeResident(bytes + 16, Size - 16); // as a block after its header
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    // Overwriting all 64 MB would have faulted in some 16,000 pages never used.
    CHECK(after.ru_minflt - before.ru_minflt < 1000);
    CHECK(std::all_of(bytes + 16, bytes + 100 + 2 * 1024 * 1024, [](unsigned char byte) { return byte == 0; }));
    CHECK(std::all_of(bytes + Size - 5000, bytes + Size, [](unsigned char byte) { return byte == 0; }));
    munmap(mapped, Size);
#else
    SUCCEED("only Linux tells which pages are in memory");
#endif
}
