// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the sealed-file reader (header, snapshot stream, journal records) with arbitrary bytes. Every
// input must end in a StorageError or a clean read: no crash, no sanitizer report, no other exception.
#include "FuzzPassphrase.h"
#include "core/storage/SealedStore.h"
#include "core/storage/StorageError.h"

#include <cstdint>
#include <cstring>
#include <sodium.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Keep key derivation cheap whatever the input says, and seal the header checksum again, so the fuzzer
    // spends its time behind the header instead of on it. Layout: see SealedStore.cpp.
    constexpr int HeaderSize = 88;
    if (bytes.size() >= HeaderSize && bytes.startsWith("KOORDNRA")) {
        const quint64 ops = crypto_pwhash_OPSLIMIT_MIN;
        const quint64 mem = crypto_pwhash_MEMLIMIT_MIN;
        std::memcpy(bytes.data() + 16, &ops, 8); // little-endian on every machine we build the fuzzers on
        std::memcpy(bytes.data() + 24, &mem, 8);
        crypto_generichash(reinterpret_cast<unsigned char*>(bytes.data()) + HeaderSize - 16, 16,
                           reinterpret_cast<const unsigned char*>(bytes.constData()), HeaderSize - 16, nullptr, 0);
    }
    koordinera::core::SealedStore::Contents contents;
    try {
        koordinera::core::SealedStore::read(bytes, koordinera::fuzz::Passphrase, contents);
    } catch (const koordinera::core::StorageError&) {
        // The expected answer to a damaged file.
    }
    return 0;
}
