// SPDX-License-Identifier: GPL-3.0-or-later
// Faults the kernel itself produces, not injected ones: a write refused at the file-size limit (EFBIG, as
// a full disk refuses with ENOSPC), a small filesystem that fills up, and a read-only filesystem.
#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/LockFile.h"
#include "core/storage/SealedStore.h"
#include "core/storage/StorageError.h"
#include "core/workspace/Backup.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace koordinera::core;
using koordinera::tests::addCase;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("fyra ord som ingen gissar");

std::unique_ptr<Workspace> createIn(const QString& path)
{
    return Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
}

int totalCases(const QString& path)
{
    return Workspace::open(path, Passphrase, {}, QStringLiteral("T"))->caseList().totalCases();
}

// Lowers the process's file-size limit for its lifetime; writes past it fail with EFBIG.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the default action would kill the test
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &lowered) == 0);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

// A small tmpfs, mounted for the test. Mounting needs root (CI runs as root); a test that cannot set up its fault
// fails rather than passing without having tried.
class SmallFilesystem
{
public:
    explicit SmallFilesystem(const QString& size)
    {
        m_mounted = ::geteuid() == 0 &&
                    QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()}) == 0;
        if (!m_mounted)
            FAIL("a small tmpfs could not be mounted (the filesystem tests need root)");
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("A save the kernel refuses is rolled back, and later saves still reopen", "[sealed][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createIn(path);
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
        {
            const FileSizeLimit limit(rlim_t(QFileInfo(path).size() + 40)); // room for a torn record only
            CHECK_THROWS_AS(
                addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg")),
                StorageError);
            CHECK(workspace->caseList().totalCases() == 1);
        }
        // No torn record is left for the next save to be appended behind.
        addCase(*workspace, QStringLiteral("850101-1244"), QStringLiteral("Anna"), QStringLiteral("Andersson"));
    }
    CHECK(totalCases(path) == 2);
}

TEST_CASE("A filesystem that fills up or turns read-only keeps every earlier save", "[sealed][faults]")
{
    SmallFilesystem filesystem(QStringLiteral("1m"));
    const QString path = QDir(filesystem.path()).filePath(QStringLiteral("enhet.koordinera"));
    int saved = 0;
    {
        auto workspace = createIn(path);
        const auto created =
            addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
        bool full = false;
        for (int i = 0; i < 5000 && !full; ++i) {
            Activity note;
            note.caseId = created.caseId;
            note.occurredAt = QDateTime(koordinera::tests::FixedToday, QTime(9, 0));
            note.note = QStringLiteral("Samtal %1 ").arg(i) + QString(4000, QLatin1Char('x'));
            try {
                workspace->activities().add(note);
                ++saved;
            } catch (const StorageError& error) {
                CHECK(error.kind() == StorageError::Kind::WriteFailed);
                CHECK_FALSE(error.userMessage().isEmpty());
                full = true;
            }
        }
        REQUIRE(full);
        CHECK(workspace->activities().activities(created.caseId).size() == saved);
    }
    {
        auto reopened = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
        const qint64 caseId = reopened->caseList().rows({}, CaseListColumn::Name, true).first().caseId;
        CHECK(reopened->activities().activities(caseId).size() == saved);
    }

    REQUIRE(filesystem.remountReadOnly());
    // Refused before any lock is tried, with what can still be done, and not "a change could not be saved".
    QString message;
    try {
        Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
        message = error.userMessage();
    }
    CHECK(message.contains(QStringLiteral("may only be read")));
    CHECK(message.contains(QStringLiteral("check and backup still work")));
    // A database on read-only media can still be looked at, checked and backed up.
    auto readOnly = Workspace::openReadOnly(path, Passphrase, {}, QStringLiteral("T"));
    CHECK(readOnly->isReadOnly());
    CHECK(readOnly->caseList().totalCases() == 1);
    CHECK(readOnly->check().whole());
    QTemporaryDir backups;
    const QString backup = Backup::write(*readOnly, backups.path(), 3);
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(Workspace::openReadOnly(backup, Passphrase, {}, QStringLiteral("T"))->caseList().totalCases() == 1);
}

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Fills the filesystem of `folder` with a file until no more than `leave` bytes are free.
void fillUp(const QString& folder, qint64 leave)
{
    QFile filler(QDir(folder).filePath(QStringLiteral("fyllnad")));
    REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered));
    const QByteArray block(4096, 'f');
    while (QStorageInfo(folder).bytesAvailable() > leave && filler.write(block) == block.size())
        QStorageInfo(folder).refresh();
    REQUIRE(QStorageInfo(folder).bytesAvailable() <= leave);
}

} // namespace

