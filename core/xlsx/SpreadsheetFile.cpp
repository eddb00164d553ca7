// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/xlsx/SpreadsheetFile.h"

#include "core/exchange/CsvWriter.h"
#include "core/xlsx/XlsxWriter.h"

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

} // namespace koordinera::core::SpreadsheetFile
