// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's daily work in the GUI: the worklist as the start screen, and the plan and meetings of
// a case.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "models/RecordTableModel.h"
#include "models/WorklistModel.h"
#include "views/CaseListPage.h"
#include "views/CaseView.h"
#include "views/MeetingsPanel.h"
#include "views/PlanPanel.h"
#include "views/WorklistPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
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
    // A new, active case with nothing booked: new this week and without a follow-up.
    CHECK(model.count(Kind::NewCase) == 1);
    CHECK(model.count(Kind::NoFollowUp) == 1);
    CHECK(model.totalCount() == 2);
    const QModelIndex heading = model.index(0, 0);
    CHECK(heading.data().toString().endsWith(QStringLiteral("(1)")));
    CHECK(model.itemAt(heading) == nullptr);
    CHECK(model.itemAt(model.index(0, 0, heading))->caseId == created.caseId);
    CHECK(model.parent(model.index(0, 2, heading)) == heading);
}

TEST_CASE("The worklist is the start screen; an item opens its case where the matter is, and Back returns",
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
    CHECK((meetings->recordText().contains(QStringLiteral("Avstämningsmöte")) ||
           meetings->recordText().contains(QStringLiteral("Uppföljningsmöte"))));
    tests::screenshot(&fixture.window, QStringLiteral("case-meetings"));

    child<QPushButton>(fixture.window.caseView(), "backButton")->click();
    CHECK(page->isVisible());
    CHECK(navigation->currentRow() == 0);

    navigation->setCurrentRow(1);
    CHECK(fixture.window.caseListPage()->isVisible());
}

TEST_CASE("An empty day says so instead of showing an empty list", "[ui][worklist]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto* page = fixture.window.worklistPage();
    CHECK(child<QLabel>(page, "worklistEmpty")->isVisibleTo(page));
    CHECK_FALSE(child<QTreeView>(page, "worklistView")->isVisibleTo(page));
}
