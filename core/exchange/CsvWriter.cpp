// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvWriter.h"

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

} // namespace koordinera::core::CsvWriter
