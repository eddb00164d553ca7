// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Witness.h"

#include "core/storage/Database.h"
#include "core/storage/FileSync.h"
#include "core/storage/SealedStore.h"
#include "core/storage/SecretKey.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

namespace koordinera::core {

namespace {

constexpr quint32 WitnessMagic = 0x4b574954; // "KWIT"
constexpr quint32 WitnessVersion = 1;
constexpr qint64 MaxWitnessSize = 64 * 1024;

QString& folderOverride()
{
    static QString folder;
    return folder;
}

struct LogPoint
{
    qint64 entry = 0;
    QByteArray hash;
};

// An entry's hash as hex: stored as bytes since schema 18, as hex text before (a witness is examined before the
// file's schema is brought up to date).
constexpr auto HashAsHex = "CASE typeof(hash) WHEN 'blob' THEN lower(hex(hash)) ELSE hash END";

// The access log is the file's own clock: append-only, chained, and written by every session.
LogPoint newestLogEntry(Database& db)
{
    try {
        Statement newest(db, std::string("SELECT id, ") + HashAsHex + " FROM audit_log ORDER BY id DESC LIMIT 1");
        if (newest.step())
            return {newest.columnInt64(0), newest.columnText(1).toLatin1()};
    } catch (const StorageError&) {
        // No access log (not a Koordinera schema yet): nothing to anchor.
    }
    return {};
}

bool logHolds(Database& db, qint64 entry, const QByteArray& hash)
{
    try {
        Statement stored(db, std::string("SELECT ") + HashAsHex + " FROM audit_log WHERE id = ?");
        stored.bind(1, entry);
        return stored.step() && stored.columnText(0).toLatin1() == hash;
    } catch (const StorageError&) {
        return false;
    }
}

QByteArray serialized(const Witness::State& state)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << WitnessMagic << WitnessVersion << state.generation << state.sequence << state.nextGeneration
        << state.savedAt.toMSecsSinceEpoch() << state.computer << state.logEntry << state.logHash;
    return bytes;
}

bool parse(const QByteArray& bytes, Witness::State& state)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 savedAt = 0;
    in >> magic >> version >> state.generation >> state.sequence >> state.nextGeneration >> savedAt >> state.computer >>
        state.logEntry >> state.logHash;
    state.savedAt = QDateTime::fromMSecsSinceEpoch(savedAt, Qt::UTC);
    return in.status() == QDataStream::Ok && magic == WitnessMagic && version == WitnessVersion;
}

QString whenAndWhere(const Witness::State& state)
{
    const QLocale locale;
    const QDateTime local = state.savedAt.toLocalTime();
    return QCoreApplication::translate("Witness", "%1 at %2 on the computer %3")
        .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")), local.toString(QStringLiteral("HH:mm")),
             state.computer.isEmpty() ? QStringLiteral("–") : state.computer);
}

} // namespace

bool Witness::Finding::alarming() const
{
    return verdict == Verdict::Behind || verdict == Verdict::OtherCopy || verdict == Verdict::LogRewritten;
}

QString Witness::Finding::message() const
{
    const QString saved = whenAndWhere(expected);
    // Computed before the tr() call: lupdate's parser does not return from a template argument list inside one.
    const int missing = int(qMin(missingSaves, quint64(1000000)));
    switch (verdict) {
    case Verdict::Missing:
        return QCoreApplication::translate("Witness", "This computer has no record of this database's last save (a new "
                                                      "computer, or a file that was moved or restored), so it cannot "
                                                      "tell whether the file is the newest.");
    case Verdict::Unreadable:
        return QCoreApplication::translate("Witness", "This computer's record of the database's last save belongs to "
                                                      "another database or a former passphrase, so it cannot tell "
                                                      "whether the file is the newest.");
    case Verdict::Matches:
        return {};
    case Verdict::Behind:
        return QCoreApplication::translate("Witness",
                                           "The database file lacks its %n newest save(s). It was last saved "
                                           "%1, and then held more than it does now: the file has been cut "
                                           "back, or an older copy put in its place.",
                                           nullptr, missing)
            .arg(saved);
    case Verdict::OtherCopy:
        return QCoreApplication::translate("Witness",
                                           "The database file is not the one last saved %1: it is an older "
                                           "copy or a backup put in its place, and what was saved after that "
                                           "copy was made is not in it.")
            .arg(saved);
    case Verdict::LogRewritten:
        return QCoreApplication::translate("Witness", "The access log in the database file does not hold the entries "
                                                      "it had when it was last saved %1: its newest entries have been "
                                                      "removed or rewritten.")
            .arg(saved);
    }
    return {};
}

QString Witness::folder()
{
    if (!folderOverride().isEmpty())
        return folderOverride();
    // Not AppDataLocation: every program that opens the file (the window, the commands, a test's helper process)
    // must find the same witness, whatever it calls itself.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/koordinera/witnesses");
}

void Witness::setFolder(const QString& folder)
{
    folderOverride() = folder;
}

QString Witness::fileFor(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QString canonical = file.canonicalFilePath().isEmpty() ? file.absoluteFilePath() : file.canonicalFilePath();
    // Named by a hash of the path: the folder does not list where the user keeps patient databases.
    const QByteArray name = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder() + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".witness");
}

Witness::Finding Witness::examine(const SealedStore& store, Database& db)
{
    Finding finding;
    QFile file(fileFor(store.path()));
    if (!file.exists())
        return finding;
    QByteArray plain;
    const WipeOnExit wipePlain(plain);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxWitnessSize || !store.openAside(file.readAll(), plain) ||
        !parse(plain, finding.expected)) {
        finding.verdict = Verdict::Unreadable;
        return finding;
    }
    const State& expected = finding.expected;
    const bool logKept = expected.logEntry == 0 || logHolds(db, expected.logEntry, expected.logHash);
    if (store.generation() == expected.generation) {
        if (store.sequence() < expected.sequence) {
            finding.verdict = Verdict::Behind;
            finding.missingSaves = expected.sequence - store.sequence();
        } else {
            finding.verdict = logKept ? Verdict::Matches : Verdict::LogRewritten;
        }
        return finding;
    }
    // Another snapshot: the one this computer was writing when it stopped, or a compaction made later on another
    // computer (a database on a shared drive). Either holds the access log as it was here, and more; an older copy
    // or a backup lacks its newest entries.
    const bool laterSnapshot = expected.nextGeneration != 0 && store.generation() == expected.nextGeneration;
    const bool logAsLong = newestLogEntry(db).entry >= expected.logEntry;
    if (laterSnapshot || (logAsLong && !logKept))
        finding.verdict = logKept ? Verdict::Matches : Verdict::LogRewritten;
    else
        finding.verdict = logKept && logAsLong && expected.logEntry > 0 ? Verdict::Matches : Verdict::OtherCopy;
    return finding;
}

bool Witness::record(const SealedStore& store, Database& db, quint64 nextGeneration)
{
    State state;
    state.generation = store.generation();
    state.sequence = store.sequence();
    state.nextGeneration = nextGeneration;
    state.savedAt = QDateTime::currentDateTimeUtc();
    state.computer = QSysInfo::machineHostName();
    const LogPoint newest = newestLogEntry(db);
    state.logEntry = newest.entry;
    state.logHash = newest.hash;

    const QString path = fileFor(store.path());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray sealed = store.sealAside(serialized(state));
    if (out.write(sealed) != sealed.size() || !out.flush() || !FileSync::syncFile(out.handle()) || !out.commit()) {
        out.cancelWriting();
        return false;
    }
    return true;
}

} // namespace koordinera::core
