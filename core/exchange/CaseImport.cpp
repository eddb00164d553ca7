// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/CaseImport.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"
#include "core/records/Records.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace koordinera::core::CaseImport {

namespace {

struct FieldInfo
{
    Field field;
    const char* key;
    const char* label;
};

constexpr FieldInfo Fields[] = {
    {Field::Ignore, "ignore", QT_TRANSLATE_NOOP("CaseImport", "(do not import)")},
    {Field::Identity, "identity", QT_TRANSLATE_NOOP("CaseImport", "Identity number")},
    {Field::Name, "name", QT_TRANSLATE_NOOP("CaseImport", "Name (family, given)")},
    {Field::GivenName, "given_name", QT_TRANSLATE_NOOP("CaseImport", "Given name")},
    {Field::FamilyName, "family_name", QT_TRANSLATE_NOOP("CaseImport", "Family name")},
    {Field::Status, "status", QT_TRANSLATE_NOOP("CaseImport", "Status")},
    {Field::Start, "start", QT_TRANSLATE_NOOP("CaseImport", "Start")},
    {Field::End, "end", QT_TRANSLATE_NOOP("CaseImport", "End")},
    {Field::Degree, "degree", QT_TRANSLATE_NOOP("CaseImport", "Degree")},
    {Field::Diagnosis, "diagnosis", QT_TRANSLATE_NOOP("CaseImport", "Diagnosis (ICD-10)")},
    {Field::Employer, "employer", QT_TRANSLATE_NOOP("CaseImport", "Employer")},
    {Field::Note, "note", QT_TRANSLATE_NOOP("CaseImport", "Note")},
};

// Words in a heading that say which field a column is, Swedish first (the list was kept in Swedish).
Field fieldOfHeading(const QString& heading)
{
    const QString text = heading.trimmed().toLower();
    const auto has = [&text](std::initializer_list<const char*> words) {
        for (const char* word : words) {
            if (text.contains(QString::fromUtf8(word)))
                return true;
        }
        return false;
    };
    if (has({"personnummer", "pnr", "person nr", "samordningsnummer", "identity", "personal number"}))
        return Field::Identity;
    if (has({"förnamn", "tilltalsnamn", "given", "first name"}))
        return Field::GivenName;
    if (has({"efternamn", "family", "surname", "last name"}))
        return Field::FamilyName;
    if (has({"namn", "name", "patient"}))
        return Field::Name;
    if (has({"status", "läge"}))
        return Field::Status;
    if (has({"omfattning", "grad", "degree", "procent", "%"}))
        return Field::Degree;
    if (has({"diagnos", "icd", "diagnosis"}))
        return Field::Diagnosis;
    if (has({"arbetsgivare", "employer"}))
        return Field::Employer;
    if (has({"anteckning", "kommentar", "notering", "övrigt", "note", "comment"}))
        return Field::Note;
    if (has({"slut", "till", "t.o.m", "tom", "avslut", "end"}))
        return Field::End;
    if (has({"start", "från", "fr.o.m", "from", "datum", "inskriv", "date"}))
        return Field::Start;
    return Field::Ignore;
}

std::optional<QDate> parseDate(const QString& input)
{
    const QString text = input.trimmed();
    for (const char* format : {"yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd", "yyyy/MM/dd", "d/M/yyyy", "d.M.yyyy"}) {
        const QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    // Excel may add a time to a date cell: "2026-03-01 00:00".
    const QDate withTime = QDate::fromString(text.section(QLatin1Char(' '), 0, 0), QStringLiteral("yyyy-MM-dd"));
    if (withTime.isValid())
        return withTime;
    return std::nullopt;
}

std::optional<int> parseDegree(const QString& input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double value = text.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (value > 0 && value <= 1)
        value *= 100; // Excel's percent cells saved as fractions
    const int degree = int(std::lround(value));
    if (degree == 25 || degree == 50 || degree == 75 || degree == 100)
        return degree;
    return std::nullopt;
}

std::optional<CaseStatus> parseStatus(const QString& input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return CaseStatus::Active;
    for (const CaseStatus status : text::allValues<CaseStatus>()) {
        if (text == text::labelOf(status).toLower() || text == text::keyOf(status))
            return status;
    }
    static const QList<QPair<QString, CaseStatus>> synonyms{
        {QStringLiteral("pågående"), CaseStatus::Active},      {QStringLiteral("aktiv"), CaseStatus::Active},
        {QStringLiteral("aktivt"), CaseStatus::Active},        {QStringLiteral("öppen"), CaseStatus::Active},
        {QStringLiteral("ny"), CaseStatus::Contacted},         {QStringLiteral("kontaktad"), CaseStatus::Contacted},
        {QStringLiteral("uppföljning"), CaseStatus::FollowUp}, {QStringLiteral("avslutad"), CaseStatus::Closed},
        {QStringLiteral("avslutat"), CaseStatus::Closed},      {QStringLiteral("klar"), CaseStatus::Closed},
        {QStringLiteral("avböjt"), CaseStatus::Declined},      {QStringLiteral("avböjd"), CaseStatus::Declined},
        {QStringLiteral("tackat nej"), CaseStatus::Declined},
    };
    for (const auto& [word, status] : synonyms) {
        if (text == word)
            return status;
    }
    return std::nullopt;
}

// An open-ended sick leave, as Koordinera's own export and hand-kept lists write it.
bool isUntilFurtherNotice(const QString& text)
{
    const QString value = text.trimmed().toLower();
    return value == QStringLiteral("tills vidare") || value == QStringLiteral("tv") ||
           value == QStringLiteral("t.v.") ||
           value == QCoreApplication::translate("CaseList", "until further notice").toLower();
}

void splitName(const QString& input, QString& given, QString& family)
{
    const QString text = input.simplified();
    if (text.contains(QLatin1Char(','))) {
        family = text.section(QLatin1Char(','), 0, 0).trimmed();
        given = text.section(QLatin1Char(','), 1).trimmed();
        return;
    }
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        family = text;
        return;
    }
    given = text.left(space);
    family = text.mid(space + 1);
}

QString cell(const QStringList& cells, const Mapping& mapping, Field field)
{
    for (qsizetype column = 0; column < mapping.size() && column < cells.size(); ++column) {
        if (mapping.at(column) == field)
            return cells.at(column).trimmed();
    }
    return {};
}

// Checks one row and fills in what will be stored; the first problem found is the row's error.
Row readRow(const QStringList& cells, int line, const Mapping& mapping, Records& records)
{
    Row row;
    row.line = line;
    const QDate today = records.today();
    const QString identityText = cell(cells, mapping, Field::Identity);
    if (identityText.isEmpty()) {
        row.error = QCoreApplication::translate("CaseImport", "no identity number");
        return row;
    }
    const IdentityNumber number = IdentityNumber::parse(identityText, today);
    if (!number.isValid()) {
        row.error = QCoreApplication::translate("CaseImport", "identity number %1: %2")
                        .arg(identityText, number.errorMessage());
        return row;
    }
    row.identity = number.stored();
    row.identityKind = number.kind();
    row.sex = number.derivedSex();
    if (const auto existing = records.patients().findByIdentity(row.identityKind, row.identity)) {
        row.existingPatientId = existing->id;
        row.givenName = existing->givenName;
        row.familyName = existing->familyName;
    }
    splitName(cell(cells, mapping, Field::Name), row.givenName, row.familyName);
    if (const QString given = cell(cells, mapping, Field::GivenName); !given.isEmpty())
        row.givenName = given;
    if (const QString family = cell(cells, mapping, Field::FamilyName); !family.isEmpty())
        row.familyName = family;
    if (row.existingPatientId == 0 && row.familyName.isEmpty()) {
        row.error = QCoreApplication::translate("CaseImport", "no name for a patient not registered before");
        return row;
    }

    const QString statusText = cell(cells, mapping, Field::Status);
    const auto status = parseStatus(statusText);
    if (!status) {
        row.error = QCoreApplication::translate(
                        "CaseImport", "unknown status \"%1\" (use Kontaktad, Aktiv, Uppföljning, Avslutad or Avböjt)")
                        .arg(statusText);
        return row;
    }
    row.status = *status;
    for (const auto& [field, target, name] :
         {std::tuple{Field::Start, &row.start, QCoreApplication::translate("CaseImport", "start")},
          std::tuple{Field::End, &row.end, QCoreApplication::translate("CaseImport", "end")}}) {
        const QString text = cell(cells, mapping, field);
        if (text.isEmpty() || isUntilFurtherNotice(text))
            continue;
        const auto date = parseDate(text);
        if (!date) {
            row.error =
                QCoreApplication::translate("CaseImport", "the %1 date \"%2\" is not a date (write it as 2026-03-01)")
                    .arg(name, text);
            return row;
        }
        *target = *date;
    }
    if (row.start.isValid() && row.start > today) {
        row.error = QCoreApplication::translate("CaseImport", "the start date %1 is in the future")
                        .arg(row.start.toString(Qt::ISODate));
        return row;
    }
    if (row.end.isValid() && row.start.isValid() && row.end < row.start) {
        row.error = QCoreApplication::translate("CaseImport", "the end date is before the start date");
        return row;
    }
    if (row.end.isValid() && !row.start.isValid()) {
        row.error = QCoreApplication::translate("CaseImport", "an end date without a start date");
        return row;
    }
    if ((row.status == CaseStatus::Closed || row.status == CaseStatus::Declined) && !row.end.isValid() &&
        !row.start.isValid()) {
        row.error = QCoreApplication::translate("CaseImport", "a closed case needs a start or end date");
        return row;
    }
    if (const QString degreeText = cell(cells, mapping, Field::Degree); !degreeText.isEmpty()) {
        const auto degree = parseDegree(degreeText);
        if (!degree) {
            row.error = QCoreApplication::translate("CaseImport", "the degree \"%1\" must be 25, 50, 75 or 100 %")
                            .arg(degreeText);
            return row;
        }
        row.degree = *degree;
    }
    if (const QString code = cell(cells, mapping, Field::Diagnosis); !code.isEmpty()) {
        // "F32.9 Depression" is common in hand-kept lists: the code is the first word.
        const auto stored = IcdCode::normalize(code.section(QLatin1Char(' '), 0, 0));
        if (!stored) {
            row.error = QCoreApplication::translate("CaseImport", "\"%1\" is not an ICD-10 code").arg(code);
            return row;
        }
        row.diagnosis = *stored;
    }
    row.employer = cell(cells, mapping, Field::Employer);
    row.note = cell(cells, mapping, Field::Note);
    if (row.existingPatientId > 0 && row.start.isValid()) {
        for (const CaseRecord& record : records.cases().casesOfPatient(row.existingPatientId))
            row.alreadyImported |= record.openedOn == row.start;
    }
    return row;
}

qint64 employerId(Records& records, const QString& name, QString& newEmployer)
{
    if (name.isEmpty())
        return 0;
    for (const Actor& actor : records.actors().actors()) {
        if (actor.kind == ActorKind::Employer && actor.name.compare(name, Qt::CaseInsensitive) == 0)
            return actor.id;
    }
    newEmployer = name;
    return 0;
}

} // namespace

