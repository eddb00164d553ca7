// SPDX-License-Identifier: GPL-3.0-or-later
// The witness: a file that lacks saves this computer made to it is found on opening and by check.
#include "core/storage/Witness.h"

#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::FixedToday;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("vittnet minns det sista");

std::unique_ptr<Workspace> createWorkspace(const QString& path)
{
    auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("Test"), KdfParams::forTests());
    workspace->setToday(FixedToday);
    return workspace;
}

std::unique_ptr<Workspace> openWorkspace(const QString& path, Storage::OpenReport* report = nullptr,
                                         bool acceptAsItIs = false)
{
    return Workspace::open(path, Passphrase, {}, QStringLiteral("Test"), false, report, acceptAsItIs);
}

// What `koordinera check` sees: the file opened only for reading.
Witness::Finding checked(const QString& path)
{
    Storage::OpenReport report;
    Workspace::openReadOnly(path, Passphrase, {}, QStringLiteral("Test"), &report);
    return report.witness;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void addNote(Workspace& workspace, qint64 caseId, const QString& text)
{
    Activity note;
    note.caseId = caseId;
    note.occurredAt = QDateTime(FixedToday, QTime(9, 0));
    note.note = text;
    workspace.activities().add(note);
}

qint64 addGoran(Workspace& workspace)
{
    return koordinera::tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                      QStringLiteral("Öberg"), QDate(2026, 11, 1))
        .caseId;
}

} // namespace

TEST_CASE("A file cut back at any record boundary is found on opening and by check", "[witness][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    QList<qint64> boundaries; // the file's length after each acknowledged save
    {
        auto workspace = createWorkspace(path);
        const qint64 caseId = addGoran(*workspace);
        boundaries << QFileInfo(path).size();
        for (int note = 1; note <= 5; ++note) {
            addNote(*workspace, caseId, QStringLiteral("Samtal %1").arg(note));
            boundaries << QFileInfo(path).size();
        }
    }
    const QByteArray whole = bytesOf(path);
    const QByteArray witness = bytesOf(Witness::fileFor(path));
    REQUIRE(whole.size() == boundaries.last());
    REQUIRE_FALSE(witness.isEmpty());

    for (int kept = 0; kept + 1 < boundaries.size(); ++kept) {
        INFO("cut back to the end of save " << kept);
        const QByteArray cut = whole.left(boundaries.at(kept));
        writeBytes(path, cut);
        const Witness::Finding finding = checked(path);
        CHECK(finding.verdict == Witness::Verdict::Behind);
        CHECK(finding.missingSaves == quint64(boundaries.size() - 1 - kept));
        CHECK(finding.message().contains(QSysInfo::machineHostName()));
        CHECK(koordinera::tests::storageFailureOf([&] { openWorkspace(path); }) == StorageError::Kind::NotNewest);
        CHECK(bytesOf(path) == cut); // neither check nor the refused opening wrote to the file
        CHECK(bytesOf(Witness::fileFor(path)) == witness);
    }

    // Accepted as it is: opened, logged, and from then on the newest.
    writeBytes(path, whole.left(boundaries.at(2)));
    {
        Storage::OpenReport report;
        auto workspace = openWorkspace(path, &report, true);
        CHECK(report.acceptedAsItIs);
        const auto entries = workspace->audit().entries();
        REQUIRE_FALSE(entries.isEmpty());
        CHECK(entries.last().action == QStringLiteral("accept_file"));
        CHECK(entries.last().details.contains(QSysInfo::machineHostName()));
    }
    CHECK(checked(path).verdict == Witness::Verdict::Matches);
    CHECK_NOTHROW(openWorkspace(path));
}

TEST_CASE("An older copy or a backup put in place of the database is found", "[witness][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QString older = dir.filePath(QStringLiteral("kopia.koordinera"));
    QDir().mkpath(dir.filePath(QStringLiteral("backups")));
    QString backup;
    {
        auto workspace = createWorkspace(path);
        const qint64 caseId = addGoran(*workspace);
        REQUIRE(QFile::copy(path, older));
        backup = Backup::write(*workspace, dir.filePath(QStringLiteral("backups")), 3);
        workspace->database().compact();
        addNote(*workspace, caseId, QStringLiteral("Efter kopian"));
    }
    const QByteArray newest = bytesOf(path);

    SECTION("an older copy")
    {
        writeBytes(path, bytesOf(older));
    }
    SECTION("a backup")
    {
        writeBytes(path, bytesOf(backup));
    }
    CHECK(checked(path).verdict == Witness::Verdict::OtherCopy);
    CHECK(koordinera::tests::storageFailureOf([&] { openWorkspace(path); }) == StorageError::Kind::NotNewest);

    writeBytes(path, newest); // the newest file back in its place opens without a word
    Storage::OpenReport report;
    CHECK_NOTHROW(openWorkspace(path, &report));
    CHECK(report.witness.verdict == Witness::Verdict::Matches);
    CHECK(report.notice().isEmpty());
}

