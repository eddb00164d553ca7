// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace koordinera::core {

struct ServiceContext;

// Who else has a case open, on a region's server (issue 25). While a coordinator's case view shows a case, their
// connection holds a shared session lock on it (a PostgreSQL advisory lock keyed by unit and case). The server lets
// go of it when the view leaves the case, or when the connection ends in any way (a crash, a pulled cable), so nothing
// is left behind for anyone to clean up. Others see who holds it through pg_locks, by the name the holder's
// connection gives (its application_name) and the role it signed in with. Entering or leaving a case is announced to
// the unit's other connections as the table "case_presence", so their case views update.
//
// On a local file only one program is at work: nobody else is ever there, and nothing is held.
class CasePresence
{
public:
    explicit CasePresence(ServiceContext& context) : m_context(context) {}
    CasePresence(const CasePresence&) = delete;
    CasePresence& operator=(const CasePresence&) = delete;

    // Holds `caseId`, and lets go of the case held before.
    void enter(qint64 caseId);
    void leave();
    qint64 held() const { return m_held; }
    // The others who have `caseId` open now, as "Name (role)", each once.
    QStringList othersIn(qint64 caseId) const;

    // The table name the announcements carry.
    static constexpr const char* AnnouncedAs = "case_presence";

private:
    void announce();

    ServiceContext& m_context;
    qint64 m_held = 0;
    bool m_named = false;
};

} // namespace koordinera::core
