// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct Consent;
struct Impulse;
struct Meeting;
struct ServiceContext;

// One earlier version of a record that was corrected: what it said, and who replaced it when.
struct Correction
{
    qint64 id = 0;
    QDateTime replacedAt;
    QString replacedBy;
    QString earlier; // the record as it read, one "Label: value" line per field
};

// Corrections keep history (docs/domain.md §8): a held meeting's record, an impuls or a consent changed later keeps
// what it said before. The table is append-only (triggers); only a purge removes it with the case.
class CorrectionLog
{
public:
    enum class Record
    {
        Meeting,
        Impulse,
        Consent,
    };

    explicit CorrectionLog(ServiceContext& context) : m_context(context) {}

    // Keeps `before` when it reads differently from `after`; in the caller's transaction.
    void keep(const Meeting& before, const Meeting& after);
    void keep(const Impulse& before, const Impulse& after);
    void keep(const Consent& before, const Consent& after);
    // Oldest first.
    QList<Correction> history(Record record, qint64 recordId) const;

    // The record in words, as it is kept and shown.
    static QString describe(const Meeting& meeting);
    static QString describe(const Impulse& impulse);
    static QString describe(const Consent& consent);

private:
    void keep(Record record, qint64 recordId, qint64 caseId, const QString& before, const QString& after);

    ServiceContext& m_context;
};

} // namespace koordinera::core
