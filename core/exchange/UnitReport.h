// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reporting/Region.h"
#include "core/storage/SealedStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace koordinera::core {

namespace UnitReportFile {

// The unit's report of `report`: its medians left out (they rest on single cases and cannot be added up across
// units), this program's version written in.
UnitReport make(const StatisticsReport& report, const QString& unitName, const QString& unitCode, const QDateTime& at);

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
// Reads and opens the file at `path`; nullopt with the reason, the file's name first, for anything that fails
// (it cannot be read, the passphrase is wrong, a byte was changed, the report is not one this version reads).
std::optional<UnitReport> read(const QString& path, const QByteArray& passphrase, QString* error);

} // namespace UnitReportFile

} // namespace koordinera::core
