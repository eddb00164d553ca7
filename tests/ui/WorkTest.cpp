// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's daily work in the GUI: the worklist as the start screen, and the plan and meetings of
// a case.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "core/domain/DomainText.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/models/WorklistModel.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"
#include "ui/views/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using Kind = core::Worklist::Kind;

namespace {

// The first item of `kind` in the worklist view, or an invalid index.
QModelIndex firstItemOf(ui::WorklistModel* model, Kind kind)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex heading = model->index(group, 0);
        const QModelIndex first = model->index(0, 0, heading);
        if (first.isValid() && model->itemAt(first)->kind == kind)
            return first;
    }
    return {};
}

// A main window on a new database with one case: the database (owned by the window) and the case.
std::pair<core::Workspace*, core::NewCaseResult> openOneCase(tests::MainWindowFixture& fixture)
{
    auto workspace = tests::makeWorkspace();
    const auto created =
        tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    core::Workspace* raw = workspace.get();
    fixture.window.setWorkspace(std::move(workspace));
    return {raw, created};
}

} // namespace

TEST_CASE("The worklist model passes QAbstractItemModelTester and follows changes", "[ui][model][worklist]")
{
    auto workspace = tests::makeWorkspace();
    ui::WorklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    CHECK(model.rowCount() == 0);
    const auto created =
        tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    // A new, active case with nothing booked and no consent: new this week, without a follow-up, without consent.
    CHECK(model.count(Kind::NewCase) == 1);
    CHECK(model.count(Kind::NoFollowUp) == 1);
    CHECK(model.count(Kind::NoConsent) == 1);
    CHECK(model.totalCount() == 3);
    const QModelIndex heading = model.index(0, 0);
    CHECK(heading.data().toString().endsWith(QStringLiteral("(1)")));
    CHECK(model.itemAt(heading) == nullptr);
    CHECK(model.itemAt(model.index(0, 0, heading))->caseId == created.caseId);
    CHECK(model.parent(model.index(0, 2, heading)) == heading);
}

TEST_CASE("Opening a case reads that case only: its access-log entry does not make the lists read everything again",
          "[ui][worklist][performance]")
{
    tests::MainWindowFixture fixture;
    const auto [raw, created] = openOneCase(fixture);
    int caseListReads = 0;
    int worklistReads = 0;
    QObject::connect(fixture.window.caseListPage()->model(), &QAbstractItemModel::modelReset,
                     [&caseListReads] { ++caseListReads; });
    QObject::connect(fixture.window.worklistPage()->model(), &QAbstractItemModel::modelReset,
                     [&worklistReads] { ++worklistReads; });
    const qint64 logBefore = raw->audit().count();
    fixture.window.openCase(created.caseId);
    CHECK(raw->audit().count() == logBefore + 1); // the opening is logged...
    CHECK(caseListReads == 0);                    // ...and the lists are left as they are
    CHECK(worklistReads == 0);

    core::Activity note;
    note.caseId = created.caseId;
    note.occurredAt = QDateTime(QDate::currentDate(), QTime(9, 0));
    note.note = QStringLiteral("Samtal med patienten.");
    raw->activities().add(note);
    CHECK(caseListReads == 1); // a real change still reaches them
    CHECK(worklistReads == 1);
}

