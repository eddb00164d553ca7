// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvReader.h"
#include "core/exchange/Sheet.h"
#include "core/xlsx/XlsxReader.h"

#include <QList>
#include <QString>
#include <functional>

namespace koordinera::core::SpreadsheetFile {

enum class Format
{
    Csv,
    Xlsx,
};

// By the file name's ending: .xlsx is a workbook, anything else CSV.
Format formatOf(const QString& path);
// Writes the sheets as the file name asks: every sheet in a workbook, or the first as CSV for Swedish Excel.
ExportResult write(const QList<Sheet>& sheets, const QString& path, const ExportProgress& progress = {});

// A workbook's sheet as the table an import reads: the header is the first row `isHeader` accepts (found by its
// labels, whatever sits above it), else the first row; the rows under it keep their numbers for messages.
CsvReader::Table tableOf(const XlsxReader::Sheet& sheet, const std::function<bool(const QStringList&)>& isHeader);

// A list in a file, whichever kind it is: an Excel workbook (its first sheet with a row `isHeader` accepts) or a CSV
// file from Excel (encoding and separator guessed). The header is found by its labels, whatever sits above it; a
// file without one gets a translated error.
CsvReader::Result readTable(const QByteArray& bytes, const std::function<bool(const QStringList&)>& isHeader);

} // namespace koordinera::core::SpreadsheetFile
