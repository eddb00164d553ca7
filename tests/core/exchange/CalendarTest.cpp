// SPDX-License-Identifier: GPL-3.0-or-later
#include "PythonReader.h"
#include "TestWorkspace.h"
#include "core/domain/DomainText.h"
#include "core/exchange/ICalendar.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

// The parser is Debian's python3-icalendar.
QStringList readWithIcalendar(const QByteArray& ics)
{
    return koordinera::tests::readWithPython(QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_ics.py"), ics,
                                             QStringLiteral("export.ics"));
}

QString utc(const QDateTime& local)
{
    QDateTime inStockholm(local.date(), local.time(), QTimeZone("Europe/Stockholm"));
    return inStockholm.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

TEST_CASE("Weeks are ISO weeks: 2026-12-31 and 2027-01-01 are both in week 53 of 2026", "[calendar]")
{
    const IsoWeek newYearsEve = IsoWeek::of(QDate(2026, 12, 31));
    CHECK(newYearsEve.week == 53);
    CHECK(newYearsEve.year == 2026);
    CHECK(newYearsEve.monday == QDate(2026, 12, 28));
    const IsoWeek newYearsDay = IsoWeek::of(QDate(2027, 1, 1));
    CHECK(newYearsDay.week == 53);
    CHECK(newYearsDay.year == 2026);
    CHECK(newYearsDay.sunday() == QDate(2027, 1, 3));
    CHECK(newYearsDay.next().week == 1);
    CHECK(newYearsDay.next().year == 2027);
    CHECK(newYearsDay.next().monday == QDate(2027, 1, 4));
    CHECK(IsoWeek::of(QDate(2027, 1, 4)).previous().week == 53);
    CHECK(IsoWeek::of(FixedToday).week == 48);
}

TEST_CASE("The week calendar holds the meetings and due actions of the week", "[calendar]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    Meeting meeting;
    meeting.caseId = caseId;
    meeting.startsAt = QDateTime(QDate(2026, 12, 31), QTime(9, 0));
    meeting.place = QStringLiteral("Vårdcentralen");
    workspace->meetings().save(meeting);
    PlanVersion plan = workspace->plans().newDraft(caseId);
    PlanAction action;
    action.description = QStringLiteral("Arbetsplatsbesök");
    action.dueDate = QDate(2027, 1, 2);
    plan.actions << action;
    workspace->plans().saveDraft(plan);

    const IsoWeek week = IsoWeek::of(QDate(2027, 1, 1));
    const auto entries = workspace->calendar().entries(week.monday, week.sunday());
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).kind == CalendarEntry::Kind::Meeting);
    CHECK(entries.at(0).patientInitials == QStringLiteral("G. Ö."));
    CHECK(entries.at(1).kind == CalendarEntry::Kind::ActionDue);
    CHECK(entries.at(1).day == QDate(2027, 1, 2));
    CHECK(workspace->calendar().entries(week.next().monday, week.next().sunday()).isEmpty());
}

TEST_CASE("An exported calendar is read back by an independent iCalendar parser as exported", "[calendar][ics]")
{
    auto workspace = makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    Meeting winter;
    winter.caseId = caseId;
    winter.kind = MeetingKind::Avstamning;
    winter.startsAt = QDateTime(QDate(2026, 12, 31), QTime(9, 0));
    winter.durationMinutes = 90;
    winter.place = QStringLiteral("Vårdcentralen Ekbacken, rum 12; plan 2 — ingång från Åbyvägen, "
                                  "bredvid apoteket och långt förbi busshållplatsen vid torget");
    workspace->meetings().save(winter);
    Meeting summer = winter;
    summer.id = 0;
    summer.uid.clear();
    summer.kind = MeetingKind::FollowUp;
    summer.startsAt = QDateTime(QDate(2027, 6, 15), QTime(13, 30));
    summer.durationMinutes = 45;
    summer.video = true;
    workspace->meetings().save(summer);

    const auto entries = workspace->calendar().entries(QDate(2026, 12, 1), QDate(2027, 12, 31));
    const QDateTime stamp(FixedToday, QTime(12, 0), Qt::UTC);
    const QByteArray ics = ICalendar::write(entries, {}, stamp);

    SECTION("lines end in CRLF and none is longer than 75 octets")
    {
        CHECK(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray& line : ics.split('\n')) {
            CHECK(line.size() <= 76); // 75 plus the CR
            if (!line.isEmpty())
                CHECK(line.endsWith('\r'));
        }
    }
    SECTION("by default no name or identity number, only initials and the case reference")
    {
        CHECK_FALSE(ics.contains("Öberg"));
        CHECK_FALSE(ics.contains("Göran"));
        CHECK_FALSE(ics.contains("3234"));
    }

    const QStringList events = readWithIcalendar(ics);
    REQUIRE(events.size() == 2);
    const QString reference = workspace->cases().get(caseId)->reference;
    const QStringList first = events.at(0).split(QLatin1Char('|'));
    CHECK(first.at(0) == winter.uid);
    CHECK(first.at(1) == QStringLiteral("%1 – G. Ö. (%2)").arg(text::labelOf(MeetingKind::Avstamning), reference));
    CHECK(first.at(2) == winter.place);
    CHECK(first.at(3) == utc(winter.startsAt)); // CET: 08:00Z
    CHECK(first.at(3) == QStringLiteral("2026-12-31T08:00:00Z"));
    CHECK(first.at(4) == QStringLiteral("2026-12-31T09:30:00Z"));
    CHECK(first.at(5) == QStringLiteral("CONFIRMED"));
    const QStringList second = events.at(1).split(QLatin1Char('|'));
    CHECK(second.at(0) == summer.uid);
    CHECK(second.at(2) == QCoreApplication::translate("ICalendar", "Video meeting"));
    CHECK(second.at(3) == QStringLiteral("2027-06-15T11:30:00Z")); // CEST

    SECTION("names and identity numbers only when asked for")
    {
        ICalendar::Options named;
        named.includeNameAndIdentity = true;
        const QStringList withNames = readWithIcalendar(ICalendar::write(entries, named, stamp));
        CHECK(withNames.at(0).contains(QStringLiteral("Göran Öberg, 19640823-3234")));
    }
}

TEST_CASE("Text is escaped and long lines are folded without splitting a character", "[calendar][ics]")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a;b,c\\d\ne")) == QByteArray("a\\;b\\,c\\\\d\\ne"));
    const QByteArray line = "SUMMARY:" + QString(80, QChar(0x00E5)).toUtf8(); // 80 × å, two octets each
    const QByteArray folded = ICalendar::foldLine(line);
    for (const QByteArray& part : folded.split('\n')) {
        const QByteArray content = part.endsWith('\r') ? part.chopped(1) : part;
        CHECK(content.size() <= 75);
        CHECK(QString::fromUtf8(content).toUtf8() == content); // whole characters only
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line);
}
