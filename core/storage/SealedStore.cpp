// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files here on purpose: the whole on-disk format of the sealed file (header, snapshot, journal
// records, compaction) is in one place, so that it can be reviewed as a unit.
#include "core/storage/SealedStore.h"

#include "core/storage/FileSync.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <chrono>
#include <functional>
#include <sodium.h>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace koordinera::core {

namespace {

constexpr char Magic[] = "KOORDNRA";
constexpr quint32 FormatVersion = 1;
constexpr int HeaderSize = 88;
constexpr int SaltSize = crypto_pwhash_SALTBYTES; // 16
constexpr int ChecksumSize = 16;
constexpr int KeyCheckSize = crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
constexpr int ChunkSize = 64 * 1024;
constexpr qsizetype ConsumedStep = 8 * 1024 * 1024; // how often opening lets go of the file it has read
constexpr int RecordHeaderSize = 8 + 8 + 4 + 8 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 52
constexpr quint32 MaxRecordSize = 512u * 1024 * 1024;
constexpr quint64 MaxOpsLimit = 10;               // crypto_pwhash_OPSLIMIT_SENSITIVE is 4
constexpr quint64 MaxMemLimit = quint64(1) << 30; // crypto_pwhash_MEMLIMIT_SENSITIVE

static_assert(SaltSize == 16);

const char* messageFor(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::NotKoordinera:
        return QT_TRANSLATE_NOOP("SealedStore", "The file is not a Koordinera database.");
    case StorageError::Kind::NewerVersion:
        return QT_TRANSLATE_NOOP("SealedStore", "The file was written by a newer version of Koordinera. Update "
                                                "Koordinera to open it. The file has not been changed.");
    case StorageError::Kind::WrongPassphrase:
        return QT_TRANSLATE_NOOP("SealedStore", "Wrong passphrase.");
    case StorageError::Kind::Truncated:
        return QT_TRANSLATE_NOOP("SealedStore", "The file is cut short: it ends before the database in it does. "
                                                "Restore it from a backup. The file has not been changed.");
    case StorageError::Kind::ForeignJournal:
        return QT_TRANSLATE_NOOP("SealedStore", "The file's saved changes belong to another copy of the database, "
                                                "so they cannot be trusted. Restore it from a backup. The file has "
                                                "not been changed.");
    case StorageError::Kind::WriteFailed:
        return QT_TRANSLATE_NOOP("SealedStore", "The change could not be written to disk (is the disk full, or the "
                                                "folder read-only or gone?). It was not saved; everything saved "
                                                "before is intact.");
    default:
        return QT_TRANSLATE_NOOP("SealedStore", "The file is damaged or has been altered: its content does not "
                                                "match its seal. Restore it from a backup. The file has not been "
                                                "changed.");
    }
}

// Kinds without a message of their own are reported as damage.
[[noreturn]] void fail(StorageError::Kind kind, const char* detail = "")
{
    switch (kind) {
    case StorageError::Kind::NotKoordinera:
    case StorageError::Kind::NewerVersion:
    case StorageError::Kind::WrongPassphrase:
    case StorageError::Kind::Truncated:
    case StorageError::Kind::ForeignJournal:
    case StorageError::Kind::WriteFailed:
        break;
    default:
        kind = StorageError::Kind::Damaged;
    }
    throw StorageError(kind, QCoreApplication::translate("SealedStore", messageFor(kind)), QString::fromLatin1(detail));
}

void ensureSodium()
{
    if (sodium_init() < 0)
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("SealedStore", "The encryption library could not start."));
}

template <typename T> void putLe(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> T getLe(const char* data)
{
    return qFromLittleEndian<T>(data);
}

QByteArray genericHash(const QByteArray& data, int size)
{
    QByteArray out(size, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(size),
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), nullptr, 0);
    return out;
}

