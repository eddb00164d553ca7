// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/DocumentPreviewDialog.h"

#include "core/storage/StorageError.h"
#include "ui/Prompts.h"
#include "ui/SensitiveClipboard.h"
#include "ui/documents/DocumentRenderer.h"

#include <QAbstractScrollArea>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace koordinera::ui {

namespace {

// A file name that says what the document is without naming the patient: the case reference is enough to
// find it again, and file names end up in places (recent-file lists, backups) the sealed database does not
// protect.
QString suggestedFileName(const core::Document& document)
{
    QString name = document.title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (document.planVersion > 0 && document.kind == QLatin1String("plan"))
        name += QStringLiteral(" v%1").arg(document.planVersion);
    return name + QStringLiteral(".pdf");
}

QByteArray textOf(const QList<core::Document>& documents)
{
    QString text;
    for (const core::Document& document : documents)
        text += document.plainText();
    return text.toUtf8();
}

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(QList<core::Document> documents, const QString& recipient,
                                             Recorder recorder, QWidget* parent)
    : QDialog(parent), m_documents(std::move(documents)), m_recorder(std::move(recorder)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("documentPreview"));
    setWindowTitle(m_documents.isEmpty() ? tr("Print preview")
                                         : tr("Print preview – %1").arg(m_documents.first().description));
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setDocName(m_documents.isEmpty() ? QString() : m_documents.first().title);

    m_recipient = new QLineEdit(recipient, this);
    m_recipient->setObjectName(QStringLiteral("documentRecipient"));
    m_recipient->setPlaceholderText(tr("Who the copy is for, e.g. the patient or the employer"));
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("documentPages"));

    auto* top = new QHBoxLayout;
    auto* recipientLabel = new QLabel(tr("&For:"), this);
    recipientLabel->setBuddy(m_recipient);
    top->addWidget(recipientLabel);
    top->addWidget(m_recipient, 1);
    top->addSpacing(16);
    top->addWidget(m_pages);
    // A copy is given to someone only when it is about a patient; the unit's statistics are not.
    const bool aboutACase = std::any_of(m_documents.cbegin(), m_documents.cend(),
                                        [](const core::Document& document) { return document.caseId > 0; });
    recipientLabel->setVisible(aboutACase);
    m_recipient->setVisible(aboutACase);
    if (!aboutACase)
        top->insertStretch(0, 1);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("documentPreviewPages"));
    m_preview->setAccessibleName(tr("Pages"));
    // The pages are drawn by a view inside the widget; that view is what takes the focus and is read out.
    for (QWidget* view : m_preview->findChildren<QAbstractScrollArea*>())
        view->setAccessibleName(tr("Pages"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter* printer) { DocumentRenderer(m_documents).print(*printer); });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &DocumentPreviewDialog::updatePageLabel);
    m_preview->fitToWidth();

    const auto zoomButton = [this, top](const QString& text, const QString& toolTip, auto action) {
        auto* button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAccessibleName(toolTip);
        connect(button, &QToolButton::clicked, m_preview, action);
        top->addWidget(button);
    };
    zoomButton(QStringLiteral("−"), tr("Zoom out"), [this] { m_preview->zoomOut(); });
    zoomButton(QStringLiteral("+"), tr("Zoom in"), [this] { m_preview->zoomIn(); });
    zoomButton(tr("Fit width"), tr("Fit the page width to the window"), [this] { m_preview->fitToWidth(); });
    zoomButton(tr("Whole page"), tr("Show one whole page"), [this] { m_preview->fitInView(); });

    auto* buttons = new QDialogButtonBox(this);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("documentPrint"));
    print->setDefault(true);
    auto* pdf = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("documentSavePdf"));
    m_copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("documentCopyText"));
    m_copy->setToolTip(tr("For pasting into the journal system; the clipboard is cleared again after a while."));
    m_copy->setVisible(false);
    buttons->addButton(QDialogButtonBox::Close);
    // AcceptRole would close the dialog before printing: each button does its own work.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(print, &QPushButton::clicked, this, [this] {
        if (printDocuments())
            accept();
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (savePdf())
            accept();
    });
    connect(m_copy, &QPushButton::clicked, this, &DocumentPreviewDialog::copyAsText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* shortcut = new QShortcut(QKeySequence::Print, this);
    connect(shortcut, &QShortcut::activated, print, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(860, 900);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

void DocumentPreviewDialog::setClipboard(SensitiveClipboard* clipboard)
{
    m_clipboard = clipboard;
    m_copy->setVisible(clipboard != nullptr);
}

void DocumentPreviewDialog::setRecipient(const QString& recipient)
{
    m_recipient->setText(recipient);
}

QString DocumentPreviewDialog::recipient() const
{
    return m_recipient->text().trimmed();
}

void DocumentPreviewDialog::updatePageLabel()
{
    m_pageCount = m_preview->pageCount();
    m_pages->setText(tr("%n page(s)", nullptr, m_pageCount));
}

void DocumentPreviewDialog::fail(const QString& message)
{
    m_lastError = message;
    Prompts::error(this, message, windowTitle());
}

bool DocumentPreviewDialog::record(core::DocumentRecord::Channel channel, const QString& fileName,
                                   const QByteArray& content)
{
    auto record = core::recordOf(m_documents.first(), channel);
    record.recipient = recipient();
    record.fileName = fileName;
    record.pages = channel == core::DocumentRecord::Channel::Text ? 0 : m_pageCount;
    record.sha256 = core::DocumentLog::sha256(content);
    try {
        m_recorder(record);
    } catch (const core::StorageError& error) {
        fail(tr("The document went out, but it could not be recorded on the case: %1").arg(error.userMessage()));
        return false;
    }
    return true;
}

bool DocumentPreviewDialog::printDocuments()
{
    if (m_documents.isEmpty())
        return false;
    QPrintDialog printDialog(m_printer.get(), this);
    printDialog.setOptions(QAbstractPrintDialog::PrintToFile | QAbstractPrintDialog::PrintShowPageSize);
    if (Prompts::exec(printDialog) != QDialog::Accepted)
        return false;
    m_pageCount = DocumentRenderer(m_documents).print(*m_printer);
    // A print has no file to hash: the record holds the hash of the text that was printed.
    return record(core::DocumentRecord::Channel::Print, QString(), textOf(m_documents));
}

bool DocumentPreviewDialog::savePdf()
{
    if (m_documents.isEmpty())
        return false;
    const QString path =
        Prompts::chooseFile(this, Prompts::FileRequest::documentToSave(tr("Save as PDF"), tr("PDF documents (*.pdf)"),
                                                                       suggestedFileName(m_documents.first())));
    if (path.isEmpty())
        return false;
    QString error;
    int pages = 0;
    QByteArray written;
    if (!DocumentRenderer(m_documents).writePdf(path, &error, &pages, &written)) {
        fail(error);
        return false;
    }
    m_pageCount = pages;
    return record(core::DocumentRecord::Channel::Pdf, QFileInfo(path).fileName(), written);
}

bool DocumentPreviewDialog::copyAsText()
{
    if (!m_clipboard || m_documents.isEmpty())
        return false;
    const QByteArray text = textOf(m_documents);
    m_clipboard->copy(QString::fromUtf8(text));
    if (!record(core::DocumentRecord::Channel::Text, QString(), text))
        return false;
    m_copy->setText(tr("Copied"));
    return true;
}

} // namespace koordinera::ui