QList<Field> allFields()
{
    QList<Field> fields;
    for (const FieldInfo& info : Fields)
        fields.append(info.field);
    return fields;
}

QString labelOf(Field field)
{
    for (const FieldInfo& info : Fields) {
        if (info.field == field)
            return QCoreApplication::translate("CaseImport", info.label);
    }
    return {};
}

QString keyOf(Field field)
{
    for (const FieldInfo& info : Fields) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("ignore");
}

Field fieldOfKey(const QString& key)
{
    for (const FieldInfo& info : Fields) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return Field::Ignore;
}

Mapping guessMapping(const QStringList& header, const QMap<QString, QString>& remembered)
{
    Mapping mapping;
    for (const QString& heading : header) {
        const QString key = heading.trimmed().toLower();
        Field field = remembered.contains(key) ? fieldOfKey(remembered.value(key)) : fieldOfHeading(heading);
        // A field is taken by the first column that claims it.
        if (field != Field::Ignore && mapping.contains(field))
            field = Field::Ignore;
        mapping.append(field);
    }
    return mapping;
}

QMap<QString, QString> toRemember(const QStringList& header, const Mapping& mapping)
{
    QMap<QString, QString> remembered;
    for (qsizetype column = 0; column < header.size() && column < mapping.size(); ++column) {
        if (!header.at(column).trimmed().isEmpty())
            remembered.insert(header.at(column).trimmed().toLower(), keyOf(mapping.at(column)));
    }
    return remembered;
}

