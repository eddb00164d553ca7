// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Backup.h"

#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("fyra ord som ingen gissar");

} // namespace

TEST_CASE("A backup is a whole sealed database that opens with the same passphrase", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QString folder = dir.filePath(QStringLiteral("backuper"));
    QDir().mkpath(folder);
    QString backup;
    {
        auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
        koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"));
        CHECK(Backup::dueOn(folder, path, QDate::currentDate()));
        backup = Backup::write(*workspace, folder, 5);
        CHECK_FALSE(Backup::dueOn(folder, path, QDate::currentDate()));
        CHECK(workspace->audit().entries().last().action == QStringLiteral("backup"));
        // Later changes do not reach the backup.
        koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                   QStringLiteral("Åberg"));
    }
    QFile file(backup);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("Öberg"));
    auto restored = Workspace::open(backup, Passphrase, {}, QStringLiteral("T"));
    CHECK(restored->caseList().totalCases() == 1);
}

TEST_CASE("Only the newest generations of backups are kept", "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
    QStringList written;
    for (int i = 0; i < 4; ++i) {
        written << Backup::write(*workspace, dir.path(), 2);
        QThread::msleep(5);
    }
    const QStringList kept = Backup::existing(dir.path(), path);
    CHECK(kept == QStringList({written.at(3), written.at(2)}));
    CHECK(QFile::exists(path)); // the database itself is never pruned
}

TEST_CASE("A missing backup folder gets a clear message and changes nothing", "[backup]")
{
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.filePath(QStringLiteral("enhet.koordinera")), Passphrase, {},
                                       QStringLiteral("T"), KdfParams::forTests());
    QString message;
    try {
        Backup::write(*workspace, dir.filePath(QStringLiteral("nätverksdisken")), 3);
    } catch (const StorageError& error) {
        message = error.userMessage();
    }
    CHECK(message.contains(QStringLiteral("nätverksdisken")));
    CHECK(workspace->audit().entries().isEmpty());
}

TEST_CASE("A backup opened for preview is never written and refuses changes", "[backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
    koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                               QStringLiteral("Öberg"));
    const QString backup = Backup::write(*workspace, dir.path(), 5);
    QFile file(backup);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto preview = Workspace::openReadOnly(backup, Passphrase, {}, QStringLiteral("T"));
    CHECK(preview->caseList().totalCases() == 1);
    CHECK_THROWS(koordinera::tests::addCase(*preview, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                            QStringLiteral("Åberg")));
    CHECK(preview->caseList().totalCases() == 1);
    preview.reset();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFile::exists(backup + QStringLiteral(".lock")));
    CHECK_THROWS_AS(Workspace::openReadOnly(backup, "fel lösenfras", {}, QStringLiteral("T")), StorageError);
}

TEST_CASE("Restoring a backup brings back its cases and keeps every later log entry", "[backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    QString backup;
    qint64 entriesBeforeRestore = 0;
    {
        auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
        koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"));
        backup = Backup::write(*workspace, dir.path(), 5);
        // A mistake after the backup: a second case that the restore takes away again.
        const auto later = koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                                      QStringLiteral("Åberg"));
        workspace->recordCaseOpened(later.caseId);
        CHECK(workspace->caseList().totalCases() == 2);
        entriesBeforeRestore = workspace->audit().count();

        QSet<QString> announced;
        QObject::connect(workspace.get(), &Workspace::changed,
                         [&announced](const QSet<QString>& tables) { announced += tables; });
        auto preview = Workspace::openReadOnly(backup, Passphrase, {}, QStringLiteral("T"));
        workspace->restoreFrom(*preview, QFileInfo(backup).fileName());
        CHECK(workspace->caseList().totalCases() == 1);
        CHECK(announced.contains(QStringLiteral("cases")));
        CHECK(workspace->audit().count() == entriesBeforeRestore + 1);
        CHECK(workspace->audit().entries().last().action == QStringLiteral("restore"));
        CHECK(workspace->audit().firstBrokenEntry() == 0);
        // The restored database goes on saving normally.
        koordinera::tests::addCase(*workspace, QStringLiteral("121212-1212"), QStringLiteral("Tolvan"),
                                   QStringLiteral("Tolvansson"));
    }
    auto reopened = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
    CHECK(reopened->caseList().totalCases() == 2);
    CHECK(reopened->audit().firstBrokenEntry() == 0);
    CHECK(reopened->audit().count() > entriesBeforeRestore + 1);
}

