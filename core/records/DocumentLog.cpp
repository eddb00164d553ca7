// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/DocumentLog.h"

#include "core/records/AuditLog.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace koordinera::core {

namespace {

const char* keyOf(DocumentRecord::Channel channel)
{
    switch (channel) {
    case DocumentRecord::Channel::Print:
        return "print";
    case DocumentRecord::Channel::Pdf:
        return "pdf";
    case DocumentRecord::Channel::Text:
        return "text";
    }
    return "print";
}

DocumentRecord::Channel channelOf(const QString& key)
{
    if (key == QLatin1String("pdf"))
        return DocumentRecord::Channel::Pdf;
    if (key == QLatin1String("text"))
        return DocumentRecord::Channel::Text;
    return DocumentRecord::Channel::Print;
}

AuditLog::Action auditActionOf(DocumentRecord::Channel channel)
{
    switch (channel) {
    case DocumentRecord::Channel::Print:
        return AuditLog::Action::Print;
    case DocumentRecord::Channel::Pdf:
        return AuditLog::Action::Export;
    case DocumentRecord::Channel::Text:
        return AuditLog::Action::Copy;
    }
    return AuditLog::Action::Print;
}

} // namespace

QString DocumentRecord::channelLabel() const
{
    switch (channel) {
    case Channel::Print:
        return QCoreApplication::translate("DocumentLog", "Printed");
    case Channel::Pdf:
        return QCoreApplication::translate("DocumentLog", "Saved as PDF");
    case Channel::Text:
        return QCoreApplication::translate("DocumentLog", "Copied as text");
    }
    return {};
}

void DocumentLog::record(DocumentRecord& record)
{
    if (record.recordedBy.trimmed().isEmpty())
        record.recordedBy = m_context.userName;
    if (!record.recordedAt.isValid())
        record.recordedAt = QDateTime::currentDateTime();
    Transaction transaction(m_context.db);
    Statement insert(m_context.db,
                     "INSERT INTO document_records (case_id, kind, description, plan_version, meeting_id, channel, "
                     "recipient, file_name, pages, recorded_at, recorded_by, sha256) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    record.id = insert.bind(1, record.caseId)
                    .bind(2, record.kind)
                    .bind(3, record.description)
                    .bind(4, qint64(record.planVersion))
                    .bindId(5, record.meetingId)
                    .bind(6, QString::fromLatin1(keyOf(record.channel)))
                    .bind(7, record.recipient.trimmed())
                    .bind(8, record.fileName)
                    .bind(9, qint64(record.pages))
                    .bind(10, record.recordedAt)
                    .bind(11, record.recordedBy)
                    .bind(12, record.sha256)
                    .insertedId();
    AuditLog(m_context).record(auditActionOf(record.channel), record.caseId,
                               QStringLiteral("document %1").arg(record.id), record.description);
    transaction.commit();
}

QList<DocumentRecord> DocumentLog::records(qint64 caseId) const
{
    QList<DocumentRecord> result;
    Statement rows(m_context.db, "SELECT id, case_id, kind, description, plan_version, meeting_id, channel, recipient, "
                                 "file_name, pages, recorded_at, recorded_by, sha256 FROM document_records "
                                 "WHERE case_id = ? ORDER BY recorded_at DESC, id DESC");
    rows.bind(1, caseId);
    while (rows.step()) {
        DocumentRecord record;
        record.id = rows.columnInt64(0);
        record.caseId = rows.columnInt64(1);
        record.kind = rows.columnText(2);
        record.description = rows.columnText(3);
        record.planVersion = int(rows.columnInt64(4));
        record.meetingId = rows.columnInt64(5);
        record.channel = channelOf(rows.columnText(6));
        record.recipient = rows.columnText(7);
        record.fileName = rows.columnText(8);
        record.pages = int(rows.columnInt64(9));
        record.recordedAt = rows.columnDateTime(10);
        record.recordedBy = rows.columnText(11);
        record.sha256 = rows.columnText(12);
        result.append(record);
    }
    return result;
}

QString DocumentLog::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace koordinera::core
