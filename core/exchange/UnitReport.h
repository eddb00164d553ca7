// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Statistics.h"
#include "core/storage/SealedStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace koordinera::core {

// The unit's raw counts for one period, as the county's process support receives them (issue 22): every measure
// by women, men and total, the unit's name and code, the period and the program version. It holds no identity
// number, no name and no free text. Raw small counts are still sensitive, so the file is sealed with a passphrase
// agreed with the process support; suppression is applied only when reports are put together and printed.
// The format is in docs/formats.md.
struct UnitReport
{
    QString unitName;
    QString unitCode; // e.g. the unit's HSA-id or the region's code for it
    StatisticsPeriod period;
    QString programVersion;
    QDateTime createdAt;
    StatisticsReport figures; // the counts only: medians rest on single cases and are not carried

    static UnitReport of(const StatisticsReport& report, const QString& unitName, const QString& unitCode,
                         const QDateTime& at);
};

namespace UnitReportFile {

constexpr int FormatVersion = 1;
constexpr char Magic[] = "KSTATREP";

// The report as JSON (what is sealed); exposed for tests and for the format's documentation.
QByteArray plain(const UnitReport& report);
// nullopt with a message in the user's language when the JSON is not a unit report this version reads.
std::optional<UnitReport> fromPlain(const QByteArray& json, QString* error);

QByteArray seal(const UnitReport& report, const QByteArray& passphrase, const KdfParams& params);
// Throws StorageError for a wrong passphrase or a changed byte; nullopt with `error` for a report this version
// cannot read.
std::optional<UnitReport> open(const QByteArray& sealed, const QByteArray& passphrase, QString* error);

} // namespace UnitReportFile

} // namespace koordinera::core