quint64 randomGeneration()
{
    quint64 value = 0;
    randombytes_buf(&value, sizeof(value));
    return value;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

SecretKey deriveKey(const QByteArray& passphrase, const QByteArray& salt, const KdfParams& params)
{
    SecretKey key;
    if (crypto_pwhash(key.data(), SecretKey::Size, passphrase.constData(), size_t(passphrase.size()), bytes(salt),
                      params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StorageError(
            StorageError::Kind::Generic,
            QCoreApplication::translate("SealedStore", "There is not enough memory to unlock the database."));
    }
    return key;
}

QByteArray keyCheckNonce(const QByteArray& headerStart)
{
    return genericHash(headerStart, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
}

// Header bytes 0..56 plus the key check and the checksum.
QByteArray buildHeader(const QByteArray& salt, const KdfParams& params, quint64 generation, const SecretKey& key)
{
    QByteArray header(Magic, 8);
    putLe<quint32>(header, FormatVersion);
    putLe<quint32>(header, crypto_pwhash_ALG_ARGON2ID13);
    putLe<quint64>(header, params.opsLimit);
    putLe<quint64>(header, params.memLimit);
    header.append(salt);
    putLe<quint64>(header, generation);
    QByteArray check(KeyCheckSize, '\0');
    unsigned long long checkLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(check), &checkLength, nullptr, 0, bytes(header),
                                               size_t(header.size()), nullptr, bytes(keyCheckNonce(header)),
                                               key.data());
    header.append(check);
    header.append(genericHash(header, ChecksumSize));
    Q_ASSERT(header.size() == HeaderSize);
    return header;
}

void syncToDisk(QFile& file)
{
    if (!file.flush())
        fail(StorageError::Kind::WriteFailed, "flush");
#ifdef Q_OS_WIN
    if (_commit(file.handle()) != 0)
        fail(StorageError::Kind::WriteFailed, "commit");
#else
    if (::fsync(file.handle()) != 0)
        fail(StorageError::Kind::WriteFailed, "fsync");
#endif
}

qint64 sealedSnapshotSize(const QByteArray& snapshot)
{
    const qsizetype chunks = std::max<qsizetype>(1, (snapshot.size() + ChunkSize - 1) / ChunkSize);
    return 8 + crypto_secretstream_xchacha20poly1305_HEADERBYTES +
           chunks * qint64(4 + crypto_secretstream_xchacha20poly1305_ABYTES) + snapshot.size();
}

// Writes the snapshot section to `out`: its length, then the stream, a chunk at a time. Sealing it whole first
// held a second copy of a 200 MB database in memory. Returns false when `out` refuses a write.
bool writeSealedSnapshot(QIODevice& out, const QByteArray& header, const QByteArray& snapshot, const SecretKey& key,
                         bool slowly = false)
{
    QByteArray buffer;
    putLe<quint64>(buffer, quint64(sealedSnapshotSize(snapshot) - 8));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(streamHeader), key.data());
    buffer.append(streamHeader);
    if (out.write(buffer) != buffer.size()) {
        sodium_memzero(&state, sizeof(state));
        return false;
    }
    QByteArray chunk(4 + ChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
    qsizetype offset = 0;
    bool first = true;
    bool written = true;
    do {
        const qsizetype length = std::min<qsizetype>(ChunkSize, snapshot.size() - offset);
        const bool last = offset + length >= snapshot.size();
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(chunk) + 4, &cipherLength, bytes(snapshot) + offset,
                                                   size_t(length), first ? bytes(header) : nullptr,
                                                   first ? size_t(header.size()) : 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        qToLittleEndian(quint32(cipherLength), chunk.data());
        written = out.write(chunk.constData(), qint64(4 + cipherLength)) == qint64(4 + cipherLength);
        if (slowly)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        offset += length;
        first = false;
    } while (written && offset < snapshot.size());
    sodium_memzero(&state, sizeof(state));
    return written;
}

// Reads the snapshot section at `offset`; returns the plaintext and moves `offset` past the section. The plaintext
// goes straight into memory SQLite can take over: it is shorter than the ciphertext, so that much is allocated once.
// `consumed` hears, now and then, how far the file has been read.
PlainBuffer openSnapshot(const QByteArray& file, qsizetype& offset, const QByteArray& header, const SecretKey& key,
                         const std::function<void(qsizetype)>& consumed)
{
    if (file.size() - offset < 8)
        fail(StorageError::Kind::Truncated, "no snapshot length");
    const quint64 length = getLe<quint64>(file.constData() + offset);
    offset += 8;
    if (length > quint64(file.size() - offset))
        fail(StorageError::Kind::Truncated, "snapshot shorter than its length");
    const qsizetype end = offset + qsizetype(length);
    if (qsizetype(length) < crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        fail(StorageError::Kind::Damaged, "snapshot header");
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(file) + offset, key.data()) != 0)
        fail(StorageError::Kind::Damaged, "snapshot stream header");
    offset += crypto_secretstream_xchacha20poly1305_HEADERBYTES;

    // The plaintext is a little shorter than `length`. The headroom: the first change after opening (the log
    // entry for the unlock) grew the database past its memory, and SQLite copied the whole of it (16 MB, 15 ms at
    // 5,000 cases).
    PlainBuffer plain{qint64(length), std::max<qint64>(qint64(length) / 16, 1 << 20)};
    qsizetype nextConsumed = offset + ConsumedStep;
    bool first = true;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (end - offset < 4)
            fail(StorageError::Kind::Damaged, "snapshot ends without its final chunk");
        const quint32 chunkLength = getLe<quint32>(file.constData() + offset);
        offset += 4;
        if (chunkLength < crypto_secretstream_xchacha20poly1305_ABYTES || chunkLength > quint32(end - offset))
            fail(StorageError::Kind::Damaged, "snapshot chunk length");
        const qsizetype plainLength = qsizetype(chunkLength) - crypto_secretstream_xchacha20poly1305_ABYTES;
        const qint64 at = plain.size();
        if (at + plainLength > plain.capacity())
            fail(StorageError::Kind::Damaged, "snapshot chunk length");
        unsigned long long written = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data() + at, &written, &tag, bytes(file) + offset,
                                                       chunkLength, first ? bytes(header) : nullptr,
                                                       first ? size_t(header.size()) : 0) != 0) {
            fail(StorageError::Kind::Damaged, "snapshot chunk"); // `plain` is wiped as it goes
        }
        plain.setSize(at + qint64(written));
        offset += chunkLength;
        first = false;
        if (consumed && offset >= nextConsumed) {
            consumed(offset);
            nextConsumed = offset + ConsumedStep;
        }
    }
    sodium_memzero(&state, sizeof(state));
    if (offset != end)
        fail(StorageError::Kind::Damaged, "data after the final snapshot chunk");
    return plain;
}