int Preview::validCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row& row) { return row.valid(); }));
}

int Preview::invalidCount() const
{
    return int(rows.size()) - validCount();
}

Preview preview(const CsvReader::Table& table, const Mapping& mapping, Records& records)
{
    Preview result;
    if (!mapping.contains(Field::Identity)) {
        result.problem = QCoreApplication::translate("CaseImport", "Choose which column holds the identity number.");
        return result;
    }
    if (!mapping.contains(Field::Name) && !mapping.contains(Field::FamilyName))
        result.problem = QCoreApplication::translate(
            "CaseImport", "No column is the name: only patients already registered can be imported.");
    QSet<QString> seen;
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const int line = index < table.lines.size() ? table.lines.at(index) : int(index) + 2;
        Row row = readRow(table.rows.at(index), line, mapping, records);
        // The same patient and start twice in one file is one case.
        const QString key = row.identity + QLatin1Char('|') + row.start.toString(Qt::ISODate);
        if (row.valid() && seen.contains(key))
            row.error = QCoreApplication::translate("CaseImport", "the same patient and start as an earlier row");
        seen.insert(key);
        result.rows.append(row);
    }
    return result;
}

Summary apply(const Preview& preview, Records& records, const ExportProgress& progress)
{
    Summary summary;
    const QDate today = records.today();
    Transaction transaction(records.database());
    SearchIndex::Batch searchIndex(records.database());
    const qint64 total = preview.rows.size();
    qint64 done = 0;
    for (const Row& row : preview.rows) {
        if (progress && done++ % 100 == 0 && !progress(done, total)) {
            // The transaction rolls back as it goes out of scope: nothing of the import stays.
            Summary stopped;
            stopped.cancelled = true;
            return stopped;
        }
        if (!row.valid()) {
            ++summary.skipped;
            summary.skippedReasons.append(
                QCoreApplication::translate("CaseImport", "line %1: %2").arg(row.line).arg(row.error));
            continue;
        }
        if (row.existingPatientId > 0)
            ++summary.matched;
        if (row.alreadyImported) {
            ++summary.alreadyThere;
            continue;
        }
        NewCase newCase;
        if (row.existingPatientId > 0) {
            newCase.patient = *records.patients().get(row.existingPatientId);
        } else {
            newCase.patient.identity = row.identity;
            newCase.patient.identityKind = row.identityKind;
            newCase.patient.sex = row.sex;
            newCase.patient.givenName = row.givenName;
            newCase.patient.familyName = row.familyName;
        }
        CaseRecord& record = newCase.caseRecord;
        record.status = row.status;
        record.openedOn = row.start.isValid() ? row.start : (row.end.isValid() ? row.end : today);
        if (record.isClosed()) {
            record.closedOn = row.end.isValid() ? std::min(row.end, today) : record.openedOn;
            record.closedOn = std::max(record.closedOn, record.openedOn);
            record.outcome = row.status == CaseStatus::Declined ? CaseOutcome::Declined : CaseOutcome::Other;
        }
        record.reasonOffered = row.note;
        record.employerId = employerId(records, row.employer, newCase.newEmployerName);
        if (row.start.isValid())
            newCase.firstPeriod = SickLeavePeriod{0, 0, row.degree > 0 ? row.degree : 100, row.start, row.end};
        if (!row.diagnosis.isEmpty())
            newCase.mainDiagnosis = Diagnosis{0, 0, row.diagnosis, QString(), true};
        newCase.importedFrom = QStringLiteral("CSV line %1").arg(row.line);
        const NewCaseResult created = records.cases().create(newCase);
        ++summary.imported;
        if (!created.patientExisted)
            ++summary.newPatients;
    }
    searchIndex.finish();
    transaction.commit();
    return summary;
}

} // namespace koordinera::core::CaseImport
