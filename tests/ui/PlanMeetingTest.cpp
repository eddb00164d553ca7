// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the joint action plan and recording meetings in the GUI: actions with responsible parties, order,
// undo, adoption and versions; booking, holding and following up a meeting; the 4 § impuls.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "dialogs/ActionDialog.h"
#include "dialogs/AdoptPlanDialog.h"
#include "dialogs/PlanCompareDialog.h"
#include "dialogs/PlanDialog.h"
#include "domain/PlanRules.h"
#include "models/RecordTableModel.h"
#include "services/Workspace.h"
#include "views/CaseView.h"
#include "views/PlanPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::typeText;

namespace {

// A main window on one active case with an employer contact (a named manager), open on `tab`.
struct CaseFixture : tests::MainWindowFixture
{
    core::Workspace* workspace = nullptr;
    qint64 caseId = 0;
    qint64 employerId = 0;

    explicit CaseFixture(ui::CaseView::Tab tab)
    {
        window.setWorkspace(tests::makeWorkspace());
        workspace = window.workspace();
        caseId = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                QStringLiteral("Öberg"), QDate(2026, 10, 1))
                     .caseId;
        core::CaseContact contact{0, caseId, 0, 0, QStringLiteral("närmaste chef"), {}};
        core::Actor employer{0, core::ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, {}};
        core::ContactPerson manager{0, 0, QStringLiteral("Åsa Lindqvist"), QStringLiteral("produktionschef"), {}, {}};
        workspace->actors().saveContact(contact, &employer, &manager);
        employerId = employer.id;
        window.show();
        window.caseView()->showCase(caseId, tab);
    }

    ui::PlanPanel* plan() { return child<ui::PlanPanel>(window.caseView(), "planPanel"); }
    core::PlanVersion current() { return workspace->plans().current(caseId).value_or(core::PlanVersion{}); }
    QStringList descriptions()
    {
        QStringList result;
        for (const auto& action : current().actions)
            result << action.description;
        return result;
    }
};

void chooseResponsible(ui::ActionDialog* dialog, const QString& startOfLabel)
{
    auto* combo = child<QComboBox>(dialog, "responsibleCombo");
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(startOfLabel)) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    FAIL("no responsible choice starting with " << startOfLabel.toStdString());
}

void addActionThroughDialog(ui::PlanPanel* plan, const QString& description, const QString& responsible,
                            const QString& person = {})
{
    tests::whenDialogOpens<ui::ActionDialog>([=](ui::ActionDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "descriptionEdit"), description);
        chooseResponsible(dialog, responsible);
        if (!person.isEmpty())
            child<QComboBox>(dialog, "personCombo")->setEditText(person);
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(plan, "addActionButton")->click();
}

} // namespace

