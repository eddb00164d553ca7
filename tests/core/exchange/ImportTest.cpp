// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/domain/Validation.h"
#include "core/exchange/CaseImport.h"
#include "core/exchange/CaseListSheet.h"
#include "core/exchange/CsvReader.h"
#include "core/exchange/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::makeWorkspace;

namespace {

CsvReader::Result readCsv(const QByteArray& bytes)
{
    const CsvReader::Encoding encoding = CsvReader::detectEncoding(bytes);
    return CsvReader::read(bytes, encoding, CsvReader::detectSeparator(CsvReader::decode(bytes, encoding)));
}

const QByteArray ExcelList = QByteArrayLiteral("\xEF\xBB\xBF"
                                               "Personnummer;Namn;Status;Sjukskriven från;Till;Omfattning;Diagnos;"
                                               "Arbetsgivare;Anteckning\r\n"
                                               "19780212-1231;Öberg, Göran;Pågående;2026-09-01;;100 %;F32.9;"
                                               "Sågverket i Åmål AB;\"Ring före 9; \"\"viktigt\"\"\"\r\n"
                                               "810315-2461;Åsa Ängström;Avslutad;2026-01-10;2026-04-30;50;M54.5;;\r\n"
                                               "900430-3583;Eva Ek;;2026-10-01;;75%;;;\r\n");

} // namespace

TEST_CASE("CSV is read in every encoding and separator Excel saves", "[import][csv]")
{
    const QString text = QStringLiteral("Namn;Ort\r\nÅsa Öberg;Västerås\r\n");
    SECTION("UTF-8 with and without BOM")
    {
        for (const QByteArray& bytes : {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), text.toUtf8()}) {
            CHECK(CsvReader::detectEncoding(bytes) == CsvReader::Encoding::Utf8);
            const auto result = readCsv(bytes);
            REQUIRE(result.ok());
            CHECK(result.table.header == QStringList{QStringLiteral("Namn"), QStringLiteral("Ort")});
            CHECK(result.table.rows.first() == QStringList{QStringLiteral("Åsa Öberg"), QStringLiteral("Västerås")});
        }
    }
    SECTION("Windows-1252, as 'CSV (semikolonavgränsad)' saves it")
    {
        const QByteArray bytes = QByteArrayLiteral("Namn;Ort;Belopp\r\n\xC5sa \xD6"
                                                   "berg;V\xE4ster\xE5s;\x80 5\r\n");
        CHECK(CsvReader::detectEncoding(bytes) == CsvReader::Encoding::Windows1252);
        const auto result = readCsv(bytes);
        REQUIRE(result.ok());
        CHECK(result.table.rows.first() ==
              QStringList{QStringLiteral("Åsa Öberg"), QStringLiteral("Västerås"), QStringLiteral("€ 5")});
    }
    SECTION("commas and tabs")
    {
        CHECK(CsvReader::detectSeparator(QStringLiteral("a,b,\"c;d\"\n")) == QLatin1Char(','));
        CHECK(CsvReader::detectSeparator(QStringLiteral("a\tb\tc\n")) == QLatin1Char('\t'));
        CHECK(CsvReader::detectSeparator(QStringLiteral("a;b,c;d\n")) == QLatin1Char(';'));
        const auto result = readCsv("Namn,Anteckning\n\"Ek, Eva\",\"två\nrader\"\n");
        REQUIRE(result.ok());
        CHECK(result.table.rows.first() == QStringList{QStringLiteral("Ek, Eva"), QStringLiteral("två\nrader")});
    }
    SECTION("the line each row starts on, across quoted line breaks")
    {
        const auto result = readCsv("A;B\n1;\"x\ny\"\n\n2;z\n");
        REQUIRE(result.ok());
        CHECK(result.table.lines == QList<int>{2, 5});
    }
}

