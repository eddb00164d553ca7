// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/Sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core {

// CSV as Swedish Excel opens it by double-click (issue 6): UTF-8 with a byte-order mark, `;` between fields,
// CRLF line ends, RFC 4180 quoting, and decimal commas. A cell that begins with =, +, -, @ (or a tab or
// carriage return) would run as a formula in Excel, so it is neutralised with a leading apostrophe.
namespace CsvWriter {

// One field, quoted when it holds `;`, a quote or a line break.
QString field(const QString& text);
// A decimal number with a comma: number(12.5, 1) == "12,5".
QString number(double value, int decimals);
// A whole file: the header row, then each row; the BOM first.
QByteArray table(const QStringList& header, const QList<QStringList>& rows);
// A typed sheet: numbers with decimal commas (never neutralised), dates as yyyy-MM-dd, text as above.
QByteArray sheet(const Sheet& sheet);
// Writes the sheet to `path` all at once or not at all (the file appears only when complete).
ExportResult writeFile(const Sheet& sheet, const QString& path, const ExportProgress& progress = {});

} // namespace CsvWriter

} // namespace koordinera::core
