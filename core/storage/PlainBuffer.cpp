// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PlainBuffer.h"

#include "core/storage/SqliteMemory.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

#ifdef __linux__
#include <cstdio>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace koordinera::core {

namespace {

#if defined(__linux__) && defined(MADV_HUGEPAGE)
// The mapping that holds [data, data + size) and nothing else but the allocator's header, from /proc/self/maps;
// {0, 0} when the memory shares its mapping (an ordinary heap block).
std::pair<quintptr, quintptr> ownMapping(const unsigned char* data, qint64 size)
{
    const auto pageSize = quintptr(sysconf(_SC_PAGESIZE));
    FILE* maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return {0, 0};
    std::pair<quintptr, quintptr> found{0, 0};
    unsigned long long start = 0;
    unsigned long long end = 0;
    char rest[512];
    while (std::fscanf(maps, "%llx-%llx", &start, &end) == 2) {
        if (quintptr(data) >= start && quintptr(data) < start + pageSize && quintptr(data) + quintptr(size) <= end &&
            quintptr(data) + quintptr(size) + pageSize > end) {
            found = {quintptr(start), quintptr(end)};
            break;
        }
        if (!std::fgets(rest, sizeof rest, maps)) // the rest of the line (a path may be longer: read on)
            break;
        while (std::strchr(rest, '\n') == nullptr && std::fgets(rest, sizeof rest, maps)) {
        }
    }
    std::fclose(maps);
    return found;
}
#endif

// A 200 MB database decrypted into fresh memory took some 50,000 page faults, two thirds of opening it on a
// virtual machine. Huge pages, where the system offers them on request, cut that by the hundreds; elsewhere
// nothing changes. The advice covers the allocation's whole mapping: advice on part of it splits the mapping, and
// SQLite's memory then cannot grow in place (realloc's mremap fails), so the database's first growth copied it
// whole and doubled the memory.
void adviseHugePages([[maybe_unused]] unsigned char* data, [[maybe_unused]] qint64 size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr qint64 HugePage = 2 * 1024 * 1024;
    if (size < 4 * HugePage)
        return;
    const auto [begin, end] = ownMapping(data, size);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), size_t(end - begin), MADV_HUGEPAGE); // advice only: ignore failure
#endif
}

} // namespace

PlainBuffer::PlainBuffer(qint64 capacity)
    : m_data((SqliteMemory::install(),
              static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(std::max<qint64>(capacity, 1)))))),
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
