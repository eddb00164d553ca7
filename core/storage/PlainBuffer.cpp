// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlainBuffer.h"

#include "core/storage/SqliteMemory.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace koordinera::core {

namespace {

// The decrypted database is written into fresh memory: at 50,000 cases some 40,000 pages, each a page fault on
// first touch. Asking the kernel to fault them in all at once (Linux 5.14 and later; elsewhere nothing changes)
// took opening from 204 to 191 ms there, the same every time. Huge pages (MADV_HUGEPAGE) were faster in the median,
// 157 ms, but one opening in four waited for the kernel to compact memory: 250 to 500 ms, on this machine and
// at random; they are no longer asked for.
void prefault([[maybe_unused]] unsigned char* data, [[maybe_unused]] qint64 size)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    const auto pageSize = quintptr(sysconf(_SC_PAGESIZE));
    const quintptr begin = (quintptr(data) + pageSize - 1) / pageSize * pageSize;
    const quintptr end = (quintptr(data) + quintptr(size)) / pageSize * pageSize;
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_POPULATE_WRITE); // advice: may fail
#endif
}

} // namespace

PlainBuffer::PlainBuffer(qint64 capacity, qint64 headroom)
    : m_data((SqliteMemory::install(), static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(
                                           std::max<qint64>(capacity + std::max<qint64>(headroom, 0), 1)))))),
      m_capacity(capacity + std::max<qint64>(headroom, 0))
{
    if (!m_data)
        throw std::bad_alloc();
    prefault(m_data, capacity);
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
