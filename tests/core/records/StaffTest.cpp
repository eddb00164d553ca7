// SPDX-License-Identifier: GPL-3.0-or-later
// The unit's staff list, each case's care team, and the unit's own work (issue 21).
#include "TestWorkspace.h"
#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

QString firstMessage(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ValidationError& error) {
        return error.errors().isEmpty() ? QStringLiteral("(no message)") : error.errors().first().message;
    }
    return {};
}

} // namespace

TEST_CASE("The staff list keeps each name once per profession and takes people out of use, never away",
          "[records][staff]")
{
    auto workspace = makeWorkspace();
    StaffRepository& staff = workspace->staff();
    StaffMember eva{0, QStringLiteral("  Eva   Ek "), Profession::Doctor, true};
    staff.save(eva);
    CHECK(eva.id > 0);
    CHECK(eva.name == QStringLiteral("Eva Ek"));
    StaffMember per{0, QStringLiteral("Per Ås"), Profession::Physiotherapist, true};
    staff.save(per);
    StaffMember again{0, QStringLiteral("Eva Ek"), Profession::Doctor, true};
    CHECK(firstMessage([&] { staff.save(again); }) == QStringLiteral("Eva Ek is already on the list as doctor."));
    StaffMember empty{0, QStringLiteral("  "), Profession::Nurse, true};
    CHECK(firstMessage([&] { staff.save(empty); }) == QStringLiteral("Enter the name."));
    StaffMember nurse{0, QStringLiteral("Eva Ek"), Profession::Nurse, true}; // the same name in another profession
    staff.save(nurse);

    QStringList order;
    for (const StaffMember& member : staff.staff(false))
        order << member.name + QLatin1Char('/') + text::keyOf(member.profession);
    CHECK(order == QStringList{QStringLiteral("Eva Ek/doctor"), QStringLiteral("Eva Ek/nurse"),
                               QStringLiteral("Per Ås/physiotherapist")}); // doctors first

    per.active = false;
    staff.save(per);
    CHECK(staff.staff(true).size() == 2);
    CHECK(staff.staff(false).size() == 3);
}

TEST_CASE("A case's care team is set in one step, logged as a change to the case, and purged with it",
          "[records][staff]")
{
    auto workspace = makeWorkspace();
    const auto ids = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                             QStringLiteral("Öberg"), QDate(2026, 10, 1));
    StaffMember eva{0, QStringLiteral("Eva Ek"), Profession::Doctor, true};
    StaffMember per{0, QStringLiteral("Per Ås"), Profession::Physiotherapist, true};
    workspace->staff().save(eva);
    workspace->staff().save(per);

    const auto changesToTeam = [&] {
        int count = 0;
        for (const AuditLog::Entry& entry : workspace->audit().entries())
            count += entry.object == QStringLiteral("case_team") && entry.caseId == ids.caseId;
        return count;
    };
    workspace->staff().setTeam(ids.caseId, {per.id, eva.id, per.id});
    QList<qint64> team;
    for (const StaffMember& member : workspace->staff().team(ids.caseId))
        team << member.id;
    CHECK(team == QList<qint64>{eva.id, per.id});
    CHECK(changesToTeam() == 1);
    workspace->staff().setTeam(ids.caseId, {eva.id, per.id}); // the same team: nothing to log
    CHECK(changesToTeam() == 1);
    CHECK(workspace->staff().doctorsByCase().value(ids.caseId) == QStringLiteral("Eva Ek"));

    // Taken out of use, a member stays on the case that named them.
    per.active = false;
    workspace->staff().save(per);
    CHECK(workspace->staff().team(ids.caseId).size() == 2);

    CHECK(Retention::caseTables().contains(QStringLiteral("case_team")));
}

TEST_CASE("The unit's own work is recorded with its time and code, and never with an identity number",
          "[records][staff]")
{
    auto workspace = makeWorkspace();
    StaffRepository& staff = workspace->staff();
    UnitWork advice{0,
                    FixedToday,
                    UnitWorkKind::Advice,
                    QStringLiteral("GC001"),
                    30,
                    QStringLiteral("Sjukskrivningsfrågor, ny ST-läkare"),
                    {}};
    staff.saveUnitWork(advice);
    CHECK(advice.id > 0);
    CHECK_FALSE(advice.recordedBy.isEmpty());
    UnitWork team{0, FixedToday.addDays(-40), UnitWorkKind::TeamMeeting, {}, 60, {}, {}};
    staff.saveUnitWork(team);

    UnitWork wrong = advice;
    wrong.id = 0;
    wrong.on = FixedToday.addDays(1);
    CHECK(firstMessage([&] { staff.saveUnitWork(wrong); }) == QStringLiteral("The day has not come yet."));
    wrong.on = FixedToday;
    wrong.minutes = 0;
    CHECK(firstMessage([&] { staff.saveUnitWork(wrong); }).contains(QStringLiteral("time it took")));
    wrong.minutes = 20;
    for (const QString& note : {QStringLiteral("Om 19640823-3234"), QStringLiteral("Om 640823-3234"),
                                QStringLiteral("om 6408233234 i teamet")}) {
        wrong.note = note;
        CHECK(firstMessage([&] { staff.saveUnitWork(wrong); }).contains(QStringLiteral("identity numbers")));
    }
    wrong.note = QStringLiteral("Telefon 0701234567 till vårdcentralen"); // ten digits, not a date: kept
    CHECK(firstMessage([&] { staff.saveUnitWork(wrong); }).isEmpty());

    CHECK(staff.unitWork().size() == 3);
    CHECK(staff.unitWork(FixedToday.addDays(-7), FixedToday).size() == 2);
    CHECK(staff.unitWork().last().kind == UnitWorkKind::TeamMeeting); // newest first

    advice.minutes = 45;
    staff.saveUnitWork(advice);
    CHECK(staff.unitWork(FixedToday, FixedToday).first().minutes == 20); // the newest entry first
    staff.removeUnitWork(team.id);
    CHECK(staff.unitWork().size() == 2);
}
