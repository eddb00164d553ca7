// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/Document.h"

#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace koordinera::ui {

// Turns a core Document into pages: A4 with real margins, the header line (unit, document) and the footer
// ("sida X av Y") on every page, table headers repeated, and PDFs as PDF/A-1b with the fonts embedded.
class DocumentRenderer
{
public:
    explicit DocumentRenderer(core::Document document) : m_document(std::move(document)) {}

    // Writes a PDF; false (with a message in Swedish) when the file cannot be written.
    bool writePdf(const QString& path, QString* error = nullptr) const;
    void print(QPrinter& printer) const;

private:
    void paint(QPagedPaintDevice& device) const;

    core::Document m_document;
};

} // namespace koordinera::ui
