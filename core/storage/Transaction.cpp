// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Transaction.h"

#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QString>

namespace koordinera::core {

namespace {

std::string savepointName(int depth)
{
    return "koordinera_sp_" + std::to_string(depth);
}

} // namespace

Transaction::Transaction(Database& db) : m_db(db), m_depth(db.m_transactionDepth + 1)
{
    if (m_depth == 1)
        m_db.execute(m_db.isServer() ? "BEGIN" : "BEGIN IMMEDIATE");
    else
        m_db.execute("SAVEPOINT " + savepointName(m_depth));
    m_db.m_transactionDepth = m_depth;
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

void Transaction::commit()
{
    if (m_depth == 1) {
        const bool journalled = m_db.journalPendingChanges(); // throws when the disk refuses: the destructor rolls back
        try {
            m_db.execute("COMMIT");
        } catch (const StorageError&) {
            if (journalled)
                m_db.withdrawJournalledChanges(); // the change is rolled back: its record must not replay
            throw;
        }
        m_finished = true;
        m_db.m_transactionDepth = 0;
        m_db.restartSession();
        if (journalled)
            m_db.recordWitness(); // after COMMIT: a save that was taken back must not be witnessed
        m_db.publishPendingChanges();
    } else {
        m_db.execute("RELEASE " + savepointName(m_depth));
        m_finished = true;
        m_db.m_transactionDepth = m_depth - 1;
    }
}

void Transaction::rollback() noexcept
{
    m_finished = true;
    try {
        if (m_depth == 1) {
            m_db.execute("ROLLBACK");
            m_db.m_pendingTables.clear();
            m_db.restartSession(); // the rolled-back changes must not reach the journal
        } else {
            const std::string name = savepointName(m_depth);
            m_db.execute("ROLLBACK TO " + name);
            m_db.execute("RELEASE " + name);
        }
    } catch (...) {
        // A failed rollback means SQLite already rolled back (e.g. after a full disk); nothing is left to undo.
        if (m_depth == 1)
            m_db.m_pendingTables.clear();
    }
    m_db.m_transactionDepth = m_depth - 1;
}

} // namespace koordinera::core
