// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SealedStore.h"

#include "QtCatch.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace koordinera::core;
using Kind = StorageError::Kind;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("korrekt häst batteri häftklammer");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

Kind openFails(const QString& path, const QByteArray& passphrase = Passphrase)
{
    SealedStore::Contents contents;
    try {
        SealedStore::open(path, passphrase, contents);
    } catch (const StorageError& error) {
        CHECK_FALSE(error.userMessage().isEmpty());
        return error.kind();
    }
    return Kind::Generic; // opened: callers check for this
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    QByteArray snapshot = QByteArray("SQLite format 3 — Göran Öberg 19640823-3234 ").repeated(9);

    void createWithTwoChanges()
    {
        auto store = SealedStore::create(path, Passphrase, snapshot, KdfParams::forTests());
        store->append(QByteArrayLiteral("ändring 1: Åsa Åberg"));
        store->append(QByteArrayLiteral("ändring 2: anteckning om arbetsträning"));
    }
};

} // namespace

TEST_CASE("A sealed file gives back its snapshot and every appended change, in order", "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    SealedStore::Contents contents;
    auto store = SealedStore::open(fixture.path, Passphrase, contents);
    CHECK(contents.snapshot.view() == QByteArrayView(fixture.snapshot));
    REQUIRE(contents.journal.size() == 2);
    CHECK(contents.journal.at(1) == QByteArrayLiteral("ändring 2: anteckning om arbetsträning"));
    CHECK_FALSE(contents.droppedIncompleteTail);

    store->append(QByteArrayLiteral("ändring 3"));
    store.reset();
    SealedStore::open(fixture.path, Passphrase, contents);
    CHECK(contents.journal.size() == 3);
}

TEST_CASE("A record is written at the end of the file, never over bytes another program put there", "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    SealedStore::Contents contents;
    auto store = SealedStore::open(fixture.path, Passphrase, contents);
    const qint64 before = QFileInfo(fixture.path).size();
    {
        QFile other(fixture.path); // a program that ignored the lock
        REQUIRE(other.open(QIODevice::Append));
        REQUIRE(other.write("FRÄMMANDE") == 10);
    }
    store->append(QByteArrayLiteral("ändring 3"));
    store.reset();
    QFile file(fixture.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.mid(before, 10) == QByteArray("FRÄMMANDE"));
    CHECK(bytes.size() > before + 10);
}

TEST_CASE("Nothing readable is written: no name or identity number in the file, and only its owner may read it",
          "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    const QByteArray data = readAll(fixture.path);
    CHECK_FALSE(data.contains("Öberg"));
    CHECK_FALSE(data.contains("19640823"));
    CHECK_FALSE(data.contains("SQLite format"));
    CHECK_FALSE(data.contains("arbetsträning"));
#ifndef Q_OS_WIN
    const auto permissions = QFile::permissions(fixture.path);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    const QFileDevice::Permissions othersMask = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((permissions & othersMask) == QFileDevice::Permissions());
#endif
}

TEST_CASE("Each way a sealed file can be wrong has its own message", "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    const QByteArray good = readAll(fixture.path);

    SECTION("wrong passphrase")
    {
        CHECK(openFails(fixture.path, QByteArrayLiteral("fel lösenfras")) == Kind::WrongPassphrase);
        CHECK(readAll(fixture.path) == good);
    }
    SECTION("not a Koordinera file")
    {
        writeAll(fixture.path, QByteArray(4096, 'x'));
        CHECK(openFails(fixture.path) == Kind::NotKoordinera);
        writeAll(fixture.path, QByteArray());
        CHECK(openFails(fixture.path) == Kind::NotKoordinera);
    }
    SECTION("a newer format")
    {
        // A later format keeps the header's checksum over its first 72 bytes at byte 72.
        QByteArray newer = good;
        newer[8] = char(2);
        crypto_generichash(reinterpret_cast<unsigned char*>(newer.data()) + 72, 16,
                           reinterpret_cast<const unsigned char*>(newer.constData()), 72, nullptr, 0);
        writeAll(fixture.path, newer);
        CHECK(openFails(fixture.path) == Kind::NewerVersion);
        CHECK(readAll(fixture.path) == newer);
    }
    SECTION("a header asking for more key-derivation work than allowed is refused at once")
    {
        const auto crafted = [&good](quint64 ops, quint64 mem) {
            QByteArray header = good;
            qToLittleEndian(ops, header.data() + 16);
            qToLittleEndian(mem, header.data() + 24);
            crypto_generichash(reinterpret_cast<unsigned char*>(header.data()) + 72, 16,
                               reinterpret_cast<const unsigned char*>(header.constData()), 72, nullptr, 0);
            return header;
        };
        writeAll(fixture.path, crafted(3, quint64(4) << 30)); // 4 GiB
        CHECK(openFails(fixture.path) == Kind::Damaged);
        writeAll(fixture.path, crafted(0xffffffffu, crypto_pwhash_MEMLIMIT_MIN)); // 2^32 passes
        CHECK(openFails(fixture.path) == Kind::Damaged);
    }
    SECTION("a flipped bit in the format field is damage, not a newer version")
    {
        QByteArray flipped = good;
        flipped[8] = char(flipped[8] ^ 0x02);
        writeAll(fixture.path, flipped);
        CHECK(openFails(fixture.path) == Kind::Damaged);
        flipped = good;
        flipped[11] = char(0x80); // a format number from far in the future
        writeAll(fixture.path, flipped);
        CHECK(openFails(fixture.path) == Kind::Damaged);
    }
    SECTION("cut short inside the header or the snapshot")
    {
        writeAll(fixture.path, good.left(40));
        CHECK(openFails(fixture.path) == Kind::Truncated);
        writeAll(fixture.path, good.left(200));
        CHECK(openFails(fixture.path) == Kind::Truncated);
    }
    SECTION("journal records from another copy of the database")
    {
        Fixture other;
        other.createWithTwoChanges();
        const QByteArray otherData = readAll(other.path);
        SealedStore::Contents contents;
        auto store = SealedStore::open(fixture.path, Passphrase, contents);
        const qint64 ownSnapshotEnd = store->snapshotBytes();
        store.reset();
        auto otherStore = SealedStore::open(other.path, Passphrase, contents);
        const QByteArray foreignRecords = otherData.mid(otherStore->snapshotBytes());
        otherStore.reset();
        writeAll(fixture.path, good.left(ownSnapshotEnd) + foreignRecords);
        CHECK(openFails(fixture.path) == Kind::ForeignJournal);
    }
}

