// SPDX-License-Identifier: GPL-3.0-or-later
// Longer than most files here: laying out a Document on A4 (tables whose headers repeat, nothing cut at a page
// break, page numbers, the logo) and writing it as PDF/A are one piece of work that is easiest to check in one place.
#include "ui/documents/DocumentRenderer.h"

#include "core/exchange/OutputFile.h"
#include "ui/ChartPalette.h"
#include "ui/widgets/NetworkPicture.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <functional>
#include <memory>

namespace koordinera::ui {

namespace {

using core::DocumentBlock;

constexpr auto FontFamily = "DejaVu Sans";
const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0xb8, 0xb8, 0xb8);
const QColor HeaderFill(0xe9, 0xed, 0xf0);
// Opaque and light: PDF/A-1b allows no transparency, and the text must stay readable over it.
const QColor Watermark(0xea, 0xea, 0xea);

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 18, 14),
                       QPageLayout::Millimeter);
}

QString htmlOf(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// One unit of layout: a piece the paginator places whole (or, when breakable, cuts between its lines).
struct Piece
{
    qreal height = 0;
    qreal spaceBefore = 0;
    bool keepWithNext = false;
    bool breakable = false;
    QList<qreal> breaks;  // where a breakable piece may be cut: the bottom of each line, ascending
    int tableHeader = -1; // a table row's header piece, repeated at the top of a new page
    std::function<void(QPainter&)> paint;
};

struct Placement
{
    int page = 0;
    qreal y = 0;
    int piece = 0;
    qreal from = 0;
    qreal to = 0;
};

// Measures and paints the blocks of one document on one device.
class Typesetter
{
public:
    Typesetter(QPagedPaintDevice& device, qreal width) : m_device(device), m_width(width)
    {
        m_dpi = device.logicalDpiY();
    }

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    QList<Piece> pieces(const core::Document& document)
    {
        QList<Piece> result;
        for (const DocumentBlock& block : document.blocks)
            append(result, block);
        return result;
    }

    std::shared_ptr<QTextDocument> text(const QString& html, qreal width, qreal pointSize = 10) const
    {
        auto document = std::make_shared<QTextDocument>();
        document->documentLayout()->setPaintDevice(&m_device);
        QFont font(QString::fromLatin1(FontFamily));
        font.setPointSizeF(pointSize);
        document->setDefaultFont(font);
        document->setDocumentMargin(0);
        document->setHtml(html);
        document->setTextWidth(width);
        return document;
    }

private:
    void append(QList<Piece>& pieces, const DocumentBlock& block)
    {
        switch (block.kind) {
        case DocumentBlock::Kind::Title:
            pieces.append(textPiece(QStringLiteral("<b>%1</b>").arg(htmlOf(block.text)), 17, 0, false));
            pieces.last().keepWithNext = true;
            break;
        case DocumentBlock::Kind::Subtitle:
            pieces.append(textPiece(QStringLiteral("<span style='color:#555'>%1</span>").arg(htmlOf(block.text)), 10.5,
                                    mm(1), false));
            break;
        case DocumentBlock::Kind::Heading:
            pieces.append(headingPiece(block.text));
            break;
        case DocumentBlock::Kind::Facts:
            appendFacts(pieces, block.facts);
            break;
        case DocumentBlock::Kind::Paragraph:
            pieces.append(textPiece(htmlOf(block.text), 10, mm(1.2), true));
            break;
        case DocumentBlock::Kind::Note:
            pieces.append(textPiece(QStringLiteral("<span style='color:#555'>%1</span>").arg(htmlOf(block.text)), 8.5,
                                    mm(3), true));
            break;
        case DocumentBlock::Kind::Table:
            appendTable(pieces, block.table);
            break;
        case DocumentBlock::Kind::WriteLines:
            pieces.append(writeLinesPiece(block.text, block.lineCount));
            break;
        case DocumentBlock::Kind::Signatures:
            // Two signers to a row, so that each has room for a signature however many parties sign; a page
            // may break between rows.
            for (qsizetype first = 0; first < block.facts.size(); first += SignersPerRow)
                pieces.append(signaturesPiece(block.facts.mid(first, SignersPerRow), first == 0));
            break;
        case DocumentBlock::Kind::Chart:
            pieces.append(chartPiece(block.chart));
            break;
        case DocumentBlock::Kind::Network:
            pieces.append(networkPiece(block.network));
            break;
        }
    }

    Piece textPiece(const QString& html, qreal pointSize, qreal spaceBefore, bool breakable)
    {
        auto document = text(html, m_width, pointSize);
        Piece piece;
        piece.height = document->size().height();
        piece.spaceBefore = spaceBefore;
        piece.breakable = breakable;
        if (breakable)
            piece.breaks = lineBottoms(*document);
        piece.paint = [document](QPainter& painter) {
            document->drawContents(&painter);
        };
        return piece;
    }

    static QList<qreal> lineBottoms(QTextDocument& document)
    {
        QList<qreal> bottoms;
        auto* layout = document.documentLayout();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QRectF area = layout->blockBoundingRect(block);
            const QTextLayout* lines = block.layout();
            for (int index = 0; index < lines->lineCount(); ++index) {
                const QTextLine line = lines->lineAt(index);
                bottoms.append(area.top() + line.y() + line.height());
            }
        }
        return bottoms;
    }

    Piece headingPiece(const QString& heading)
    {
        auto document = text(QStringLiteral("<b>%1</b>").arg(htmlOf(heading)), m_width, 12);
        Piece piece;
        const qreal rule = mm(1.2);
        piece.height = document->size().height() + rule;
        piece.spaceBefore = mm(5.5);
        piece.keepWithNext = true;
        const qreal width = m_width;
        piece.paint = [document, rule, width](QPainter& painter) {
            document->drawContents(&painter);
            const qreal y = document->size().height() + rule / 3;
            painter.setPen(QPen(Rule, 0));
            painter.drawLine(QPointF(0, y), QPointF(width, y));
        };
        return piece;
    }

    // Each fact is its own piece, so a long list may continue on the next page, but never mid-row.
    void appendFacts(QList<Piece>& pieces, const QList<QPair<QString, QString>>& facts)
    {
        const qreal labelWidth = m_width * 0.3;
        const qreal gap = mm(3);
        bool first = true;
        for (const auto& [label, value] : facts) {
            auto labelText =
                text(QStringLiteral("<span style='color:#555'>%1</span>").arg(htmlOf(label)), labelWidth - gap, 9.5);
            auto valueText = text(htmlOf(value), m_width - labelWidth, 10);
            Piece piece;
            const qreal padding = mm(0.6);
            piece.height = std::max(labelText->size().height(), valueText->size().height()) + 2 * padding;
            piece.spaceBefore = first ? mm(2.5) : 0;
            piece.paint = [labelText, valueText, labelWidth, padding](QPainter& painter) {
                painter.translate(0, padding);
                labelText->drawContents(&painter);
                painter.translate(labelWidth, 0);
                valueText->drawContents(&painter);
            };
            pieces.append(piece);
            first = false;
        }
    }

    struct Row
    {
        QList<std::shared_ptr<QTextDocument>> cells;
        qreal height = 0;
    };

    Row row(const QStringList& cells, const QList<qreal>& widths, bool heading, qreal minHeight, qreal padding)
    {
        Row result;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QString cell = column < cells.size() ? cells.at(column) : QString();
            const QString html = heading ? QStringLiteral("<b>%1</b>").arg(htmlOf(cell)) : htmlOf(cell);
            auto document = text(html, widths.at(column) - 2 * padding, heading ? 9 : 9.5);
            result.height = std::max(result.height, document->size().height());
            result.cells.append(document);
        }
        result.height = std::max(result.height + 2 * padding, minHeight);
        return result;
    }

    void appendTable(QList<Piece>& pieces, const core::DocumentTable& table)
    {
        const int columns = int(std::max(table.headings.size(), table.widths.size()));
        if (columns == 0)
            return;
        int totalShare = 0;
        for (int column = 0; column < columns; ++column)
            totalShare += column < table.widths.size() ? table.widths.at(column) : 10;
        QList<qreal> widths;
        for (int column = 0; column < columns; ++column)
            widths.append(m_width * (column < table.widths.size() ? table.widths.at(column) : 10) / totalShare);
        const qreal padding = mm(1.2);
        const bool grid = table.minRowHeightMm > 0; // a form to write in gets boxes
        const qreal fullWidth = m_width;

        const auto paintRow = [widths, padding, grid, fullWidth](QPainter& painter, const Row& row, bool heading) {
            if (heading)
                painter.fillRect(QRectF(0, 0, fullWidth, row.height), HeaderFill);
            qreal x = 0;
            for (qsizetype column = 0; column < row.cells.size(); ++column) {
                painter.save();
                painter.translate(x + padding, padding);
                row.cells.at(column)->drawContents(&painter);
                painter.restore();
                x += widths.at(column);
                if (grid && column + 1 < row.cells.size()) {
                    painter.setPen(QPen(Rule, 0));
                    painter.drawLine(QPointF(x, 0), QPointF(x, row.height));
                }
            }
            painter.setPen(QPen(heading ? Muted : Rule, 0));
            painter.drawLine(QPointF(0, row.height), QPointF(fullWidth, row.height));
            if (grid) {
                painter.setPen(QPen(Rule, 0));
                painter.drawLine(QPointF(0, 0), QPointF(0, row.height));
                painter.drawLine(QPointF(fullWidth, 0), QPointF(fullWidth, row.height));
            }
        };

        const int headerIndex = int(pieces.size());
        auto header = std::make_shared<Row>(row(table.headings, widths, true, 0, padding));
        Piece headerPiece;
        headerPiece.height = header->height;
        headerPiece.spaceBefore = mm(2);
        headerPiece.keepWithNext = !table.rows.isEmpty();
        headerPiece.paint = [header, paintRow](QPainter& painter) {
            paintRow(painter, *header, true);
        };
        pieces.append(headerPiece);

        for (const QStringList& cells : table.rows) {
            auto body = std::make_shared<Row>(row(cells, widths, false, mm(table.minRowHeightMm), padding));
            Piece piece;
            piece.height = body->height;
            piece.tableHeader = headerIndex;
            piece.paint = [body, paintRow](QPainter& painter) {
                paintRow(painter, *body, false);
            };
            pieces.append(piece);
        }
    }

    Piece writeLinesPiece(const QString& label, int lines)
    {
        std::shared_ptr<QTextDocument> caption;
        qreal captionHeight = 0;
        if (!label.isEmpty()) {
            caption = text(QStringLiteral("<span style='color:#555'>%1</span>").arg(htmlOf(label)), m_width, 9);
            captionHeight = caption->size().height();
        }
        const qreal spacing = mm(8);
        Piece piece;
        piece.height = captionHeight + lines * spacing + mm(1);
        piece.spaceBefore = mm(1.5);
        const qreal width = m_width;
        piece.paint = [caption, captionHeight, lines, spacing, width](QPainter& painter) {
            if (caption)
                caption->drawContents(&painter);
            painter.setPen(QPen(Rule, 0));
            for (int line = 1; line <= lines; ++line) {
                const qreal y = captionHeight + line * spacing;
                painter.drawLine(QPointF(0, y), QPointF(width, y));
            }
        };
        return piece;
    }

    // Side by side: a line for place and date and a line to sign on, with the signer's role and name under.
    static constexpr int SignersPerRow = 2;

    Piece signaturesPiece(const QList<QPair<QString, QString>>& signers, bool firstRow)
    {
        const int count = SignersPerRow;
        const qreal gap = mm(10);
        const qreal columnWidth = (m_width - gap * (count - 1)) / count;
        QList<std::shared_ptr<QTextDocument>> captions;
        qreal captionHeight = 0;
        for (const auto& [role, name] : signers) {
            const QString caption = name.trimmed().isEmpty()
                                        ? QStringLiteral("<b>%1</b>").arg(htmlOf(role))
                                        : QStringLiteral("<b>%1</b><br>%2").arg(htmlOf(role), htmlOf(name));
            captions.append(text(QStringLiteral("<span style='font-size:9pt'>%1</span>").arg(caption), columnWidth, 9));
            captionHeight = std::max(captionHeight, captions.last()->size().height());
        }
        auto placeLabel = text(QStringLiteral("<span style='color:#555'>%1</span>")
                                   .arg(htmlOf(QCoreApplication::translate("DocumentRenderer", "Place and date"))),
                               columnWidth, 8.5);
        auto signLabel = text(QStringLiteral("<span style='color:#555'>%1</span>")
                                  .arg(htmlOf(QCoreApplication::translate("DocumentRenderer", "Signature"))),
                              columnWidth, 8.5);
        const qreal writing = mm(10);
        const qreal labelHeight = placeLabel->size().height();
        Piece piece;
        piece.height = 2 * (writing + labelHeight) + captionHeight;
        piece.spaceBefore = firstRow ? mm(10) : mm(4);
        piece.paint = [=](QPainter& painter) {
            for (int index = 0; index < captions.size(); ++index) {
                painter.save();
                painter.translate(index * (columnWidth + gap), 0);
                painter.setPen(QPen(Ink, 0));
                painter.drawLine(QPointF(0, writing), QPointF(columnWidth, writing));
                painter.translate(0, writing);
                placeLabel->drawContents(&painter);
                painter.translate(0, labelHeight + writing);
                painter.drawLine(QPointF(0, 0), QPointF(columnWidth, 0));
                signLabel->drawContents(&painter);
                painter.translate(0, labelHeight);
                captions.at(index)->drawContents(&painter);
                painter.restore();
            }
        };
        return piece;
    }

    // The network around the child, drawn as the case's Family tab draws it; taller as the actors grow in number.
    Piece networkPiece(const core::DocumentNetwork& network)
    {
        QFont font(QString::fromLatin1(FontFamily));
        font.setPointSizeF(8.5);
        Piece piece;
        piece.spaceBefore = mm(2.5);
        piece.height = network.nodes.size() > 8 ? mm(95) : mm(70);
        const qreal width = m_width;
        const qreal height = piece.height;
        piece.paint = [=](QPainter& painter) {
            NetworkDrawing drawing{network.centre, network.nodes};
            paintNetwork(painter, QRectF(0, 0, width, height), drawing, font, Ink, Qt::white, QColor(0xee, 0xee, 0xee));
        };
        return piece;
    }

    // Horizontal bars, one per series and category, with the figure at each bar's end and a legend on top.
    // Categories read on the left; the scale is the largest figure, so the longest bar fills the width.
    Piece chartPiece(const core::DocumentChart& chart)
    {
        QFont font(QString::fromLatin1(FontFamily));
        font.setPointSizeF(8.5);
        const QFontMetricsF metrics(font, &m_device);
        const int series = int(chart.values.size());
        const qreal bar = mm(3.2);
        const qreal rowGap = mm(2.2);
        const qreal rowHeight = series * bar + rowGap;
        const qreal legendHeight = metrics.height() + mm(2);
        const qreal labelWidth = m_width * 0.34;
        const qreal figureWidth = metrics.horizontalAdvance(QStringLiteral("00000")) + mm(1);
        const qreal barsLeft = labelWidth + mm(2);
        const qreal barsWidth = std::max<qreal>(mm(20), m_width - barsLeft - figureWidth);
        const qreal small = mm(1.2);
        const qreal legendGap = mm(5);
        double largest = 0;
        for (const QList<double>& values : chart.values) {
            for (const double value : values)
                largest = std::max(largest, value);
        }

        Piece piece;
        piece.spaceBefore = mm(2.5);
        piece.height = legendHeight + chart.categories.size() * rowHeight + mm(1);
        piece.paint = [=](QPainter& painter) {
            painter.setFont(font);
            qreal x = barsLeft;
            for (int index = 0; index < series && index < chart.seriesNames.size(); ++index) {
                painter.fillRect(QRectF(x, (metrics.height() - bar) / 2, bar, bar), palette::ofSeries(index));
                painter.setPen(Ink);
                const QString name = chart.seriesNames.at(index);
                painter.drawText(QPointF(x + bar + small, metrics.ascent()), name);
                x += bar + small + metrics.horizontalAdvance(name) + legendGap;
            }
            painter.translate(0, legendHeight);
            painter.setPen(QPen(Rule, 0));
            painter.drawLine(QPointF(barsLeft, 0), QPointF(barsLeft, chart.categories.size() * rowHeight));
            for (int category = 0; category < chart.categories.size(); ++category) {
                const qreal top = category * rowHeight + rowGap / 2;
                const QRectF labelBox(0, top, labelWidth, series * bar);
                painter.setPen(Ink);
                painter.drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter,
                                 metrics.elidedText(chart.categories.at(category), Qt::ElideRight, labelWidth));
                for (int index = 0; index < series; ++index) {
                    const double value =
                        category < chart.values.at(index).size() ? chart.values.at(index).at(category) : 0.0;
                    const qreal length = largest > 0 && value > 0 ? barsWidth * value / largest : 0;
                    const QRectF barBox(barsLeft, top + index * bar, length, bar * 0.86);
                    if (length > 0)
                        painter.fillRect(barBox, palette::ofSeries(index));
                    const QString figure = index < chart.labels.size() && category < chart.labels.at(index).size()
                                               ? chart.labels.at(index).at(category)
                                               : QString();
                    painter.setPen(Muted);
                    painter.drawText(QRectF(barsLeft + length + small, barBox.top(), figureWidth, bar),
                                     Qt::AlignLeft | Qt::AlignVCenter, figure);
                }
            }
        };
        return piece;
    }

    QPagedPaintDevice& m_device;
    qreal m_width = 0;
    qreal m_dpi = 72;
};

