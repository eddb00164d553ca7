// SPDX-License-Identifier: GPL-3.0-or-later
#include "PythonReader.h"
#include "core/exchange/CsvWriter.h"
#include "core/xlsx/XlsxWriter.h"

#include <QDate>
#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

// Python's csv module reads the file back: an independent parser with Excel's Swedish dialect.
QStringList readWithPython(const QByteArray& csv)
{
    return koordinera::tests::readWithPython(QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_csv.py"), csv,
                                             QStringLiteral("export.csv"));
}

} // namespace

TEST_CASE("CSV for Swedish Excel: BOM, semicolons, CRLF and quoting as RFC 4180 has it", "[csv]")
{
    const QByteArray csv =
        CsvWriter::table({QStringLiteral("Namn"), QStringLiteral("Anteckning"), QStringLiteral("Andel")},
                         {{QStringLiteral("Åsa Öberg"), QStringLiteral("sa \"hej\"; gick"), CsvWriter::number(12.5, 1)},
                          {QStringLiteral("Per"), QStringLiteral("två\nrader"), QStringLiteral("0")}});
    CHECK(csv.startsWith("\xEF\xBB\xBFNamn;Anteckning;Andel\r\n"));
    CHECK(csv.contains("\"sa \"\"hej\"\"; gick\""));
    CHECK(csv.endsWith("\r\n"));
    CHECK(CsvWriter::number(0.25, 2) == QStringLiteral("0,25"));

    const QStringList rows = readWithPython(csv);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringLiteral("Namn|Anteckning|Andel"));
    CHECK(rows.at(1) == QStringLiteral("Åsa Öberg|sa \"hej\"; gick|12,5"));
    CHECK(rows.at(2) == QStringLiteral("Per|två\\nrader|0"));
}

TEST_CASE("A cell that Excel would run as a formula is neutralised", "[csv]")
{
    for (const char* dangerous : {"=SUMMA(A1:A9)", "+46 70 123", "-2+3", "@SUM(1)", "\tx"}) {
        INFO(dangerous);
        const QString cell = CsvWriter::field(QString::fromUtf8(dangerous));
        CHECK((cell.startsWith(QLatin1Char('\'')) || cell.startsWith(QStringLiteral("\"'"))));
    }
    CHECK(CsvWriter::field(QStringLiteral("K-2026-0042")) == QStringLiteral("K-2026-0042"));
    const QStringList rows = readWithPython(CsvWriter::table({QStringLiteral("a")}, {{QStringLiteral("=1+1")}}));
    CHECK(rows.at(1) == QStringLiteral("'=1+1"));
}

namespace {

Sheet sampleSheet()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Ärenden");
    sheet.addColumn(QStringLiteral("Namn"), SheetColumn::Kind::Text, 30);
    sheet.addColumn(QStringLiteral("Ålder"), SheetColumn::Kind::Integer, 8);
    sheet.addColumn(QStringLiteral("Andel"), SheetColumn::Kind::Decimal, 10, 1);
    sheet.addColumn(QStringLiteral("Start"), SheetColumn::Kind::Date, 12);
    sheet.rows.append({QStringLiteral("Öberg, Åsa"), 54, 12.5, QDate(2026, 3, 1)});
    sheet.rows.append({QStringLiteral("=HYPERLINK(\"x\")"), -3, 0.25, QVariant()});
    sheet.rows.append(
        {QStringLiteral("två\nrader; och \"citat\""), QStringLiteral("<5"), QVariant(), QDate(2026, 12, 31)});
    return sheet;
}

QStringList readXlsxWithPython(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return koordinera::tests::readWithPython(QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_xlsx.py"),
                                             file.readAll(), QStringLiteral("export.xlsx"));
}

} // namespace

TEST_CASE("A typed sheet as CSV: numbers with decimal commas, ISO dates, text neutralised but numbers not", "[csv]")
{
    const QStringList rows = readWithPython(CsvWriter::sheet(sampleSheet()));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringLiteral("Namn|Ålder|Andel|Start"));
    CHECK(rows.at(1) == QStringLiteral("Öberg, Åsa|54|12,5|2026-03-01"));
    CHECK(rows.at(2) == QStringLiteral("'=HYPERLINK(\"x\")|-3|0,3|"));
    CHECK(rows.at(3) == QStringLiteral("två\\nrader; och \"citat\"|<5||2026-12-31"));
}

