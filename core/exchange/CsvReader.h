// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core::CsvReader {

// How Excel saves CSV on a Swedish PC: "CSV UTF-8" (with a byte-order mark), plain UTF-8 from other programs,
// or "CSV (semikolonavgränsad)" in Windows-1252.
enum class Encoding
{
    Utf8,
    Windows1252,
};

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the file line each row starts on, for messages ("rad 14")
};

struct Result
{
    Table table;
    QString error; // translated; empty when the file was read
    bool ok() const { return error.isEmpty(); }
};

// Files larger than this are refused before they are read: a case list is a few megabytes at most.
constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;
// A single field longer than this is refused (Excel's own cell limit).
constexpr int MaxFieldLength = 32767;
// Rows and columns beyond these are refused with a message while reading: 64 MB of separators would otherwise
// become 64 million strings. A unit's case list has a few dozen columns and at most tens of thousands of rows.
constexpr int MaxColumns = 256;
constexpr int MaxRows = 200000;

// UTF-8 when the bytes are valid UTF-8 (a BOM says so too), otherwise Windows-1252.
Encoding detectEncoding(const QByteArray& bytes);
QString decode(const QByteArray& bytes, Encoding encoding);
// ';' (Swedish Excel), ',' or a tab: whichever the first line holds most of outside quotes; ';' on a tie.
QChar detectSeparator(const QString& text);
// RFC 4180: fields in double quotes may hold separators, quotes ("") and line breaks. The first row is the
// header. Binary files, workbooks, unterminated quotes, oversized fields and too many rows or columns get a
// clear message instead.
Result read(const QByteArray& bytes, Encoding encoding, QChar separator);

} // namespace koordinera::core::CsvReader
