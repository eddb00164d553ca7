// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/CasePresence.h"

#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

namespace koordinera::core {

namespace {

// The lock's two keys: the unit (hashed, as advisory locks take integers) and the case.
constexpr auto UnitKey = "hashtext('koordinera ' || koordinera_unit())";

} // namespace

void CasePresence::enter(qint64 caseId)
{
    if (!m_context.db.isServer() || caseId == m_held)
        return;
    if (!m_named) {
        // What the others' case views call this coordinator (the role follows it).
        Statement(m_context.db, "SELECT set_config('application_name', ?, false)")
            .bind(1, m_context.userName.left(60))
            .step();
        m_named = true;
    }
    if (m_held)
        Statement(m_context.db, std::string("SELECT pg_advisory_unlock_shared(") + UnitKey + ", CAST(? AS integer))")
            .bind(1, m_held)
            .step();
    m_held = caseId;
    if (m_held)
        Statement(m_context.db, std::string("SELECT pg_advisory_lock_shared(") + UnitKey + ", CAST(? AS integer))")
            .bind(1, m_held)
            .step();
    announce();
}

void CasePresence::leave()
{
    enter(0);
}

QStringList CasePresence::othersIn(qint64 caseId) const
{
    if (!m_context.db.isServer() || caseId == 0)
        return {};
    // A two-key advisory lock shows its keys as classid and objid (objsubid 2); a negative hash reads as the same
    // bits in an oid.
    Statement rows(m_context.db,
                   std::string("SELECT DISTINCT a.application_name, a.usename FROM pg_locks l "
                               "JOIN pg_stat_activity a ON a.pid = l.pid "
                               "WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted "
                               "AND l.classid = CAST(") +
                       UnitKey +
                       " AS oid) AND l.objid = CAST(CAST(? AS integer) AS oid) AND l.pid <> pg_backend_pid() "
                       "ORDER BY 2, 1");
    rows.bind(1, caseId);
    QStringList others;
    while (rows.step()) {
        const QString name = rows.columnText(0);
        const QString role = rows.columnText(1);
        others.append(name.isEmpty() ? role : QStringLiteral("%1 (%2)").arg(name, role));
    }
    return others;
}

void CasePresence::announce()
{
    Statement(m_context.db,
              std::string("SELECT pg_notify('koordinera_changed', koordinera_unit() || ' ") + AnnouncedAs + "')")
        .step();
}

} // namespace koordinera::core
