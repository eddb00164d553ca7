// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PlainBuffer.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace koordinera::core {

namespace {

// A 200 MB database decrypted into fresh memory took some 50,000 page faults, a third of opening it. Huge pages,
// where the system offers them on request, cut that by the hundreds; elsewhere nothing changes.
void adviseHugePages([[maybe_unused]] unsigned char* data, [[maybe_unused]] qint64 size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    if (size < qint64(4 * HugePage))
        return;
    const quintptr begin = (quintptr(data) + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(HugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_HUGEPAGE); // advice only: ignore failure
#endif
}

} // namespace

PlainBuffer::PlainBuffer(qint64 capacity)
    : m_data(static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(std::max<qint64>(capacity, 1))))),
      m_capacity(capacity)
{
    if (!m_data)
        throw std::bad_alloc();
    adviseHugePages(m_data, capacity);
}

PlainBuffer::~PlainBuffer()
{
    wipeAndFree();
}

PlainBuffer::PlainBuffer(PlainBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

PlainBuffer& PlainBuffer::operator=(PlainBuffer&& other) noexcept
{
    if (this != &other) {
        wipeAndFree();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

unsigned char* PlainBuffer::release()
{
    m_size = 0;
    m_capacity = 0;
    return std::exchange(m_data, nullptr);
}

void PlainBuffer::wipeAndFree()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(m_capacity));
    sqlite3_free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

} // namespace koordinera::core
