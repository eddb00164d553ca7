// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/AuditLog.h"

#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <optional>

namespace koordinera::core {

namespace {

QString osUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

// The fields in a fixed order with lengths, so no two different entries hash the same text. The unit came
// in schema version 4; entries without one hash as they did before, so older chains stay intact.
QByteArray entryHash(const QByteArray& previous, const AuditLog::Entry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    QStringList fields{QString::number(entry.id),
                       entry.at.toString(Qt::ISODateWithMs),
                       entry.osUser,
                       entry.coordinator,
                       entry.action,
                       QString::number(entry.patientId),
                       QString::number(entry.caseId),
                       entry.object,
                       entry.details};
    if (!entry.unit.isEmpty())
        fields << entry.unit;
    for (const QString& field : fields) {
        const QByteArray utf8 = field.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return hash.result();
}

// The stored form of a time: milliseconds since 1970 in UTC, so number order is time order.
qint64 storedTime(const QDateTime& at)
{
    return at.toMSecsSinceEpoch();
}

// audit_log_entries: the entries with their texts (the table stores the repeated ones once, in audit_words).
constexpr auto SelectEntry =
    "SELECT a.id, a.at, a.os_user, a.coordinator, a.action, coalesce(a.patient_id, 0), coalesce(a.case_id, 0), "
    "a.object, a.details, a.unit, a.hash, "
    // A purged patient's identity number lives on in the purge's own entry ("identity 19…; closed …").
    "coalesce(p.identity, (SELECT substr(x.details, 10, instr(x.details, ';') - 10) FROM audit_log_entries x "
    "WHERE x.patient_id = a.patient_id AND x.action = 'purge' LIMIT 1), ''), "
    "coalesce(p.given_name || ' ' || p.family_name, '') "
    "FROM audit_log_entries a LEFT JOIN patients p ON p.id = a.patient_id ";

constexpr int HashColumn = 10;

AuditLog::Entry entryFrom(const Statement& row)
{
    AuditLog::Entry entry;
    entry.id = row.columnInt64(0);
    entry.at = QDateTime::fromMSecsSinceEpoch(row.columnInt64(1), Qt::UTC);
    entry.osUser = row.columnText(2);
    entry.coordinator = row.columnText(3);
    entry.action = row.columnText(4);
    entry.patientId = row.columnInt64(5);
    entry.caseId = row.columnInt64(6);
    entry.object = row.columnText(7);
    entry.details = row.columnText(8);
    entry.unit = row.columnText(9);
    entry.patientIdentity = row.columnText(11);
    entry.patientName = row.columnText(12);
    return entry;
}

void insertEntry(Database& db, const AuditLog::Entry& entry, const QByteArray& hash)
{
    // The object's kind is a word; what follows it ("document 1042": "1042") is the entry's own.
    const qsizetype space = entry.object.indexOf(QLatin1Char(' '));
    const QString kind = space < 0 ? entry.object : entry.object.left(space);
    const std::optional<QString> rest = space < 0 ? std::nullopt : std::optional(entry.object.mid(space + 1));
    // The repeated texts get their numbers the first time they are used; two statements per entry, not six.
    Statement(db, "INSERT INTO audit_words (word) VALUES (?), (?), (?), (?), (?) ON CONFLICT DO NOTHING")
        .bindAll(entry.osUser, entry.coordinator, entry.action, kind, entry.unit)
        .run();
    constexpr auto Word = "(SELECT id FROM audit_words WHERE word = ?)";
    Statement(db,
              std::string("INSERT INTO audit_log (id, at, os_user, coordinator, action, patient_id, case_id, object, "
                          "object_rest, details, unit, hash) VALUES (?, ?, ") +
                  Word + ", " + Word + ", " + Word + ", ?, ?, " + Word + ", ?, ?, " + Word + ", ?)")
        .bindAll(entry.id, storedTime(entry.at), entry.osUser, entry.coordinator, entry.action)
        .bindId(6, entry.patientId)
        .bindId(7, entry.caseId)
        .bind(8, kind)
        .bind(9, rest)
        .bind(10, entry.details)
        .bind(11, entry.unit)
        .bindBlob(12, hash)
        .run();
}

QString escapeLike(QString text)
{
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
}

} // namespace

QByteArray AuditLog::chainHash(const QByteArray& previous, const Entry& entry)
{
    return entryHash(previous, entry);
}

QString AuditLog::keyOf(Action action)
{
    switch (action) {
    case Action::OpenCase:
        return QStringLiteral("open_case");
    case Action::Create:
        return QStringLiteral("create");
    case Action::Change:
        return QStringLiteral("change");
    case Action::Remove:
        return QStringLiteral("remove");
    case Action::Print:
        return QStringLiteral("print");
    case Action::Export:
        return QStringLiteral("export");
    case Action::Copy:
        return QStringLiteral("copy");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Lock:
        return QStringLiteral("lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::FailedUnlock:
        return QStringLiteral("failed_unlock");
    case Action::Purge:
        return QStringLiteral("purge");
    case Action::AcceptFile:
        return QStringLiteral("accept_file");
    case Action::ViewList:
        return QStringLiteral("view_list");
    }
    return {};
}

QString AuditLog::labelOf(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("open_case"), QT_TRANSLATE_NOOP("AuditLog", "Opened the case")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("AuditLog", "Created")},
        {QStringLiteral("change"), QT_TRANSLATE_NOOP("AuditLog", "Changed")},
        {QStringLiteral("remove"), QT_TRANSLATE_NOOP("AuditLog", "Removed")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("AuditLog", "Printed")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("AuditLog", "Exported")},
        {QStringLiteral("copy"), QT_TRANSLATE_NOOP("AuditLog", "Copied")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditLog", "Imported")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditLog", "Backup")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditLog", "Restored from backup")},
        {QStringLiteral("lock"), QT_TRANSLATE_NOOP("AuditLog", "Locked")},
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("AuditLog", "Unlocked")},
        {QStringLiteral("failed_unlock"), QT_TRANSLATE_NOOP("AuditLog", "Failed unlock")},
        {QStringLiteral("purge"), QT_TRANSLATE_NOOP("AuditLog", "Purged (retention)")},
        {QStringLiteral("accept_file"), QT_TRANSLATE_NOOP("AuditLog", "Accepted an older database file")},
        {QStringLiteral("view_list"), QT_TRANSLATE_NOOP("AuditLog", "Read a list of patients")},
    };
    const auto found = labels.constFind(key);
    return found == labels.cend() ? key : QCoreApplication::translate("AuditLog", found.value());
}

