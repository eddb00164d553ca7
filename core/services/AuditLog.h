// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// The access log patientdatalagen asks for (domain.md §8): who did what to which patient's record, and
// when. Entries are written in the same transaction as the change they record. The table has no update
// or delete path: triggers refuse both, and each entry carries a SHA-256 over the previous entry's hash
// and its own fields, so a changed or removed entry breaks the chain at that point.
class AuditLog
{
public:
    enum class Action
    {
        OpenCase,
        Create,
        Change,
        Remove,
        Lock,
        Unlock,
        Import,
        Backup,
    };

    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString osUser;
        QString coordinator;
        QString action; // the stored key, e.g. "open_case"
        qint64 patientId = 0;
        qint64 caseId = 0;
        QString object; // e.g. "sick_leave_period 12"
        QString details;
    };

    explicit AuditLog(ServiceContext& context) : m_context(context) {}

    // Records one entry; the patient is looked up from the case when a case is given.
    void record(Action action, qint64 caseId, const QString& object, const QString& details = {}, qint64 patientId = 0);
    QList<Entry> entries(qint64 patientId = 0) const;
    // 0 when the whole chain is intact, else the id of the first entry that does not match.
    qint64 firstBrokenEntry() const;

    static QString keyOf(Action action);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