// Places pieces on pages of `height` by the keep rules; returns the placements and the page count.
class Paginator
{
public:
    Paginator(const QList<Piece>& pieces, qreal height) : m_pieces(pieces), m_height(height) {}

    QList<Placement> run(int& pageCount)
    {
        for (int index = 0; index < m_pieces.size(); ++index)
            place(index);
        pageCount = m_page + 1;
        return m_placements;
    }

private:
    // The height of a piece's first unbreakable part: a breakable one may leave the rest for the next page.
    qreal firstPart(int index) const
    {
        const Piece& piece = m_pieces.at(index);
        return piece.breakable && !piece.breaks.isEmpty() ? piece.breaks.first() : piece.height;
    }

    // What must fit together with this piece: a heading with the start of its section, a table header with
    // its first row.
    qreal keptHeight(int index) const
    {
        qreal height = m_pieces.at(index).height;
        for (int next = index; m_pieces.at(next).keepWithNext && next + 1 < m_pieces.size(); ++next)
            height += m_pieces.at(next + 1).spaceBefore + firstPart(next + 1);
        return std::min(height, m_height);
    }

    void newPage()
    {
        ++m_page;
        m_y = 0;
    }

    void put(int index, qreal from, qreal to)
    {
        m_placements.append({m_page, m_y, index, from, to});
        m_y += to - from;
    }

