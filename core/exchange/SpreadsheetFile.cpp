// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/SpreadsheetFile.h"

#include "exchange/CsvWriter.h"
#include "exchange/XlsxWriter.h"

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

} // namespace koordinera::core::SpreadsheetFile
