// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/UnitReport.h"

#include "core/about/BuildInfo.h"
#include "core/storage/SealedEnvelope.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace koordinera::core {

namespace {

const QString FormatName = QStringLiteral("koordinera-enhetsrapport");

QJsonArray countsJson(const SexCounts& counts)
{
    return {counts.women, counts.men, counts.total};
}

std::optional<SexCounts> countsFrom(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 3)
        return std::nullopt;
    for (const QJsonValue& count : array) {
        if (!count.isDouble() || count.toInt(-1) < 0)
            return std::nullopt;
    }
    return SexCounts{array.at(0).toInt(), array.at(1).toInt(), array.at(2).toInt()};
}

QJsonObject tableJson(const StatisticsTable& table)
{
    QJsonArray rows;
    for (const StatisticsRow& row : table.rows)
        rows.append(
            QJsonObject{{QStringLiteral("label"), row.label}, {QStringLiteral("counts"), countsJson(row.counts)}});
    return {{QStringLiteral("key"), table.key},
            {QStringLiteral("title"), table.title},
            {QStringLiteral("rowBase"), table.rowBaseKey},
            {QStringLiteral("rows"), rows}};
}

QString unreadable()
{
    return QCoreApplication::translate("UnitReport", "The file is not a unit report from Koordinera.");
}

} // namespace

