// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace koordinera::core {

struct ServiceContext;

// One time a document about a case left the program: printed, saved as a PDF, or copied as text.
struct DocumentRecord
{
    enum class Channel
    {
        Print,
        Pdf,
        Text,
    };
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;        // Document::kind
    QString description; // e.g. "Gemensam handlingsplan, version 2"
    int planVersion = 0;
    qint64 meetingId = 0;
    Channel channel = Channel::Print;
    QString recipient;
    QString fileName; // the PDF's name, without its folder
    int pages = 0;
    QDateTime recordedAt;
    QString recordedBy;
    QString sha256; // hex: of the PDF file, or of the text that was printed or copied

    QString channelLabel() const;
};

// The case's record of its documents (issue 5), written together with the access-log entry (print, export or
// copy) in one transaction.
class DocumentLog
{
public:
    explicit DocumentLog(ServiceContext& context) : m_context(context) {}

    void record(DocumentRecord& record);
    QList<DocumentRecord> records(qint64 caseId) const; // newest first

    static QString sha256(const QByteArray& bytes);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
