// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StatementCache.h"

#include <algorithm>
#include <sqlite3.h>

namespace koordinera::core {

namespace {

// A statement used inside itself (a read while its own rows are stepped) needs a second copy; more than a few
// idle copies of one text are never needed again.
constexpr std::size_t MaxIdlePerText = 4;

} // namespace

StatementCache::~StatementCache()
{
    clear();
}

StatementCache::Borrowed StatementCache::borrow(std::string_view sql)
{
    Borrowed borrowed;
    auto found = m_entries.find(sql);
    if (found == m_entries.end()) {
        if (m_entries.size() >= Capacity)
            evictOldest();
        found = m_entries.emplace(std::string(sql), std::make_unique<Entry>()).first;
    }
    Entry& entry = *found->second;
    entry.lastUse = ++m_clock;
    if (!entry.idle.empty()) {
        borrowed.statement = entry.idle.back();
        entry.idle.pop_back();
    } else {
        // Persistent: SQLite keeps such statements out of its lookaside memory, meant for short-lived ones.
        borrowed.error = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                            &borrowed.statement, &borrowed.tail);
        ++m_compiles;
        if (borrowed.error != SQLITE_OK) {
            sqlite3_finalize(borrowed.statement);
            borrowed.statement = nullptr;
            return borrowed;
        }
        borrowed.compiled = true;
    }
    ++entry.inUse;
    borrowed.entry = &entry;
    return borrowed;
}

void StatementCache::giveBack(Entry* entry, sqlite3_stmt* statement) noexcept
{
    --entry->inUse;
    if (entry->dropped || entry->idle.size() >= MaxIdlePerText) {
        sqlite3_finalize(statement);
    } else {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        entry->idle.push_back(statement);
    }
    if (entry->dropped && entry->inUse == 0) {
        std::erase_if(m_orphans, [entry](const std::unique_ptr<Entry>& orphan) { return orphan.get() == entry; });
    }
}

void StatementCache::clear() noexcept
{
    for (auto& [sql, entry] : m_entries) {
        for (sqlite3_stmt* statement : entry->idle)
            sqlite3_finalize(statement);
        entry->idle.clear();
        if (entry->inUse > 0) {
            entry->dropped = true;
            m_orphans.push_back(std::move(entry));
        }
    }
    m_entries.clear();
}

void StatementCache::evictOldest() noexcept
{
    // Drops the older half at once, so that evicting stays rare even when every statement is new.
    std::vector<std::uint64_t> uses;
    uses.reserve(m_entries.size());
    for (const auto& [sql, entry] : m_entries)
        uses.push_back(entry->lastUse);
    auto middle = uses.begin() + std::ptrdiff_t(uses.size() / 2);
    std::nth_element(uses.begin(), middle, uses.end());
    const std::uint64_t cutoff = *middle;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        Entry& entry = *it->second;
        if (entry.lastUse >= cutoff) {
            ++it;
            continue;
        }
        for (sqlite3_stmt* statement : entry.idle)
            sqlite3_finalize(statement);
        entry.idle.clear();
        if (entry.inUse > 0) {
            entry.dropped = true;
            m_orphans.push_back(std::move(it->second));
        }
        it = m_entries.erase(it);
    }
}

} // namespace koordinera::core