TEST_CASE("A save cut off by a crash is left out, and the file goes on working", "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    const QByteArray good = readAll(fixture.path);
    for (int cut : {1, 20, 51, 60}) {
        INFO("bytes cut from the last record: " << cut);
        writeAll(fixture.path, good.left(good.size() - cut));
        SealedStore::Contents contents;
        auto store = SealedStore::open(fixture.path, Passphrase, contents);
        CHECK(contents.droppedIncompleteTail);
        CHECK(contents.journal.size() == 1);
        store->append(QByteArrayLiteral("efter kraschen"));
        store.reset();
        SealedStore::open(fixture.path, Passphrase, contents);
        REQUIRE(contents.journal.size() == 2);
        CHECK(contents.journal.at(1) == QByteArrayLiteral("efter kraschen"));
        CHECK_FALSE(contents.droppedIncompleteTail);
    }
}

TEST_CASE("Flipping any single byte of a sealed file is detected", "[sealed][tamper]")
{
    Fixture fixture;
    fixture.snapshot = QByteArray("liten databas ").repeated(8);
    fixture.createWithTwoChanges();
    const QByteArray good = readAll(fixture.path);
    int undetected = 0;
    for (qsizetype at = 0; at < good.size(); ++at) {
        QByteArray flipped = good;
        flipped[at] = char(flipped[at] ^ 0x01);
        writeAll(fixture.path, flipped);
        if (openFails(fixture.path) == Kind::Generic) {
            ++undetected;
            UNSCOPED_INFO("undetected flip at byte " << at);
        }
    }
    CHECK(undetected == 0);
}

TEST_CASE("Compaction and a new passphrase replace the file in one step", "[sealed]")
{
    Fixture fixture;
    fixture.createWithTwoChanges();
    SealedStore::Contents contents;
    auto store = SealedStore::open(fixture.path, Passphrase, contents);
    store->compact(QByteArrayLiteral("ny ögonblicksbild"));
    CHECK(store->journalRecords() == 0);
    store->append(QByteArrayLiteral("efter komprimering"));
    store->changePassphrase(QByteArrayLiteral("ett helt nytt lösenord"), QByteArrayLiteral("omkrypterad"),
                            KdfParams::forTests());
    store.reset();
    CHECK(openFails(fixture.path) == Kind::WrongPassphrase);
    SealedStore::open(fixture.path, QByteArrayLiteral("ett helt nytt lösenord"), contents);
    CHECK(contents.snapshot.view() == QByteArrayView("omkrypterad"));
    CHECK(contents.journal.isEmpty());
    // No temporary file is left beside the database.
    CHECK(QDir(fixture.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("enhet.koordinera")});
}

TEST_CASE("A snapshot of many megabytes is written a chunk at a time and read back whole, journal after it", "[sealed]")
{
    // Larger than the steps in which opening lets go of the mapped file, with a last chunk that is not full.
    Fixture fixture;
    QByteArray large(20 * 1024 * 1024 + 12345, '\0');
    for (qsizetype at = 0; at < large.size(); ++at)
        large[at] = char((at * 2654435761u) >> 13);
    {
        auto store = SealedStore::create(fixture.path, Passphrase, fixture.snapshot, KdfParams::forTests());
        store->compact(large);
        store->append(QByteArrayLiteral("efter den stora"));
        CHECK(QFileInfo(fixture.path).size() == store->snapshotBytes() + store->journalBytes());
    }
    SealedStore::Contents contents;
    auto store = SealedStore::open(fixture.path, Passphrase, contents);
    CHECK(contents.snapshot.view() == QByteArrayView(large));
    REQUIRE(contents.journal.size() == 1);
    CHECK(contents.journal.first() == QByteArrayLiteral("efter den stora"));

    const QString copy = fixture.dir.filePath(QStringLiteral("kopia.koordinera"));
    store->writeCopy(copy, large);
    SealedStore::open(copy, Passphrase, contents, SealedStore::Access::ReadOnly);
    CHECK(contents.snapshot.view() == QByteArrayView(large));
}
