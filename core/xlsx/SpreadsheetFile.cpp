// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/SpreadsheetFile.h"

#include "core/exchange/CsvWriter.h"
#include "core/xlsx/XlsxWriter.h"

#include <QCoreApplication>
#include <algorithm>

namespace koordinera::core::SpreadsheetFile {

Format formatOf(const QString& path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

ExportResult write(const QList<Sheet>& sheets, const QString& path, const ExportProgress& progress)
{
    if (formatOf(path) == Format::Xlsx)
        return XlsxWriter::write(sheets, path, progress);
    return CsvWriter::writeFile(sheets.isEmpty() ? Sheet() : sheets.first(), path, progress);
}

CsvReader::Table tableOf(const XlsxReader::Sheet& sheet, const std::function<bool(const QStringList&)>& isHeader)
{
    CsvReader::Table table;
    if (sheet.rows.isEmpty())
        return table;
    qsizetype header = 0;
    for (qsizetype row = 0; row < sheet.rows.size(); ++row) {
        if (isHeader(sheet.rows.at(row))) {
            header = row;
            break;
        }
    }
    table.header = sheet.rows.at(header);
    for (qsizetype row = header + 1; row < sheet.rows.size(); ++row) {
        QStringList cells = sheet.rows.at(row);
        while (cells.size() < table.header.size())
            cells << QString();
        table.rows << cells;
        table.lines << sheet.rowNumbers.at(row);
    }
    return table;
}

CsvReader::Result readTable(const QByteArray& bytes, const std::function<bool(const QStringList&)>& isHeader)
{
    CsvReader::Result result;
    const QString noHeader = QCoreApplication::translate(
        "SpreadsheetFile", "The file has no row with the expected column headings (for example Personnummer).");
    if (XlsxReader::looksLikeWorkbook(bytes)) {
        const XlsxReader::Result book = XlsxReader::read(bytes);
        if (!book.error.isEmpty()) {
            result.error = book.error;
            return result;
        }
        for (const XlsxReader::Sheet& sheet : book.sheets) {
            if (std::any_of(sheet.rows.cbegin(), sheet.rows.cend(), isHeader)) {
                result.table = tableOf(sheet, isHeader);
                return result;
            }
        }
        result.error = noHeader;
        return result;
    }
    const CsvReader::Encoding encoding = CsvReader::detectEncoding(bytes);
    CsvReader::Result csv =
        CsvReader::read(bytes, encoding, CsvReader::detectSeparator(CsvReader::decode(bytes, encoding)));
    if (!csv.ok())
        return csv;
    // A CSV saved from the list keeps the rows above its header: look for the header among the rows too.
    if (isHeader(csv.table.header))
        return csv;
    for (qsizetype row = 0; row < csv.table.rows.size(); ++row) {
        if (!isHeader(csv.table.rows.at(row)))
            continue;
        result.table.header = csv.table.rows.at(row);
        result.table.rows = csv.table.rows.mid(row + 1);
        result.table.lines = csv.table.lines.mid(row + 1);
        return result;
    }
    result.error = noHeader;
    return result;
}

} // namespace koordinera::core::SpreadsheetFile
