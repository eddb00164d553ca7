// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/Document.h"

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

    // Writes a PDF (PDF/A-1b when a document is archival; fonts embedded either way); false, with a
    // message in Swedish, when the file cannot be written. `pages` gets the number of pages written.
    bool writePdf(const QString& path, QString* error = nullptr, int* pages = nullptr) const;
    int print(QPrinter& printer) const; // returns the pages printed

private:
    int paint(QPagedPaintDevice& device) const; // returns the pages painted

    QList<core::Document> m_documents;
};

} // namespace koordinera::ui
