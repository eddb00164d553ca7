// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/RehabChain.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

const QDate Today(2026, 11, 23);

SickLeavePeriod period(QDate start, QDate end = {}, int degree = 100)
{
    static qint64 nextId = 1;
    return SickLeavePeriod{nextId++, 1, degree, start, end};
}

RehabChain chainOf(QList<SickLeavePeriod> periods, CaseRecord record = {}, RehabRules rules = {}, QDate today = Today)
{
    return RehabChain(record, periods, rules, today);
}

} // namespace

TEST_CASE("Day N counts calendar days from the start of the sjukfall, whatever the degree", "[rehab]")
{
    const auto chain = chainOf({period(QDate(2026, 11, 1), {}, 25)});
    CHECK(chain.dayOn(Today) == 23);
    CHECK(chain.dayOn(QDate(2026, 11, 1)) == 1);
    CHECK_FALSE(chain.dayOn(QDate(2026, 10, 31)).has_value());
    CHECK(chain.degreeOn(Today) == 25);
}

TEST_CASE("Days from earlier periods are added through the offset", "[rehab]")
{
    CaseRecord record;
    record.offsetDays = 10;
    const auto chain = chainOf({period(QDate(2026, 11, 1))}, record);
    CHECK(chain.dayOn(Today) == 33);
    const auto next = chain.nextCheckpoint(Today);
    REQUIRE(next);
    CHECK(next->day == 90);
    CHECK(next->date == Today.addDays(57));
}

TEST_CASE("The gap setting decides what is one sjukfall — gap days do not count", "[rehab]")
{
    // 30 days in September, then a gap of exactly five days (Oct 1-5), then an open period from Oct 6.
    const QList<SickLeavePeriod> periods{period(QDate(2026, 9, 1), QDate(2026, 9, 30)), period(QDate(2026, 10, 6))};
    SECTION("a five-day gap with the default rule continues the sjukfall")
    {
        const auto chain = chainOf(periods);
        CHECK(chain.chain().start == QDate(2026, 9, 1));
        CHECK(chain.dayOn(Today) == 30 + 49);
    }
    SECTION("with a four-day rule the gap starts a new sjukfall")
    {
        RehabRules rules;
        rules.gapDays = 4;
        const auto chain = chainOf(periods, {}, rules);
        CHECK(chain.chain().start == QDate(2026, 10, 6));
        CHECK(chain.dayOn(Today) == 49);
    }
    SECTION("with gap 0 only back-to-back periods join")
    {
        RehabRules rules;
        rules.gapDays = 0;
        const auto chains = RehabChain::chains({period(QDate(2026, 1, 1), QDate(2026, 1, 10)),
                                                period(QDate(2026, 1, 11), QDate(2026, 1, 20)),
                                                period(QDate(2026, 1, 22), QDate(2026, 1, 30))},
                                               rules.gapDays);
        REQUIRE(chains.size() == 2);
        CHECK(chains.at(0).end == QDate(2026, 1, 20));
    }
}

TEST_CASE("Counting is correct across leap years", "[rehab]")
{
    const auto chain = chainOf({period(QDate(2024, 2, 1), QDate(2024, 3, 31))}, {}, {}, QDate(2024, 6, 1));
    CHECK(chain.dayOn(QDate(2024, 3, 1)) == 30); // February 2024 has 29 days
    CHECK(chain.lengthInDays(QDate(2024, 6, 1)) == 60);

    const auto yearLong = chainOf({period(QDate(2024, 1, 1))}, {}, {}, QDate(2024, 12, 30));
    CHECK(yearLong.dayOn(QDate(2024, 12, 30)) == 365);
    const auto next = yearLong.nextCheckpoint(QDate(2024, 12, 30));
    REQUIRE(next);
    CHECK(next->day == 365);
    CHECK(next->date == QDate(2024, 12, 30));
    CHECK(next->reached);
}

TEST_CASE("Checkpoints come with dates and ISO weeks — only ongoing sick leave has a next one", "[rehab]")
{
    const auto chain = chainOf({period(QDate(2026, 11, 1), QDate(2027, 6, 30))});
    const auto next = chain.nextCheckpoint(Today);
    REQUIRE(next);
    CHECK(next->day == 30);
    CHECK(next->date == QDate(2026, 11, 30));
    CHECK(next->date.weekNumber() == 49);

    const auto all = chain.checkpoints(Today);
    REQUIRE(all.size() == 4);
    CHECK(all.at(3).day == 365);
    CHECK(all.at(3).date == QDate(2027, 10, 31));
    CHECK_FALSE(all.at(0).reached);

    const auto ended = chainOf({period(QDate(2026, 6, 1), QDate(2026, 8, 31))});
    CHECK_FALSE(ended.nextCheckpoint(Today).has_value());
    CHECK(ended.dayOn(Today) == 92); // the last day of the sjukfall stays its length
    CHECK(ended.lengthInDays(Today) == 92);
}

TEST_CASE("Checkpoint days come from the rules", "[rehab]")
{
    RehabRules rules;
    rules.checkpointDays = {365, 8, 60};
    const auto chain = chainOf({period(QDate(2026, 11, 20))}, {}, rules);
    const auto next = chain.nextCheckpoint(Today);
    REQUIRE(next);
    CHECK(next->day == 8);
}

TEST_CASE("A day confirmed by Försäkringskassan takes precedence", "[rehab]")
{
    CaseRecord record;
    record.offsetDays = 200; // ignored once FK has confirmed
    record.fkConfirmedDay = 100;
    record.fkConfirmedOn = QDate(2026, 11, 1);
    const auto chain = chainOf({period(QDate(2026, 10, 1))}, record);
    CHECK(chain.dayOn(Today) == 122);
    CHECK(chain.nextCheckpoint(Today)->day == 180);
}

TEST_CASE("Open-ended and future periods", "[rehab]")
{
    const auto future = chainOf({period(QDate(2026, 12, 1))});
    CHECK_FALSE(future.dayOn(Today).has_value());
    CHECK_FALSE(future.nextCheckpoint(Today).has_value());

    // The latest started sjukfall is current, even when a later one is already registered.
    const auto current = chainOf(
        {period(QDate(2026, 1, 1), QDate(2026, 1, 31)), period(QDate(2026, 11, 10)), period(QDate(2027, 3, 1))});
    CHECK(current.chain().start == QDate(2026, 11, 10));
    CHECK(current.dayOn(Today) == 14);

    const auto none = chainOf({});
    CHECK_FALSE(none.dayOn(Today).has_value());
    CHECK(none.lengthInDays(Today) == 0);
    CHECK(none.degreeOn(Today) == 0);
}

TEST_CASE("Overlapping periods are detected, adjacent ones are not", "[rehab]")
{
    const auto a = period(QDate(2026, 1, 1), QDate(2026, 1, 31));
    CHECK(a.overlaps(period(QDate(2026, 1, 31), QDate(2026, 2, 10))));
    CHECK_FALSE(a.overlaps(period(QDate(2026, 2, 1), QDate(2026, 2, 10))));
    CHECK(period(QDate(2026, 1, 1)).overlaps(period(QDate(2030, 1, 1))));
    CHECK(period(QDate(2026, 3, 1)).overlaps(a) == false);
}