TEST_CASE("Files that are not a case list get a clear message", "[import][csv]")
{
    CHECK(readCsv(QByteArray()).error.contains(QStringLiteral("empty")));
    CHECK(readCsv("Personnummer;Namn\r\n").error.contains(QStringLiteral("only a header")));
    CHECK(readCsv(QByteArray("PK\x03\x04\x14\x00", 6)).error.contains(QStringLiteral("Excel workbook")));
    QByteArray garbage(4096, '\0');
    for (int index = 0; index < garbage.size(); ++index)
        garbage[index] = char((index * 7919) % 256);
    CHECK(readCsv(garbage).error.contains(QStringLiteral("not a text file")));
    CHECK(readCsv("A;B\n1;\"never closed\n2;3\n").error.contains(QStringLiteral("line 2")));
    const QByteArray huge = "A;B\n1;" + QByteArray(40000, 'x') + "\n";
    CHECK(readCsv(huge).error.contains(QStringLiteral("32,767")));
}

TEST_CASE("A file of separators or of empty lines is refused before it becomes millions of strings", "[import][csv]")
{
    // 64 MB of semicolons would once have become 64 million empty fields.
    const QByteArray separators = "A;B\n1;" + QByteArray(8 * 1024 * 1024, ';') + "\n";
    const auto wide = readCsv(separators);
    CHECK(wide.error.contains(QStringLiteral("Line 2")));
    CHECK(wide.error.contains(QStringLiteral("256 columns")));
    CHECK(wide.table.rows.isEmpty());
    QByteArray tall = "Personnummer;Namn\n";
    for (int row = 0; row <= CsvReader::MaxRows; ++row)
        tall += "1;x\n";
    CHECK(readCsv(tall).error.contains(QStringLiteral("more than 200000 rows")));
    // Right at the limits, a file is still read.
    QByteArray widest = QByteArray("A") + QByteArray(CsvReader::MaxColumns - 1, ';') + "\n";
    widest += widest;
    const auto read = readCsv(widest);
    CHECK(read.ok());
    CHECK(read.table.header.size() == CsvReader::MaxColumns);
}

TEST_CASE("Columns are mapped from their headings, and a remembered mapping wins", "[import]")
{
    const auto table = readCsv(ExcelList).table;
    using F = CaseImport::Field;
    const CaseImport::Mapping guessed = CaseImport::guessMapping(table.header);
    CHECK(guessed == CaseImport::Mapping{F::Identity, F::Name, F::Status, F::Start, F::End, F::Degree, F::Diagnosis,
                                         F::Employer, F::Note});
    CaseImport::Mapping chosen = guessed;
    chosen[8] = F::Ignore;
    const auto remembered = CaseImport::toRemember(table.header, chosen);
    CHECK(CaseImport::guessMapping(table.header, remembered).at(8) == F::Ignore);
    CHECK(CaseImport::guessMapping({QStringLiteral("Förnamn"), QStringLiteral("Efternamn"), QStringLiteral("Pnr")}) ==
          CaseImport::Mapping{F::GivenName, F::FamilyName, F::Identity});
}

