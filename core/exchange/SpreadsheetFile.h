// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"

#include <QList>
#include <QString>

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

} // namespace koordinera::core::SpreadsheetFile
