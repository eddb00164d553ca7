// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"
#include "core/records/DocumentLog.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace koordinera::ui {

class SensitiveClipboard;

// The print preview every document goes through: the pages as they will come out, who they are for, and the
// ways out (print, save as PDF, copy as text). Each way out is recorded on the case and in the access log by
// the recorder the caller gives.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the record (and its access-log entry); throws core::StorageError when it cannot.
    using Recorder = std::function<void(core::DocumentRecord&)>;

    DocumentPreviewDialog(QList<core::Document> documents, const QString& recipient, Recorder recorder,
                          QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Offers "Kopiera som text" (plans and summaries, for pasting into the journal).
    void setClipboard(SensitiveClipboard* clipboard);

    void setRecipient(const QString& recipient);
    QString recipient() const;
    int pageCount() const { return m_pageCount; }
    QString lastError() const { return m_lastError; }

    bool printDocuments();
    bool savePdf();
    bool copyAsText();

private:
    void updatePageLabel();
    bool record(core::DocumentRecord::Channel channel, const QString& fileName, const QByteArray& content);
    void fail(const QString& message);

    QList<core::Document> m_documents;
    Recorder m_recorder;
    SensitiveClipboard* m_clipboard = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_pages = nullptr;
    QPushButton* m_copy = nullptr;
    int m_pageCount = 0;
    QString m_lastError;
};

} // namespace koordinera::ui
