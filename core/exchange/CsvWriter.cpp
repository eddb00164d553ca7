// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CsvWriter.h"

#include "core/exchange/OutputFile.h"

#include <QCoreApplication>
#include <QDate>

namespace koordinera::core::CsvWriter {

namespace {

// Excel starts a formula at these; a cell beginning "-5" would also be read as a formula.
bool opensFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

QString field(const QString& text)
{
    QString value = opensFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

QByteArray table(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    const auto line = [&text](const QStringList& cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString& cell : cells)
            fields.append(field(cell));
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

namespace {

QString cellText(const QVariant& cell, const SheetColumn& column)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(cell.toLongLong());
    case QMetaType::Double:
        return number(cell.toDouble(), column.decimals);
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    default:
        return field(cell.toString());
    }
}

QByteArray lineOf(const QVariantList& cells, const QList<SheetColumn>& columns)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (qsizetype column = 0; column < columns.size(); ++column)
        fields.append(column < cells.size() ? cellText(cells.at(column), columns.at(column)) : QString());
    return (fields.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray headerOf(const Sheet& sheet)
{
    QStringList headings;
    for (const SheetColumn& column : sheet.columns)
        headings.append(field(column.heading));
    return QByteArrayLiteral("\xEF\xBB\xBF") + (headings.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

QByteArray sheet(const Sheet& sheet)
{
    QByteArray bytes = headerOf(sheet);
    for (const QVariantList& row : sheet.rows)
        bytes += lineOf(row, sheet.columns);
    return bytes;
}

ExportResult writeFile(const Sheet& sheet, const QString& path, const ExportProgress& progress)
{
    OutputFile file(path);
    file.open();
    file.write(headerOf(sheet));
    const qint64 total = sheet.rows.size();
    for (qint64 row = 0; row < total; ++row) {
        if (progress && row % 500 == 0 && !progress(row, total)) {
            file.cancel();
            return {ExportResult::Status::Cancelled, QString()};
        }
        if (!file.write(lineOf(sheet.rows.at(row), sheet.columns)))
            break; // commit() reports it; a full disk need not be asked for every remaining row
    }
    const ExportResult result = file.commit();
    if (result.written() && progress)
        progress(total, total);
    return result;
}

} // namespace koordinera::core::CsvWriter