TEST_CASE("A backup of another database is not restored", "[backup][restore]")
{
    QTemporaryDir dir;
    auto other = Workspace::create(dir.filePath(QStringLiteral("annan.koordinera")), Passphrase, {},
                                   QStringLiteral("T"), KdfParams::forTests());
    koordinera::tests::addCase(*other, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    const QString foreignBackup = Backup::write(*other, dir.path(), 5);

    auto workspace = Workspace::create(dir.filePath(QStringLiteral("enhet.koordinera")), Passphrase, {},
                                       QStringLiteral("T"), KdfParams::forTests());
    koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                               QStringLiteral("Åberg"));
    koordinera::tests::addCase(*workspace, QStringLiteral("121212-1212"), QStringLiteral("Tolvan"),
                               QStringLiteral("Tolvansson"));
    auto preview = Workspace::openReadOnly(foreignBackup, Passphrase, {}, QStringLiteral("T"));
    CHECK_THROWS_AS(workspace->restoreFrom(*preview, QStringLiteral("x")), StorageError);
    CHECK(workspace->caseList().totalCases() == 2);
}

TEST_CASE("A restore the disk refuses leaves the database as it was", "[backup][restore][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
        koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"));
        const QString backup = Backup::write(*workspace, dir.path(), 5);
        koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                   QStringLiteral("Åberg"));
        auto preview = Workspace::openReadOnly(backup, Passphrase, {}, QStringLiteral("T"));
        workspace->database().store()->failWritesForTesting(true);
        CHECK_THROWS_AS(workspace->restoreFrom(*preview, QStringLiteral("x")), StorageError);
        CHECK(workspace->caseList().totalCases() == 2);
        workspace->database().store()->failWritesForTesting(false);
    }
    auto reopened = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
    CHECK(reopened->caseList().totalCases() == 2);
}

TEST_CASE("A backup taken before a purge does not bring the purged patient back", "[backup][restore][retention]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
    workspace->setToday(koordinera::tests::FixedToday);
    const qint64 old = koordinera::tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Gallras"),
                                                  QStringLiteral("Gammalsson"), QDate(2012, 1, 2), QDate(2012, 3, 1))
                           .caseId;
    CaseRecord record = *workspace->cases().get(old);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    record.closedOn = QDate(2012, 6, 1);
    workspace->cases().save(record);
    koordinera::tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                               QStringLiteral("Åberg"));
    const QString backup = Backup::write(*workspace, dir.path(), 5);

    workspace->setToday(koordinera::tests::FixedToday.addYears(11));
    workspace->purgeCases({old}, 10, QStringLiteral("Beslut 2037-12"));
    auto preview = Workspace::openReadOnly(backup, Passphrase, {}, QStringLiteral("T"));
    CHECK(preview->cases().get(old).has_value()); // the backup itself still holds the case
    workspace->restoreFrom(*preview, QFileInfo(backup).fileName());

    CHECK_FALSE(workspace->cases().get(old).has_value());
    CHECK(workspace->caseList().totalCases() == 1);
    CaseListFilter search;
    search.text = QStringLiteral("gammal");
    search.showClosed = true;
    CHECK(workspace->caseList().rows(search, CaseListColumn::Name, true).isEmpty());
    // Nor is a word of it left in the search index's pages (they store words prefix-compressed: look for parts).
    const QStringList words = koordinera::tests::searchIndexWords(workspace->database());
    CHECK(words.contains(QStringLiteral("åberg")));
    const QByteArray content = workspace->database().serialize();
    for (const char* part : {"gallra", "gammal", "gammalsson"}) {
        INFO(part);
        CHECK_FALSE(words.contains(QString::fromLatin1(part)));
        CHECK_FALSE(content.contains(part));
    }
    const auto log = workspace->audit().entries();
    CHECK(log.last().action == QStringLiteral("restore"));
    CHECK(log.last().details.contains(QStringLiteral("1 cases purged since stay purged")));
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}