// The mapped pages of the file already decrypted count as the program's memory until the file is closed: a 200 MB
// file mapped whole beside its 200 MB plaintext doubled the peak. They are only read once, so they are let go as
// opening moves on (they stay in the system's file cache).
std::function<void(qsizetype)> releaseMappedPages([[maybe_unused]] uchar* mapped)
{
#if defined(Q_OS_UNIX) && defined(MADV_DONTNEED)
    const auto pageSize = qsizetype(sysconf(_SC_PAGESIZE));
    return [mapped, pageSize, released = qsizetype(0)](qsizetype upTo) mutable {
        const qsizetype end = upTo / pageSize * pageSize;
        if (pageSize > 0 && end > released) {
            madvise(mapped + released, size_t(end - released), MADV_DONTNEED); // advice: a failure only costs memory
            released = end;
        }
    };
#else
    return {};
#endif
}

QByteArray recordAd(quint64 generation, quint64 sequence, const QByteArray& header)
{
    QByteArray ad;
    putLe<quint64>(ad, generation);
    putLe<quint64>(ad, sequence);
    ad.append(header.right(ChecksumSize));
    return ad;
}

QByteArray recordHeaderCheck(const char* recordStart)
{
    return genericHash(QByteArray::fromRawData(recordStart, 20), 8);
}

} // namespace

KdfParams KdfParams::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::forTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

} // namespace koordinera::core

namespace koordinera::core {

SealedStore::Contents::~Contents()
{
    for (QByteArray& changeset : journal)
        wipe(changeset);
}

SealedStore::SealedStore(QString path, SecretKey key) : m_path(std::move(path)), m_key(std::move(key)) {}

SealedStore::~SealedStore()
{
    m_file.close();
    m_key.wipe();
}

std::unique_ptr<SealedStore> SealedStore::create(const QString& path, const QByteArray& passphrase,
                                                 const QByteArray& snapshot, const KdfParams& params)
{
    ensureSodium();
    if (QFileInfo::exists(path))
        throw StorageError(StorageError::Kind::AlreadyExists,
                           QCoreApplication::translate("SealedStore", "A file with that name already exists."));
    QByteArray salt(SaltSize, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    std::unique_ptr<SealedStore> store(
        new SealedStore(QFileInfo(path).absoluteFilePath(), deriveKey(passphrase, salt, params)));
    store->writeFile(snapshot, salt, params);
    return store;
}

std::unique_ptr<SealedStore> SealedStore::open(const QString& path, const QByteArray& passphrase, Contents& contents,
                                               Access access)
{
    ensureSodium();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StorageError(StorageError::Kind::CannotOpen,
                           file.exists()
                               ? QCoreApplication::translate(
                                     "SealedStore", "The database file could not be read. Check that you may read it.")
                               : QCoreApplication::translate("SealedStore", "The database file does not exist."));
    }
    // Mapped, not read: reading 200 MB into memory first cost a copy and its page faults. Only the plaintext is
    // copied out of the mapping; it goes when the file is closed.
    const qint64 fileSize = file.size();
    uchar* mapped = fileSize > 0 ? file.map(0, fileSize) : nullptr;
    const QByteArray data =
        mapped ? QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), fileSize) : file.readAll();
    auto store = fromBytes(QFileInfo(path).absoluteFilePath(), data, passphrase, contents,
                           mapped ? releaseMappedPages(mapped) : std::function<void(qsizetype)>());
    file.close();
    if (access == Access::ReadWrite)
        store->openForAppend(store->m_snapshotBytes + store->m_journalBytes);
    return store;
}

