// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SealedEnvelope.h"

#include "core/storage/SecretKey.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace koordinera::core::SealedEnvelope {

namespace {

constexpr quint32 FormatVersion = 1;
constexpr int MagicSize = 8;
constexpr int SaltSize = crypto_pwhash_SALTBYTES;
constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int HeaderStart = MagicSize + 4 + 8 + 8 + SaltSize + NonceSize; // before the key check
constexpr int HeaderSize = HeaderStart + TagSize;
// The same bounds as the database file's: a header asking for more is not one this program wrote.
constexpr quint64 MaxOpsLimit = 10;
constexpr quint64 MaxMemLimit = quint64(1) << 30;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

[[noreturn]] void damaged()
{
    throw StorageError(StorageError::Kind::Damaged,
                       QCoreApplication::translate("SealedEnvelope", "The file is damaged or has been changed."));
}

SecretKey deriveKey(const QByteArray& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    SecretKey key;
    if (crypto_pwhash(key.data(), SecretKey::Size, passphrase.constData(), size_t(passphrase.size()), bytes(salt), ops,
                      size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StorageError(
            StorageError::Kind::Generic,
            QCoreApplication::translate("SealedEnvelope", "There is not enough memory to open the file."));
    }
    return key;
}

// The key check: nothing sealed with the header as associated data and the nonce's first bytes turned round, so it
// never shares a nonce with the payload.
QByteArray checkNonce(const QByteArray& nonce)
{
    QByteArray turned = nonce;
    for (int index = 0; index < 8; ++index)
        turned[index] = char(~turned.at(index));
    return turned;
}

} // namespace

bool looksSealed(const QByteArray& sealed, const char (&magic)[9])
{
    return sealed.startsWith(QByteArray(magic, MagicSize));
}

QByteArray seal(const QByteArray& payload, const QByteArray& passphrase, const char (&magic)[9],
                const KdfParams& params)
{
    if (sodium_init() < 0)
        throw StorageError(StorageError::Kind::Generic, QStringLiteral("libsodium"));
    QByteArray salt(SaltSize, '\0');
    randombytes_buf(bytes(salt), size_t(salt.size()));
    QByteArray nonce(NonceSize, '\0');
    randombytes_buf(bytes(nonce), size_t(nonce.size()));
    QByteArray header(magic, MagicSize);
    const auto put = [&header](auto value) {
        const auto little = qToLittleEndian(value);
        header.append(reinterpret_cast<const char*>(&little), sizeof(little));
    };
    put(FormatVersion);
    put(quint64(params.opsLimit));
    put(quint64(params.memLimit));
    header.append(salt);
    header.append(nonce);
    const SecretKey key = deriveKey(passphrase, salt, params.opsLimit, params.memLimit);
    QByteArray check(TagSize, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(check), nullptr, nullptr, 0, bytes(header), size_t(header.size()),
                                               nullptr, bytes(checkNonce(nonce)), key.data());
    header.append(check);
    QByteArray sealed(payload.size() + TagSize, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(sealed), &length, bytes(payload), size_t(payload.size()),
                                               bytes(header), size_t(header.size()), nullptr, bytes(nonce), key.data());
    sealed.resize(qsizetype(length));
    return header + sealed;
}

QByteArray open(const QByteArray& sealed, const QByteArray& passphrase, const char (&magic)[9])
{
    if (sodium_init() < 0)
        throw StorageError(StorageError::Kind::Generic, QStringLiteral("libsodium"));
    if (sealed.size() < HeaderSize + TagSize || !looksSealed(sealed, magic))
        damaged();
    const char* at = sealed.constData() + MagicSize;
    if (qFromLittleEndian<quint32>(at) != FormatVersion)
        damaged();
    const quint64 ops = qFromLittleEndian<quint64>(at + 4);
    const quint64 mem = qFromLittleEndian<quint64>(at + 12);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN || mem > MaxMemLimit)
        damaged();
    const QByteArray salt = sealed.mid(MagicSize + 20, SaltSize);
    const QByteArray nonce = sealed.mid(MagicSize + 20 + SaltSize, NonceSize);
    const QByteArray headerStart = sealed.left(HeaderStart);
    const SecretKey key = deriveKey(passphrase, salt, ops, mem);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(nullptr, nullptr, nullptr, bytes(sealed) + HeaderStart, TagSize,
                                                   bytes(headerStart), size_t(headerStart.size()),
                                                   bytes(checkNonce(nonce)), key.data()) != 0) {
        throw StorageError(StorageError::Kind::WrongPassphrase,
                           QCoreApplication::translate("SealedEnvelope", "The passphrase is not the one the file was "
                                                                         "sealed with."));
    }
    const QByteArray header = sealed.left(HeaderSize);
    QByteArray payload(sealed.size() - HeaderSize - TagSize, '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(payload), &length, nullptr, bytes(sealed) + HeaderSize,
                                                   size_t(sealed.size() - HeaderSize), bytes(header),
                                                   size_t(header.size()), bytes(nonce), key.data()) != 0) {
        damaged();
    }
    payload.resize(qsizetype(length));
    return payload;
}

} // namespace koordinera::core::SealedEnvelope
