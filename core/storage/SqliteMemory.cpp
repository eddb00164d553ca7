// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteMemory.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace koordinera::core::SqliteMemory {

namespace {

// Each block begins with its size, padded to 16 bytes so that what SQLite gets stays aligned for any type.
constexpr size_t HeaderSize = 16;
// glibc maps allocations this large on their own (its largest mmap threshold on 64-bit systems).
constexpr sqlite3_uint64 MappedSize = 32u * 1024 * 1024;

std::atomic<unsigned long long> wiped{0};

unsigned char* headerOf(void* block)
{
    return static_cast<unsigned char*>(block) - HeaderSize;
}

sqlite3_uint64 sizeOf(void* block)
{
    sqlite3_uint64 size = 0;
    std::memcpy(&size, headerOf(block), sizeof size);
    return size;
}

void* withHeader(void* raw, sqlite3_uint64 size)
{
    if (!raw)
        return nullptr;
    std::memcpy(raw, &size, sizeof size);
    return static_cast<unsigned char*>(raw) + HeaderSize;
}

void* wipingMalloc(int size)
{
    if (size <= 0)
        return nullptr;
    return withHeader(std::malloc(size_t(size) + HeaderSize), sqlite3_uint64(size));
}

void wipingFree(void* block)
{
    if (!block)
        return;
    const sqlite3_uint64 size = sizeOf(block);
    if (size >= MappedSize)
        wipeResident(block, size_t(size));
    else
        sodium_memzero(block, size_t(size));
    wiped.fetch_add(size, std::memory_order_relaxed);
    std::free(headerOf(block));
}

void* wipingRealloc(void* block, int size)
{
    if (!block)
        return wipingMalloc(size);
    if (size <= 0) {
        wipingFree(block);
        return nullptr;
    }
    const sqlite3_uint64 oldSize = sizeOf(block);
    if (oldSize >= MappedSize && sqlite3_uint64(size) >= MappedSize) {
        // Remapped in place by the C library: the pages move, no copy is left behind.
        return withHeader(std::realloc(headerOf(block), size_t(size) + HeaderSize), sqlite3_uint64(size));
    }
    void* moved = wipingMalloc(size);
    if (!moved)
        return nullptr; // the old block stays SQLite's
    std::memcpy(moved, block, size_t(std::min<sqlite3_uint64>(oldSize, sqlite3_uint64(size))));
    wipingFree(block);
    return moved;
}

int blockSize(void* block)
{
    return block ? int(sizeOf(block)) : 0;
}

int roundUp(int size)
{
    return (size + 7) & ~7;
}

int initialise(void*)
{
    return SQLITE_OK;
}

void shutDown(void*) {}

bool installOnce()
{
    static const sqlite3_mem_methods methods{wipingMalloc, wipingFree, wipingRealloc, blockSize,
                                             roundUp,      initialise, shutDown,      nullptr};
    return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
}

} // namespace

void wipeResident(void* data, size_t size)
{
#ifdef __linux__
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    const auto begin = uintptr_t(data);
    const uintptr_t first = (begin + page - 1) / page * page;
    const uintptr_t end = (begin + size) / page * page;
    std::vector<unsigned char> resident(end > first ? (end - first) / page : 0);
    if (end > first && mincore(reinterpret_cast<void*>(first), end - first, resident.data()) == 0) {
        sodium_memzero(data, first - begin); // the partial pages at either end, always
        sodium_memzero(reinterpret_cast<void*>(end), begin + size - end);
        for (size_t index = 0; index < resident.size();) {
            if (!(resident[index] & 1)) {
                ++index;
                continue;
            }
            size_t run = index;
            while (run < resident.size() && (resident[run] & 1))
                ++run;
            sodium_memzero(reinterpret_cast<void*>(first + index * page), (run - index) * page);
            index = run;
        }
        return;
    }
#endif
    sodium_memzero(data, size);
}

bool install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = installOnce(); });
    return installed;
}

unsigned long long wipedBytes()
{
    return wiped.load(std::memory_order_relaxed);
}

} // namespace koordinera::core::SqliteMemory
