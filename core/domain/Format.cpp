// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace koordinera::core::format {

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString longDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    // Month names follow the language of the text around them: the translation names its locale.
    const QLocale locale(QCoreApplication::translate("Format", "en_GB", "the locale of month names in running text"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString week(const QDate& date)
{
    return date.isValid() ? QCoreApplication::translate("Format", "w. %1").arg(date.weekNumber()) : QString();
}

QString degree(int percent)
{
    return percent > 0 ? QStringLiteral("%1 %").arg(percent) : QString();
}

QString decimal(double value)
{
    return QString::number(value, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString percent(double value)
{
    return decimal(value) + QStringLiteral(" %");
}

QString checkpoint(const Checkpoint& checkpoint)
{
    return QCoreApplication::translate("Format", "day %1 · %2 · %3")
        .arg(checkpoint.day)
        .arg(date(checkpoint.date), week(checkpoint.date));
}

QString period(const QDate& start, const QDate& end)
{
    return QStringLiteral("%1 – %2").arg(
        date(start), end.isValid() ? date(end) : QCoreApplication::translate("Format", "until further notice"));
}

QString days(int count)
{
    return QCoreApplication::translate("Format", "%n day(s)", nullptr, count);
}

} // namespace koordinera::core::format
