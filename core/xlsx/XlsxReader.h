// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/about/BuildInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core::XlsxReader {

// Reads an Excel workbook (.xlsx) into text, cell by cell, as the user sees it: shared strings (a rich-text cell's
// runs joined, as Apache POI writes Rehabstöd's export), inline strings, numbers, dates stored as serial numbers
// in a date format (as ISO dates), booleans. Sheets come in the workbook's order, whatever the parts are called.
// A merged range's value stays in its top-left cell, as Excel stores it.
struct Sheet
{
    QString name;
    QList<QStringList> rows; // empty rows left out; trailing empty cells dropped
    QList<int> rowNumbers;   // each row's number in the sheet, for messages ("rad 14")
};

struct Result
{
    QList<Sheet> sheets;
    QString error; // translated; empty when the file was read
    bool ok() const { return error.isEmpty(); }
};

// Refused before reading: a unit's lists are a few megabytes at most.
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
// The parts are inflated up to this much in all: a small file that inflates to gigabytes (a zip bomb) is refused.
constexpr qint64 MaxInflatedBytes = 256LL * 1024 * 1024;
constexpr int MaxRows = 200000;
constexpr int MaxColumns = 256;

// Whether the bytes are a zip archive (every .xlsx is one), so a caller can tell a workbook from a CSV file.
bool looksLikeWorkbook(const QByteArray& bytes);

// `maxInflated` is MaxInflatedBytes but for tests.
Result read(const QByteArray& bytes, qint64 maxInflated = MaxInflatedBytes);

// The libzip this program runs with, for --version and About.
Component library();

} // namespace koordinera::core::XlsxReader
