// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV reader of the case-list import with arbitrary bytes and checks what a read file promises: a
// header and at least one row, no row wider than the column limit, no more rows than the row limit, and a line
// number for each row that only grows; otherwise a message for the user.
#include "FuzzRequire.h"
#include "core/exchange/CsvReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using koordinera::fuzz::require;
    using namespace koordinera::core;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvReader::Encoding encoding = CsvReader::detectEncoding(bytes);
    const QChar separator = CsvReader::detectSeparator(CsvReader::decode(bytes, encoding));
    require(separator == QLatin1Char(';') || separator == QLatin1Char(',') || separator == QLatin1Char('\t'));
    const CsvReader::Result result = CsvReader::read(bytes, encoding, separator);
    if (!result.ok())
        return 0;
    const CsvReader::Table& table = result.table;
    require(!table.header.isEmpty() && table.header.size() <= CsvReader::MaxColumns);
    require(!table.rows.isEmpty() && table.rows.size() <= CsvReader::MaxRows);
    require(table.lines.size() == table.rows.size());
    int previous = 1;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        require(table.rows.at(row).size() <= CsvReader::MaxColumns);
        for (const QString& field : table.rows.at(row))
            require(field.size() <= CsvReader::MaxFieldLength);
        require(table.lines.at(row) > previous);
        previous = table.lines.at(row);
    }
    return 0;
}
