// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: the rows of Rehabstöd's sick-leave list, as text the way its export writes them, into what the program
// uses; bad rows refused with their line and reason while the rest are read.
#include "core/exchange/SickLeaveList.h"

#include "TestWorkspace.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::FixedToday;

TEST_CASE("A grade history and a diagnosis cell are read as Rehabstöd writes them", "[sick-leave-list]")
{
    CHECK(SickLeaveList::degreesOf(QStringLiteral("100% → 50%")) == QList<int>{100, 50});
    CHECK(SickLeaveList::degreesOf(QStringLiteral("100 %")) == QList<int>{100});
    CHECK(SickLeaveList::degreesOf(QStringLiteral("75")) == QList<int>{75});
    CHECK(SickLeaveList::degreesOf(QStringLiteral("okänd")).isEmpty());

    const auto main = SickLeaveList::diagnosesOf(QStringLiteral("F43.8 Andra specificerade reaktioner på svår stress"));
    CHECK(main.code == QStringLiteral("F438"));
    CHECK(main.text == QStringLiteral("Andra specificerade reaktioner på svår stress"));
    CHECK(main.others.isEmpty());
    const auto several = SickLeaveList::diagnosesOf(QStringLiteral("F32.1 Medelsvår depressiv episod, M54.5, Z73.0"));
    CHECK(several.code == QStringLiteral("F321"));
    CHECK(several.text == QStringLiteral("Medelsvår depressiv episod"));
    CHECK(several.others == QStringList{QStringLiteral("M545"), QStringLiteral("Z730")});
    CHECK(SickLeaveList::diagnosesOf(QStringLiteral("Utmattning")).code.isEmpty());
}

TEST_CASE("The list's rows are read by their headers in any order — bad rows are refused, the rest kept",
          "[sick-leave-list]")
{
    CsvReader::Table table;
    // A subset of the columns, reordered, with columns the program does not use among them.
    table.header = {QStringLiteral("Grad"),
                    QStringLiteral("#"),
                    QStringLiteral("Personnummer"),
                    QStringLiteral("Kön"),
                    QStringLiteral("Diagnos/diagnoser"),
                    QStringLiteral("Startdatum"),
                    QStringLiteral("Slutdatum"),
                    QStringLiteral("Längd"),
                    QStringLiteral("Risk"),
                    QStringLiteral("Läkare")};
    table.rows = {
        {QStringLiteral("100% → 50%"), QStringLiteral("1"), QStringLiteral("19780312-2386"), QStringLiteral("Kvinna"),
         QStringLiteral("F43.8 Andra specificerade reaktioner på svår stress"), QStringLiteral("2026-10-01"),
         QStringLiteral("2026-12-31"), QStringLiteral("54 dagar"), QStringLiteral("Hög"),
         QStringLiteral("Lars Läkare")},
        {QStringLiteral("100%"), QStringLiteral("2"), QStringLiteral("780312-2381"), QStringLiteral("Kvinna"),
         QString(), QStringLiteral("2026-10-01")},
        {QStringLiteral("50%"), QStringLiteral("3"), QStringLiteral("640823-3234"), QString(),
         QStringLiteral("M54.5 Lumbago"), QStringLiteral("2027-01-01")},
        {QStringLiteral("50%"), QStringLiteral("4"), QStringLiteral("196408233234"), QString(),
         QStringLiteral("M54.5 Lumbago"), QStringLiteral("2026-11-02"), QStringLiteral("2026-10-01")},
        {QStringLiteral("25%"), QStringLiteral("5"), QStringLiteral("19640823-3234"), QString(), QString(),
         QStringLiteral("2026-11-02")},
        {},
    };
    table.lines = {6, 7, 8, 9, 10, 11};
    const SickLeaveList::List list = SickLeaveList::read(table, FixedToday);
    REQUIRE(list.ok());
    REQUIRE(list.entries.size() == 2);
    const auto& maria = list.entries.at(0);
    CHECK(maria.line == 6);
    CHECK(maria.identity == QStringLiteral("197803122386"));
    CHECK(maria.sex == Sex::Female);
    CHECK(maria.diagnosisCode == QStringLiteral("F438"));
    CHECK(maria.diagnosisText == QStringLiteral("Andra specificerade reaktioner på svår stress"));
    CHECK(maria.start == QDate(2026, 10, 1));
    CHECK(maria.end == QDate(2026, 12, 31));
    CHECK(maria.lengthDays == 54);
    CHECK(maria.degrees == QList<int>{100, 50});
    CHECK(maria.doctor == QStringLiteral("Lars Läkare"));
    const auto& goran = list.entries.at(1);
    CHECK(goran.line == 9);
    CHECK(goran.sex == Sex::Male);    // from the identity number when the list does not say
    CHECK_FALSE(goran.end.isValid()); // an end before the start is no end
    REQUIRE(list.refused.size() == 3);
    CHECK(list.refused.at(0).line == 7);
    CHECK(list.refused.at(0).reason.contains(QStringLiteral("780312-2381")));
    CHECK(list.refused.at(1).line == 8); // starts after today
    CHECK(list.refused.at(2).line == 10);
    CHECK(list.refused.at(2).reason.contains(QStringLiteral("9"))); // already on line 9
}

TEST_CASE("A file without the list's headers is not taken for one", "[sick-leave-list]")
{
    CsvReader::Table table;
    table.header = {QStringLiteral("Personnummer"), QStringLiteral("Patient"), QStringLiteral("Status")};
    table.rows = {{QStringLiteral("19780312-2386"), QStringLiteral("Maria"), QStringLiteral("Aktiv")}};
    CHECK_FALSE(SickLeaveList::read(table, FixedToday).ok());
    CHECK(SickLeaveList::isHeader({QStringLiteral("#"), QStringLiteral("Personnummer"), QStringLiteral("Startdatum")}));
    CHECK_FALSE(SickLeaveList::isHeader({QStringLiteral("Valda filter")}));
}
