// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics' periods, counts and report: what a computed report holds and how it is read. The computation
// itself, which reads the database, is in Statistics.cpp.
#include "core/reporting/Statistics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace koordinera::core {

StatisticsPeriod StatisticsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

std::optional<StatisticsPeriod> StatisticsPeriod::parse(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarterOf(QStringLiteral("^(\\d{4})-[QqKk]([1-4])$"));
    static const QRegularExpression halfOf(QStringLiteral("^(\\d{4})-[Hh]([12])$"));
    static const QRegularExpression monthOf(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    const auto number = [](const QRegularExpressionMatch& match, int group) {
        return match.captured(group).toInt();
    };
    std::optional<StatisticsPeriod> period;
    if (const auto match = yearOnly.match(value); match.hasMatch())
        period = year(number(match, 1));
    else if (const auto match = quarterOf.match(value); match.hasMatch())
        period = quarter(number(match, 1), number(match, 2));
    else if (const auto match = halfOf.match(value); match.hasMatch())
        period = StatisticsPeriod{quarter(number(match, 1), 2 * number(match, 2) - 1).from,
                                  quarter(number(match, 1), 2 * number(match, 2)).to};
    else if (const auto match = monthOf.match(value);
             match.hasMatch() && number(match, 2) >= 1 && number(match, 2) <= 12)
        period = month(number(match, 1), number(match, 2));
    else if (const auto match = range.match(value); match.hasMatch())
        period = StatisticsPeriod{QDate::fromString(match.captured(1), Qt::ISODate),
                                  QDate::fromString(match.captured(2), Qt::ISODate)};
    if (period && period->isValid())
        return period;
    return std::nullopt;
}

StatisticsPeriod StatisticsPeriod::quarter(int year, int quarter)
{
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

StatisticsPeriod StatisticsPeriod::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

void SexCounts::add(Sex sex)
{
    ++total;
    if (sex == Sex::Female)
        ++women;
    else if (sex == Sex::Male)
        ++men;
}

SexCounts StatisticsTable::countsOf(const QString& label) const
{
    for (const StatisticsRow& row : rows) {
        if (row.label == label)
            return row.counts;
    }
    return {};
}

QList<const StatisticsTable*> StatisticsReport::tables() const
{
    QList<const StatisticsTable*> all{&closedByOutcome, &length,           &degree,          &diagnosisChapter,
                                      &ageGroup,        &planByAge,        &startedWithin90, &occupation,
                                      &status,          &passedCheckpoint, &meetingsHeld,    &activitiesByKind,
                                      &activitiesByKva};
    if (sickListDate.isValid())
        all.prepend(&sickList);
    return all;
}

QString Statistics::shown(int count, int threshold)
{
    if (count >= 1 && count <= threshold)
        return QStringLiteral("<%1").arg(threshold + 1);
    return QString::number(count);
}

QStringList Statistics::measureHeadings()
{
    return {QCoreApplication::translate("Statistics", "Category"), QCoreApplication::translate("Statistics", "Women"),
            QCoreApplication::translate("Statistics", "Men"),      QCoreApplication::translate("Statistics", "Total"),
            QCoreApplication::translate("Statistics", "Women %"),  QCoreApplication::translate("Statistics", "Men %"),
            QCoreApplication::translate("Statistics", "Total %")};
}

QStringList Statistics::unitWorkHeadings()
{
    return {QCoreApplication::translate("Statistics", "Kind of work"),
            QCoreApplication::translate("Statistics", "Occasions"), QCoreApplication::translate("Statistics", "Hours")};
}

QString Statistics::hours(int minutes)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(minutes / 60.0, 'f', 1);
}

UnitWorkRow StatisticsReport::unitWorkTotal() const
{
    UnitWorkRow total{QCoreApplication::translate("Statistics", "Total"), 0, 0};
    for (const UnitWorkRow& row : unitWork) {
        total.occasions += row.occasions;
        total.minutes += row.minutes;
    }
    return total;
}

QStringList Statistics::monthHeadings()
{
    return {QCoreApplication::translate("Statistics", "Month"),
            QCoreApplication::translate("Statistics", "Active, women"),
            QCoreApplication::translate("Statistics", "Active, men"),
            QCoreApplication::translate("Statistics", "Active, total"),
            QCoreApplication::translate("Statistics", "New, women"),
            QCoreApplication::translate("Statistics", "New, men"),
            QCoreApplication::translate("Statistics", "New, total")};
}

std::optional<double> Statistics::percent(int count, int base)
{
    if (base <= 0)
        return std::nullopt;
    return 100.0 * count / base;
}

SexCounts StatisticsReport::shareBase(const StatisticsTable& table, int row) const
{
    if (table.rowBaseKey.isEmpty())
        return shareBase(table);
    const StatisticsTable* base = this->table(table.rowBaseKey);
    return base && row >= 0 && row < base->rows.size() ? base->rows.at(row).counts : SexCounts{};
}

QList<StatisticsTable*> StatisticsReport::allTables()
{
    return {&closedByOutcome, &length,           &degree,          &diagnosisChapter, &ageGroup,
            &planByAge,       &startedWithin90,  &occupation,      &status,           &passedCheckpoint,
            &meetingsHeld,    &activitiesByKind, &activitiesByKva, &sickList};
}

QList<const StatisticsTable*> StatisticsReport::allTables() const
{
    return {&closedByOutcome, &length,           &degree,          &diagnosisChapter, &ageGroup,
            &planByAge,       &startedWithin90,  &occupation,      &status,           &passedCheckpoint,
            &meetingsHeld,    &activitiesByKind, &activitiesByKva, &sickList};
}

const StatisticsTable* StatisticsReport::table(const QString& key) const
{
    for (const StatisticsTable* candidate : tables()) {
        if (candidate->key == key)
            return candidate;
    }
    return nullptr;
}

SexCounts StatisticsReport::shareBase(const StatisticsTable& table) const
{
    if (&table == &passedCheckpoint || table.key == passedCheckpoint.key)
        return active;
    if (&table == &sickList || table.key == sickList.key)
        return sickListed;
    SexCounts sum;
    for (const StatisticsRow& row : table.rows) {
        sum.women += row.counts.women;
        sum.men += row.counts.men;
        sum.total += row.counts.total;
    }
    return sum;
}

} // namespace koordinera::core