bool SealedStore::looksSealed(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(8) == QByteArray(Magic, 8);
}

void SealedStore::read(const QByteArray& data, const QByteArray& passphrase, Contents& contents)
{
    ensureSodium();
    fromBytes(QString(), data, passphrase, contents);
}

std::unique_ptr<SealedStore> SealedStore::fromBytes(const QString& path, const QByteArray& data,
                                                    const QByteArray& passphrase, Contents& contents,
                                                    const std::function<void(qsizetype)>& consumed)
{
    if (data.size() < 8 || !data.startsWith(QByteArray(Magic, 8)))
        fail(StorageError::Kind::NotKoordinera, "magic");
    if (data.size() < HeaderSize)
        fail(StorageError::Kind::Truncated, "header");
    const QByteArray header(data.constData(), HeaderSize); // a copy: `data` may be a mapping of the file
    // The checksum first: a flipped bit in the format field is damage, and "update the program" would send the
    // user to the wrong remedy. So every later format keeps this checksum over the first 72 bytes at byte 72.
    if (genericHash(header.left(HeaderSize - ChecksumSize), ChecksumSize) != header.right(ChecksumSize))
        fail(StorageError::Kind::Damaged, "header checksum");
    if (getLe<quint32>(data.constData() + 8) > FormatVersion)
        fail(StorageError::Kind::NewerVersion, "format");
    if (getLe<quint32>(data.constData() + 8) != FormatVersion ||
        getLe<quint32>(data.constData() + 12) != quint32(crypto_pwhash_ALG_ARGON2ID13))
        fail(StorageError::Kind::Damaged, "format or algorithm");

    // Capped at libsodium's "sensitive" cost and a little more: a crafted header asking for 4 GiB or 2^32 passes
    // would otherwise keep the program busy for hours or exhaust the memory before the passphrase is even tried.
    const KdfParams params{getLe<quint64>(data.constData() + 16), getLe<quint64>(data.constData() + 24)};
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > MaxOpsLimit ||
        params.memLimit < crypto_pwhash_MEMLIMIT_MIN || params.memLimit > MaxMemLimit)
        fail(StorageError::Kind::Damaged, "kdf parameters beyond the caps");
    const QByteArray salt = header.mid(32, SaltSize);
    SecretKey key = deriveKey(passphrase, salt, params);
    const QByteArray start = header.left(56);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(nullptr, nullptr, nullptr, bytes(header) + 56, KeyCheckSize,
                                                   bytes(start), size_t(start.size()), bytes(keyCheckNonce(start)),
                                                   key.data()) != 0)
        fail(StorageError::Kind::WrongPassphrase, "key check");

    std::unique_ptr<SealedStore> store(new SealedStore(path, std::move(key)));
    store->m_header = header;
    store->m_generation = getLe<quint64>(data.constData() + 48);

    qsizetype offset = HeaderSize;
    contents.snapshot = openSnapshot(data, offset, header, store->m_key, consumed);
    store->m_snapshotBytes = offset;

    for (QByteArray& changeset : contents.journal)
        wipe(changeset);
    contents.journal.clear();
    contents.droppedIncompleteTail = false;
    while (offset < data.size()) {
        const char* record = data.constData() + offset;
        if (data.size() - offset < RecordHeaderSize) {
            contents.droppedIncompleteTail = true; // a save cut off while its header was being written
            break;
        }
        if (recordHeaderCheck(record) != QByteArray::fromRawData(record + 20, 8))
            fail(StorageError::Kind::Damaged, "journal record header");
        const quint64 generation = getLe<quint64>(record);
        const quint64 sequence = getLe<quint64>(record + 8);
        const quint32 length = getLe<quint32>(record + 16);
        if (generation != store->m_generation)
            fail(StorageError::Kind::ForeignJournal, "generation");
        if (sequence != store->m_sequence + 1 || length < crypto_aead_xchacha20poly1305_ietf_ABYTES ||
            length > MaxRecordSize)
            fail(StorageError::Kind::Damaged, "journal record order or length");
        if (quint64(data.size() - offset - RecordHeaderSize) < length) {
            contents.droppedIncompleteTail = true; // a save cut off while its body was being written
            break;
        }
        QByteArray plain(qsizetype(length) - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
        unsigned long long plainLength = 0;
        const QByteArray ad = recordAd(generation, sequence, header);
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                bytes(plain), &plainLength, nullptr, reinterpret_cast<const unsigned char*>(record) + RecordHeaderSize,
                length, bytes(ad), size_t(ad.size()), reinterpret_cast<const unsigned char*>(record) + 28,
                store->m_key.data()) != 0)
            fail(StorageError::Kind::Damaged, "journal record");
        contents.journal.append(plain);
        store->m_sequence = sequence;
        offset += RecordHeaderSize + qsizetype(length);
    }
    store->m_journalBytes = offset - store->m_snapshotBytes;
    return store;
}

