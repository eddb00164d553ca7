// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace koordinera::core::SqliteMemory {

// Gives SQLite an allocator that overwrites every block it frees, and every block a realloc moves away from, so that
// decrypted pages of the working database do not linger in freed heap memory (where a later allocation, a core
// dump or swap could find them). Blocks of 32 MB and more are mapped by the C library: they are grown by remapping
// the same pages and given back to the system on free, so they are wiped on free only. Called before SQLite's
// first use; later calls do nothing. False when SQLite was already in use and kept its own allocator.
bool install();
// How many bytes the allocator has overwritten so far (for tests).
unsigned long long wipedBytes();
// Overwrites the pages of [data, data + size) that are in memory. A page never written to holds nothing and is not
// touched: zeroing it would make the system give it memory first (a few hundred MB when a grown 50,000-case database
// is closed or locked). A page swapped out is skipped too; writing to it would not reach its copy in swap. Where the
// system cannot tell (not Linux), everything is overwritten. Used on the blocks the C library maps on their own.
void wipeResident(void* data, size_t size);

} // namespace koordinera::core::SqliteMemory