TEST_CASE("Every row is checked — the accepted ones go in as one transaction, patients matched", "[import]")
{
    auto workspace = makeWorkspace();
    // Göran is registered already, with a case from an earlier year.
    addCase(*workspace, QStringLiteral("780212-1231"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
            QDate(2024, 1, 8));
    QByteArray bytes = ExcelList;
    bytes += "550607-4706;Stina Sten;Aktiv;2026-13-01;;;;;\r\n";         // no such month
    bytes += "550607-4700;Stina Sten;Aktiv;2026-10-01;;;;;\r\n";         // bad check digit
    bytes += "671120-5820;Lena Lund;Vilande;2026-10-01;;;;;\r\n";        // unknown status
    bytes += "671120-5820;Lena Lund;Aktiv;2026-10-01;;33;;;\r\n";        // no such degree
    bytes += "671120-5820;Lena Lund;Aktiv;2026-10-01;;;Huvudvärk;;\r\n"; // not a code
    bytes += "671120-5820;;Aktiv;2026-10-01;;;;;\r\n";                   // no name
    const auto table = readCsv(bytes).table;
    const auto preview = CaseImport::preview(table, CaseImport::guessMapping(table.header), *workspace);
    REQUIRE(preview.rows.size() == 9);
    CHECK(preview.validCount() == 3);
    const auto& goran = preview.rows.at(0);
    CHECK(goran.existingPatientId > 0);
    CHECK(goran.degree == 100);
    CHECK(goran.diagnosis == QStringLiteral("F329"));
    CHECK(goran.note == QStringLiteral("Ring före 9; \"viktigt\""));
    CHECK(preview.rows.at(1).status == CaseStatus::Closed);
    CHECK(preview.rows.at(1).givenName == QStringLiteral("Åsa"));
    CHECK(preview.rows.at(1).familyName == QStringLiteral("Ängström"));
    CHECK(preview.rows.at(2).status == CaseStatus::Active);
    CHECK(preview.rows.at(3).line == 5);
    CHECK(preview.rows.at(3).error.contains(QStringLiteral("2026-13-01")));
    CHECK(preview.rows.at(4).error.contains(QStringLiteral("identity number")));
    CHECK(preview.rows.at(5).error.contains(QStringLiteral("Vilande")));
    CHECK(preview.rows.at(6).error.contains(QStringLiteral("25, 50, 75 or 100")));
    CHECK(preview.rows.at(7).error.contains(QStringLiteral("ICD-10")));
    CHECK(preview.rows.at(8).error.contains(QStringLiteral("no name")));

    const int casesBefore = workspace->caseList().totalCases();
    const CaseImport::Summary summary = CaseImport::apply(preview, *workspace);
    CHECK(summary.imported == 3);
    CHECK(summary.newPatients == 2);
    CHECK(summary.matched == 1);
    CHECK(summary.skipped == 6);
    CHECK(summary.skippedReasons.first().startsWith(QStringLiteral("line 5: ")));
    CHECK(workspace->caseList().totalCases() == casesBefore + 3);
    const auto goranCases = workspace->cases().casesOfPatient(goran.existingPatientId);
    CHECK(goranCases.size() == 2); // the same patient, a second case: not a second patient

    // The same file again: every case is already there.
    const auto again = CaseImport::preview(table, CaseImport::guessMapping(table.header), *workspace);
    const CaseImport::Summary second = CaseImport::apply(again, *workspace);
    CHECK(second.imported == 0);
    CHECK(second.alreadyThere == 3);
    CHECK(workspace->caseList().totalCases() == casesBefore + 3);
}

TEST_CASE("Imported cases are searchable, and each is logged once as imported", "[import]")
{
    auto workspace = makeWorkspace();
    const qint64 earlier = addCase(*workspace, QStringLiteral("780212-1231"), QStringLiteral("Göran"),
                                   QStringLiteral("Öberg"), QDate(2024, 1, 8))
                               .caseId;
    const auto table = readCsv(ExcelList).table;
    const auto preview = CaseImport::preview(table, CaseImport::guessMapping(table.header), *workspace);
    const qint64 logged = workspace->audit().count();
    REQUIRE(CaseImport::apply(preview, *workspace).imported == 3);

    // The search index is filled once, at the end of the import, for every case the import touched.
    const auto eva = workspace->caseList().matchingCases(QStringLiteral("Eva Ek"));
    REQUIRE(eva);
    CHECK(eva->size() == 1);
    const auto sawmill = workspace->caseList().matchingCases(QStringLiteral("Sågverket"));
    REQUIRE(sawmill);
    CHECK(sawmill->size() == 1);
    CHECK_FALSE(sawmill->contains(earlier));
    const auto goran = workspace->caseList().matchingCases(QStringLiteral("Öberg"));
    REQUIRE(goran);
    CHECK(goran->size() == 2);
    CHECK(goran->contains(earlier));

    // One entry per imported case (Import, naming the line and the patient), none for creating the case or a new
    // patient; Göran, who was there before, is not "new". The new employer's contact has its own.
    const auto entries = workspace->audit().entries(); // oldest first
    const QList<AuditLog::Entry> added(entries.begin() + logged, entries.end());
    int imports = 0;
    int newPatients = 0;
    for (const auto& entry : added) {
        INFO(entry.action.toStdString() << " " << entry.object.toStdString() << " " << entry.details.toStdString());
        CHECK_FALSE((entry.action == QStringLiteral("create") && entry.object == QStringLiteral("case")));
        CHECK_FALSE((entry.action == QStringLiteral("create") && entry.object == QStringLiteral("patient")));
        if (entry.action == QStringLiteral("import")) {
            ++imports;
            CHECK(entry.object == QStringLiteral("case"));
            CHECK(entry.details.contains(QStringLiteral("CSV line ")));
            CHECK(entry.patientId > 0);
            CHECK(workspace->cases().get(entry.caseId)->patientId == entry.patientId);
            if (entry.details.endsWith(QStringLiteral(", new patient")))
                ++newPatients;
        }
    }
    CHECK(imports == 3);
    CHECK(newPatients == 2);
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("An import that fails part-way stores nothing", "[import]")
{
    auto workspace = makeWorkspace();
    const auto table = readCsv(ExcelList).table;
    CaseImport::Preview preview = CaseImport::preview(table, CaseImport::guessMapping(table.header), *workspace);
    REQUIRE(preview.validCount() == 3);
    preview.rows[2].degree = 33; // slipped past the checks: the database's own validation refuses it
    const int before = workspace->caseList().totalCases();
    const qint64 logged = workspace->audit().count();
    CHECK_THROWS_AS(CaseImport::apply(preview, *workspace), ValidationError);
    CHECK(workspace->caseList().totalCases() == before);
    CHECK(workspace->audit().count() == logged);
    CHECK_FALSE(workspace->patients().findByIdentity(IdentityKind::Personnummer, QStringLiteral("197802121231")));
}

TEST_CASE("A case list exported to CSV imports again into an empty database", "[import][csv]")
{
    auto source = makeWorkspace();
    addCase(*source, QStringLiteral("780212-1231"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
            QDate(2026, 9, 1));
    addCase(*source, QStringLiteral("810315-2461"), QStringLiteral("Åsa"), QStringLiteral("Ängström"),
            QDate(2026, 5, 1), QDate(2026, 12, 31));
    const QList<CaseListColumn> columns{CaseListColumn::Identity, CaseListColumn::Name, CaseListColumn::Status,
                                        CaseListColumn::Start,    CaseListColumn::End,  CaseListColumn::Degree};
    const QByteArray csv = CsvWriter::sheet(
        CaseListSheet::sheet(source->caseList().rows({}, CaseListColumn::Name, true), columns, source->today()));

    auto target = makeWorkspace();
    const auto read = readCsv(csv);
    REQUIRE(read.ok());
    const auto mapping = CaseImport::guessMapping(read.table.header);
    const auto preview = CaseImport::preview(read.table, mapping, *target);
    INFO((preview.rows.isEmpty() ? QString() : preview.rows.first().error).toStdString());
    REQUIRE(preview.validCount() == 2);
    const CaseImport::Summary summary = CaseImport::apply(preview, *target);
    CHECK(summary.imported == 2);
    const auto rows = target->caseList().rows({}, CaseListColumn::Name, true);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).familyName == QStringLiteral("Ängström"));
    CHECK(rows.at(0).givenName == QStringLiteral("Åsa"));
    CHECK(rows.at(0).end == QDate(2026, 12, 31));
    CHECK(rows.at(1).start == QDate(2026, 9, 1));
    CHECK(rows.at(1).sex == Sex::Male);
}

TEST_CASE("An import stopped by the user stores nothing", "[import]")
{
    auto workspace = makeWorkspace();
    const auto table = readCsv(ExcelList).table;
    const auto preview = CaseImport::preview(table, CaseImport::guessMapping(table.header), *workspace);
    const int before = workspace->caseList().totalCases();
    const CaseImport::Summary summary =
        CaseImport::apply(preview, *workspace, [](qint64 done, qint64) { return done == 0; });
    CHECK(summary.cancelled);
    CHECK(summary.imported == 0);
    CHECK(workspace->caseList().totalCases() == before);
}