void SealedStore::openForAppend(qint64 validLength)
{
    m_lastRecordStart = -1; // a record before this point is never taken back
    m_file.close();
    m_file.setFileName(m_path);
    // Unbuffered: a write the disk refuses halfway must not leave bytes in a buffer that a later flush
    // would put behind the cut-off point.
    // Append (O_APPEND): a record is always written at the end of the file, never over bytes another program put
    // there, whatever this one believes the length to be.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        fail(StorageError::Kind::WriteFailed, "open for append");
    // Only an incomplete last save (never reported as saved) is cut away here.
    if (m_file.size() != validLength && !m_file.resize(validLength))
        fail(StorageError::Kind::WriteFailed, "drop incomplete tail");
    m_file.seek(validLength);
}

void SealedStore::append(const QByteArray& changeset)
{
    const quint64 sequence = m_sequence + 1;
    QByteArray record;
    putLe<quint64>(record, m_generation);
    putLe<quint64>(record, sequence);
    putLe<quint32>(record, quint32(changeset.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    record.append(recordHeaderCheck(record.constData()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    record.append(nonce);
    const qsizetype at = record.size();
    record.resize(at + changeset.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long cipherLength = 0;
    const QByteArray ad = recordAd(m_generation, sequence, m_header);
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(record) + at, &cipherLength, bytes(changeset),
                                               size_t(changeset.size()), bytes(ad), size_t(ad.size()), nullptr,
                                               bytes(nonce), m_key.data());

    const qint64 before = m_file.size(); // where the record begins: the end of the file (O_APPEND)
    if (m_failWrites || !writeRecord(record)) {
        m_file.resize(before); // leave no partial record behind when possible
        m_file.seek(before);
        fail(StorageError::Kind::WriteFailed, "write");
    }
    try {
        syncToDisk(m_file);
    } catch (const StorageError&) {
        m_file.resize(before);
        m_file.seek(before);
        throw;
    }
    m_sequence = sequence;
    m_journalBytes += record.size();
    m_lastRecordStart = before;
}

bool SealedStore::writeRecord(const QByteArray& record)
{
    if (!m_writeSlowly)
        return m_file.write(record) == record.size();
    constexpr qsizetype Piece = 4096;
    for (qsizetype at = 0; at < record.size(); at += Piece) {
        const qsizetype length = std::min(Piece, record.size() - at);
        if (m_file.write(record.constData() + at, length) != length)
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

void SealedStore::withdrawLast()
{
    if (m_lastRecordStart < 0)
        return;
    if (!m_file.resize(m_lastRecordStart) || !m_file.seek(m_lastRecordStart))
        fail(StorageError::Kind::WriteFailed, "withdraw a record");
    syncToDisk(m_file);
    m_journalBytes = m_lastRecordStart - m_snapshotBytes;
    --m_sequence;
    m_lastRecordStart = -1;
}

void SealedStore::writeFile(const QByteArray& snapshot, const QByteArray& salt, const KdfParams& params)
{
    quint64 generation = randomGeneration();
    while (generation == m_generation)
        generation = randomGeneration();
    const QByteArray header = buildHeader(salt, params, generation, m_key);
    if (m_beforeReplace)
        m_beforeReplace(generation);

    m_file.close(); // on Windows an open handle would block the replace
    // On failure the old file is untouched: keep appending to it.
    auto failKeepingOldFile = [this](const char* detail) {
        if (!m_header.isEmpty())
            openForAppend(m_snapshotBytes + m_journalBytes);
        fail(StorageError::Kind::WriteFailed, detail);
    };
    QSaveFile out(m_path);
    if (m_failWrites || !out.open(QIODevice::WriteOnly))
        failKeepingOldFile("open new file");
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // QSaveFile syncs before its rename but does not say whether that worked: the sync is checked here first.
    if (out.write(header) != header.size() || !writeSealedSnapshot(out, header, snapshot, m_key, m_writeSlowly) ||
        !out.flush() || !FileSync::syncFile(out.handle()) || !out.commit()) {
        out.cancelWriting();
        failKeepingOldFile("write new file");
    }
    m_header = header;
    m_generation = generation;
    m_sequence = 0;
    m_snapshotBytes = header.size() + sealedSnapshotSize(snapshot);
    m_journalBytes = 0;
    openForAppend(m_snapshotBytes);
    // The new file has its name; until the folder is synced a power cut could bring the old one back. The old one is
    // whole too, so this is reported but not undone: the store goes on with the new file.
    if (!FileSync::syncFolderOf(m_path))
        fail(StorageError::Kind::WriteFailed, "sync the folder after replacing the file");
}

namespace {

constexpr char AsideContext[] = "koordinera aside v1";

SecretKey asideKey(const SecretKey& key)
{
    SecretKey derived;
    crypto_generichash(derived.data(), SecretKey::Size, reinterpret_cast<const unsigned char*>(AsideContext),
                       sizeof(AsideContext) - 1, key.data(), SecretKey::Size);
    return derived;
}

} // namespace

QByteArray SealedStore::sealAside(const QByteArray& plain) const
{
    const SecretKey key = asideKey(m_key);
    QByteArray sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(sealed.data(), size_t(sealed.size()));
    const qsizetype at = sealed.size();
    sealed.resize(at + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(sealed) + at, &length, bytes(plain), size_t(plain.size()),
                                               reinterpret_cast<const unsigned char*>(AsideContext),
                                               sizeof(AsideContext) - 1, nullptr, bytes(sealed), key.data());
    return sealed;
}

bool SealedStore::openAside(const QByteArray& sealed, QByteArray& plain) const
{
    constexpr qsizetype overhead =
        crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < overhead)
        return false;
    const SecretKey key = asideKey(m_key);
    plain = QByteArray(sealed.size() - overhead, '\0');
    unsigned long long length = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
               bytes(plain), &length, nullptr, bytes(sealed) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
               size_t(sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
               reinterpret_cast<const unsigned char*>(AsideContext), sizeof(AsideContext) - 1, bytes(sealed),
               key.data()) == 0;
}

KdfParams SealedStore::params() const
{
    return {getLe<quint64>(m_header.constData() + 16), getLe<quint64>(m_header.constData() + 24)};
}

void SealedStore::compact(const QByteArray& snapshot)
{
    writeFile(snapshot, m_header.mid(32, SaltSize), params());
}

void SealedStore::writeCopy(const QString& path, const QByteArray& snapshot) const
{
    const QByteArray header = buildHeader(m_header.mid(32, SaltSize), params(), randomGeneration(), m_key);
    QSaveFile out(path);
    if (m_failWrites || !out.open(QIODevice::WriteOnly))
        fail(StorageError::Kind::WriteFailed, "open copy");
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // QSaveFile syncs before its rename but does not say whether that worked: a copy is only reported made when
    // the disk has taken its bytes, and its name.
    if (out.write(header) != header.size() || !writeSealedSnapshot(out, header, snapshot, m_key) || !out.flush() ||
        !FileSync::syncFile(out.handle()) || !out.commit()) {
        out.cancelWriting();
        fail(StorageError::Kind::WriteFailed, "write copy");
    }
    if (!FileSync::syncFolderOf(path))
        fail(StorageError::Kind::WriteFailed, "sync the copy's folder");
}

void SealedStore::changePassphrase(const QByteArray& newPassphrase, const QByteArray& snapshot, const KdfParams& params)
{
    QByteArray salt(SaltSize, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    SecretKey oldKey = std::move(m_key);
    m_key = deriveKey(newPassphrase, salt, params);
    try {
        writeFile(snapshot, salt, params);
    } catch (...) {
        m_key = std::move(oldKey); // the old file, under the old passphrase, is still in place
        throw;
    }
}

} // namespace koordinera::core