    void place(int index)
    {
        const Piece& piece = m_pieces.at(index);
        if (m_y > 0 && m_y + piece.spaceBefore + keptHeight(index) > m_height && !fitsBroken(index))
            newPage();
        if (piece.tableHeader >= 0 && m_y == 0 && m_page > 0)
            put(piece.tableHeader, 0, m_pieces.at(piece.tableHeader).height);
        if (m_y > 0)
            m_y += piece.spaceBefore;
        qreal from = 0;
        while (piece.height - from > m_height - m_y) {
            const qreal cut = cutBefore(piece, from, m_height - m_y);
            if (cut <= from) { // not even one line fits here
                newPage();
                continue;
            }
            put(index, from, cut);
            newPage();
            from = cut;
        }
        put(index, from, piece.height);
    }

    // A breakable piece that does not fit whole may start here when at least two lines fit.
    bool fitsBroken(int index) const
    {
        const Piece& piece = m_pieces.at(index);
        if (!piece.breakable || piece.breaks.size() < 4)
            return false;
        return m_y + piece.spaceBefore + piece.breaks.at(1) <= m_height;
    }

    // The last line end within `room` below `from`; a piece with no line ends (or one taller than a page) is
    // cut at the page's end.
    qreal cutBefore(const Piece& piece, qreal from, qreal room) const
    {
        qreal cut = from;
        for (const qreal end : piece.breaks) {
            if (end > from && end - from <= room)
                cut = end;
        }
        if (cut <= from && m_y == 0)
            cut = from + room;
        return cut;
    }