TEST_CASE("The case list out of sight is read again once, when it comes back", "[ui][worklist][performance]")
{
    tests::MainWindowFixture fixture;
    core::Workspace* raw = openOneCase(fixture).first;
    fixture.window.show();
    fixture.window.showWorklist();
    int caseListReads = 0;
    QObject::connect(fixture.window.caseListPage()->model(), &QAbstractItemModel::modelReset,
                     [&caseListReads] { ++caseListReads; });
    for (const QString& identity : {QStringLiteral("701063-2391"), QStringLiteral("811218-9876")})
        tests::addCase(*raw, identity, QStringLiteral("Åsa"), QStringLiteral("Ek"));
    CHECK(caseListReads == 0); // two saves while Idag is shown: the hidden list is not read
    fixture.window.showCaseList();
    CHECK(caseListReads == 1);
    CHECK(fixture.window.caseListPage()->model()->rowCount() == 3);
    CHECK(fixture.window.caseListPage()->model()->caseIdAt(0) > 0);

    // Another database opened while Idag is shown: the old rows go at once, the new list waits to be shown.
    fixture.window.showWorklist();
    auto other = tests::makeWorkspace();
    tests::addCase(*other, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Ek"));
    fixture.window.setWorkspace(std::move(other));
    CHECK(fixture.window.caseListPage()->model()->rowCount() == 0);
    fixture.window.showCaseList();
    CHECK(fixture.window.caseListPage()->model()->rowCount() == 1);
}

TEST_CASE("The worklist is the start screen — an item opens its case where the matter is, and Back returns",
          "[ui][worklist]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    auto* page = fixture.window.worklistPage();
    REQUIRE(page->isVisible());
    auto* model = page->model();
    CHECK(model->totalCount() > 10);
    auto* navigation = child<QListWidget>(&fixture.window, "navigation");
    CHECK(navigation->item(0)->text() == QStringLiteral("Idag (%1)").arg(model->totalCount()));
    CHECK(child<QLabel>(page, "worklistHeading")->text().contains(QStringLiteral("v. ")));
    tests::screenshot(&fixture.window, QStringLiteral("worklist"));

    const QModelIndex overdue = firstItemOf(model, Kind::OverdueAction);
    REQUIRE(overdue.isValid());
    const qint64 caseId = model->itemAt(overdue)->caseId;
    page->activate(overdue);
    CHECK(fixture.window.caseView()->isVisible());
    CHECK(fixture.window.caseView()->caseId() == caseId);
    CHECK(fixture.window.caseView()->currentTab() == ui::CaseView::Tab::Plan);
    auto* plan = child<ui::PlanPanel>(fixture.window.caseView(), "planPanel");
    bool overdueShown = false;
    for (int row = 0; row < plan->actions()->rowCount(); ++row)
        overdueShown |= plan->actions()->rowAt(row)->tone == ui::RecordTableModel::Tone::Warning;
    CHECK(overdueShown);
    CHECK(plan->summaryText().contains(QStringLiteral("Patientens mål")));
    tests::screenshot(&fixture.window, QStringLiteral("case-plan"));

    child<QTabWidget>(fixture.window.caseView(), "caseTabs")->setCurrentIndex(int(ui::CaseView::Tab::Meetings));
    auto* meetings = child<ui::MeetingsPanel>(fixture.window.caseView(), "meetingsPanel");
    REQUIRE(meetings->meetings()->rowCount() >= 1);
    // The first row is selected, and its record is the meeting the panel shows.
    CHECK(meetings->meetings()->recordAt(0)->id == meetings->meetings()->rowAt(0)->id);
    CHECK(meetings->recordText().contains(core::text::labelOf(meetings->meetings()->recordAt(0)->kind)));
    CHECK((meetings->recordText().contains(QStringLiteral("Avstämningsmöte")) ||
           meetings->recordText().contains(QStringLiteral("Uppföljningsmöte"))));
    tests::screenshot(&fixture.window, QStringLiteral("case-meetings"));

    child<QPushButton>(fixture.window.caseView(), "backButton")->click();
    CHECK(page->isVisible());
    CHECK(navigation->currentRow() == 0);

    navigation->setCurrentRow(1);
    CHECK(fixture.window.caseListPage()->isVisible());
}

TEST_CASE("Idag's groups fold: today's matters open, long lists of later ones folded until the user opens them",
          "[ui][worklist]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    auto* page = fixture.window.worklistPage();
    auto* model = page->model();
    auto* view = page->view();
    int folded = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex heading = model->index(row, 0);
        const Kind kind = model->kindOfGroup(row);
        const int count = model->rowCount(heading);
        INFO(heading.data().toString().toStdString());
        // Every heading says how many it holds, folded or not.
        CHECK(heading.data().toString().contains(QStringLiteral("(%1)").arg(count)));
        CHECK(view->isExpanded(heading) == !ui::WorklistPage::startsFolded(kind, count));
        if (kind == Kind::OverdueAction || kind == Kind::MeetingToday)
            CHECK(view->isExpanded(heading));
        if (!view->isExpanded(heading) && folded < 0)
            folded = row;
    }
    REQUIRE(folded >= 0); // the demo has a long list of later matters
    tests::screenshot(&fixture.window, QStringLiteral("worklist-folded"));

    // Opened by the user, it stays open when Idag is read again.
    const Kind kind = model->kindOfGroup(folded);
    view->expand(model->index(folded, 0));
    model->refresh();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->kindOfGroup(row) == kind)
            CHECK(view->isExpanded(model->index(row, 0)));
    }
}

