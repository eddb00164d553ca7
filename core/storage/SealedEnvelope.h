// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SealedStore.h"

#include <QByteArray>

namespace koordinera::core {

// A small file sealed with a passphrase by the database file's own primitives (Argon2id, then
// XChaCha20-Poly1305), for what leaves the unit but must stay closed on the way: the unit report for the process
// support (issue 22). The whole payload is one authenticated message, so any changed byte is refused.
//
// Layout (little-endian): magic (8 bytes, the caller's), format u32, Argon2id opslimit u64 and memlimit u64,
// salt (16), nonce (24), key check (16: the header sealed with the key, so a wrong passphrase is told apart from
// a damaged file), then the sealed payload with the header as its associated data.
namespace SealedEnvelope {

QByteArray seal(const QByteArray& payload, const QByteArray& passphrase, const char (&magic)[9],
                const KdfParams& params);
// The payload; throws StorageError: Damaged when the bytes are not such a file or any byte changed,
// WrongPassphrase when the key check fails.
QByteArray open(const QByteArray& sealed, const QByteArray& passphrase, const char (&magic)[9]);
// Whether `bytes` begin with `magic`: nothing is decrypted.
bool looksSealed(const QByteArray& bytes, const char (&magic)[9]);

} // namespace SealedEnvelope

} // namespace koordinera::core
