// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/DocumentLog.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace koordinera::core {

// A table in a document. Cells are plain text (a line break starts a new line in the cell). The renderer
// never splits a row across pages and repeats the headings at the top of every page the table runs over.
struct DocumentTable
{
    QList<int> widths; // each column's share of the text width, in percent
    QStringList headings;
    QList<QStringList> rows;
    double minRowHeightMm = 0; // a blank form's rows leave room for handwriting
};

// A horizontal bar chart with one bar per series and category, e.g. women and men per length bucket. The
// renderer draws it as vector graphics, so it prints sharp and needs no widget (headless export too).
struct DocumentChart
{
    QStringList categories;
    QStringList seriesNames;     // in the legend, e.g. "Kvinnor", "Män"
    QList<QList<double>> values; // [series][category]; a negative value draws no bar (a hidden small number)
    QList<QStringList> labels;   // [series][category]: the figure written at the bar's end
};

// The network around a child as a picture: the family in the middle, each actor around it (issue 23). The
// renderer draws it as the window does; the plain text lists the actors.
struct DocumentNetwork
{
    QString centre;
    QList<QPair<QString, QString>> nodes; // the actor's name, and what it is or gives
};

// One piece of a document's body, in reading order. Structured rather than free HTML so that the same content
// can be paginated by rules (headings stay with what follows, rows and signature blocks are never cut) and
// copied as plain text into a journal system.
struct DocumentBlock
{
    enum class Kind
    {
        Title,      // the document's name, large
        Subtitle,   // one line under the title
        Heading,    // a section; kept on the page of what follows it
        Facts,      // label–value pairs in two columns
        Paragraph,  // running text; may continue on the next page between lines
        Table,      // see DocumentTable
        WriteLines, // empty lines to fill in by hand, under a label
        Signatures, // signature lines with the signer's role and name under them
        Note,       // small print
        Chart,      // see DocumentChart; never split across pages
        Network,    // see DocumentNetwork; never split across pages
    };
    Kind kind = Kind::Paragraph;
    QString text;                         // Title, Subtitle, Heading, Paragraph, Note, WriteLines' label
    QList<QPair<QString, QString>> facts; // Facts: label, value; Signatures: role, name
    DocumentTable table;                  // Table
    int lineCount = 0;                    // WriteLines
    DocumentChart chart;                  // Chart
    DocumentNetwork network;              // Network
};

// A printable document as content: core writes it, ui turns it into paper or PDF, so print, preview and
// headless export share one source. The header and footer lines are drawn on every page by the renderer,
// which adds "sida X av Y" to the footer.
struct Document
{
    QString kind;       // a stable key: "plan", "form", "minutes", "summary", "letter", "log_extract"
    QString title;      // the PDF title and the suggested file name
    QString headerLeft; // the unit's name
    QString headerRight;
    QString footerLeft;
    QString logoPath; // the unit's logo, drawn in the header when it can be read
    // What the case's record of documents says it was: "Gemensam handlingsplan, version 2".
    QString description;
    qint64 caseId = 0;
    int planVersion = 0;
    qint64 meetingId = 0;
    bool demo = false;     // printed from demo data: a DEMO watermark on every page
    bool archival = false; // saved as PDF/A-1b (case summaries go into the journal's archive)
    QList<DocumentBlock> blocks;

    // Builders, so the document code reads as the document does.
    Document& title1(const QString& text) { return add(DocumentBlock::Kind::Title, text); }
    Document& subtitle(const QString& text) { return add(DocumentBlock::Kind::Subtitle, text); }
    Document& heading(const QString& text) { return add(DocumentBlock::Kind::Heading, text); }
    Document& paragraph(const QString& text) { return add(DocumentBlock::Kind::Paragraph, text); }
    Document& note(const QString& text) { return add(DocumentBlock::Kind::Note, text); }
    Document& facts(const QList<QPair<QString, QString>>& pairs);
    Document& table(const DocumentTable& table);
    Document& writeLines(const QString& label, int lines);
    Document& signatures(const QList<QPair<QString, QString>>& signers);
    Document& chart(const DocumentChart& chart);
    Document& network(const DocumentNetwork& network);

    // The document as plain text, for pasting into a journal system: headings on their own lines, facts as
    // "label: value", table rows as one line each.
    QString plainText() const;

private:
    Document& add(DocumentBlock::Kind kind, const QString& text);
};

// A record of `document` leaving by `channel` for the case's document log; the caller adds recipient, file, pages
// and hash. Here, not in services: the log knows nothing of documents, documents know the log.
DocumentRecord recordOf(const Document& document, DocumentRecord::Channel channel);

} // namespace koordinera::core