TEST_CASE("An empty day says so instead of showing an empty list", "[ui][worklist]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto* page = fixture.window.worklistPage();
    CHECK(child<QLabel>(page, "worklistEmpty")->isVisibleTo(page));
    CHECK_FALSE(child<QTreeView>(page, "worklistView")->isVisibleTo(page));
}

TEST_CASE("The week calendar shows the week's meetings and due actions and exports them", "[ui][calendar]")
{
    QTemporaryDir dir;
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    fixture.window.showCalendar();
    auto* page = fixture.window.calendarPage();
    REQUIRE(page->isVisible());
    const auto today = fixture.window.workspace()->today();
    CHECK(page->week().week == today.weekNumber());
    CHECK(child<QLabel>(page, "calendarTitle")->text().startsWith(QStringLiteral("Vecka %1").arg(today.weekNumber())));
    int shown = 0;
    for (int day = 1; day <= 7; ++day)
        shown += page->dayList(day)->count();
    if (shown == 0) { // a quiet week: the next one has the follow-ups the demo books
        child<QPushButton>(page, "nextWeekButton")->click();
        for (int day = 1; day <= 7; ++day)
            shown += page->dayList(day)->count();
    }
    REQUIRE(shown > 0);
    tests::screenshot(&fixture.window, QStringLiteral("calendar"));
    // An empty day shows no scroll bar; every entry's text fits beside the bar a full day would get.
    for (int day = 1; day <= 7; ++day) {
        QListWidget* list = page->dayList(day);
        if (list->count() == 0)
            CHECK_FALSE(list->verticalScrollBar()->isVisible());
        for (int row = 0; row < list->count(); ++row) {
            const QStringList lines = list->item(row)->text().split(QLatin1Char('\n'));
            for (const QString& line : lines)
                CHECK(list->fontMetrics().horizontalAdvance(line) <= list->viewport()->width());
        }
    }

    const QString path = dir.filePath(QStringLiteral("vecka.ics"));
    tests::prompts().onFile = [&path](QWidget*, const ui::Prompts::FileRequest& request) {
        CHECK(request.suggestedName.endsWith(QStringLiteral(".ics")));
        return path;
    };
    const qint64 logBefore = fixture.window.workspace()->audit().count();
    REQUIRE(page->exportWeek());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const qint64 meetings = ics.count("BEGIN:VEVENT");
    CHECK(fixture.window.workspace()->audit().count() == logBefore + meetings);

    tests::prompts().onFile = [](QWidget*, const ui::Prompts::FileRequest&) {
        return QStringLiteral("/saknas/mapp/vecka.ics");
    };
    CHECK_FALSE(page->exportWeek());
    CHECK(page->lastError().contains(QStringLiteral("/saknas/mapp")));

    // An entry opens its case; Back returns to the calendar.
    QListWidget* list = nullptr;
    for (int day = 1; day <= 7 && !list; ++day) {
        if (page->dayList(day)->count())
            list = page->dayList(day);
    }
    REQUIRE(list);
    Q_EMIT list->itemActivated(list->item(0));
    CHECK(fixture.window.caseView()->isVisible());
    child<QPushButton>(fixture.window.caseView(), "backButton")->click();
    CHECK(page->isVisible());

    child<QPushButton>(page, "previousWeekButton")->click();
    child<QPushButton>(page, "thisWeekButton")->click();
    CHECK(page->week().monday == core::IsoWeek::of(today).monday);
}