TEST_CASE("A database due for compaction opens on a nearly full disk — the compaction waits for room",
          "[sealed][faults]")
{
    SmallFilesystem filesystem(QStringLiteral("8m"));
    const QString path = QDir(filesystem.path()).filePath(QStringLiteral("enhet.koordinera"));
    qint64 caseId = 0;
    int notes = 0;
    {
        auto workspace = createIn(path);
        caseId =
            addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
        // A journal longer than the snapshot and than 1 MiB is compacted at the next opening.
        while (workspace->database().store()->journalBytes() <=
               std::max<qint64>(workspace->database().store()->snapshotBytes(), 1 << 20) + (64 << 10)) {
            Activity note;
            note.caseId = caseId;
            note.occurredAt = QDateTime(koordinera::tests::FixedToday, QTime(9, 0));
            note.note = QStringLiteral("Samtal %1 ").arg(notes++) + QString(4000, QLatin1Char('y'));
            workspace->activities().add(note);
        }
    }
    const QByteArray before = bytesOf(path);
    fillUp(filesystem.path(), 64 << 10); // room for a lock and a save, not for a new copy of the database
    Storage::OpenReport report;
    {
        auto workspace = Workspace::open(path, Passphrase, {}, QStringLiteral("T"), false, &report);
        CHECK(report.compactionPostponed);
        CHECK_FALSE(report.compacted);
        CHECK(workspace->activities().activities(caseId).size() == notes);
    }
    CHECK(bytesOf(path).startsWith(before.left(88))); // the same file, not a new copy
    // No temporary copy was left beside it.
    CHECK(QDir(filesystem.path()).entryList(QDir::Files) ==
          QStringList({QStringLiteral("enhet.koordinera"), QStringLiteral("fyllnad")}));

    REQUIRE(QFile::remove(QDir(filesystem.path()).filePath(QStringLiteral("fyllnad"))));
    auto workspace = Workspace::open(path, Passphrase, {}, QStringLiteral("T"), false, &report);
    CHECK(report.compacted);
    CHECK_FALSE(report.compactionPostponed);
    CHECK(workspace->activities().activities(caseId).size() == notes);
}

TEST_CASE("Opening removes what an interrupted compaction or lock left beside the database, and nothing else",
          "[sealed][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    createIn(path).reset();
    const QByteArray sealed = bytesOf(path);
    writeFile(dir.filePath(QStringLiteral("enhet.koordinera.Ab12Cd")), sealed.left(4000)); // a torn compaction
    writeFile(dir.filePath(QStringLiteral("enhet.koordinera.lock.Xy34Zw")), QByteArrayLiteral("4711\n"));
    // Not ours, or not of that shape: kept.
    const QStringList kept{QStringLiteral("annan.koordinera.Ab12Cd"), QStringLiteral("enhet.koordinera.Qq56Ww"),
                           QStringLiteral("enhet.koordinera.anteckning"), QStringLiteral("enhet.koordinera.Ab12Cde")};
    writeFile(dir.filePath(kept.at(0)), sealed.left(4000));
    writeFile(dir.filePath(kept.at(1)), QByteArrayLiteral("en egen fil"));
    writeFile(dir.filePath(kept.at(2)), sealed.left(4000));
    writeFile(dir.filePath(kept.at(3)), sealed.left(4000));

    Storage::OpenReport report;
    auto workspace = Workspace::open(path, Passphrase, {}, QStringLiteral("T"), false, &report);
    CHECK(report.leftoversRemoved == 2);
    QStringList expected = kept;
    expected << QStringLiteral("enhet.koordinera") << QStringLiteral("enhet.koordinera.lock");
    expected.sort();
    CHECK(QDir(dir.path()).entryList(QDir::Files, QDir::Name) == expected);
}

TEST_CASE("An empty or unreadable lock file is not a live lock — a live one is never taken over", "[sealed][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    createIn(path).reset();
    const QString lockPath = LockFile::lockPathFor(path);
    SECTION("empty, as a full disk once left it")
    {
        writeFile(lockPath, QByteArray());
        CHECK_NOTHROW(Workspace::open(path, Passphrase, {}, QStringLiteral("T")));
    }
    SECTION("unreadable text")
    {
        writeFile(lockPath, QByteArray("\xff\xfe\x00garbage", 10));
        CHECK_NOTHROW(Workspace::open(path, Passphrase, {}, QStringLiteral("T")));
    }
    SECTION("held by a program on this computer: not even when forced")
    {
        auto first = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
        for (const bool force : {false, true}) {
            try {
                Workspace::open(path, Passphrase, {}, QStringLiteral("T"), force);
                FAIL("a live lock was taken over");
            } catch (const StorageError& error) {
                CHECK(error.kind() == StorageError::Kind::Busy);
            }
        }
    }
    SECTION("a program never removes a lock file that is not its own")
    {
        auto first = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
        REQUIRE(QFile::remove(lockPath)); // someone took over by hand and wrote their own
        const QByteArray theirs = QByteArrayLiteral("4242\nbengt\nmottagningen-pc7\n2026-11-20T08:00:00Z\n");
        writeFile(lockPath, theirs);
        first.reset();
        CHECK(bytesOf(lockPath) == theirs);
    }
}

TEST_CASE("The lock file appears whole or not at all", "[sealed][lock][faults]")
{
    SmallFilesystem filesystem(QStringLiteral("1m"));
    const QString path = QDir(filesystem.path()).filePath(QStringLiteral("enhet.koordinera"));
    {
        QTemporaryDir elsewhere;
        const QString made = elsewhere.filePath(QStringLiteral("enhet.koordinera"));
        createIn(made).reset();
        REQUIRE(QFile::copy(made, path));
    }
    fillUp(filesystem.path(), 0);
    CHECK_THROWS_AS(Workspace::open(path, Passphrase, {}, QStringLiteral("T")), StorageError);
    CHECK_FALSE(QFile::exists(LockFile::lockPathFor(path))); // no empty lock to block the next try
    REQUIRE(QFile::remove(QDir(filesystem.path()).filePath(QStringLiteral("fyllnad"))));
    CHECK_NOTHROW(Workspace::open(path, Passphrase, {}, QStringLiteral("T")));
}
