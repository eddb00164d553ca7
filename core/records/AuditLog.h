// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core {

class Database;
struct ServiceContext;

// The access log patientdatalagen asks for (docs/domain.md §8): who did what to which patient's record, and
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
        Print,
        Export,
        Copy,
        Import,
        Backup,
        Restore,
        Lock,
        Unlock,
        FailedUnlock,
        Purge,
        AcceptFile, // a database file that lacked saves made on this computer was accepted as it is
        ViewList,   // a list naming patients was shown: the case list, Idag, the calendar, the sick-leave list
    };
    static constexpr Action AllActions[] = {
        Action::OpenCase,     Action::Create, Action::Change,     Action::Remove,   Action::Print, Action::Export,
        Action::Copy,         Action::Import, Action::Backup,     Action::Restore,  Action::Lock,  Action::Unlock,
        Action::FailedUnlock, Action::Purge,  Action::AcceptFile, Action::ViewList,
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
        QString unit;
        // Not part of the entry: the patient as the register knows them now (empty once purged).
        QString patientIdentity;
        QString patientName;
    };

    // What the review screen asks for. Empty fields match everything; dates are local days, inclusive.
    struct Filter
    {
        qint64 patientId = 0;
        QString patientText; // digits match the identity number, letters the name
        QString action;      // a stored key
        QDate from;
        QDate to;
        int limit = 0; // newest first when set
    };

    explicit AuditLog(ServiceContext& context) : m_context(context) {}

    // Records one entry; the patient is looked up from the case when a case is given.
    void record(Action action, qint64 caseId, const QString& object, const QString& details = {}, qint64 patientId = 0);
    // One entry per case, in one transaction: an export of a list touches every patient on it.
    void recordEach(Action action, const QList<qint64>& caseIds, const QString& object, const QString& details = {});
    // One entry for a showing of a list (`view`, e.g. "case_list"), naming by identity number every patient shown:
    // those of the cases, and patients without a case (the sick-leave list) by their own numbers.
    void recordShown(const QString& view, const QList<qint64>& caseIds, const QStringList& identities = {});
    // Failed unlocks happen while the database is closed; they are written, with their own times, once the
    // right passphrase has opened it again.
    void recordFailedUnlocks(const QList<QDateTime>& attempts);
    // Oldest first, unless the filter has a limit (then the newest `limit`, still oldest first).
    QList<Entry> entries(const Filter& filter) const;
    QList<Entry> entries() const;
    QList<Entry> entriesForPatient(qint64 patientId) const;
    // 0 when the whole chain is intact, else the id of the first entry that does not match.
    qint64 firstBrokenEntry() const;
    qint64 count() const;

    // The newest entry's id and hash (0 and empty for an empty log): two logs share a history up to an
    // entry when both hold it with the same hash.
    struct ChainPoint
    {
        qint64 id = 0;
        QString hash;
    };
    ChainPoint newest() const;
    QString hashOf(qint64 id) const;
    // Copies every entry after `afterId` from this log into `target` unchanged, hashes included: the chain
    // stays whole when `target` holds this log's history up to `afterId` (a restore). Returns how many.
    qint64 copyEntriesAfter(qint64 afterId, Database& target) const;

    // The hash an entry carries: SHA-256 over the previous entry's hash and the entry's fields. A unit moved onto a
    // region's server (ServerImport) has its entries chained anew there with it.
    static QByteArray chainHash(const QByteArray& previous, const Entry& entry);

    static QString keyOf(Action action);
    // "Öppnade ärendet", "Skrev ut", ... for the review screen and the extract; the key itself if unknown.
    static QString labelOf(const QString& key);
    // "sick_leave_period 12" -> "Sjukskrivningsperiod 12": the stored object in words.
    static QString objectLabel(const QString& object);

private:
    void append(Entry entry);

    ServiceContext& m_context;
};

} // namespace koordinera::core
