// SPDX-License-Identifier: GPL-3.0-or-later
#include "PythonReader.h"
#include "exchange/CsvWriter.h"

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
