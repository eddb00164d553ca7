// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace koordinera::core {

class Database;

// Commits only when commit() is called; otherwise the destructor rolls back. Nested transactions are
// SAVEPOINTs, so an inner failure can be undone without losing the outer work; only the outermost commit
// makes changes durable and announces them.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void rollback() noexcept;

    Database& m_db;
    int m_depth;
    bool m_finished = false;
};

} // namespace koordinera::core
