// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <array>

namespace koordinera::core::CsvReader {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, typographic quotes, dashes, Š, Ž ...).
constexpr std::array<char16_t, 32> Cp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

const QByteArray Utf8Bom("\xEF\xBB\xBF");

bool looksBinary(const QByteArray& bytes)
{
    // Text files have no NUL bytes; UTF-16 and binary files do.
    return bytes.left(64 * 1024).contains('\0');
}

} // namespace

Encoding detectEncoding(const QByteArray& bytes)
{
    if (bytes.startsWith(Utf8Bom))
        return Encoding::Utf8;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QString decode(const QByteArray& bytes, Encoding encoding)
{
    if (encoding == Encoding::Utf8) {
        const QByteArray body = bytes.startsWith(Utf8Bom) ? bytes.mid(Utf8Bom.size()) : bytes;
        return QString::fromUtf8(body);
    }
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        text.append(value >= 0x80 && value <= 0x9F ? QChar(Cp1252High.at(value - 0x80)) : QChar(char16_t(value)));
    }
    return text;
}

QChar detectSeparator(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')))
            break;
        else if (!quoted && ch == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && ch == QLatin1Char(','))
            ++commas;
        else if (!quoted && ch == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

Result read(const QByteArray& bytes, Encoding encoding, QChar separator)
{
    Result result;
    if (bytes.size() > MaxFileBytes) {
        result.error =
            QCoreApplication::translate("CsvReader", "The file is too large for a case list (more than 64 MB).");
        return result;
    }
    if (bytes.startsWith("PK\x03\x04")) {
        result.error = QCoreApplication::translate(
            "CsvReader", "This is an Excel workbook, not a CSV file. In Excel, choose Arkiv › Spara som › "
                         "CSV UTF-8 (kommaavgränsad) and import that file.");
        return result;
    }
    if (looksBinary(bytes)) {
        result.error = QCoreApplication::translate("CsvReader",
                                                   "The file is not a text file. Choose a CSV file saved from Excel.");
        return result;
    }
    const QString text = decode(bytes, encoding);
    QList<QStringList> rows;
    QList<int> lines;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    QString tooLarge;
    const auto endField = [&] {
        if (row.size() >= MaxColumns) {
            tooLarge = QCoreApplication::translate("CsvReader", "Line %1 has more than %2 columns, which no case list "
                                                                "has. Check that the file is a case list saved "
                                                                "from Excel.")
                           .arg(line)
                           .arg(MaxColumns);
        } else {
            row.append(field);
        }
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        // A line with nothing on it (often the last) is not a row.
        if (!(row.size() == 1 && row.first().trimmed().isEmpty())) {
            if (rows.size() > MaxRows) { // the header comes on top of the cases
                tooLarge = QCoreApplication::translate("CsvReader", "The file has more than %1 rows. Import a "
                                                                    "unit's case list at a time.")
                               .arg(MaxRows);
            }
            rows.append(row);
            lines.append(rowLine);
        }
        row.clear();
    };
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar ch = text.at(index);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (index + 1 < text.size() && text.at(index + 1) == QLatin1Char('"')) {
                    field.append(ch);
                    ++index;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field.append(ch);
            }
        } else if (ch == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (ch == separator) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && index + 1 < text.size() && text.at(index + 1) == QLatin1Char('\n'))
                ++index;
            endRow();
            ++line;
            rowLine = line;
        } else {
            field.append(ch);
            fieldStarted = true;
        }
        if (!tooLarge.isEmpty()) {
            result.error = tooLarge;
            return result;
        }
        if (field.size() > MaxFieldLength) {
            result.error =
                QCoreApplication::translate(
                    "CsvReader", "A field on line %1 is longer than Excel allows (32,767 characters). Check that "
                                 "the file is a case list saved from Excel.")
                    .arg(line);
            return result;
        }
    }
    if (quoted) {
        result.error =
            QCoreApplication::translate(
                "CsvReader", "A quotation mark that begins on line %1 is never closed, so the rest of the file "
                             "cannot be read. Open the file in Excel and save it as CSV again.")
                .arg(rowLine);
        return result;
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        endRow();
    if (!tooLarge.isEmpty()) {
        result.error = tooLarge;
        return result;
    }
    if (rows.isEmpty()) {
        result.error = QCoreApplication::translate("CsvReader", "The file is empty.");
        return result;
    }
    result.table.header = rows.takeFirst();
    lines.removeFirst();
    for (QString& heading : result.table.header)
        heading = heading.trimmed();
    result.table.rows = rows;
    result.table.lines = lines;
    if (result.table.rows.isEmpty())
        result.error = QCoreApplication::translate("CsvReader", "The file has only a header row and no cases.");
    return result;
}

} // namespace koordinera::core::CsvReader
