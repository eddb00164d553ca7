// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtCatch.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/storage/Witness.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch.hpp>

using namespace koordinera::core;

#ifndef KOORDINERA_CRASH_WRITER
#error "the crash writer's path is set by CMake"
#endif

namespace {

// The highest number the writer acknowledged before it was killed.
int lastAcknowledged(const QByteArray& output)
{
    int last = 0;
    for (const QByteArray& line : output.split('\n')) {
        bool ok = false;
        const int number = line.trimmed().toInt(&ok);
        if (ok)
            last = std::max(last, number);
    }
    return last;
}

} // namespace

TEST_CASE("Killing the writer at random moments never loses an acknowledged save nor breaks the file",
          "[sealed][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("krasch.koordinera"));
    const int kills = qEnvironmentVariableIntValue("KOORDINERA_CRASH_KILLS") > 0
                          ? qEnvironmentVariableIntValue("KOORDINERA_CRASH_KILLS")
                          : 200;
    QRandomGenerator random(4711);
    int acknowledged = 0;
    int interruptedTails = 0;
    int interruptedCompactions = 0;
    int leftoversRemoved = 0;
    int compactions = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(KOORDINERA_CRASH_WRITER), {path});
        REQUIRE(writer.waitForStarted());
        // Wait for the first acknowledgement (the file exists and is open), then a random while longer.
        writer.waitForReadyRead(10000);
        QThread::usleep(random.bounded(0, 40000));
        writer.kill(); // SIGKILL: no clean-up of any kind
        writer.waitForFinished();
        const QByteArray output = writer.readAllStandardOutput();
        acknowledged = std::max(acknowledged, lastAcknowledged(output));
        compactions += int(output.count("compacted\n"));
        // Killed between "compacting" and "compacted": inside the compaction, its rename or the witness around it.
        interruptedCompactions += output.trimmed().endsWith("compacting") ? 1 : 0;

        Storage::OpenReport report;
        auto db = Storage::openSealed(path, QByteArrayLiteral("kraschtestets lösenfras"), false, &report);
        interruptedTails += report.droppedIncompleteTail ? 1 : 0;
        leftoversRemoved += report.leftoversRemoved;
        // Never taken for an older copy: the witness learns of a compaction before the file is replaced.
        REQUIRE(report.witness.verdict == Witness::Verdict::Matches);
        Statement check(*db, "PRAGMA integrity_check");
        REQUIRE(check.step());
        REQUIRE(check.columnText(0) == QStringLiteral("ok"));
        Statement count(*db, "SELECT count(*), coalesce(max(CAST(substr(name, 5) AS INTEGER)), 0) FROM actors "
                             "WHERE name LIKE 'rad %'");
        REQUIRE(count.step());
        INFO("round " << round << ", acknowledged " << acknowledged);
        // Every acknowledged row is there, numbered without a gap.
        REQUIRE(count.columnInt(1) >= acknowledged);
        REQUIRE(count.columnInt(0) == count.columnInt(1));
    }
    // What interrupted compactions left beside the file was cleared away at the next opening.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList({QStringLiteral("krasch.koordinera")}));
    CHECK(acknowledged > kills);
    // The kills reached the moments that matter: inside a record, and inside a compaction.
    CHECK(interruptedTails > 0);
    CHECK(interruptedCompactions > 0);
    WARN("kills: " << kills << ", acknowledged saves: " << acknowledged << ", compactions: " << compactions
                   << ", saves cut off mid-record and left out: " << interruptedTails
                   << ", compactions cut off: " << interruptedCompactions
                   << ", copies they left beside the file and the next opening removed: " << leftoversRemoved);
}

namespace {

const QByteArray WriterPassphrase = QByteArrayLiteral("kraschtestets lösenfras");

// Starts a writer on `path` and waits for its first acknowledged save (it holds the database then), or for it to
// end because it could not open the database.
void startWriter(QProcess& writer, const QString& path)
{
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(KOORDINERA_CRASH_WRITER), {path});
    REQUIRE(writer.waitForStarted());
}

bool acknowledgesSaves(QProcess& writer)
{
    return writer.waitForReadyRead(10000) && lastAcknowledged(writer.readAllStandardOutput()) > 0;
}

} // namespace

TEST_CASE("Another process holding the database is never taken over, not even when forced", "[sealed][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    Storage::createSealed(path, WriterPassphrase, KdfParams::forTests()).reset();
    QProcess first;
    startWriter(first, path);
    REQUIRE(acknowledgesSaves(first));
    for (const bool force : {false, true}) {
        try {
            Storage::openSealed(path, WriterPassphrase, force);
            FAIL("a database held by a running process was opened");
        } catch (const StorageError& error) {
            CHECK(error.kind() == StorageError::Kind::Busy);
        }
    }
    QProcess second;
    startWriter(second, path);
    CHECK(second.waitForFinished(10000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 3);
    CHECK(lastAcknowledged(second.readAllStandardOutput()) == 0);
    CHECK(first.state() == QProcess::Running);

    // Killed, it leaves its lock file behind, but no process holds it any more: the next opening takes over.
    first.kill();
    first.waitForFinished();
    CHECK(QFile::exists(path + QStringLiteral(".lock")));
    CHECK_NOTHROW(Storage::openSealed(path, WriterPassphrase));
}

TEST_CASE("Two processes racing to open a database: one works in it, the other is refused", "[sealed][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    Storage::createSealed(path, WriterPassphrase, KdfParams::forTests()).reset();
    for (int round = 0; round < 10; ++round) {
        QProcess one;
        QProcess other;
        startWriter(one, path);
        startWriter(other, path);
        // The loser ends at once; the winner writes until it is killed.
        QProcess* loser = nullptr;
        for (int wait = 0; wait < 200 && !loser; ++wait) {
            if (one.waitForFinished(25))
                loser = &one;
            else if (other.waitForFinished(25))
                loser = &other;
        }
        REQUIRE(loser != nullptr);
        QProcess& winner = loser == &one ? other : one;
        CHECK(lastAcknowledged(loser->readAllStandardOutput()) == 0);
        CHECK(acknowledgesSaves(winner));
        CHECK(winner.state() == QProcess::Running);
        winner.kill();
        winner.waitForFinished();
    }
    auto db = Storage::openSealed(path, WriterPassphrase);
    CHECK(db->integrityOk());
}
