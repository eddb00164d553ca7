// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SecretKey.h"

#include <sodium.h>
#include <stdexcept>
#include <utility>

namespace koordinera::core {

SecretKey::SecretKey() : m_key(static_cast<unsigned char*>(sodium_malloc(Size)))
{
    if (!m_key)
        throw std::bad_alloc();
    sodium_memzero(m_key, Size);
}

SecretKey::~SecretKey()
{
    sodium_free(m_key); // zeroes the memory before releasing it
}

SecretKey::SecretKey(SecretKey&& other) noexcept : m_key(std::exchange(other.m_key, nullptr)) {}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept
{
    if (this != &other) {
        sodium_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

void SecretKey::wipe()
{
    if (m_key)
        sodium_memzero(m_key, Size);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipeShared(const QString& text)
{
    // A QString made from a literal has no allocated header: its characters may be in read-only memory.
    if (text.isEmpty() || !const_cast<QString&>(text).data_ptr().d_ptr())
        return;
    sodium_memzero(const_cast<QChar*>(text.constData()), size_t(text.size()) * sizeof(QChar));
}

WipeOnExit::~WipeOnExit()
{
    if (m_bytes)
        wipe(*m_bytes);
    if (m_list) {
        for (QByteArray& bytes : *m_list)
            wipe(bytes);
    }
}

} // namespace koordinera::core
