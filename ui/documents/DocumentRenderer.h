// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace koordinera::ui {

// Turns core Documents into pages: A4 with real margins; the unit (with its logo), the patient and the
// footer ("sida X av Y", the print date) on every page; headings kept with what follows; table rows, fact
// rows, handwriting lines and signature blocks never cut at a page break, with a table's headings repeated on
// each page it runs over; running text broken only between lines; a DEMO watermark on demo data. Several
// documents (a letter and its plan) print one after the other, each from a new page with its own numbering.
class DocumentRenderer
{
public:
    explicit DocumentRenderer(core::Document document) : m_documents{std::move(document)} {}
    explicit DocumentRenderer(QList<core::Document> documents) : m_documents(std::move(documents)) {}

    // The PDF's bytes (PDF/A-1b when a document is archival; fonts embedded either way). `pages` gets the
    // number of pages.
    QByteArray pdf(int* pages = nullptr) const;
    // Writes the PDF whole or not at all (core::OutputFile); false, with a message in Swedish, when the file
    // cannot be written. `pages` gets the number of pages, `written` the bytes that are now in the file: what a
    // record of the export hashes, never the file read back.
    bool writePdf(const QString& path, QString* error = nullptr, int* pages = nullptr,
                  QByteArray* written = nullptr) const;
    int print(QPrinter& printer) const; // returns the pages printed

private:
    int paint(QPagedPaintDevice& device) const; // returns the pages painted

    QList<core::Document> m_documents;
};

} // namespace koordinera::ui
