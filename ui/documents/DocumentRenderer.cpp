// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

namespace koordinera::ui {

namespace {

constexpr auto StyleSheet = R"(
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #000; }
    h1 { font-size: 15pt; margin-bottom: 8px; }
    h2 { font-size: 12pt; margin-top: 14px; }
    table.facts td { padding: 1px 12px 1px 0; }
    td.label { color: #444; }
    table.entries { border-collapse: collapse; margin-top: 8px; }
    table.entries th { background: #e8e8e8; border-bottom: 1px solid #888; font-weight: bold; }
    table.entries td { border-bottom: 1px solid #ccc; }
)";

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 18, 16),
                       QPageLayout::Millimeter);
}

} // namespace

bool DocumentRenderer::writePdf(const QString& path, QString* error) const
{
    // Checked first: QPdfWriter reports no failure of its own.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("DocumentRenderer", "The PDF could not be saved as %1. Check that "
                                                                     "the folder exists and may be written to.")
                         .arg(path);
        }
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setTitle(m_document.title);
    writer.setCreator(QStringLiteral("Koordinera"));
    writer.setPageLayout(a4Layout());
    paint(writer);
    return true;
}

void DocumentRenderer::print(QPrinter& printer) const
{
    printer.setPageLayout(a4Layout());
    printer.setDocName(m_document.title);
    paint(printer);
}

void DocumentRenderer::paint(QPagedPaintDevice& device) const
{
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal pointToPixel = device.logicalDpiY() / 72.0;
    const qreal band = 22 * pointToPixel; // room for the header and the footer line

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&device);
    text.setDefaultStyleSheet(QString::fromLatin1(StyleSheet));
    text.setHtml(m_document.bodyHtml);
    text.setDocumentMargin(0);
    const QSizeF body(page.width(), page.height() - 2 * band);
    text.setPageSize(body);
    const int pages = std::max(1, text.pageCount());

    QPainter painter(&device);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF header(0, 0, page.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_document.headerLeft);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, m_document.headerRight);
        painter.drawLine(QPointF(0, band * 0.75), QPointF(page.width(), band * 0.75));
        const QRectF footer(0, page.height() - band * 0.7, page.width(), band * 0.7);
        painter.drawLine(QPointF(0, page.height() - band * 0.75), QPointF(page.width(), page.height() - band * 0.75));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_document.footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("DocumentRenderer", "page %1 of %2").arg(index + 1).arg(pages));
        painter.restore();

        painter.save();
        painter.translate(0, band - index * body.height());
        text.drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
        painter.restore();
    }
}

} // namespace koordinera::ui
