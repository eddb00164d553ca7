// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace koordinera::core {

// Compiled statements of one connection, kept for reuse by their SQL text. Compiling was half the time of an
// import and a third of building the demo: every Statement compiled its SQL again for every row. A Statement
// borrows a compiled statement here and gives it back reset, with its bindings cleared, when it ends.
//
// Used only by the connection's owner thread (Database::requireOwner guards every Statement), so it has no lock.
class StatementCache
{
public:
    // The SQL texts kept at most. The repositories use a few hundred fixed texts; SQL built with values in it
    // (a list of ids, a savepoint's depth) would otherwise grow the cache without end, so the texts used longest
    // ago go first.
    static constexpr std::size_t Capacity = 400;

    explicit StatementCache(sqlite3* db) : m_db(db) {}
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    struct Entry;
    struct Borrowed
    {
        sqlite3_stmt* statement = nullptr;
        Entry* entry = nullptr;
        // Newly compiled: the caller checks the text held one statement only.
        bool compiled = false;
        // The SQLite result code of a failed compile; statement is null then.
        int error = 0;
        const char* tail = nullptr;
    };

    // A compiled statement for `sql`: one given back earlier, or compiled now.
    Borrowed borrow(std::string_view sql);
    // Takes a borrowed statement back (reset, bindings cleared), or finalizes it when its text was dropped.
    void giveBack(Entry* entry, sqlite3_stmt* statement) noexcept;
    // Finalizes every statement not in use, and those in use when they come back. A restore (sqlite3_deserialize)
    // needs no clearing: SQLite compiles a kept statement again for the new database (StatementCacheTest).
    void clear() noexcept;

    std::size_t size() const { return m_entries.size(); }
    // How many borrows compiled anew (for tests and the benchmark).
    std::uint64_t compiles() const { return m_compiles; }

    struct Entry
    {
        std::vector<sqlite3_stmt*> idle;
        int inUse = 0;
        std::uint64_t lastUse = 0;
        bool dropped = false;
    };

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    void evictOldest() noexcept;

    sqlite3* m_db;
    std::unordered_map<std::string, std::unique_ptr<Entry>, Hash, std::equal_to<>> m_entries;
    // Entries dropped while a statement of theirs was in use; freed when it comes back.
    std::vector<std::unique_ptr<Entry>> m_orphans;
    std::uint64_t m_clock = 0;
    std::uint64_t m_compiles = 0;
};

} // namespace koordinera::core