QString AuditLog::objectLabel(const QString& object)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("patient"), QT_TRANSLATE_NOOP("AuditLog", "Patient")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("AuditLog", "Case")},
        {QStringLiteral("sick_leave_period"), QT_TRANSLATE_NOOP("AuditLog", "Sick-leave period")},
        {QStringLiteral("diagnosis"), QT_TRANSLATE_NOOP("AuditLog", "Diagnosis")},
        {QStringLiteral("case_contact"), QT_TRANSLATE_NOOP("AuditLog", "Contact")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("AuditLog", "Consent")},
        {QStringLiteral("activity"), QT_TRANSLATE_NOOP("AuditLog", "Activity")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("AuditLog", "Database")},
        {QStringLiteral("identity_number"), QT_TRANSLATE_NOOP("AuditLog", "Identity number")},
        {QStringLiteral("log_extract"), QT_TRANSLATE_NOOP("AuditLog", "Log extract")},
        {QStringLiteral("sick_list"), QT_TRANSLATE_NOOP("AuditLog", "Sick-leave list")},
        {QStringLiteral("sick_list_patient"), QT_TRANSLATE_NOOP("AuditLog", "Sick-listed patient")},
    };
    // "list case_list": which list was shown.
    static const QHash<QString, const char*> lists{
        {QStringLiteral("case_list"), QT_TRANSLATE_NOOP("AuditLog", "The case list")},
        {QStringLiteral("worklist"), QT_TRANSLATE_NOOP("AuditLog", "Today")},
        {QStringLiteral("calendar"), QT_TRANSLATE_NOOP("AuditLog", "The calendar")},
        {QStringLiteral("sick_list"), QT_TRANSLATE_NOOP("AuditLog", "Sick-listed without coordination")},
    };
    const QString kind = object.section(QLatin1Char(' '), 0, 0);
    if (kind == QLatin1String("list")) {
        const auto list = lists.constFind(object.section(QLatin1Char(' '), 1));
        if (list != lists.cend())
            return QCoreApplication::translate("AuditLog", list.value());
    }
    const auto found = labels.constFind(kind);
    if (found == labels.cend())
        return object;
    const QString rest = object.section(QLatin1Char(' '), 1);
    const QString label = QCoreApplication::translate("AuditLog", found.value());
    return rest.isEmpty() ? label : label + QLatin1Char(' ') + rest;
}

