// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: workbooks shaped as Rehabstöd's export is written (Apache POI: shared strings with rich-text runs, a
// merged filter block above the table), as Excel saves it again (date serials, inline strings, another sheet
// first), and the bad files a user may pick. The parts are written by hand and zipped here with libzip.
#include "core/xlsx/XlsxReader.h"

#include "core/exchange/SickLeaveList.h"
#include "core/xlsx/SpreadsheetFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <zip.h>

using namespace koordinera::core;

namespace {

using Parts = QList<QPair<QString, QByteArray>>;

QByteArray zipped(const Parts& parts)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("bok.xlsx")).toUtf8();
    int error = 0;
    zip_t* archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, content] : parts) {
        zip_source_t* source = zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
        REQUIRE(source);
        REQUIRE(zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0); // reads the buffers, which live until here
    QFile file(QString::fromUtf8(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QByteArray Relations = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
<Relationship Id="rId1" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>
</Relationships>)";

const QByteArray Workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr/><sheets><sheet name="Sjukfall" r:id="rId3" sheetId="1"/></sheets></workbook>)";

// As Rehabstöd's XlsxExportServiceImpl writes through POI: every value a shared string, the identity number and
// the grade history as rich text in runs, the filter block merged across the columns.
const QByteArray SharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="14" uniqueCount="14">
<si><t>Valda filter</t></si>
<si><t>Antal pågående sjukfall</t></si>
<si><t>#</t></si>
<si><t>Personnummer</t></si>
<si><t>Kön</t></si>
<si><t>Diagnos/diagnoser</t></si>
<si><t>Startdatum</t></si>
<si><t>Grad</t></si>
<si><t>1</t></si>
<si><r><t>19780312</t></r><r><rPr><b/></rPr><t>-2386</t></r></si>
<si><t>Kvinna</t></si>
<si><t>F43.8 Andra specificerade reaktioner på svår stress</t></si>
<si><t>2026-10-01</t></si>
<si><r><t>100%</t></r><r><t xml:space="preserve"> → </t></r><r><rPr><b/></rPr><t>50%</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
</sst>)";

const QByteArray Sheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="n"><v>1</v></c></row>
<row r="3"></row>
<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="s"><v>3</v></c><c r="C4" t="s"><v>4</v></c><c r="D4" t="s"><v>5</v></c><c r="E4" t="s"><v>6</v></c><c r="F4" t="s"><v>7</v></c></row>
<row r="5"><c r="A5" t="s"><v>8</v></c><c r="B5" t="s"><v>9</v></c><c r="C5" t="s"><v>10</v></c><c r="D5" t="s"><v>11</v></c><c r="E5" t="s"><v>12</v></c><c r="F5" t="s"><v>13</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>)";

Parts rehabstodExport()
{
    return {{QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>")},
            {QStringLiteral("xl/workbook.xml"), Workbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), Relations},
            {QStringLiteral("xl/sharedStrings.xml"), SharedStrings},
            {QStringLiteral("xl/worksheets/sheet1.xml"), Sheet}};
}

} // namespace

TEST_CASE("Rehabstöd's export is read as its cells show: runs joined, the filter block above the table", "[xlsx]")
{
    const auto result = XlsxReader::read(zipped(rehabstodExport()));
    REQUIRE(result.ok());
    REQUIRE(result.sheets.size() == 1);
    const auto& sheet = result.sheets.first();
    CHECK(sheet.name == QStringLiteral("Sjukfall"));
    // The empty row 3 is left out; each row keeps its number in the sheet.
    CHECK(sheet.rowNumbers == QList<int>{1, 2, 4, 5});
    CHECK(sheet.rows.at(0) == QStringList{QStringLiteral("Valda filter")}); // the merged range's value, once
    CHECK(sheet.rows.at(1) == QStringList{QStringLiteral("Antal pågående sjukfall"), QString(), QStringLiteral("1")});
    CHECK(sheet.rows.at(2).at(1) == QStringLiteral("Personnummer"));
    const QStringList patient = sheet.rows.at(3);
    REQUIRE(patient.size() == 6);
    CHECK(patient.at(1) == QStringLiteral("19780312-2386"));
    CHECK(patient.at(2) == QStringLiteral("Kvinna"));
    CHECK(patient.at(3).startsWith(QStringLiteral("F43.8 Andra specificerade")));
    CHECK(patient.at(4) == QStringLiteral("2026-10-01"));
    CHECK(patient.at(5) == QStringLiteral("100% → 50%")); // the phonetic guide is not text
}

