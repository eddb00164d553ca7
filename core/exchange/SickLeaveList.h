// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"
#include "core/domain/SickListPatient.h"
#include "core/exchange/CsvReader.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace koordinera::core::SickLeaveList {

// The unit's list of sick-listed patients as Inera's Rehabstöd exports it (issue 20): a sheet "Sjukfall" with a
// block of filter rows, then a table whose header holds any subset, in any order, of
// "#, Personnummer, Ålder, Namn, Kön, Diagnos/diagnoser, Startdatum, Slutdatum, Längd, Antal, Grad, Ärenden,
// Risk, Läkare". Every value is text: "41 år", "Kvinna", "F43.8 Andra specificerade … , M54.5", "2026-10-01",
// "41 dagar", "100% → 50%". The same rows may come from an .xlsx (XlsxReader) or a CSV saved from it.
enum class Column
{
    Identity,
    Name,
    Sex,
    Diagnoses,
    Start,
    End,
    Length,
    Degree,
    Doctor,
};

// One patient's current sjukfall on the list, with the row it came from.
struct Entry : SickListPatient
{
    int line = 0; // the row in the file, for messages
};

struct Refused
{
    int line = 0;
    QString reason; // translated
};

struct List
{
    QList<Entry> entries;
    QList<Refused> refused; // rows that cannot be used, each with its reason; the others still can
    QString error;          // translated: the file as a whole is not such a list
    bool ok() const { return error.isEmpty(); }
    // The patients read, as the records layer stores them.
    QList<SickListPatient> patients() const { return {entries.cbegin(), entries.cend()}; }
};

// Whether a row is the list's header: it names the identity number and the sjukfall's start.
bool isHeader(const QStringList& row);
// Which column holds what, by the header's labels; a label the program does not use is left out.
QList<std::optional<Column>> columnsOf(const QStringList& header);
// The rows under the header. A row with an invalid identity number, a missing or impossible start date, or a
// patient already on the list is refused with its line and reason; the rest are read.
List read(const CsvReader::Table& table, const QDate& today);

// "100% → 50%", "100 %", "50" -> {100, 50}, {100}, {50}; empty when no grade can be read.
QList<int> degreesOf(const QString& text);
// "F43.8 Andra specificerade reaktioner på svår stress, M54.5" -> code "F438", its name, and {"M545"}.
struct Diagnoses
{
    QString code;
    QString text;
    QStringList others;
};
Diagnoses diagnosesOf(const QString& text);

} // namespace koordinera::core::SickLeaveList