TEST_CASE("The plan is written in the plan tab: actions with responsible parties, order, undo, adoption", "[ui][plan]")
{
    CaseFixture fixture(ui::CaseView::Tab::Plan);
    auto* plan = fixture.plan();
    auto* undo = fixture.window.undoStack();
    CHECK(child<QLabel>(plan, "planState")->text().contains(QStringLiteral("Ingen gemensam handlingsplan")));
    CHECK_FALSE(child<QPushButton>(plan, "adoptPlanButton")->isEnabled());

    // The employer's manager is offered as the responsible person once the employer is chosen.
    tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "descriptionEdit"), QStringLiteral("Arbetsplatsbesök"));
        chooseResponsible(dialog, QStringLiteral("Sågverket i Åmål AB"));
        auto* person = child<QComboBox>(dialog, "personCombo");
        CHECK(person->findText(QStringLiteral("Åsa Lindqvist")) >= 0);
        person->setCurrentIndex(person->findText(QStringLiteral("Åsa Lindqvist")));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(plan, "addActionButton")->click();
    addActionThroughDialog(plan, QStringLiteral("Samtal om sömn och återhämtning"), QStringLiteral("Vårdcentralen"));
    addActionThroughDialog(plan, QStringLiteral("Promenad varje dag"), QStringLiteral("Patienten"));

    REQUIRE(fixture.current().actions.size() == 3);
    const auto first = fixture.current().actions.at(0);
    CHECK(first.responsibleKind == core::ResponsibleKind::Actor);
    CHECK(first.responsibleActorId == fixture.employerId);
    CHECK(first.responsiblePerson == QStringLiteral("Åsa Lindqvist"));
    CHECK(fixture.current().isDraft());
    CHECK(plan->actions()->rowAt(0)->cells.at(1) == QStringLiteral("Sågverket i Åmål AB (Åsa Lindqvist)"));
    CHECK(fixture.current().background.contains(QStringLiteral("100 %"))); // the first draft is written from the case

    SECTION("a cancelled action needs a reason before it can be saved")
    {
        plan->findChild<QTableView*>(QStringLiteral("planActionTable"))->selectRow(1);
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* dialog) {
            auto* status = child<QComboBox>(dialog, "statusCombo");
            status->setCurrentIndex(status->findData(int(core::ActionStatus::Cancelled)));
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK(dialog->isVisible());
            CHECK(dialog->errors().messageFor(QStringLiteral("cancelReason")).contains(QStringLiteral("varför")));
            typeText(child<QLineEdit>(dialog, "cancelReasonEdit"), QStringLiteral("Fick tid i psykiatrin"));
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK_FALSE(dialog->isVisible());
        });
        child<QPushButton>(plan, "editActionButton")->click();
        CHECK(fixture.current().actions.at(1).status == core::ActionStatus::Cancelled);
        CHECK(fixture.current().actions.at(1).cancelReason == QStringLiteral("Fick tid i psykiatrin"));
    }
    SECTION("actions move with the keys' buttons and by drag and drop, and each move is undone alone")
    {
        auto* table = plan->findChild<QTableView*>(QStringLiteral("planActionTable"));
        table->selectRow(2);
        child<QPushButton>(plan, "moveActionUpButton")->click();
        CHECK(fixture.descriptions() == QStringList{QStringLiteral("Arbetsplatsbesök"),
                                                    QStringLiteral("Promenad varje dag"),
                                                    QStringLiteral("Samtal om sömn och återhämtning")});
        CHECK(table->currentIndex().row() == 1); // the moved action stays selected

        // Dragging the first action onto the last row puts it before that row.
        auto* model = plan->actions();
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(0, 0)}));
        CHECK_FALSE(model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->index(2, 0)));
        QApplication::processEvents();
        CHECK(fixture.descriptions() == QStringList{QStringLiteral("Promenad varje dag"),
                                                    QStringLiteral("Arbetsplatsbesök"),
                                                    QStringLiteral("Samtal om sömn och återhämtning")});
        undo->undo();
        undo->undo();
        CHECK(fixture.descriptions() == QStringList{QStringLiteral("Arbetsplatsbesök"),
                                                    QStringLiteral("Samtal om sömn och återhämtning"),
                                                    QStringLiteral("Promenad varje dag")});
        undo->redo();
        CHECK(fixture.descriptions().at(1) == QStringLiteral("Promenad varje dag"));
        undo->undo();
        undo->undo(); // the third action
        CHECK(fixture.current().actions.size() == 2);
        undo->undo();
        undo->undo(); // the first action: no plan at all again
        CHECK_FALSE(fixture.workspace->plans().current(fixture.caseId).has_value());
        CHECK(plan->actions()->rowCount() == 0);
    }
    SECTION("adopt once the plan names who is responsible and the next follow-up; later edits make version 2")
    {
        tests::whenDialogOpens<ui::AdoptPlanDialog>([](ui::AdoptPlanDialog* dialog) {
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK(dialog->isVisible()); // refused: nobody overall responsible, no follow-up booked
            dialog->reject();
        });
        child<QPushButton>(plan, "adoptPlanButton")->click();
        CHECK(fixture.current().isDraft());

        tests::whenDialogOpens<ui::PlanDialog>([](ui::PlanDialog* dialog) {
            typeText(child<QPlainTextEdit>(dialog, "patientGoalEdit"), QStringLiteral("Tillbaka på sågen till jul"));
            auto* responsible = child<QComboBox>(dialog, "overallResponsibleCombo");
            REQUIRE(responsible->count() >= 1);
            responsible->setCurrentIndex(0);
            child<QCheckBox>(dialog, "followUpBookedCheck")->setChecked(true);
            child<QDateTimeEdit>(dialog, "followUpAtEdit")->setDateTime(QDateTime(QDate(2026, 12, 14), QTime(9, 30)));
            typeText(child<QLineEdit>(dialog, "followUpPlaceEdit"), QStringLiteral("Vårdcentralen Åmål"));
            child<QPushButton>(dialog, "saveButton")->click();
        });
        child<QPushButton>(plan, "editPlanButton")->click();
        CHECK(fixture.current().patientGoal == QStringLiteral("Tillbaka på sågen till jul"));
        CHECK(fixture.current().followUpAt == QDateTime(QDate(2026, 12, 14), QTime(9, 30)));
        CHECK(fixture.current().distribution.contains(QStringLiteral("Patienten")));

        tests::whenDialogOpens<ui::AdoptPlanDialog>(
            [](ui::AdoptPlanDialog* dialog) { child<QPushButton>(dialog, "saveButton")->click(); });
        child<QPushButton>(plan, "adoptPlanButton")->click();
        CHECK(fixture.current().adoptedOn == tests::FixedToday);
        CHECK_FALSE(child<QPushButton>(plan, "adoptPlanButton")->isEnabled());
        CHECK(child<QLabel>(plan, "planState")->text().contains(QStringLiteral("version 2")));

        plan->findChild<QTableView*>(QStringLiteral("planActionTable"))->selectRow(0);
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* dialog) {
            auto* status = child<QComboBox>(dialog, "statusCombo");
            status->setCurrentIndex(status->findData(int(core::ActionStatus::Done)));
            typeText(child<QPlainTextEdit>(dialog, "resultEdit"), QStringLiteral("Höj- och sänkbart bord beställt"));
            child<QPushButton>(dialog, "saveButton")->click();
        });
        child<QPushButton>(plan, "editActionButton")->click();
        CHECK(fixture.current().version == 2);
        CHECK(fixture.current().isDraft());
        CHECK(fixture.workspace->plans().version(fixture.caseId, 1)->actions.at(0).status ==
              core::ActionStatus::Planned);
        CHECK(plan->shownVersion() == 2);

        ui::PlanCompareDialog compare(fixture.workspace->plans().versions(fixture.caseId), {});
        compare.compare(1, 2);
        CHECK(compare.changesText().contains(QStringLiteral("Ändrad åtgärd")));
        CHECK(compare.changesText().contains(QStringLiteral("Höj- och sänkbart bord beställt")));

        // Undo of the first edit after adopting removes the new draft: version 1 is the plan again.
        undo->undo();
        CHECK(fixture.current().version == 1);
        CHECK_FALSE(fixture.current().isDraft());
        undo->redo();
        CHECK(fixture.current().version == 2);
    }
    SECTION("an undo over a plan changed since (a meeting added actions) is refused and changes nothing")
    {
        QStringList reported;
        fixture.window.setErrorReporter([&reported](QWidget*, const QString& message) { reported << message; });
        QList<core::PlanAction> agreed{core::PlanAction{}};
        agreed[0].description = QStringLiteral("Kontakt med Arbetsförmedlingen");
        agreed[0].responsibleKind = core::ResponsibleKind::Patient;
        fixture.workspace->plans().appendActions(fixture.caseId, agreed);
        undo->undo();
        REQUIRE(reported.size() == 1);
        CHECK(reported.first().contains(QStringLiteral("ändrats")));
        CHECK(fixture.current().actions.size() == 4);
    }
}
