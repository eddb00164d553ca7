// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/Document.h"

namespace koordinera::core {

Document& Document::add(DocumentBlock::Kind kind, const QString& text)
{
    DocumentBlock block;
    block.kind = kind;
    block.text = text;
    blocks.append(block);
    return *this;
}

Document& Document::facts(const QList<QPair<QString, QString>>& pairs)
{
    add(DocumentBlock::Kind::Facts, {});
    blocks.last().facts = pairs;
    return *this;
}

Document& Document::table(const DocumentTable& table)
{
    add(DocumentBlock::Kind::Table, {});
    blocks.last().table = table;
    return *this;
}

Document& Document::writeLines(const QString& label, int lines)
{
    add(DocumentBlock::Kind::WriteLines, label);
    blocks.last().lineCount = lines;
    return *this;
}

Document& Document::signatures(const QList<QPair<QString, QString>>& signers)
{
    add(DocumentBlock::Kind::Signatures, {});
    blocks.last().facts = signers;
    return *this;
}

Document& Document::chart(const DocumentChart& chart)
{
    add(DocumentBlock::Kind::Chart, {});
    blocks.last().chart = chart;
    return *this;
}

Document& Document::network(const DocumentNetwork& network)
{
    add(DocumentBlock::Kind::Network, {});
    blocks.last().network = network;
    return *this;
}

namespace {

// A table row as one line: the first cell as it is, the others after their heading ("Ansvarig: …"), since a
// journal system keeps no columns.
QString rowAsLine(const DocumentTable& table, const QStringList& row)
{
    QStringList parts;
    qsizetype column = 0;
    QString number;
    bool numbered = false;
    // A numbered table (actions) reads "1. Arbetsplatsbesök · Ansvarig: …".
    if (row.size() > 1 && !row.first().isEmpty()) {
        row.first().toInt(&numbered);
        if (numbered) {
            number = row.first() + QStringLiteral(". ");
            column = 1;
        }
    }
    const qsizetype firstColumn = column;
    for (; column < row.size(); ++column) {
        const QString cell = row.at(column).simplified();
        if (cell.isEmpty())
            continue;
        if (column == firstColumn || column >= table.headings.size() || table.headings.at(column).isEmpty())
            parts.append(cell);
        else
            parts.append(table.headings.at(column) + QStringLiteral(": ") + cell);
    }
    return (numbered ? number : QStringLiteral("- ")) + parts.join(QStringLiteral(" · "));
}

} // namespace

QString Document::plainText() const
{
    QStringList lines;
    for (const DocumentBlock& block : blocks) {
        switch (block.kind) {
        case DocumentBlock::Kind::Title:
        case DocumentBlock::Kind::Subtitle:
        case DocumentBlock::Kind::Paragraph:
        case DocumentBlock::Kind::Note:
            lines.append(block.text);
            break;
        case DocumentBlock::Kind::Heading:
            lines.append(QString());
            lines.append(block.text.toUpper());
            break;
        case DocumentBlock::Kind::Facts:
            for (const auto& [label, value] : block.facts) {
                if (!value.trimmed().isEmpty())
                    lines.append(label + QStringLiteral(": ") +
                                 QString(value).replace(QLatin1Char('\n'), QStringLiteral(", ")));
            }
            break;
        case DocumentBlock::Kind::Table:
            for (const QStringList& row : block.table.rows)
                lines.append(rowAsLine(block.table, row));
            break;
        case DocumentBlock::Kind::WriteLines: // to be filled in by hand: nothing to copy
        case DocumentBlock::Kind::Signatures:
        case DocumentBlock::Kind::Chart:   // its figures are in the table beside it
        case DocumentBlock::Kind::Network: // its actors are in the table beside it
            break;
        }
    }
    return lines.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
}

DocumentRecord recordOf(const Document& document, DocumentRecord::Channel channel)
{
    DocumentRecord record;
    record.caseId = document.caseId;
    record.kind = document.kind;
    record.description = document.description;
    record.planVersion = document.planVersion;
    record.meetingId = document.meetingId;
    record.channel = channel;
    return record;
}

} // namespace koordinera::core
