// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core {

struct ServiceContext;

// Gallring: a closed case may be removed only by an explicit, documented decision once the retention time
// has passed since its last entry (docs/domain.md §8). Nothing else in Koordinera deletes a case.
class Retention
{
public:
    struct Candidate
    {
        qint64 caseId = 0;
        QString reference;
        qint64 patientId = 0;
        QString identity;
        QString patientName;
        QDate closedOn;
        QDate lastEntry; // the latest of closing, any recorded activity and any meeting
    };

    explicit Retention(ServiceContext& context) : m_context(context) {}

    // Closed cases whose last entry is at least `years` before today, oldest first.
    QList<Candidate> candidates(int years) const;
    // Removes the cases and everything recorded in them, in one transaction, and logs the decision (who,
    // reason, which identity number) for each case in the access log, which itself keeps every entry. A
    // patient left with no case is removed too. Throws ValidationError when the reason is empty and
    // std::invalid_argument when a case is not (or no longer) a candidate; nothing is removed then.
    void purge(const QList<qint64>& caseIds, int years, const QString& reason);

    // Every table holding rows of a case, children before parents: purge empties them all for the case.
    static const QStringList& caseTables();

    // For a restore: removes again, without logging anew, every case that access-log entries after
    // `afterLogEntry` record as purged (a backup taken before a purge would otherwise bring the patients back).
    // Returns how many were removed.
    int reapplyPurgesAfter(qint64 afterLogEntry);

private:
    // Deletes a case's rows in every table, its search-index row, and its patient when no case is left.
    void removeCase(qint64 caseId);
    // Rewrites the search index so that no word of a removed case is left in it.
    void forgetRemovedWords();

    ServiceContext& m_context;
};

} // namespace koordinera::core
