// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the joint action plan and recording meetings in the GUI: actions with responsible parties, order,
// undo, adoption and versions; booking, holding and following up a meeting; the 4 § impuls.
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "TestWorkspace.h"
#include "core/domain/PlanRules.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/AdoptPlanDialog.h"
#include "ui/dialogs/CareTeamDialog.h"
#include "ui/dialogs/ImpulseDialog.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/dialogs/PlanCompareDialog.h"
#include "ui/dialogs/PlanDialog.h"
#include "ui/dialogs/PreparationDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/StaffDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/models/WorklistModel.h"
#include "ui/views/CalendarPage.h"
#include "ui/views/CaseChoices.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"
#include "ui/views/WorklistPage.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/TemplateEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
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

    explicit CaseFixture(core::CaseArea area)
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
        window.openCaseAt(caseId, area);
        REQUIRE(window.caseView()->isVisible());
    }

    ui::PlanPanel* plan() { return child<ui::PlanPanel>(window.caseView(), "planPanel"); }
    ui::MeetingsPanel* meetings() { return child<ui::MeetingsPanel>(window.caseView(), "meetingsPanel"); }
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

// How many worklist items of `kind` concern `caseId`.
int worklistItems(ui::WorklistModel* model, core::Worklist::Kind kind, qint64 caseId)
{
    int found = 0;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex heading = model->index(group, 0);
        for (int row = 0; row < model->rowCount(heading); ++row) {
            const auto* item = model->itemAt(model->index(row, 0, heading));
            found += item && item->kind == kind && item->caseId == caseId ? 1 : 0;
        }
    }
    return found;
}

QStringList entriesOn(ui::CalendarPage* page, int dayOfWeek)
{
    QStringList texts;
    for (int row = 0; row < page->dayList(dayOfWeek)->count(); ++row)
        texts << page->dayList(dayOfWeek)->item(row)->text();
    return texts;
}

// Books a meeting through the dialog: an avstämningsmöte at `at` in the clinic, everyone suggested invited.
// A plan adopted on `adoptedOn` for the patient and Försäkringskassan, with one action and its follow-up.
void adoptPlanForFk(core::Workspace& workspace, qint64 caseId, const QDate& followUpOn, const QDate& adoptedOn)
{
    core::PlanVersion draft = workspace.plans().newDraft(caseId);
    core::PlanAction action;
    action.description = QStringLiteral("Arbetsträning på lagret");
    draft.actions << action;
    draft.overallResponsible = QStringLiteral("Rehabkoordinatorn");
    draft.followUpAt = QDateTime(followUpOn, QTime(10, 0));
    draft.followUpPlace = QStringLiteral("Vårdcentralen");
    draft.distribution << QStringLiteral("Försäkringskassan");
    workspace.plans().saveDraft(draft);
    workspace.plans().adopt(caseId, adoptedOn);
}

// The patient's consents to coordination and to informing Försäkringskassan, given a month ago.
void giveConsents(core::Workspace& workspace, qint64 caseId)
{
    for (const auto scope : {core::ConsentScope::Coordination, core::ConsentScope::InformFk}) {
        core::Consent consent;
        consent.caseId = caseId;
        consent.scope = scope;
        consent.givenOn = tests::FixedToday.addDays(-30);
        workspace.consents().save(consent);
    }
}

void bookThroughDialog(ui::MeetingsPanel* meetings, const QDateTime& at)
{
    tests::whenDialogOpens<ui::MeetingDialog>([at](ui::MeetingDialog* dialog) {
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(core::MeetingKind::Avstamning)));
        child<QDateTimeEdit>(dialog, "startsAtEdit")->setDateTime(at);
        typeText(child<QLineEdit>(dialog, "placeEdit"), QStringLiteral("Vårdcentralen Åmål, rum 3"));
        typeText(child<QLineEdit>(dialog, "fkOfficerEdit"), QStringLiteral("Örjan Sjöberg"));
        CHECK(child<QTableWidget>(dialog, "participantTable")->rowCount() == 3); // patient, coordinator, manager
        tests::screenshot(dialog, QStringLiteral("meeting-book"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "bookMeetingButton")->click();
}

} // namespace

TEST_CASE("A responsible party is named once, with its kind only where the name does not say it", "[ui][plan]")
{
    auto workspace = tests::makeWorkspace();
    const qint64 caseId = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                         QStringLiteral("Öberg"), QDate(2026, 10, 1))
                              .caseId;
    core::CaseContact fkContact{0, caseId, 0, 0, QStringLiteral("handläggare"), {}};
    core::Actor fk{0, core::ActorKind::Forsakringskassan, QStringLiteral("Försäkringskassan"), {}, {}, {}};
    workspace->actors().saveContact(fkContact, &fk, nullptr);
    core::CaseContact employerContact{0, caseId, 0, 0, QStringLiteral("närmaste chef"), {}};
    core::Actor employer{0, core::ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, {}};
    workspace->actors().saveContact(employerContact, &employer, nullptr);

    QStringList labels;
    for (const auto& choice : ui::CaseChoices::responsible(*workspace, caseId))
        labels << choice.label;
    CHECK(labels.contains(QStringLiteral("Försäkringskassan")));
    CHECK(labels.contains(QStringLiteral("Sågverket i Åmål AB (arbetsgivare)")));
    CHECK_FALSE(labels.join(QLatin1Char('|')).contains(QStringLiteral("(försäkringskassan)")));
}

