// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/PlainBuffer.h"
#include "core/storage/SecretKey.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace koordinera::core {

// Argon2id cost. The values are stored in the file header, so they can be raised later.
struct KdfParams
{
    quint64 opsLimit;
    quint64 memLimit;

    static KdfParams standard(); // ~1 s and 256 MiB on a clinic PC
    static KdfParams forTests(); // libsodium's minimum: fast, for tests only
};

// The sealed database file (docs/architecture.md §2): a header, a sealed snapshot of the database, and an
// append-only journal of sealed changesets, one per committed transaction. Nothing in it is readable
// without the passphrase, and any change to any byte is detected.
//
// Layout (little-endian):
//   header   magic "KOORDNRA", format, Argon2id opslimit/memlimit, salt, generation, key check, checksum
//   snapshot u64 length, secretstream header, chunks (u32 length + ciphertext), the last tagged FINAL
//   journal  records: generation, sequence, length, header check, nonce, AEAD ciphertext
// The generation is random per snapshot; journal records carry it (and are authenticated with it), so
// records from another snapshot are recognised, and a compaction, which writes a whole new file through
// QSaveFile, is either complete or not there at all.
class SealedStore
{
public:
    struct Contents
    {
        PlainBuffer snapshot;               // the serialized SQLite database (plaintext, wiped when freed)
        QList<QByteArray> journal;          // changesets to replay, in order (plaintext, wiped when freed)
        bool droppedIncompleteTail = false; // a save that never finished (crash, power cut) was left out

        Contents() = default;
        // Wipes the journal: also when reading stopped at a damaged record and the records before it are still here.
        ~Contents();
        Contents(Contents&&) = default;
        Contents& operator=(Contents&&) = default;
    };

    ~SealedStore();

    // Writes a new sealed file holding `snapshot`; refuses to overwrite an existing file.
    static std::unique_ptr<SealedStore> create(const QString& path, const QByteArray& passphrase,
                                               const QByteArray& snapshot, const KdfParams& params);
    enum class Access
    {
        ReadWrite, // the working database: ready to append; an unfinished last save is cut away
        ReadOnly,  // e.g. a backup being previewed: the file is never written
    };
    // Opens and decrypts; throws StorageError with a kind and message for each way it can fail.
    static std::unique_ptr<SealedStore> open(const QString& path, const QByteArray& passphrase, Contents& contents,
                                             Access access = Access::ReadWrite);

    // True when the file at `path` begins as a sealed database does (its magic); nothing is decrypted.
    static bool looksSealed(const QString& path);
    // Decrypts the bytes of a sealed file without touching any file: the reader that open() uses, on its own
    // for checks and fuzzing. Throws StorageError exactly as open() does.
    static void read(const QByteArray& data, const QByteArray& passphrase, Contents& contents);

    // Appends one changeset and syncs it to disk before returning. Throws StorageError when the disk
    // refuses (full, read-only, gone); the file then still holds every earlier save.
    void append(const QByteArray& changeset);
    // Takes back the record the last append() wrote (its transaction failed to commit after all): the file is cut
    // back to before it and synced. Throws StorageError when the disk refuses.
    void withdrawLast();
    // Replaces the file atomically by a new snapshot with an empty journal.
    void compact(const QByteArray& snapshot);
    // Writes `snapshot` to another file sealed exactly like this one (same passphrase), e.g. a backup.
    void writeCopy(const QString& path, const QByteArray& snapshot) const;
    // Re-seals under a new passphrase (new salt, new key) with `snapshot` as the content.
    void changePassphrase(const QByteArray& newPassphrase, const QByteArray& snapshot, const KdfParams& params);

    QString path() const { return m_path; }
    // Random per snapshot: a compaction, a new passphrase or a restore starts a new one.
    quint64 generation() const { return m_generation; }
    // Saves appended to the journal since the snapshot was written.
    quint64 sequence() const { return m_sequence; }
    // Seals a small record kept outside the file (the witness) under a key derived from this file's key, so that
    // only someone who can open the database can read or forge it. openAside() returns false for a record sealed
    // under another key, or altered.
    QByteArray sealAside(const QByteArray& plain) const;
    bool openAside(const QByteArray& sealed, QByteArray& plain) const;
    // Called with the generation a new snapshot will have, before the file is replaced by it: the witness learns it
    // first, so a crash between the replace and the witness's next update is not taken for an older copy.
    void setBeforeReplace(std::function<void(quint64 nextGeneration)> observer)
    {
        m_beforeReplace = std::move(observer);
    }
    // Fault injection for tests: every following write fails as a full disk would.
    void failWritesForTesting(bool fail) { m_failWrites = fail; }
    // For the crash test: records are written in small pieces with a pause between them, so that a process killed
    // at a random moment is often killed in the middle of one.
    void writeSlowlyForTesting(bool slowly) { m_writeSlowly = slowly; }
    int journalRecords() const { return int(m_sequence); }
    qint64 journalBytes() const { return m_journalBytes; }
    qint64 snapshotBytes() const { return m_snapshotBytes; }

private:
    struct Header;

    SealedStore(QString path, SecretKey key);
    static std::unique_ptr<SealedStore> fromBytes(const QString& path, const QByteArray& data,
                                                  const QByteArray& passphrase, Contents& contents,
                                                  const std::function<void(qsizetype)>& consumed = {});
    void writeFile(const QByteArray& snapshot, const QByteArray& salt, const KdfParams& params);
    KdfParams params() const;
    void openForAppend(qint64 validLength);
    bool writeRecord(const QByteArray& record);

    QString m_path;
    SecretKey m_key;
    QByteArray m_header; // the raw header bytes, authenticated into every record
    quint64 m_generation = 0;
    quint64 m_sequence = 0;
    qint64 m_snapshotBytes = 0;
    qint64 m_journalBytes = 0;
    QFile m_file;
    bool m_failWrites = false;
    bool m_writeSlowly = false;
    qint64 m_lastRecordStart = -1; // where the last appended record begins, until it is withdrawn
    std::function<void(quint64)> m_beforeReplace;
};

} // namespace koordinera::core