void AuditLog::record(Action action, qint64 caseId, const QString& object, const QString& details, qint64 patientId)
{
    Entry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    // Stored with milliseconds: the hash is taken over exactly what is stored.
    entry.action = keyOf(action);
    entry.caseId = caseId;
    entry.object = object;
    entry.details = details;
    entry.patientId = patientId;
    append(entry);
}

void AuditLog::recordEach(Action action, const QList<qint64>& caseIds, const QString& object, const QString& details)
{
    Transaction transaction(m_context.db);
    for (const qint64 caseId : caseIds)
        record(action, caseId, object, details);
    transaction.commit();
}

void AuditLog::recordShown(const QString& view, const QList<qint64>& caseIds, const QStringList& identities)
{
    QStringList named = identities;
    Statement identity(m_context.db, "SELECT p.identity FROM cases c JOIN patients p ON p.id = c.patient_id "
                                     "WHERE c.id = ?");
    for (const qint64 caseId : caseIds) {
        identity.reset();
        identity.bind(1, caseId);
        if (identity.step())
            named.append(identity.columnText(0));
    }
    named.removeDuplicates();
    if (named.isEmpty())
        return;
    record(Action::ViewList, 0, QStringLiteral("list ") + view,
           QStringLiteral("%1 patients: %2").arg(named.size()).arg(named.join(QStringLiteral(", "))));
}

void AuditLog::recordFailedUnlocks(const QList<QDateTime>& attempts)
{
    if (attempts.isEmpty())
        return;
    Transaction transaction(m_context.db);
    for (const QDateTime& at : attempts) {
        Entry entry;
        entry.at = at.toUTC();
        entry.action = keyOf(Action::FailedUnlock);
        entry.details = QStringLiteral("wrong passphrase");
        append(entry);
    }
    transaction.commit();
}

void AuditLog::append(Entry entry)
{
    // One INSERT is atomic on its own: inside a caller's transaction a savepoint of its own only costs time (an
    // import writes one entry per row). Alone, the entry still needs a transaction to be journalled.
    std::optional<Transaction> transaction;
    if (!m_context.db.inTransaction())
        transaction.emplace(m_context.db);
    if (m_context.db.isServer()) {
        // The unit's log is one chain: writers of one unit take turns from reading its last entry to the commit. The
        // entry names the database role that writes it (the server checks).
        Statement role(m_context.db, "SELECT session_user, pg_advisory_xact_lock(hashtext(koordinera_unit()))");
        entry.osUser = role.step() ? role.columnText(0) : QString();
    } else {
        entry.osUser = osUser();
    }
    entry.coordinator = m_context.userName;
    entry.unit = m_context.unit;
    if (entry.caseId && !entry.patientId) {
        Statement patient(m_context.db, "SELECT patient_id FROM cases WHERE id = ?");
        patient.bind(1, entry.caseId);
        if (patient.step())
            entry.patientId = patient.columnInt64(0);
    }
    QByteArray previous(32, '\0');
    Statement last(m_context.db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        entry.id = last.columnInt64(0) + 1;
        previous = last.columnBlob(1);
    } else {
        entry.id = 1;
    }
    insertEntry(m_context.db, entry, entryHash(previous, entry));
    if (transaction)
        transaction->commit();
}