namespace UnitReportFile {

UnitReport make(const StatisticsReport& report, const QString& unitName, const QString& unitCode, const QDateTime& at)
{
    UnitReport unit{unitName.trimmed(), unitCode.trimmed(), report.period, BuildInfo::current().version, at, report};
    // Medians rest on single cases and cannot be added up across units: they stay at the unit.
    unit.figures.daysToFirstContact = {};
    unit.figures.daysToFirstContactFromList = {};
    return unit;
}

QByteArray plain(const UnitReport& report)
{
    StatisticsReport figures = report.figures;
    QJsonArray tables;
    for (const StatisticsTable* table : figures.allTables())
        tables.append(tableJson(*table));
    QJsonArray months;
    for (const StatisticsMonth& month : figures.months) {
        months.append(QJsonObject{{QStringLiteral("month"), month.month.toString(QStringLiteral("yyyy-MM"))},
                                  {QStringLiteral("active"), countsJson(month.active)},
                                  {QStringLiteral("started"), countsJson(month.started)}});
    }
    QJsonArray work;
    for (const UnitWorkRow& row : figures.unitWork) {
        work.append(QJsonObject{{QStringLiteral("kind"), row.label},
                                {QStringLiteral("occasions"), row.occasions},
                                {QStringLiteral("minutes"), row.minutes}});
    }
    const QJsonObject counts{
        {QStringLiteral("active"), countsJson(figures.active)},
        {QStringLiteral("started"), countsJson(figures.started)},
        {QStringLiteral("closed"), countsJson(figures.closed)},
        {QStringLiteral("impulses"), countsJson(figures.impulses)},
        {QStringLiteral("withPlan"), countsJson(figures.withPlan)},
        {QStringLiteral("sickListed"), countsJson(figures.sickListed)},
        {QStringLiteral("sickListDate"), figures.sickListDate.toString(Qt::ISODate)},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("months"), months},
        {QStringLiteral("unitWork"), work},
    };
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("unit"),
         QJsonObject{{QStringLiteral("name"), report.unitName}, {QStringLiteral("code"), report.unitCode}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)}}},
        {QStringLiteral("asOf"), report.figures.asOf.toString(Qt::ISODate)},
        {QStringLiteral("program"), report.programVersion},
        {QStringLiteral("created"), report.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("counts"), counts},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<UnitReport> fromPlain(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(unreadable());
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return fail(QCoreApplication::translate(
            "UnitReport", "The unit report comes from a newer version of Koordinera; update the program to read it."));
    }
    UnitReport report;
    const QJsonObject unit = root.value(QStringLiteral("unit")).toObject();
    report.unitName = unit.value(QStringLiteral("name")).toString();
    report.unitCode = unit.value(QStringLiteral("code")).toString();
    const QJsonObject period = root.value(QStringLiteral("period")).toObject();
    report.period = {QDate::fromString(period.value(QStringLiteral("from")).toString(), Qt::ISODate),
                     QDate::fromString(period.value(QStringLiteral("to")).toString(), Qt::ISODate)};
    report.programVersion = root.value(QStringLiteral("program")).toString();
    report.createdAt = QDateTime::fromString(root.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (report.unitCode.trimmed().isEmpty() || !report.period.isValid())
        return fail(unreadable());

    StatisticsReport& figures = report.figures;
    figures.period = report.period;
    figures.asOf = QDate::fromString(root.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    const std::pair<const char*, SexCounts*> figuresByKey[] = {
        {"active", &figures.active},     {"started", &figures.started},   {"closed", &figures.closed},
        {"impulses", &figures.impulses}, {"withPlan", &figures.withPlan}, {"sickListed", &figures.sickListed}};
    for (const auto& [key, target] : figuresByKey) {
        const auto read = countsFrom(counts.value(QLatin1String(key)));
        if (!read)
            return fail(unreadable());
        *target = *read;
    }
    figures.sickListDate = QDate::fromString(counts.value(QStringLiteral("sickListDate")).toString(), Qt::ISODate);
    const QJsonArray tables = counts.value(QStringLiteral("tables")).toArray();
    QList<StatisticsTable*> members = figures.allTables();
    if (tables.size() != members.size())
        return fail(unreadable());
    for (qsizetype index = 0; index < tables.size(); ++index) {
        const QJsonObject table = tables.at(index).toObject();
        StatisticsTable& member = *members.at(index);
        member.key = table.value(QStringLiteral("key")).toString();
        member.title = table.value(QStringLiteral("title")).toString();
        member.rowBaseKey = table.value(QStringLiteral("rowBase")).toString();
        for (const QJsonValue& rowValue : table.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            const auto rowCounts = countsFrom(row.value(QStringLiteral("counts")));
            if (!rowCounts)
                return fail(unreadable());
            member.rows.append({row.value(QStringLiteral("label")).toString(), *rowCounts});
        }
    }
    for (const QJsonValue& monthValue : counts.value(QStringLiteral("months")).toArray()) {
        const QJsonObject month = monthValue.toObject();
        const auto active = countsFrom(month.value(QStringLiteral("active")));
        const auto started = countsFrom(month.value(QStringLiteral("started")));
        const QDate first =
            QDate::fromString(month.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (!active || !started || !first.isValid())
            return fail(unreadable());
        figures.months.append({first, *active, *started});
    }
    for (const QJsonValue& workValue : counts.value(QStringLiteral("unitWork")).toArray()) {
        const QJsonObject work = workValue.toObject();
        figures.unitWork.append({work.value(QStringLiteral("kind")).toString(),
                                 work.value(QStringLiteral("occasions")).toInt(),
                                 work.value(QStringLiteral("minutes")).toInt()});
    }
    return report;
}

QByteArray seal(const UnitReport& report, const QByteArray& passphrase, const KdfParams& params)
{
    return SealedEnvelope::seal(plain(report), passphrase, Magic, params);
}

std::optional<UnitReport> open(const QByteArray& sealed, const QByteArray& passphrase, QString* error)
{
    return fromPlain(SealedEnvelope::open(sealed, passphrase, Magic), error);
}

std::optional<UnitReport> read(const QString& path, const QByteArray& passphrase, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, reason);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    try {
        QString reason;
        auto report = open(file.readAll(), passphrase, &reason);
        return report ? report : fail(reason);
    } catch (const StorageError& failure) {
        return fail(failure.userMessage());
    }
}

} // namespace UnitReportFile

} // namespace koordinera::core
