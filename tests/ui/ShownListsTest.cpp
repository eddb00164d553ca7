// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 (PDL): showing patients in a list is reading their data. The case list, Idag and the calendar each log
// one entry naming the patients that came on the screen, once per patient, view and session, not per repaint.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "core/records/AuditLog.h"
#include "core/workspace/Workspace.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/WorklistPage.h"
#include "ui/widgets/ShownPatientsLog.h"

#include <QTest>
#include <catch2/catch.hpp>

using namespace koordinera;

namespace {

QList<core::AuditLog::Entry> shownFrom(core::Workspace& workspace, const QString& view)
{
    QList<core::AuditLog::Entry> found;
    for (const auto& entry : workspace.audit().entries()) {
        if (entry.action == QStringLiteral("view_list") && entry.object == QStringLiteral("list ") + view)
            found.append(entry);
    }
    return found;
}

} // namespace

TEST_CASE("Patients shown in the case list, Idag and the calendar are logged once per view and session",
          "[ui][audit][pdl]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    const auto goran = tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                      QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 12, 31));
    const auto maria =
        tests::addCase(workspace, QStringLiteral("810312-2381"), QStringLiteral("Maria"), QStringLiteral("Lind"));
    fixture.window.show();

    // The case list: once it has settled, one entry names both.
    fixture.window.showCaseList();
    QTest::qWait(ui::ShownPatientsLog::SettleMs + 200);
    auto caseList = shownFrom(workspace, QStringLiteral("case_list"));
    REQUIRE(caseList.size() == 1);
    CHECK(caseList.first().details.contains(QStringLiteral("196408233234")));
    CHECK(caseList.first().details.contains(QStringLiteral("198103122381")));
    CHECK(core::AuditLog::objectLabel(caseList.first().object) == QStringLiteral("Ärendelistan"));

    // Shown again, refreshed, repainted: nothing new to log.
    auto* log = fixture.window.caseListPage()->findChild<ui::ShownPatientsLog*>();
    REQUIRE(log != nullptr);
    fixture.window.showWorklist();
    fixture.window.showCaseList();
    log->recordNow();
    CHECK(shownFrom(workspace, QStringLiteral("case_list")).size() == 1);

    // A new case comes on the screen: an entry for it alone.
    const auto eva =
        tests::addCase(workspace, QStringLiteral("850615-1128"), QStringLiteral("Eva"), QStringLiteral("Ek"));
    QApplication::processEvents();
    log->recordNow();
    caseList = shownFrom(workspace, QStringLiteral("case_list"));
    REQUIRE(caseList.size() == 2);
    CHECK(caseList.last().details == QStringLiteral("1 patients: 198506151128"));

    // Idag lists every one of them (no consent to coordination); its own entry.
    fixture.window.showWorklist();
    fixture.window.worklistPage()->findChild<ui::ShownPatientsLog*>()->recordNow();
    const auto today = shownFrom(workspace, QStringLiteral("worklist"));
    REQUIRE(today.size() == 1);
    CHECK(today.first().details.startsWith(QStringLiteral("3 patients:")));

    // The calendar names the patients of the week shown.
    core::Meeting meeting;
    meeting.caseId = goran.caseId;
    meeting.startsAt = QDateTime(tests::FixedToday.addDays(1), QTime(10, 0));
    meeting.place = QStringLiteral("Vårdcentralen");
    workspace.meetings().save(meeting);
    fixture.window.showCalendar();
    const auto calendar = shownFrom(workspace, QStringLiteral("calendar"));
    REQUIRE(calendar.size() == 1);
    CHECK(calendar.first().details == QStringLiteral("1 patients: 196408233234"));

    // Maria's log extract shows the readings of the lists that named her.
    const auto marias = workspace.audit().entriesForPatient(maria.patientId);
    CHECK(std::count_if(marias.cbegin(), marias.cend(), [](const core::AuditLog::Entry& entry) {
              return entry.action == QStringLiteral("view_list");
          }) == 2);
    CHECK(workspace.audit().firstBrokenEntry() == 0);
    (void)eva;
}
