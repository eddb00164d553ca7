// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Backup.h"

#include "TestWorkspace.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
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