TEST_CASE("A workbook saved again in Excel: another sheet first, date serials, inline strings", "[xlsx]")
{
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Info" sheetId="2" r:id="rId9"/><sheet name="Sjukfall" sheetId="1" r:id="rId4"/></sheets></workbook>)";
    const QByteArray relations = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId4" Target="/xl/worksheets/blad7.xml"/><Relationship Id="rId9" Target="worksheets/sheet2.xml"/>
</Relationships>)";
    // Style 1 is the built-in short date (14), style 2 a custom ISO date, style 3 a plain number with decimals.
    const QByteArray styles = R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd;@"/><numFmt numFmtId="165" formatCode="0.0&quot; dagar&quot;"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>)";
    const QByteArray info = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Exporterad från Rehabstöd</t></is></c></row></sheetData></worksheet>)";
    const QByteArray list = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Startdatum</t></is></c><c r="B1" t="inlineStr"><is><t>Slutdatum</t></is></c><c r="C1" t="inlineStr"><is><t>Längd</t></is></c><c r="D1" t="inlineStr"><is><t>Personnummer</t></is></c></row>
<row r="2"><c r="A2" s="1"><v>46296</v></c><c r="B2" s="2"><v>46387.75</v></c><c r="C2" s="3"><v>41</v></c><c r="D2" t="str"><v>19780312-2386</v></c><c r="E2" t="b"><v>1</v></c></row>
</sheetData></worksheet>)";
    const auto result = XlsxReader::read(zipped({{QStringLiteral("xl/workbook.xml"), workbook},
                                                 {QStringLiteral("xl/_rels/workbook.xml.rels"), relations},
                                                 {QStringLiteral("xl/styles.xml"), styles},
                                                 {QStringLiteral("xl/worksheets/sheet2.xml"), info},
                                                 {QStringLiteral("xl/worksheets/blad7.xml"), list}}));
    REQUIRE(result.ok());
    REQUIRE(result.sheets.size() == 2);
    CHECK(result.sheets.at(0).name == QStringLiteral("Info")); // the workbook's order, not the parts' names
    CHECK(result.sheets.at(0).rows.first().first() == QStringLiteral("Exporterad från Rehabstöd"));
    const auto& sheet = result.sheets.at(1);
    CHECK(sheet.rows.first() == QStringList{QStringLiteral("Startdatum"), QStringLiteral("Slutdatum"),
                                            QStringLiteral("Längd"), QStringLiteral("Personnummer")});
    CHECK(sheet.rows.at(1) == QStringList{QStringLiteral("2026-10-01"), QStringLiteral("2026-12-31"),
                                          QStringLiteral("41"), QStringLiteral("19780312-2386"),
                                          QStringLiteral("TRUE")});
}

TEST_CASE("A file that is no readable workbook gets a message and nothing else", "[xlsx]")
{
    SECTION("a text file")
    {
        const auto result = XlsxReader::read(QByteArrayLiteral("Personnummer;Namn\n19780312-2386;Maria\n"));
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringLiteral(".xlsx")));
    }
    SECTION("an encrypted workbook or an old .xls")
    {
        QByteArray compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        compound.append(512, '\0');
        const auto result = XlsxReader::read(compound);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringLiteral("password")));
    }
    SECTION("a zip archive that is no workbook")
    {
        const auto result = XlsxReader::read(zipped({{QStringLiteral("readme.txt"), QByteArray("hej")}}));
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringLiteral("zip")));
    }
    SECTION("a cut-off download")
    {
        const QByteArray whole = zipped(rehabstodExport());
        CHECK_FALSE(XlsxReader::read(whole.left(whole.size() / 2)).ok());
    }
    SECTION("a zip bomb: a sheet that unpacks to more than the cap")
    {
        Parts parts = rehabstodExport();
        QByteArray huge = "<worksheet><sheetData>";
        huge.append(QByteArray(3 * 1024 * 1024, ' '));
        huge.append("</sheetData></worksheet>");
        parts.last().second = huge;
        const QByteArray bomb = zipped(parts);
        CHECK(bomb.size() < 64 * 1024); // small on disk
        const auto result = XlsxReader::read(bomb, 1024 * 1024);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringLiteral("MB")));
    }
    SECTION("a sheet the workbook names but the archive lacks")
    {
        Parts parts = rehabstodExport();
        parts.removeLast();
        const auto result = XlsxReader::read(zipped(parts));
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringLiteral("Sjukfall")));
    }
}