QList<AuditLog::Entry> AuditLog::entries(const Filter& filter) const
{
    QStringList conditions;
    // Lists (a list shown, the sick-leave list imported) name their patients by identity number in one entry.
    const QString namedInList = QStringLiteral("(a.patient_id IS NULL AND a.action IN ('view_list', 'import') AND ");
    if (filter.patientId) {
        conditions << QStringLiteral("(a.patient_id = :patient OR ") + namedInList +
                          QStringLiteral("instr(a.details, (SELECT identity FROM patients WHERE id = :patient)) > 0))");
    }
    const QString digits = QString(filter.patientText).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const QString words = filter.patientText.trimmed();
    if (!digits.isEmpty()) {
        // After a purge the patient is found through the purge's entry, which keeps the identity number.
        conditions << QStringLiteral(
                          "(p.identity LIKE :identity ESCAPE '\\' OR a.patient_id IN (SELECT x.patient_id "
                          "FROM audit_log_entries x WHERE x.action = 'purge' AND x.details LIKE :purged ESCAPE "
                          "'\\') OR ") +
                          namedInList + QStringLiteral("a.details LIKE :identity ESCAPE '\\'))");
    } else if (!words.isEmpty())
        conditions << QStringLiteral("casefold(p.given_name || ' ' || p.family_name) LIKE :name ESCAPE '\\'");
    if (!filter.action.isEmpty())
        conditions << QStringLiteral("a.action = :action");
    if (filter.from.isValid())
        conditions << QStringLiteral("a.at >= :from");
    if (filter.to.isValid())
        conditions << QStringLiteral("a.at < :to");
    QString sql = QString::fromLatin1(SelectEntry);
    if (!conditions.isEmpty())
        sql += QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += filter.limit > 0 ? QStringLiteral("ORDER BY a.id DESC LIMIT :limit") : QStringLiteral("ORDER BY a.id");

    Statement rows(m_context.db, sql.toStdString());
    const auto bindNamed = [&rows](const char* name, const auto& value) {
        if (const int index = rows.parameterIndex(name))
            rows.bind(index, value);
    };
    bindNamed(":patient", filter.patientId);
    const QString percent = QStringLiteral("%");
    bindNamed(":identity", percent + escapeLike(digits) + percent);
    bindNamed(":purged", QStringLiteral("identity %") + escapeLike(digits) + QStringLiteral("%;%"));
    bindNamed(":name", percent + escapeLike(words.toCaseFolded()) + percent);
    bindNamed(":action", filter.action);
    if (filter.from.isValid())
        bindNamed(":from", storedTime(filter.from.startOfDay()));
    if (filter.to.isValid())
        bindNamed(":to", storedTime(filter.to.addDays(1).startOfDay()));
    bindNamed(":limit", filter.limit);

    QList<Entry> result;
    while (rows.step())
        result.append(entryFrom(rows));
    if (filter.limit > 0)
        std::reverse(result.begin(), result.end());
    return result;
}

QList<AuditLog::Entry> AuditLog::entries() const
{
    return entries(Filter{});
}

QList<AuditLog::Entry> AuditLog::entriesForPatient(qint64 patientId) const
{
    Filter filter;
    filter.patientId = patientId;
    return patientId ? entries(filter) : QList<Entry>{};
}

qint64 AuditLog::count() const
{
    Statement rows(m_context.db, "SELECT count(*) FROM audit_log");
    rows.step();
    return rows.columnInt64(0);
}

AuditLog::ChainPoint AuditLog::newest() const
{
    Statement row(m_context.db, "SELECT id, lower(hex(hash)) FROM audit_log ORDER BY id DESC LIMIT 1");
    return row.step() ? ChainPoint{row.columnInt64(0), row.columnText(1)} : ChainPoint{};
}

QString AuditLog::hashOf(qint64 id) const
{
    Statement row(m_context.db, "SELECT lower(hex(hash)) FROM audit_log WHERE id = ?");
    row.bind(1, id);
    return row.step() ? row.columnText(0) : QString();
}

qint64 AuditLog::copyEntriesAfter(qint64 afterId, Database& target) const
{
    Statement rows(m_context.db, std::string(SelectEntry) + "WHERE a.id > ? ORDER BY a.id");
    rows.bind(1, afterId);
    Transaction transaction(target);
    qint64 copied = 0;
    while (rows.step()) {
        insertEntry(target, entryFrom(rows), rows.columnBlob(HashColumn));
        ++copied;
    }
    transaction.commit();
    return copied;
}

qint64 AuditLog::firstBrokenEntry() const
{
    QByteArray previous(32, '\0');
    qint64 expectedId = 1;
    Statement rows(m_context.db, std::string(SelectEntry) + "ORDER BY a.id");
    while (rows.step()) {
        const Entry entry = entryFrom(rows);
        const QByteArray storedHash = rows.columnBlob(HashColumn);
        // A removed entry leaves a gap in the ids, and the next entry's hash no longer matches what came before it.
        if (entry.id != expectedId || entryHash(previous, entry) != storedHash)
            return entry.id;
        previous = storedHash;
        ++expectedId;
    }
    return 0;
}

} // namespace koordinera::core