TEST_CASE("A CSV file is written whole or not at all", "[csv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ärenden.csv"));
    Sheet big = sampleSheet();
    for (int copy = 0; copy < 2000; ++copy)
        big.rows.append(big.rows.first());

    SECTION("complete")
    {
        qint64 lastDone = -1;
        const ExportResult result = CsvWriter::writeFile(big, path, [&lastDone](qint64 done, qint64 total) {
            CHECK(total == 2003);
            lastDone = done;
            return true;
        });
        CHECK(result.written());
        CHECK(lastDone == 2003);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == CsvWriter::sheet(big));
    }
    SECTION("cancelled half way: no file, nothing beside it")
    {
        const ExportResult result = CsvWriter::writeFile(big, path, [](qint64 done, qint64) { return done < 1000; });
        CHECK(result.status == ExportResult::Status::Cancelled);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("a folder that does not exist")
    {
        const ExportResult result = CsvWriter::writeFile(big, dir.filePath(QStringLiteral("saknas/x.csv")));
        CHECK(result.status == ExportResult::Status::Failed);
        CHECK(result.error.contains(QStringLiteral("saknas/x.csv")));
    }
}

TEST_CASE("XLSX read back by openpyxl: typed cells, header, frozen panes, widths, åäö", "[csv][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ärenden.xlsx"));
    Sheet second;
    second.name = QStringLiteral("Per månad: [2026]");
    second.addColumn(QStringLiteral("Månad"), SheetColumn::Kind::Date, 12);
    second.rows.append({QDate(2026, 1, 1)});
    const ExportResult result = XlsxWriter::write({sampleSheet(), second}, path);
    REQUIRE(result.written());

    const QStringList lines = readXlsxWithPython(path);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 8);
    // Excel stores a width with the cell padding added (about 0.7 of a character), hence one more each.
    CHECK(lines.at(0) == QStringLiteral("sheet|Ärenden|freeze=A2|filter=A1:D4|widths=31,9,11,13"));
    CHECK(lines.at(1) == QStringLiteral("s:Namn|s:Ålder|s:Andel|s:Start"));
    CHECK(lines.at(2) == QStringLiteral("s:Öberg, Åsa|n:54|n:12.5|d:2026-03-01"));
    // No formula in XLSX: the text is stored as text, exactly.
    CHECK(lines.at(3) == QStringLiteral("s:=HYPERLINK(\"x\")|n:-3|n:0.25|"));
    CHECK(lines.at(4) == QStringLiteral("s:två\\nrader; och \"citat\"|s:<5||d:2026-12-31"));
    CHECK(lines.at(5).startsWith(QStringLiteral("sheet|Per månad- -2026-|freeze=A2")));
    CHECK(lines.at(6) == QStringLiteral("s:Månad"));
    CHECK(lines.at(7) == QStringLiteral("d:2026-01-01"));
}

TEST_CASE("An XLSX export that is cancelled or cannot be written leaves nothing behind", "[csv][xlsx]")
{
    QTemporaryDir dir;
    Sheet big = sampleSheet();
    for (int copy = 0; copy < 3000; ++copy)
        big.rows.append(big.rows.first());
    const QString path = dir.filePath(QStringLiteral("x.xlsx"));
    const ExportResult cancelled = XlsxWriter::write({big}, path, [](qint64 done, qint64) { return done < 1500; });
    CHECK(cancelled.status == ExportResult::Status::Cancelled);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const ExportResult failed = XlsxWriter::write({big}, dir.filePath(QStringLiteral("saknas/x.xlsx")));
    CHECK(failed.status == ExportResult::Status::Failed);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Excel's rules for sheet names", "[xlsx]")
{
    CHECK(XlsxWriter::sheetName(QStringLiteral("a/b\\c?")) == QStringLiteral("a-b-c-"));
    CHECK(XlsxWriter::sheetName(QString(40, QLatin1Char('x'))).size() == 31);
    CHECK(XlsxWriter::sheetName(QStringLiteral("  ")) == QStringLiteral("Blad1"));
}
