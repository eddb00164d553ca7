// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditLog.h"

#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

namespace koordinera::core {

namespace {

QString osUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("?") : user;
}

// The fields in a fixed order with lengths, so no two different entries hash the same text.
QByteArray entryHash(const QByteArray& previous, const AuditLog::Entry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    const QStringList fields{QString::number(entry.id),
                             entry.at.toString(Qt::ISODateWithMs),
                             entry.osUser,
                             entry.coordinator,
                             entry.action,
                             QString::number(entry.patientId),
                             QString::number(entry.caseId),
                             entry.object,
                             entry.details};
    for (const QString& field : fields) {
        const QByteArray utf8 = field.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return hash.result();
}

constexpr auto SelectEntry = "SELECT id, at, os_user, coordinator, action, coalesce(patient_id, 0), "
                             "coalesce(case_id, 0), object, details, prev_hash, hash FROM audit_log ";

AuditLog::Entry entryFrom(const Statement& row)
{
    return {row.columnInt64(0), QDateTime::fromString(row.columnText(1), Qt::ISODateWithMs),
            row.columnText(2),  row.columnText(3),
            row.columnText(4),  row.columnInt64(5),
            row.columnInt64(6), row.columnText(7),
            row.columnText(8)};
}

} // namespace

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
    case Action::Lock:
        return QStringLiteral("lock");
    case Action::Unlock:
        return QStringLiteral("unlock");
    case Action::Import:
        return QStringLiteral("import");
    case Action::Backup:
        return QStringLiteral("backup");
    }
    return {};
}

void AuditLog::record(Action action, qint64 caseId, const QString& object, const QString& details, qint64 patientId)
{
    Transaction transaction(m_context.db);
    Entry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.osUser = osUser();
    entry.coordinator = m_context.userName;
    entry.action = keyOf(action);
    entry.caseId = caseId;
    entry.object = object;
    entry.details = details;
    entry.patientId = patientId;
    if (caseId && !patientId) {
        Statement patient(m_context.db, "SELECT patient_id FROM cases WHERE id = ?");
        patient.bind(1, caseId);
        if (patient.step())
            entry.patientId = patient.columnInt64(0);
    }
    QByteArray previous(32, '\0');
    Statement last(m_context.db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (last.step()) {
        entry.id = last.columnInt64(0) + 1;
        previous = QByteArray::fromHex(last.columnText(1).toLatin1());
    } else {
        entry.id = 1;
    }
    Statement(m_context.db, "INSERT INTO audit_log (id, at, os_user, coordinator, action, patient_id, case_id, object, "
                            "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(entry.id, entry.at.toString(Qt::ISODateWithMs), entry.osUser, entry.coordinator, entry.action)
        .bindId(6, entry.patientId)
        .bindId(7, entry.caseId)
        .bind(8, entry.object)
        .bind(9, entry.details)
        .bind(10, QString::fromLatin1(previous.toHex()))
        .bind(11, QString::fromLatin1(entryHash(previous, entry).toHex()))
        .run();
    transaction.commit();
}

QList<AuditLog::Entry> AuditLog::entries(qint64 patientId) const
{
    QList<Entry> result;
    Statement rows(m_context.db,
                   std::string(SelectEntry) + (patientId ? "WHERE patient_id = ? ORDER BY id" : "ORDER BY id"));
    if (patientId)
        rows.bind(1, patientId);
    while (rows.step())
        result.append(entryFrom(rows));
    return result;
}

qint64 AuditLog::firstBrokenEntry() const
{
    QByteArray previous(32, '\0');
    qint64 expectedId = 1;
    Statement rows(m_context.db, std::string(SelectEntry) + "ORDER BY id");
    while (rows.step()) {
        const Entry entry = entryFrom(rows);
        const QByteArray storedPrevious = QByteArray::fromHex(rows.columnText(9).toLatin1());
        const QByteArray storedHash = QByteArray::fromHex(rows.columnText(10).toLatin1());
        // A removed entry leaves a gap in the ids or a previous-hash that no longer matches.
        if (entry.id != expectedId || storedPrevious != previous || entryHash(previous, entry) != storedHash)
            return entry.id;
        previous = storedHash;
        ++expectedId;
    }
    return 0;
}

} // namespace koordinera::core
