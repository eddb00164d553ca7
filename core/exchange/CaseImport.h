// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/Sheet.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace koordinera::core {

class Records;

// Bringing in the case list a unit kept in Excel before Koordinera (issue 6): each column is mapped to a field,
// every row is checked, and the accepted rows go in as one transaction. A patient already registered is
// matched by identity number, not added again; a row whose case is already there (same patient, same start)
// is not imported twice, so an import can be repeated safely.
namespace CaseImport {

enum class Field
{
    Ignore,
    Identity,
    Name, // "Efternamn, Förnamn" or "Förnamn Efternamn"
    GivenName,
    FamilyName,
    Status,
    Start,
    End,
    Degree,
    Diagnosis,
    Employer,
    Note,
};
QList<Field> allFields();
QString labelOf(Field field);
QString keyOf(Field field);
Field fieldOfKey(const QString& key);

// One field per column of the file.
using Mapping = QList<Field>;
// A first guess from the headings ("Personnummer", "Namn", "Sjukskriven från" ...), overridden by what the
// user chose last time for a heading of the same name (`remembered`: heading in lower case -> field key).
Mapping guessMapping(const QStringList& header, const QMap<QString, QString>& remembered = {});
// What to remember of a mapping for the next import.
QMap<QString, QString> toRemember(const QStringList& header, const Mapping& mapping);

// A row as it will be stored, or why it cannot be.
struct Row
{
    int line = 0;     // in the file
    QString error;    // translated; empty for a row that can be imported
    QString identity; // stored form
    IdentityKind identityKind = IdentityKind::Personnummer;
    Sex sex = Sex::Unknown;
    QString givenName;
    QString familyName;
    CaseStatus status = CaseStatus::Active;
    QDate start;
    QDate end;
    int degree = 0;    // 0 when the file gives none (then 100 % if there is a start)
    QString diagnosis; // stored ICD-10 form
    QString employer;
    QString note;
    qint64 existingPatientId = 0; // matched by identity number
    bool alreadyImported = false; // the patient already has a case from this start

    bool valid() const { return error.isEmpty(); }
};

struct Preview
{
    QList<Row> rows;
    QString problem; // about the mapping as a whole, e.g. no column is the identity number
    int validCount() const;
    int invalidCount() const;
};

Preview preview(const CsvReader::Table& table, const Mapping& mapping, Records& records);

struct Summary
{
    int imported = 0;           // new cases
    int newPatients = 0;        // of which for patients not registered before
    int matched = 0;            // rows whose patient was already registered
    int alreadyThere = 0;       // rows not imported again
    int skipped = 0;            // rows with errors, left out
    QStringList skippedReasons; // "rad 14: ..." for each
    bool cancelled = false;     // stopped by the user: nothing was stored
};

// Stores every valid row in one transaction: all of them or, on any failure, none (the exception goes to the
// caller and the database is as it was). Rows with errors are skipped and listed in the summary; the caller
// asks the user first. Each new case is in the access log as created by import.
// `progress` (optional) is told the rows done; when it returns false the import stops and is rolled back. It runs
// on whichever thread calls it; the caller makes sure nothing else uses the database meanwhile.
Summary apply(const Preview& preview, Records& records, const ExportProgress& progress = {});

} // namespace CaseImport

} // namespace koordinera::core