    const QList<Piece>& m_pieces;
    qreal m_height = 0;
    int m_page = 0;
    qreal m_y = 0;
    QList<Placement> m_placements;
};

struct Frame
{
    QRectF page; // the printable area, in device pixels
    qreal header = 0;
    qreal footer = 0;
    QRectF body() const { return page.adjusted(0, header, 0, -footer); }
};

QImage logoFor(const QString& path)
{
    if (path.isEmpty())
        return {};
    QImage logo(path);
    if (logo.isNull())
        return {};
    // PDF/A-1b has no transparency: put the logo on white first.
    QImage flat(logo.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, logo);
    return flat;
}

} // namespace

QByteArray DocumentRenderer::pdf(int* pages) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // Archival documents (the case summary, the log extract) go out as PDF/A-1b for the journal's archive;
        // every PDF embeds its fonts either way.
        const bool archival = std::any_of(m_documents.begin(), m_documents.end(),
                                          [](const core::Document& document) { return document.archival; });
        writer.setPdfVersion(archival ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
        writer.setResolution(300);
        writer.setTitle(m_documents.isEmpty() ? QString() : m_documents.first().title);
        writer.setCreator(QStringLiteral("Koordinera"));
        writer.setPageLayout(a4Layout());
        const int painted = paint(writer);
        if (pages)
            *pages = painted;
    } // the writer finishes the file when it goes
    return buffer.data();
}