TEST_CASE("The plan is written in the plan tab: actions with responsible parties, order, undo, adoption", "[ui][plan]")
{
    CaseFixture fixture(core::CaseArea::Plan);
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
        tests::screenshot(dialog, QStringLiteral("action-dialog"));
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
    // The table holds the actions themselves, in the plan's order, beside their formatted rows.
    REQUIRE(plan->actions()->records().size() == 3);
    CHECK(plan->actions()->recordAt(0)->id == first.id);
    CHECK(plan->actions()->recordAt(2)->description == QStringLiteral("Promenad varje dag"));
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

        // Alt+Up and Alt+Down move it from the keyboard too.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
        CHECK(fixture.descriptions().at(2) == QStringLiteral("Promenad varje dag"));
        QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
        CHECK(fixture.descriptions().at(1) == QStringLiteral("Promenad varje dag"));
        undo->undo();
        undo->undo(); // the keyboard's two moves

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
            tests::screenshot(dialog, QStringLiteral("plan-dialog"));
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

        tests::screenshot(&fixture.window, QStringLiteral("plan-editor"));
        ui::PlanCompareDialog compare(fixture.workspace->plans().versions(fixture.caseId), {});
        compare.compare(1, 2);
        compare.show();
        tests::screenshot(&compare, QStringLiteral("plan-compare"));
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
        fixture.prompts.onError = [&reported](QWidget*, const QString& message) {
            reported << message;
        };
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

TEST_CASE("A meeting is held, its two actions go into the plan and the follow-up is booked — Idag and Kalender "
          "show it",
          "[ui][meeting][flow]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    auto* meetings = fixture.meetings();
    auto* worklist = fixture.window.worklistPage()->model();
    const QDateTime at(tests::FixedToday, QTime(10, 0));
    CHECK(worklistItems(worklist, core::Worklist::Kind::NoFollowUp, fixture.caseId) == 1);

    bookThroughDialog(meetings, at);
    auto booked = fixture.workspace->meetings().meetings(fixture.caseId);
    REQUIRE(booked.size() == 1);
    CHECK(booked.first().status == core::MeetingStatus::Booked);
    CHECK(booked.first().participants.size() == 3);
    CHECK(worklistItems(worklist, core::Worklist::Kind::MeetingToday, fixture.caseId) == 1);
    CHECK(worklistItems(worklist, core::Worklist::Kind::NoFollowUp, fixture.caseId) == 0);

    meetings->selectMeeting(booked.first().id);
    tests::whenDialogOpens<ui::MeetingDialog>([&fixture](ui::MeetingDialog* dialog) {
        auto* tabs = child<QTabWidget>(dialog, "meetingTabs");
        CHECK(tabs->count() == 4);
        // The manager could not come.
        auto* participants = child<QTableWidget>(dialog, "participantTable");
        participants->item(2, 2)->setCheckState(Qt::Unchecked);
        typeText(child<QPlainTextEdit>(dialog, "patientViewEdit"),
                 QStringLiteral("Vill tillbaka men orkar inte heltid."));
        typeText(child<QPlainTextEdit>(dialog, "careReportEdit"),
                 QStringLiteral("Nedsatt uthållighet och koncentration; klarar 2–3 timmar stillasittande arbete."));
        typeText(child<QPlainTextEdit>(dialog, "workOptionsEdit"), QStringLiteral("Kontorsuppgifter på förmiddagar."));
        typeText(child<QPlainTextEdit>(dialog, "summaryEdit"),
                 QStringLiteral("Arbetsträning 25 % från v. 49. Arbetsgivaren ordnar kontorsplats."));
        tabs->setCurrentIndex(1);
        tests::screenshot(dialog, QStringLiteral("meeting-record"));

        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            typeText(child<QPlainTextEdit>(action, "descriptionEdit"),
                     QStringLiteral("Ordna kontorsplats för arbetsträning"));
            chooseResponsible(action, QStringLiteral("Sågverket i Åmål AB"));
            child<QComboBox>(action, "personCombo")->setEditText(QStringLiteral("Åsa Lindqvist"));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->addAction();
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            typeText(child<QPlainTextEdit>(action, "descriptionEdit"), QStringLiteral("Arbetsträna 25 %, förmiddagar"));
            chooseResponsible(action, QStringLiteral("Patienten"));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->addAction();
        CHECK(dialog->agreedActions().size() == 2);
        tabs->setCurrentIndex(2);
        tests::screenshot(dialog, QStringLiteral("meeting-record-actions"));

        tabs->setCurrentIndex(3);
        CHECK(child<QCheckBox>(dialog, "bookNextCheck")->isChecked());
        child<QDateTimeEdit>(dialog, "nextStartsAtEdit")->setDateTime(QDateTime(QDate(2026, 11, 26), QTime(14, 0)));
        tests::screenshot(dialog, QStringLiteral("meeting-record-next"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    core::CaseRecord contacted = *fixture.workspace->cases().get(fixture.caseId);
    contacted.status = core::CaseStatus::Contacted;
    fixture.workspace->cases().save(contacted);
    child<QPushButton>(meetings, "recordMeetingButton")->click();
    // The avstämningsmöte held, the case is no longer only contacted, and the status bar says so.
    CHECK(fixture.workspace->cases().get(fixture.caseId)->status == core::CaseStatus::Active);
    CHECK(fixture.window.statusBar()->currentMessage().contains(QStringLiteral("status är nu Aktiv")));

    const auto all = fixture.workspace->meetings().meetings(fixture.caseId);
    REQUIRE(all.size() == 2);
    const auto held = *fixture.workspace->meetings().get(booked.first().id);
    CHECK(held.status == core::MeetingStatus::Held);
    CHECK(held.summary.startsWith(QStringLiteral("Arbetsträning 25 %")));
    CHECK_FALSE(held.participants.at(2).present);
    const auto next = fixture.workspace->meetings().nextBooked(fixture.caseId, at.addSecs(3600));
    REQUIRE(next.has_value());
    CHECK(next->startsAt == QDateTime(QDate(2026, 11, 26), QTime(14, 0)));
    CHECK(next->kind == core::MeetingKind::FollowUp);
    CHECK(next->place == QStringLiteral("Vårdcentralen Åmål, rum 3"));

    const auto plan = fixture.current();
    REQUIRE(plan.actions.size() == 2);
    CHECK(plan.actions.at(0).responsibleActorId == fixture.employerId);
    CHECK(plan.actions.at(0).responsiblePerson == QStringLiteral("Åsa Lindqvist"));
    CHECK(plan.actions.at(1).responsibleKind == core::ResponsibleKind::Patient);
    CHECK(plan.actions.at(0).meetingId == held.id);
    CHECK(meetings->recordText().contains(QStringLiteral("Uppföljningsmöte"))); // the newest meeting is selected

    // Idag: the follow-up this week, nothing missing a follow-up.
    CHECK(worklistItems(worklist, core::Worklist::Kind::MeetingThisWeek, fixture.caseId) == 1);
    CHECK(worklistItems(worklist, core::Worklist::Kind::NoFollowUp, fixture.caseId) == 0);
    CHECK(worklistItems(worklist, core::Worklist::Kind::MeetingToday, fixture.caseId) == 0);

    // Kalender: Thursday of week 48 has the follow-up; the actions' due day (two weeks on) has them.
    fixture.window.showCalendar();
    auto* calendar = fixture.window.calendarPage();
    calendar->showWeek(core::IsoWeek::of(tests::FixedToday));
    REQUIRE(entriesOn(calendar, 4).size() == 1);
    CHECK(entriesOn(calendar, 4).first().contains(QStringLiteral("14:00")));
    CHECK(entriesOn(calendar, 4).first().contains(QStringLiteral("Uppföljningsmöte")));
    calendar->showWeek(core::IsoWeek::of(tests::FixedToday.addDays(14)));
    CHECK(entriesOn(calendar, 1).join(QLatin1Char('\n')).contains(QStringLiteral("Arbetsträna 25 %")));
    tests::screenshot(&fixture.window, QStringLiteral("calendar-after-meeting"));

    // One meeting, or a period, goes to an .ics file; by default without the patient's name.
    QTemporaryDir dir;
    const QString one = dir.filePath(QStringLiteral("ett-mote.ics"));
    const QString period = dir.filePath(QStringLiteral("period.ics"));
    const qint64 logBefore = fixture.workspace->audit().count();
    tests::prompts().onFile = [&one](QWidget*, const ui::Prompts::FileRequest& request) {
        CHECK(request.suggestedName == QStringLiteral("koordinera-mote-2026-11-26.ics"));
        return one;
    };
    meetings->selectMeeting(next->id);
    REQUIRE(meetings->exportSelectedMeeting(false));
    QFile oneFile(one);
    REQUIRE(oneFile.open(QIODevice::ReadOnly));
    const QByteArray oneIcs = oneFile.readAll();
    CHECK(oneIcs.count("BEGIN:VEVENT") == 1);
    CHECK(oneIcs.contains("UID:" + next->uid.toUtf8()));
    CHECK_FALSE(oneIcs.contains("Öberg"));
    CHECK(fixture.workspace->audit().count() == logBefore + 1);

    tests::prompts().onFile = [&period](QWidget*, const ui::Prompts::FileRequest&) {
        return period;
    };
    CHECK_FALSE(calendar->exportRange(QDate(2026, 11, 30), QDate(2026, 11, 1)));
    CHECK(calendar->lastError().contains(QStringLiteral("Perioden")));
    REQUIRE(calendar->exportRange(QDate(2026, 11, 1), QDate(2026, 11, 30)));
    QFile periodFile(period);
    REQUIRE(periodFile.open(QIODevice::ReadOnly));
    CHECK(periodFile.readAll().count("BEGIN:VEVENT") == 2); // the held meeting and the follow-up
}

TEST_CASE("The meeting record's title follows the date and kind as they are changed", "[ui][meeting]")
{
    core::Meeting meeting;
    meeting.id = 7;
    meeting.startsAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    ui::MeetingDialog dialog(ui::MeetingDialog::Mode::Record, meeting, {}, {}, QDate(2026, 11, 23));
    CHECK(dialog.windowTitle().contains(QStringLiteral("2026-11-20 10:00")));
    child<QDateTimeEdit>(&dialog, "startsAtEdit")->setDateTime(QDateTime(QDate(2026, 11, 23), QTime(13, 30)));
    CHECK(dialog.windowTitle().contains(QStringLiteral("2026-11-23 13:30")));
    CHECK_FALSE(dialog.windowTitle().contains(QStringLiteral("2026-11-20")));
}

TEST_CASE("Closing a meeting record without a next meeting asks why", "[ui][meeting]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    auto* meetings = fixture.meetings();
    bookThroughDialog(meetings, QDateTime(tests::FixedToday, QTime(9, 0)));
    const qint64 meetingId = fixture.workspace->meetings().meetings(fixture.caseId).first().id;
    meetings->selectMeeting(meetingId);

    core::PlanVersion plan = fixture.workspace->plans().newDraft(fixture.caseId);
    plan.actions << core::PlanAction{};
    plan.actions[0].description = QStringLiteral("Gradvis upptrappning till heltid");
    plan.actions[0].responsibleKind = core::ResponsibleKind::Patient;
    fixture.workspace->plans().saveDraft(plan);

    int asked = 0;
    tests::whenDialogOpens<ui::MeetingDialog>([&asked](ui::MeetingDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "summaryEdit"), QStringLiteral("Åter i arbete 100 % från måndag."));
        // The plan's action is followed up at the meeting: done.
        REQUIRE(child<QTableView>(dialog, "planActionsTable")->model()->rowCount() == 1);
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            auto* status = child<QComboBox>(action, "statusCombo");
            status->setCurrentIndex(status->findData(int(core::ActionStatus::Done)));
            typeText(child<QPlainTextEdit>(action, "resultEdit"), QStringLiteral("Heltid från v. 49"));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->followUpPlanAction(0);
        CHECK(dialog->followedUpActions().size() == 1);
        child<QTabWidget>(dialog, "meetingTabs")->setCurrentIndex(2);
        tests::screenshot(dialog, QStringLiteral("meeting-record-followup"));
        child<QCheckBox>(dialog, "bookNextCheck")->setChecked(false);
        tests::prompts().onDialog<QInputDialog>([&asked](QInputDialog&) {
            ++asked;
            return int(QDialog::Rejected); // "Boka ett": back to the dialog to book one
        });
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK(dialog->isVisible());
        CHECK(child<QCheckBox>(dialog, "bookNextCheck")->isChecked());
        CHECK(child<QTabWidget>(dialog, "meetingTabs")->currentIndex() == 3);

        child<QCheckBox>(dialog, "bookNextCheck")->setChecked(false);
        tests::prompts().onDialog<QInputDialog>([&asked](QInputDialog& prompt) {
            ++asked;
            prompt.setTextValue(QStringLiteral("Åter i arbete, ärendet avslutas"));
            return int(QDialog::Accepted);
        });
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "recordMeetingButton")->click();
    CHECK(asked == 2);
    const auto held = *fixture.workspace->meetings().get(meetingId);
    CHECK(held.status == core::MeetingStatus::Held);
    CHECK(held.noFollowUpReason == QStringLiteral("Åter i arbete, ärendet avslutas"));
    CHECK(fixture.workspace->meetings().meetings(fixture.caseId).size() == 1);
    CHECK(meetings->recordText().contains(QStringLiteral("Åter i arbete, ärendet avslutas")));
    REQUIRE(fixture.current().actions.size() == 1);
    CHECK(fixture.current().actions.at(0).status == core::ActionStatus::Done);
    CHECK(fixture.current().actions.at(0).result == QStringLiteral("Heltid från v. 49"));
}

TEST_CASE("A booking is changed or called off with undo — a 4 § impuls needs a valid 4 § consent", "[ui][meeting]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    auto* meetings = fixture.meetings();
    auto* undo = fixture.window.undoStack();
    bookThroughDialog(meetings, QDateTime(tests::FixedToday.addDays(3), QTime(13, 0)));
    const qint64 meetingId = fixture.workspace->meetings().meetings(fixture.caseId).first().id;

    meetings->selectMeeting(meetingId);
    tests::whenDialogOpens<ui::MeetingDialog>([](ui::MeetingDialog* dialog) {
        CHECK(child<QTabWidget>(dialog, "meetingTabs")->count() == 1); // a booking has no record yet
        child<QCheckBox>(dialog, "videoCheck")->setChecked(true);
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(meetings, "editMeetingButton")->click();
    CHECK(fixture.workspace->meetings().get(meetingId)->video);
    undo->undo();
    CHECK_FALSE(fixture.workspace->meetings().get(meetingId)->video);

    meetings->selectMeeting(meetingId);
    child<QPushButton>(meetings, "cancelMeetingButton")->click();
    CHECK(fixture.workspace->meetings().get(meetingId)->status == core::MeetingStatus::Cancelled);
    undo->undo();
    CHECK(fixture.workspace->meetings().get(meetingId)->status == core::MeetingStatus::Booked);
    undo->undo(); // the booking itself
    CHECK(fixture.workspace->meetings().meetings(fixture.caseId).isEmpty());

    SECTION("without a 4 § consent the impuls cannot be saved, and the dialog says why at once")
    {
        tests::whenDialogOpens<ui::ImpulseDialog>([](ui::ImpulseDialog* dialog) {
            CHECK(dialog->errors().messageFor(QStringLiteral("consent")).contains(QStringLiteral("samtycke")));
            typeText(child<QComboBox>(dialog, "recipientCombo")->lineEdit(), QStringLiteral("Örjan Sjöberg"));
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK(dialog->isVisible());
            dialog->reject();
        });
        child<QPushButton>(meetings, "addImpulseButton")->click();
        CHECK(fixture.workspace->meetings().impulses(fixture.caseId).isEmpty());
    }
    SECTION("with a valid 4 § consent it is saved and listed")
    {
        core::Consent consent;
        consent.caseId = fixture.caseId;
        consent.scope = core::ConsentScope::InformFk;
        consent.givenOn = tests::FixedToday.addDays(-3);
        consent.validUntil = tests::FixedToday.addMonths(6);
        consent.recordedBy = QStringLiteral("Testkoordinator");
        fixture.workspace->consents().save(consent);
        tests::whenDialogOpens<ui::ImpulseDialog>([](ui::ImpulseDialog* dialog) {
            CHECK(dialog->errors().messageFor(QStringLiteral("consent")).isEmpty());
            auto* channel = child<QComboBox>(dialog, "channelCombo");
            channel->setCurrentIndex(channel->findData(int(core::ImpulseChannel::Phone)));
            typeText(child<QComboBox>(dialog, "recipientCombo")->lineEdit(), QStringLiteral("Örjan Sjöberg"));
            typeText(child<QPlainTextEdit>(dialog, "reasonEdit"),
                     QStringLiteral("Behov av arbetslivsinriktad rehabilitering"));
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK_FALSE(dialog->isVisible());
        });
        child<QPushButton>(meetings, "addImpulseButton")->click();
        const auto impulses = fixture.workspace->meetings().impulses(fixture.caseId);
        REQUIRE(impulses.size() == 1);
        CHECK(impulses.first().fkRecipient == QStringLiteral("Örjan Sjöberg"));
        CHECK(meetings->impulses()->rowCount() == 1);
        CHECK(meetings->impulses()->recordAt(0)->id == impulses.first().id);

        // The outcome is added when Försäkringskassan has answered.
        child<QTableView>(meetings, "impulseTable")->selectRow(0);
        tests::whenDialogOpens<ui::ImpulseDialog>([](ui::ImpulseDialog* dialog) {
            typeText(child<QPlainTextEdit>(dialog, "outcomeEdit"), QStringLiteral("FK kallar till avstämningsmöte"));
            child<QPushButton>(dialog, "saveButton")->click();
        });
        meetings->editImpulse();
        REQUIRE(fixture.workspace->meetings().impulses(fixture.caseId).size() == 1);
        CHECK(fixture.workspace->meetings().impulses(fixture.caseId).first().outcome ==
              QStringLiteral("FK kallar till avstämningsmöte"));
    }
}

TEST_CASE("A plan with forty actions keeps every action readable in the plan tab", "[ui][plan]")
{
    CaseFixture fixture(core::CaseArea::Plan);
    core::PlanVersion draft = fixture.workspace->plans().newDraft(fixture.caseId);
    for (int i = 1; i <= 40; ++i) {
        core::PlanAction action;
        action.description = i % 7 == 0 ? QStringLiteral("Åtgärd %1: samordna arbetsplatsbesök med "
                                                         "företagshälsovården, chefen och patienten för att se över "
                                                         "arbetsuppgifter och hjälpmedel")
                                              .arg(i)
                                        : QStringLiteral("Åtgärd %1: uppföljande samtal").arg(i);
        action.responsibleKind = i % 3 == 0 ? core::ResponsibleKind::Actor : core::ResponsibleKind::CareUnit;
        action.responsibleActorId = i % 3 == 0 ? fixture.employerId : 0;
        action.startDate = tests::FixedToday.addDays(-30 + i);
        action.dueDate = tests::FixedToday.addDays(-20 + i);
        draft.actions << action;
    }
    fixture.workspace->plans().saveDraft(draft);
    auto* plan = fixture.plan();
    REQUIRE(plan->actions()->rowCount() == 40);
    auto* table = child<QTableView>(plan, "planActionTable");
    // A long description wraps onto more lines instead of being cut off (fitted once laid out).
    QApplication::processEvents();
    CHECK(table->rowHeight(6) > table->rowHeight(0));
    tests::screenshot(&fixture.window, QStringLiteral("plan-forty-actions"));
}

TEST_CASE("How far Idag looks ahead and back is set in the settings", "[ui][worklist][settings]")
{
    CaseFixture fixture(core::CaseArea::Plan);
    auto* worklist = fixture.window.worklistPage()->model();
    // Nothing is written in the case since its start on 2026-10-01: 53 days, more than the default 21.
    CHECK(worklistItems(worklist, core::Worklist::Kind::NoActivity, fixture.caseId) == 1);
    tests::whenDialogOpens<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        CHECK(child<QSpinBox>(dialog, "idleWindowSpin")->value() == 21);
        child<QSpinBox>(dialog, "idleWindowSpin")->setValue(60);
        CHECK(child<QSpinBox>(dialog, "draftPlanWindowSpin")->value() == 7); // issue 21's windows are there too
        child<QSpinBox>(dialog, "draftPlanWindowSpin")->setValue(10);
        child<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(1);
        tests::screenshot(dialog, QStringLiteral("settings-worklist"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    fixture.window.editSettings();
    CHECK(fixture.settings.worklistSettings().idleDays == 60);
    CHECK(fixture.settings.worklistSettings().draftPlanDays == 10);
    CHECK(fixture.settings.worklistSettings().checkpointDays == 14); // the others as they were
    CHECK(worklistItems(worklist, core::Worklist::Kind::NoActivity, fixture.caseId) == 0);
}

TEST_CASE("Idag keeps a needed impuls and an unsent plan in sight until they are done, and a corrected meeting record "
          "keeps its history",
          "[ui][worklist][loops]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    auto* worklist = fixture.window.worklistPage()->model();
    giveConsents(*fixture.workspace, fixture.caseId);

    // The avstämningsmöte four days ago said a 4 § impuls is needed; Idag says so until one is recorded.
    core::Meeting held;
    held.caseId = fixture.caseId;
    held.startsAt = QDateTime(tests::FixedToday.addDays(-4), QTime(10, 0));
    held.place = QStringLiteral("Vårdcentralen");
    held.status = core::MeetingStatus::Held;
    held.summary = QStringLiteral("Arbetsträning 25 % i fyra veckor.");
    held.impulseNeeded = true;
    held.noFollowUpReason = QStringLiteral("FK kallar till nästa möte");
    fixture.workspace->meetings().save(held);
    CHECK(worklistItems(worklist, core::Worklist::Kind::ImpulseMissing, fixture.caseId) == 1);
    auto* meetings = fixture.meetings();
    tests::whenDialogOpens<ui::ImpulseDialog>([](ui::ImpulseDialog* dialog) {
        typeText(child<QComboBox>(dialog, "recipientCombo")->lineEdit(), QStringLiteral("Örjan Sjöberg"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(meetings, "addImpulseButton")->click();
    CHECK(worklistItems(worklist, core::Worklist::Kind::ImpulseMissing, fixture.caseId) == 0);

    // The plan adopted five days ago goes to the patient and Försäkringskassan; no copy is recorded yet.
    adoptPlanForFk(*fixture.workspace, fixture.caseId, tests::FixedToday.addDays(20), tests::FixedToday.addDays(-5));
    CHECK(worklistItems(worklist, core::Worklist::Kind::PlanNotDistributed, fixture.caseId) == 1);
    fixture.window.openCaseAt(fixture.caseId, core::CaseArea::Plan);
    CHECK(fixture.plan()->summaryText().contains(QStringLiteral("Försäkringskassan – ingen kopia antecknad")));
    tests::screenshot(&fixture.window, QStringLiteral("plan-copies-missing"));

    // Saved as PDF for both: the loop closes on Idag and on the plan tab.
    const QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("plan.pdf"));
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([pdf](ui::DocumentPreviewDialog& dialog) {
        CHECK(dialog.recipient() == QStringLiteral("Patienten, Försäkringskassan"));
        tests::prompts().onFile = [pdf](QWidget*, const ui::Prompts::FileRequest&) {
            return pdf;
        };
        REQUIRE(dialog.savePdf());
        return dialog.result();
    });
    fixture.plan()->printPlan();
    CHECK(worklistItems(worklist, core::Worklist::Kind::PlanNotDistributed, fixture.caseId) == 0);
    CHECK(fixture.plan()->summaryText().contains(QStringLiteral("Försäkringskassan – kopia antecknad")));

    // The held meeting's record corrected: what it said before stays readable, with who and when.
    fixture.window.openCaseAt(fixture.caseId, core::CaseArea::Meetings);
    meetings->selectMeeting(held.id);
    tests::whenDialogOpens<ui::MeetingDialog>([](ui::MeetingDialog* dialog) {
        CHECK(dialog->findChild<QPushButton*>(QStringLiteral("historyButton")) == nullptr); // nothing earlier yet
        child<QPlainTextEdit>(dialog, "summaryEdit")->setPlainText(QStringLiteral("Arbetsträning 50 % i fyra veckor."));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(meetings, "editMeetingButton")->click();
    meetings->selectMeeting(held.id);
    CHECK(meetings->recordText().contains(QStringLiteral("50 % i fyra veckor")));
    CHECK(meetings->recordText().contains(QStringLiteral("Tidigare versioner (1)")));
    CHECK(meetings->recordText().contains(QStringLiteral("Arbetsträning 25 % i fyra veckor.")));
    CHECK(meetings->recordText().contains(QStringLiteral("Anna Lindberg"))); // who replaced it
    tests::screenshot(&fixture.window, QStringLiteral("meeting-corrected"));
    tests::whenDialogOpens<ui::MeetingDialog>([](ui::MeetingDialog* dialog) {
        CHECK(child<QPushButton>(dialog, "historyButton")->text().contains(QStringLiteral("(1)")));
        dialog->reject();
    });
    child<QPushButton>(meetings, "editMeetingButton")->click();
}

TEST_CASE("A meeting is prepared with a consent check for each party invited, and each gets a kallelse",
          "[ui][meeting][preparation]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    core::Meeting meeting;
    meeting.caseId = fixture.caseId;
    meeting.startsAt = QDateTime(tests::FixedToday.addDays(7), QTime(13, 0));
    meeting.place = QStringLiteral("Vårdcentralen, samtalsrum 2");
    meeting.purpose = QStringLiteral("Planera återgång i arbete");
    meeting.participants = ui::CaseChoices::participants(*fixture.workspace, fixture.caseId);
    fixture.workspace->meetings().save(meeting);
    const auto employerAt = std::find_if(meeting.participants.cbegin(), meeting.participants.cend(),
                                         [](const core::MeetingParticipant& p) { return p.actorId != 0; });
    REQUIRE(employerAt != meeting.participants.cend());
    const int employer = int(employerAt - meeting.participants.cbegin());
    auto* meetings = fixture.meetings();
    meetings->selectMeeting(meeting.id);

    // The employer has no consent: the preparation says so and wants a reason before it is saved.
    tests::whenDialogOpens<ui::PreparationDialog>([employer](ui::PreparationDialog* dialog) {
        CHECK(dialog->consentText(employer).contains(QStringLiteral("Saknas")));
        child<ui::OptionalDateEdit>(dialog, "patientMetEdit")->checkBox()->setChecked(true);
        typeText(child<QPlainTextEdit>(dialog, "patientMetNoteEdit"), QStringLiteral("Vill börja på förmiddagar."));
        typeText(child<QPlainTextEdit>(dialog, "bringEdit"), QStringLiteral("Schema över arbetsuppgifterna"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK(dialog->isVisible()); // refused: no reason for the employer
        tests::screenshot(dialog, QStringLiteral("meeting-preparation"));
        dialog->setReason(employer, QStringLiteral("Patienten samtycker muntligt vid mötet"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    meetings->prepareMeeting();
    const core::Meeting prepared = *fixture.workspace->meetings().get(meeting.id);
    CHECK(prepared.patientMetOn.isValid());
    CHECK(prepared.bring == QStringLiteral("Schema över arbetsuppgifterna"));
    CHECK(prepared.participants.at(employer).noConsentReason.startsWith(QStringLiteral("Patienten samtycker")));

    // A kallelse for each invited, saved as one PDF and recorded on the case.
    const QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("kallelser.pdf"));
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([pdf](ui::DocumentPreviewDialog& dialog) {
        CHECK(dialog.recipient().contains(QStringLiteral("Åsa Lindqvist")));
        tests::prompts().onFile = [pdf](QWidget*, const ui::Prompts::FileRequest&) {
            return pdf;
        };
        REQUIRE(dialog.savePdf());
        return dialog.result();
    });
    meetings->printInvitations();
    tests::keepPdfPages(pdf, QStringLiteral("invitations"));
    const QString text = tests::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Kallelse: Avstämningsmöte")));
    CHECK(text.contains(QStringLiteral("Åsa Lindqvist")));
    CHECK(text.contains(QStringLiteral("Vårdcentralen, samtalsrum 2")));
    CHECK(text.contains(QStringLiteral("Schema över arbetsuppgifterna")));
    CHECK(text.contains(QStringLiteral("Välkommen till ett möte om din återgång i arbete"))); // the patient's own
    CHECK(tests::pdfPageCount(pdf) >= 2);
    const auto records = fixture.workspace->documents().records(fixture.caseId);
    REQUIRE_FALSE(records.isEmpty());
    CHECK(records.first().kind == QStringLiteral("invitation"));
    CHECK(records.first().meetingId == meeting.id);
}

TEST_CASE("The unit writes its templates in the settings, shares them as a file, and the consent form and the impuls "
          "letter use them",
          "[ui][documents][templates]")
{
    CaseFixture fixture(core::CaseArea::Consents);
    const QTemporaryDir folder;
    const QString shared = folder.filePath(QStringLiteral("mallar.kmallar"));
    const QString ownConsent =
        QStringLiteral("Jag, {patient}, samtycker till samordning via {enhet}.\n\n{parter}\n\nGäller tills vidare.");

    // Written one kind at a time: switching kinds keeps what was typed; exported as one file.
    bool shown = false;
    tests::whenDialogOpens<ui::SettingsDialog>([&](ui::SettingsDialog* dialog) {
        shown = true;
        auto* kinds = child<QComboBox>(dialog, "templateKindCombo");
        auto* text = child<QPlainTextEdit>(dialog, "templateEdit");
        kinds->setCurrentIndex(kinds->findData(int(core::TemplateKind::ConsentForm)));
        CHECK(text->toPlainText().contains(QStringLiteral("{parter}")));
        text->setPlainText(ownConsent);
        kinds->setCurrentIndex(kinds->findData(int(core::TemplateKind::ImpulseLetter)));
        CHECK(text->toPlainText().contains(QStringLiteral("{anledning}")));
        kinds->setCurrentIndex(kinds->findData(int(core::TemplateKind::ConsentForm)));
        CHECK(text->toPlainText() == ownConsent);
        tests::prompts().onFile = [&](QWidget*, const ui::Prompts::FileRequest& request) {
            CHECK(request.forSaving);
            return shared;
        };
        QString informed;
        tests::prompts().onInform = [&](QWidget*, const QString& message) {
            informed = message;
        };
        child<QPushButton>(dialog, "exportTemplatesButton")->click();
        CHECK(informed.contains(QStringLiteral("Mallarna sparades")));
        auto* tabs = child<QTabWidget>(dialog, "settingsTabs");
        tabs->setCurrentWidget(child<QWidget>(dialog, "templateEditor")->parentWidget());
        tests::screenshot(dialog, QStringLiteral("settings-templates"));
        dialog->accept();
    });
    fixture.window.editSettings();
    REQUIRE(shown);
    CHECK(fixture.settings.documentTemplates().text(core::TemplateKind::ConsentForm) == ownConsent);
    QFile file(shared);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto contents = core::TemplateFile::read(file.readAll(), nullptr);
    REQUIRE(contents);
    CHECK(contents->templates.text(core::TemplateKind::ConsentForm) == ownConsent);

    // Another unit imports the file; a file that is not one is refused with a message and changes nothing.
    core::DocumentTemplates theirs;
    theirs.setText(core::TemplateKind::ImpulseLetter,
                   QStringLiteral("Till {mottagare}.\n\n{anledning}\n\n{koordinator}"));
    const QString theirFile = folder.filePath(QStringLiteral("deras.kmallar"));
    {
        QFile out(theirFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(core::TemplateFile::write(theirs, QStringLiteral("VC Åby"), QDateTime::currentDateTime()));
    }
    const QString broken = folder.filePath(QStringLiteral("trasig.kmallar"));
    {
        QFile out(broken);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"koordinera-mallar\"");
    }
    tests::whenDialogOpens<ui::SettingsDialog>([&](ui::SettingsDialog* dialog) {
        auto* editor = child<ui::TemplateEditor>(dialog, "templateEditor");
        QString error;
        tests::prompts().onError = [&](QWidget*, const QString& message) {
            error = message;
        };
        CHECK_FALSE(editor->importFile(broken));
        CHECK(error == QStringLiteral("Filen är inte en mallfil från Koordinera."));
        QString question;
        tests::prompts().onConfirm = [&](QWidget*, const QString& asked) {
            question = asked;
            return true;
        };
        CHECK(editor->importFile(theirFile));
        CHECK(question.contains(QStringLiteral("VC Åby")));
        CHECK(question.contains(QStringLiteral("Följebrev till 4 § impuls")));
        CHECK_FALSE(question.contains(QStringLiteral("Samtyckesblankett")));
        dialog->accept();
    });
    fixture.window.editSettings();
    const core::DocumentTemplates saved = fixture.settings.documentTemplates();
    CHECK(saved.text(core::TemplateKind::ImpulseLetter) == theirs.text(core::TemplateKind::ImpulseLetter));
    CHECK(saved.text(core::TemplateKind::ConsentForm) == ownConsent); // the file held no consent form

    // The consent form, printed from the consents tab, in the unit's words with the parties to tick.
    const QString formPdf = folder.filePath(QStringLiteral("samtycke.pdf"));
    fixture.saveNextPreviewAs(formPdf);
    child<QPushButton>(fixture.window.caseView(), "consentFormButton")->click();
    tests::keepPdfPages(formPdf, QStringLiteral("consent-form"));
    const QString form = tests::pdfText(formPdf);
    CHECK(form.contains(QStringLiteral("Samtycke till samordning")));
    CHECK(form.contains(QStringLiteral("Jag, Göran Öberg, samtycker till samordning")));
    CHECK(form.contains(QStringLiteral("Sågverket i Åmål AB")));
    CHECK(form.contains(QStringLiteral("Arbetsförmedlingen")));
    CHECK(form.contains(QStringLiteral("Gäller tills vidare.")));
    CHECK(fixture.workspace->documents().records(fixture.caseId).first().kind == QStringLiteral("consent_form"));

    // The letter with an impuls, from the meetings tab.
    core::Consent consent;
    consent.caseId = fixture.caseId;
    consent.scope = core::ConsentScope::InformFk;
    consent.givenOn = fixture.workspace->today();
    consent.recordedBy = QStringLiteral("Anna Lindberg");
    fixture.workspace->consents().save(consent);
    core::Impulse impulse;
    impulse.caseId = fixture.caseId;
    impulse.consentId = consent.id;
    impulse.madeOn = fixture.workspace->today();
    impulse.fkRecipient = QStringLiteral("Försäkringskassan, Lokalt försäkringscenter");
    impulse.reason = QStringLiteral("Behöver arbetsträning.");
    fixture.workspace->meetings().saveImpulse(impulse);
    fixture.meetings()->showCase(fixture.caseId);
    auto* letterButton = child<QPushButton>(fixture.window.caseView(), "impulseLetterButton");
    CHECK_FALSE(letterButton->isEnabled()); // no impuls chosen yet
    child<QTableView>(fixture.window.caseView(), "impulseTable")->selectRow(0);
    REQUIRE(letterButton->isEnabled());
    const QString letterPdf = folder.filePath(QStringLiteral("impuls.pdf"));
    fixture.saveNextPreviewAs(letterPdf);
    letterButton->click();
    const QString letter = tests::pdfText(letterPdf);
    CHECK(letter.contains(QStringLiteral("Till Försäkringskassan, Lokalt försäkringscenter.")));
    CHECK(letter.contains(QStringLiteral("Behöver arbetsträning.")));
    CHECK(fixture.workspace->documents().records(fixture.caseId).first().kind == QStringLiteral("impulse_letter"));
}

TEST_CASE("The care team is ticked from the staff list, shown on the case and undone, and the case list filters by "
          "its doctor",
          "[ui][staff]")
{
    CaseFixture fixture(core::CaseArea::SickLeave);
    const qint64 other =
        tests::addCase(*fixture.workspace, QStringLiteral("811218-9876"), QStringLiteral("Ali"), QStringLiteral("Nur"))
            .caseId;

    // The staff list is empty at first: the dialog says how to fill it, and its button opens the staff list.
    bool shown = false;
    tests::whenDialogOpens<ui::CareTeamDialog>([&](ui::CareTeamDialog* dialog) {
        shown = true;
        CHECK(child<QLabel>(dialog, "careTeamEmpty")->isVisible());
        tests::prompts().onDialog<ui::StaffDialog>([](ui::StaffDialog& staff) {
            REQUIRE(staff.addMember(QStringLiteral("Eva Ek"), int(core::Profession::Doctor)));
            REQUIRE(staff.addMember(QStringLiteral("Per Ås"), int(core::Profession::Physiotherapist)));
            CHECK_FALSE(staff.addMember(QStringLiteral("Eva Ek"), int(core::Profession::Doctor)));
            CHECK(child<QLabel>(&staff, "staffError")->text().contains(QStringLiteral("finns redan")));
            tests::screenshot(&staff, QStringLiteral("staff-list"));
            return int(QDialog::Accepted);
        });
        child<QPushButton>(dialog, "editStaffButton")->click();
        CHECK_FALSE(child<QLabel>(dialog, "careTeamEmpty")->isVisible());
        const auto staff = fixture.workspace->staff().staff(true);
        REQUIRE(staff.size() == 2);
        for (const core::StaffMember& member : staff)
            dialog->setChosen(member.id, true);
        tests::screenshot(dialog, QStringLiteral("care-team"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(fixture.window.caseView(), "careTeamButton")->click();
    REQUIRE(shown);
    CHECK(fixture.workspace->staff().team(fixture.caseId).size() == 2);
    QApplication::processEvents();
    const QString details = child<QLabel>(fixture.window.caseView(), "caseDetails")->text();
    CHECK(details.contains(QStringLiteral("vårdteam Eva Ek (läkare), Per Ås (fysioterapeut)")));

    fixture.window.undoStack()->undo();
    CHECK(fixture.workspace->staff().team(fixture.caseId).isEmpty());
    fixture.window.undoStack()->redo();
    CHECK(fixture.workspace->staff().team(fixture.caseId).size() == 2);

    // The case list: only Göran's case has Eva Ek as doctor.
    fixture.window.showCaseList();
    ui::CaseListPage* page = fixture.window.caseListPage();
    auto* doctor = child<QComboBox>(page, "doctorFilter");
    const int eva = doctor->findText(QStringLiteral("Eva Ek"));
    REQUIRE(eva > 0);
    CHECK(page->model()->rowCount() == 2);
    doctor->setCurrentIndex(eva);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->caseIdAt(0) == fixture.caseId);
    CHECK(page->model()->caseIdAt(0) != other);
    tests::screenshot(&fixture.window, QStringLiteral("case-list-doctor-filter"));
}

TEST_CASE("The whole loop around a meeting: preparation, kallelser, the meeting, what Idag keeps in sight until it "
          "is done, and a correction that keeps its history",
          "[ui][worklist][loops][walk]")
{
    CaseFixture fixture(core::CaseArea::Meetings);
    auto* worklist = fixture.window.worklistPage()->model();
    auto* meetings = fixture.meetings();
    giveConsents(*fixture.workspace, fixture.caseId);
    // Days pass as the test says; Idag is read anew each time.
    auto passDays = [&](int days) {
        const QDate day = fixture.workspace->today().addDays(days);
        fixture.workspace->context().today = [day] {
            return day;
        };
        worklist->refresh();
    };
    auto onIdag = [&](core::Worklist::Kind kind) {
        return worklistItems(worklist, kind, fixture.caseId);
    };

    // Booked for tomorrow, prepared and the kallelser sent.
    bookThroughDialog(meetings, QDateTime(tests::FixedToday.addDays(1), QTime(10, 0)));
    const qint64 meetingId = fixture.workspace->meetings().meetings(fixture.caseId).first().id;
    meetings->selectMeeting(meetingId);
    tests::whenDialogOpens<ui::PreparationDialog>([](ui::PreparationDialog* dialog) {
        child<ui::OptionalDateEdit>(dialog, "patientMetEdit")->checkBox()->setChecked(true);
        typeText(child<QPlainTextEdit>(dialog, "bringEdit"), QStringLiteral("Schema över arbetsuppgifterna"));
        for (int row = 0; row < 3; ++row) {
            if (dialog->consentText(row).contains(QStringLiteral("Saknas")))
                dialog->setReason(row, QStringLiteral("Patienten samtycker muntligt vid mötet"));
        }
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    meetings->prepareMeeting();
    CHECK(fixture.workspace->meetings().get(meetingId)->patientMetOn.isValid());
    const QTemporaryDir folder;
    const QString invitations = folder.filePath(QStringLiteral("kallelser.pdf"));
    fixture.saveNextPreviewAs(invitations);
    meetings->printInvitations();
    CHECK(tests::pdfText(invitations).contains(QStringLiteral("Schema över arbetsuppgifterna")));

    // Two days on the meeting is past and not recorded: Idag says so.
    passDays(2);
    CHECK(onIdag(core::Worklist::Kind::MeetingNotRecorded) == 1);
    meetings->selectMeeting(meetingId);
    tests::whenDialogOpens<ui::MeetingDialog>([](ui::MeetingDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "summaryEdit"), QStringLiteral("Arbetsträning 25 % i fyra veckor."));
        child<QCheckBox>(dialog, "impulseNeededCheck")->setChecked(true);
        auto* tabs = child<QTabWidget>(dialog, "meetingTabs");
        tabs->setCurrentIndex(tabs->count() - 1);
        child<QDateTimeEdit>(dialog, "nextStartsAtEdit")
            ->setDateTime(QDateTime(tests::FixedToday.addDays(30), QTime(10, 0)));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "recordMeetingButton")->click();
    CHECK(fixture.workspace->meetings().get(meetingId)->status == core::MeetingStatus::Held);
    worklist->refresh();
    CHECK(onIdag(core::Worklist::Kind::MeetingNotRecorded) == 0);

    // The meeting said a 4 § impuls is needed; three days on none is made, and a plan adopted then is not sent.
    adoptPlanForFk(*fixture.workspace, fixture.caseId, tests::FixedToday.addDays(30), fixture.workspace->today());
    passDays(4);
    CHECK(onIdag(core::Worklist::Kind::ImpulseMissing) == 1);
    CHECK(onIdag(core::Worklist::Kind::PlanNotDistributed) == 1);
    tests::screenshot(fixture.window.worklistPage(), QStringLiteral("worklist-loops-open"));

    // Both done: the impuls registered, the plan saved as PDF for its recipients.
    tests::whenDialogOpens<ui::ImpulseDialog>([](ui::ImpulseDialog* dialog) {
        typeText(child<QComboBox>(dialog, "recipientCombo")->lineEdit(), QStringLiteral("Örjan Sjöberg"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(meetings, "addImpulseButton")->click();
    CHECK(onIdag(core::Worklist::Kind::ImpulseMissing) == 0);
    fixture.window.openCaseAt(fixture.caseId, core::CaseArea::Plan);
    fixture.saveNextPreviewAs(folder.filePath(QStringLiteral("plan.pdf")));
    fixture.plan()->printPlan();
    CHECK(onIdag(core::Worklist::Kind::PlanNotDistributed) == 0);

    // The meeting's record corrected: the earlier wording stays readable.
    fixture.window.openCaseAt(fixture.caseId, core::CaseArea::Meetings);
    meetings->selectMeeting(meetingId);
    tests::whenDialogOpens<ui::MeetingDialog>([](ui::MeetingDialog* dialog) {
        child<QPlainTextEdit>(dialog, "summaryEdit")->setPlainText(QStringLiteral("Arbetsträning 50 % i fyra veckor."));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(meetings, "editMeetingButton")->click();
    meetings->selectMeeting(meetingId);
    CHECK(meetings->recordText().contains(QStringLiteral("Tidigare versioner (1)")));
    CHECK(meetings->recordText().contains(QStringLiteral("Arbetsträning 25 % i fyra veckor.")));
}