TEST_CASE("An import finds the header of a sheet by its labels, whatever rows sit above it", "[xlsx]")
{
    const auto result = XlsxReader::read(zipped(rehabstodExport()));
    REQUIRE(result.ok());
    const auto table = SpreadsheetFile::tableOf(result.sheets.first(), [](const QStringList& row) {
        return row.contains(QStringLiteral("Personnummer")) && row.contains(QStringLiteral("Startdatum"));
    });
    CHECK(table.header.at(1) == QStringLiteral("Personnummer"));
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows.first().at(1) == QStringLiteral("19780312-2386"));
    CHECK(table.lines == QList<int>{5}); // the row's number in the sheet, for messages

    // No row looks like a header: the first row is taken as it is.
    const auto plain = SpreadsheetFile::tableOf(result.sheets.first(), [](const QStringList&) { return false; });
    CHECK(plain.header.first() == QStringLiteral("Valda filter"));
}

TEST_CASE("Rehabstöd's export read end to end: the header under the filter block, the patient's sjukfall",
          "[xlsx][sick-leave-list]")
{
    const auto book = XlsxReader::read(zipped(rehabstodExport()));
    REQUIRE(book.ok());
    const auto table = SpreadsheetFile::tableOf(book.sheets.first(), SickLeaveList::isHeader);
    const auto list = SickLeaveList::read(table, QDate(2026, 11, 23));
    REQUIRE(list.ok());
    REQUIRE(list.entries.size() == 1);
    CHECK(list.entries.first().line == 5);
    CHECK(list.entries.first().identity == QStringLiteral("197803122386"));
    CHECK(list.entries.first().diagnosisCode == QStringLiteral("F438"));
    CHECK(list.entries.first().degrees == QList<int>{100, 50});
    CHECK(list.refused.isEmpty());
}

TEST_CASE("A list in a workbook or in a CSV saved from it is read the same way, the header found under the filters",
          "[xlsx][sick-leave-list]")
{
    const auto fromWorkbook = SpreadsheetFile::readTable(zipped(rehabstodExport()), SickLeaveList::isHeader);
    REQUIRE(fromWorkbook.ok());
    CHECK(fromWorkbook.table.rows.size() == 1);

    // Excel's "CSV (semikolonavgränsad)": Windows-1252, the filter rows kept above the header.
    const QByteArray csv = QStringLiteral("Valda filter;Alla;\r\nSjukfallsinställning;5 dagar;\r\n;;\r\n"
                                          "#;Personnummer;Namn;Startdatum;Slutdatum;Grad\r\n"
                                          "1;19780312-2386;Lundqvist, Maria;2026-10-01;2026-12-13;100% → 50%\r\n")
                               .toLatin1()
                               .replace("\xe2\x86\x92", "->");
    const auto fromCsv = SpreadsheetFile::readTable(csv, SickLeaveList::isHeader);
    REQUIRE(fromCsv.ok());
    CHECK(fromCsv.table.header.at(1) == QStringLiteral("Personnummer"));
    REQUIRE(fromCsv.table.rows.size() == 1);
    CHECK(fromCsv.table.lines == QList<int>{5});
    const auto list = SickLeaveList::read(fromCsv.table, QDate(2026, 11, 23));
    REQUIRE(list.entries.size() == 1);
    CHECK(list.entries.first().name == QStringLiteral("Lundqvist, Maria"));

    // A CSV that is some other list: said, and nothing read.
    const auto other =
        SpreadsheetFile::readTable(QByteArrayLiteral("Namn;Telefon\nAnna;123\n"), SickLeaveList::isHeader);
    CHECK_FALSE(other.ok());
    CHECK(other.error.contains(QStringLiteral("Personnummer")));
}