bool DocumentRenderer::writePdf(const QString& path, QString* error, int* pages, QByteArray* written) const
{
    // Made in memory and written in one go: QPdfWriter reports no failure of its own, so a PDF streamed to a
    // full disk ended without its trailer and still looked written.
    if (const QString refused = core::OutputFile::refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    const QByteArray bytes = pdf(pages);
    const core::ExportResult result = core::OutputFile::write(path, bytes);
    if (!result.written()) {
        if (error) {
            *error = QCoreApplication::translate("DocumentRenderer", "The PDF could not be saved as %1. Check that "
                                                                     "the folder exists, that you may write there and "
                                                                     "that the disk is not full. No file was left.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    if (written)
        *written = bytes;
    return true;
}

int DocumentRenderer::print(QPrinter& printer) const
{
    printer.setPageLayout(a4Layout());
    printer.setDocName(m_documents.isEmpty() ? QString() : m_documents.first().title);
    return paint(printer);
}

namespace {

Frame frameOn(QPagedPaintDevice& device, bool hasLogo)
{
    Frame frame;
    frame.page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    frame.page.moveTopLeft(QPointF(0, 0));
    const qreal mm = device.logicalDpiY() / 25.4;
    frame.header = (hasLogo ? 17 : 12) * mm;
    frame.footer = 10 * mm;
    return frame;
}

struct Laidout
{
    QList<Piece> pieces;
    QList<Placement> placements;
    int pages = 1;
    QImage logo;
    Frame frame;
};

Laidout layOut(const core::Document& document, QPagedPaintDevice& device)
{
    Laidout result;
    result.logo = logoFor(document.logoPath);
    result.frame = frameOn(device, !result.logo.isNull());
    Typesetter typesetter(device, result.frame.page.width());
    result.pieces = typesetter.pieces(document);
    result.placements = Paginator(result.pieces, result.frame.body().height()).run(result.pages);
    return result;
}

void paintWatermark(QPainter& painter, const Frame& frame, qreal dpi)
{
    painter.save();
    QFont font(QString::fromLatin1(FontFamily));
    font.setBold(true);
    font.setPixelSize(int(110.0 * dpi / 72.0));
    painter.setFont(font);
    painter.setPen(Watermark);
    painter.translate(frame.page.center());
    painter.rotate(-40);
    const QRectF area(-frame.page.height(), -frame.page.width() / 2, 2 * frame.page.height(), frame.page.width());
    painter.drawText(area, Qt::AlignCenter, QStringLiteral("DEMO"));
    painter.restore();
}

void paintFrame(QPainter& painter, const core::Document& document, const Laidout& laid, int page, qreal dpi)
{
    const Frame& frame = laid.frame;
    const qreal mm = dpi / 25.4;
    painter.save();
    QFont small(QString::fromLatin1(FontFamily));
    small.setPixelSize(int(8.5 * dpi / 72.0));
    QFont unit = small;
    unit.setBold(true);
    unit.setPixelSize(int(10 * dpi / 72.0));
    qreal textLeft = 0;
    const qreal bandHeight = frame.header - 3 * mm;
    if (!laid.logo.isNull()) {
        const QSizeF size = QSizeF(laid.logo.size()).scaled(QSizeF(45 * mm, bandHeight), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, 0), size), laid.logo);
        textLeft = size.width() + 4 * mm;
    }
    const QRectF band(textLeft, 0, frame.page.width() - textLeft, bandHeight);
    painter.setPen(Ink);
    painter.setFont(unit);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, document.headerLeft);
    painter.setFont(small);
    painter.setPen(Muted);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, document.headerRight);
    painter.setPen(QPen(Rule, 0));
    painter.drawLine(QPointF(0, bandHeight + mm), QPointF(frame.page.width(), bandHeight + mm));

    const qreal footerTop = frame.page.height() - frame.footer + 3 * mm;
    painter.drawLine(QPointF(0, footerTop), QPointF(frame.page.width(), footerTop));
    const QRectF footer(0, footerTop + mm, frame.page.width(), frame.page.height() - footerTop - mm);
    painter.setPen(Muted);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, document.footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("DocumentRenderer", "page %1 of %2").arg(page + 1).arg(laid.pages));
    painter.restore();
}

} // namespace

int DocumentRenderer::paint(QPagedPaintDevice& device) const
{
    int painted = 0;
    QPainter painter(&device);
    const qreal dpi = device.logicalDpiY();
    bool firstPage = true;
    for (const core::Document& document : m_documents) {
        const Laidout laid = layOut(document, device);
        const QRectF body = laid.frame.body();
        for (int page = 0; page < laid.pages; ++page) {
            if (!firstPage)
                device.newPage();
            firstPage = false;
            ++painted;
            if (document.demo)
                paintWatermark(painter, laid.frame, dpi);
            paintFrame(painter, document, laid, page, dpi);
            for (const Placement& placement : laid.placements) {
                if (placement.page != page)
                    continue;
                painter.save();
                painter.translate(body.left(), body.top() + placement.y - placement.from);
                const Piece& piece = laid.pieces.at(placement.piece);
                if (placement.from > 0 || placement.to < piece.height)
                    painter.setClipRect(QRectF(-1, placement.from, body.width() + 2, placement.to - placement.from));
                piece.paint(painter);
                painter.restore();
            }
        }
    }
    return painted;
}

} // namespace koordinera::ui
