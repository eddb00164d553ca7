// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>

namespace koordinera::core {

// A 32-byte key in libsodium's guarded memory (not swapped, wiped on release). Move-only.
class SecretKey
{
public:
    static constexpr std::size_t Size = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    unsigned char* data() { return m_key; }
    const unsigned char* data() const { return m_key; }
    void wipe();

private:
    unsigned char* m_key = nullptr;
};

// Overwrites a buffer that held a passphrase or plaintext before it is released.
void wipe(QByteArray& bytes);
// Overwrites the characters of `text` where they are, without making a copy first: every QString that shares the
// buffer (the one a line edit holds, say) is wiped with it. A literal (not on the heap) is left alone.
void wipeShared(const QString& text);

// Wipes a buffer (or each of a list of buffers) when the scope ends, normally or by an exception.
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray& bytes) : m_bytes(&bytes) {}
    explicit WipeOnExit(QList<QByteArray>& list) : m_list(&list) {}
    ~WipeOnExit();
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    QByteArray* m_bytes = nullptr;
    QList<QByteArray>* m_list = nullptr;
};

} // namespace koordinera::core