TEST_CASE("Without a witness (a new computer, a moved file) the file opens with a notice", "[witness][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    createWorkspace(path).reset();
    REQUIRE(QFile::remove(Witness::fileFor(path)));

    CHECK(checked(path).verdict == Witness::Verdict::Missing);
    CHECK_FALSE(QFile::exists(Witness::fileFor(path))); // check writes nothing, not even a witness
    Storage::OpenReport report;
    openWorkspace(path, &report).reset();
    CHECK(report.witness.verdict == Witness::Verdict::Missing);
    CHECK_FALSE(report.notice().isEmpty());
    CHECK(QFile::exists(Witness::fileFor(path)));
    CHECK(checked(path).verdict == Witness::Verdict::Matches);

    SECTION("a witness of another database of the same name is no alarm either")
    {
        const QByteArray otherWitness = bytesOf(Witness::fileFor(path));
        REQUIRE(QFile::remove(path));
        createWorkspace(path).reset();
        writeBytes(Witness::fileFor(path), otherWitness);
        CHECK(checked(path).verdict == Witness::Verdict::Unreadable);
        CHECK_NOTHROW(openWorkspace(path));
    }
}

TEST_CASE("Removed or rewritten access-log entries are found when the witness is present", "[witness][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        const qint64 caseId = addGoran(*workspace);
        workspace->recordCaseOpened(caseId);
        workspace->recordCaseOpened(caseId);
    }
    const QByteArray witness = bytesOf(Witness::fileFor(path));

    // Someone with the passphrase, but not this computer's application data, changes the log and seals the file
    // again; the witness stays as this computer left it.
    // The triggers are in the snapshot, so a journal record that removes or changes an entry does not even replay
    // (the file is reported damaged): the change must be sealed into a new snapshot.
    auto tamper = [&](const std::vector<std::string>& statements) {
        auto db = Storage::openSealed(path, Passphrase);
        {
            Transaction transaction(*db);
            db->execute("DROP TRIGGER audit_log_no_delete");
            db->execute("DROP TRIGGER audit_log_no_update");
            for (const std::string& statement : statements)
                db->execute(statement);
            transaction.commit();
        }
        db->compact();
        db.reset();
        writeBytes(Witness::fileFor(path), witness);
    };

    SECTION("the newest entries removed: the file looks like an older copy")
    {
        tamper({"DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)"});
        CHECK(checked(path).verdict == Witness::Verdict::OtherCopy);
    }
    SECTION("the chain rewritten from its newest entry")
    {
        tamper({"UPDATE audit_log SET details = 'ändrad', hash = lower(hex(randomblob(32))) "
                "WHERE id = (SELECT max(id) FROM audit_log)"});
        CHECK(checked(path).verdict == Witness::Verdict::LogRewritten);
    }
    CHECK(koordinera::tests::storageFailureOf([&] { openWorkspace(path); }) == StorageError::Kind::NotNewest);
}

TEST_CASE("A compaction interrupted before the witness heard of it is no alarm", "[witness][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = createWorkspace(path);
        addGoran(*workspace);
        Database& db = workspace->database();
        QByteArray witnessBeforeReplace;
        // The program stops after the file was replaced and before the witness was brought up to date.
        db.store()->setBeforeReplace([&](quint64 nextGeneration) {
            Witness::record(*db.store(), db, nextGeneration);
            witnessBeforeReplace = bytesOf(Witness::fileFor(path));
        });
        db.compact();
        REQUIRE_FALSE(witnessBeforeReplace.isEmpty());
        writeBytes(Witness::fileFor(path), witnessBeforeReplace);
    }
    CHECK(checked(path).verdict == Witness::Verdict::Matches);
    CHECK_NOTHROW(openWorkspace(path));
}

TEST_CASE("A database compacted and saved on another computer is no alarm here", "[witness][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    qint64 caseId = 0;
    {
        auto workspace = createWorkspace(path);
        caseId = addGoran(*workspace);
    }
    const QByteArray witnessHere = bytesOf(Witness::fileFor(path));
    {
        // The other computer (a shared drive): it saves, compacts and saves again; its witness is its own.
        auto workspace = openWorkspace(path);
        workspace->recordCaseOpened(caseId);
        workspace->database().compact();
        addNote(*workspace, caseId, QStringLiteral("Sparat på den andra datorn"));
    }
    writeBytes(Witness::fileFor(path), witnessHere);
    CHECK(checked(path).verdict == Witness::Verdict::Matches);
    CHECK_NOTHROW(openWorkspace(path));
}

TEST_CASE("A witness that cannot be written does not undo a save", "[witness][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QString blocked = dir.filePath(QStringLiteral("inte-en-mapp"));
    writeBytes(blocked, "en fil där mappen skulle vara");
    Witness::setFolder(blocked + QStringLiteral("/vittnen"));
    qint64 caseId = 0;
    {
        auto workspace = createWorkspace(path);
        caseId = addGoran(*workspace);
        addNote(*workspace, caseId, QStringLiteral("Sparas ändå"));
    }
    Witness::setFolder({});
    auto reopened = openWorkspace(path);
    const auto notes = reopened->activities().activities(caseId);
    REQUIRE_FALSE(notes.isEmpty());
    CHECK(notes.first().note == QStringLiteral("Sparas ändå"));
}
