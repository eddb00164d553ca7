// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 23: a coordinator for parents of children with disabilities walks a family from intake through a network
// meeting and the joint plan to closing with the follow-up, in a file created for that work. Each step checks what
// the coordinator would see; KOORDINERA_SCREENSHOTS keeps the pictures.
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "UiTestHelpers.h"
#include "core/records/FamilyRepository.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/AdoptPlanDialog.h"
#include "ui/dialogs/ChildDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/FollowUpDialog.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/ParentDialog.h"
#include "ui/dialogs/PlanDialog.h"
#include "ui/dialogs/ProfileDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/views/CaseView.h"
#include "ui/views/FamilyPanel.h"
#include "ui/views/FamilyStatisticsPage.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"
#include "ui/widgets/NetworkPicture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::typeText;

namespace {

void shot(QWidget* widget, const QString& step)
{
    tests::screenshot(widget, QStringLiteral("family-flow-") + step);
}

void choose(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QList<core::Worklist::Item> followUpItems(core::Workspace& workspace)
{
    QList<core::Worklist::Item> items;
    for (const auto& item : workspace.worklist().items(core::WorklistSettings{})) {
        if (item.kind == core::Worklist::Kind::FollowUpMissing)
            items.append(item);
    }
    return items;
}

// The follow-up form: the occupation and rating of each parent and how the network works, at the start or the end.
void fillFollowUp(ui::FollowUpDialog* dialog, bool atEnd)
{
    const QString when = atEnd ? QStringLiteral("AtEnd") : QStringLiteral("AtStart");
    const auto combo = [&](const QString& field, int parent) {
        return child<QComboBox>(dialog, (field + when + QStringLiteral("Combo") + QString::number(parent)).toLatin1());
    };
    choose(combo(QStringLiteral("occupation"), 1),
           int(atEnd ? core::ParentOccupation::Work : core::ParentOccupation::Unemployed));
    choose(combo(QStringLiteral("rating"), 1), atEnd ? 4 : 2);
    choose(combo(QStringLiteral("occupation"), 2), int(core::ParentOccupation::Work));
    choose(combo(QStringLiteral("rating"), 2), atEnd ? 4 : 3);
    choose(child<QComboBox>(dialog, atEnd ? "networkAtEndCombo" : "networkAtStartCombo"),
           int(atEnd ? core::NetworkFunction::Works : core::NetworkFunction::DoesNotWork));
}

} // namespace

TEST_CASE("A family from intake through a network meeting and the plan to closing with the follow-up",
          "[ui][flow][family]")
{
    tests::MainWindowFixture fixture;
    auto& window = fixture.window;
    window.resize(1093, 614);
    window.show();
    QTemporaryDir dir;

    // 1. A new database for the municipality's family support.
    tests::prompts().onDialog<ui::ProfileDialog>([](ui::ProfileDialog& dialog) {
        dialog.show();
        CHECK(child<QRadioButton>(&dialog, "rehabProfileButton")->isChecked()); // a clinic's unless chosen
        shot(&dialog, QStringLiteral("1-profile"));
        child<QRadioButton>(&dialog, "familyProfileButton")->setChecked(true);
        dialog.accept();
        return dialog.result();
    });
    REQUIRE(window.createDatabase(dir.filePath(QStringLiteral("familjestod.koordinera"))));
    core::Workspace& workspace = *window.workspace();
    REQUIRE(workspace.profile() == core::Profile::Family);
    auto* navigation = child<QListWidget>(&window, "navigation");
    CHECK(navigation->item(4)->isHidden()); // no sick-leave list from Rehabstöd
    CHECK(child<QPushButton>(&window, "newCaseButton")->text() == QStringLiteral("&Ny familj…"));

    // 2. The family comes in: the first parent, without the clinic's sick-leave and employer fields.
    tests::whenDialogOpens<ui::NewCaseDialog>([](ui::NewCaseDialog* dialog) {
        CHECK(dialog->windowTitle() == QStringLiteral("Ny familj"));
        CHECK_FALSE(child<QComboBox>(dialog, "occupationCombo")->isVisible());
        CHECK_FALSE(child<QGroupBox>(dialog, "sickLeaveBox")->isVisible());
        typeText(child<QLineEdit>(dialog, "identityEdit"), QStringLiteral("850312-2387"));
        typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Sara"));
        typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Lind"));
        child<QPlainTextEdit>(dialog, "reasonEdit")
            ->setPlainText(QStringLiteral("Behöver hjälp att få skolan och habiliteringen att samarbeta"));
        shot(dialog, QStringLiteral("2-new-family"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    window.newCase();
    const auto cases = workspace.cases().openCases();
    REQUIRE(cases.size() == 1);
    const qint64 caseId = cases.first().id;
    auto* view = window.caseView();
    auto* tabs = child<QTabWidget>(view, "caseTabs");
    CHECK_FALSE(tabs->isTabVisible(int(ui::CaseView::Tab::SickLeave))); // no parent is sick-listed
    CHECK(tabs->isTabVisible(int(ui::CaseView::Tab::Family)));
    CHECK(tabs->tabText(int(ui::CaseView::Tab::Contacts)) == QStringLiteral("Nätv&erket"));
    CHECK_FALSE(child<QPushButton>(view, "careTeamButton")->isVisible());

    // 3. The second parent and the child, on the Family tab.
    window.openCaseAt(caseId, core::CaseArea::Family);
    auto* family = child<ui::FamilyPanel>(view, "familyPanel");
    tests::whenDialogOpens<ui::ParentDialog>([](ui::ParentDialog* dialog) {
        typeText(child<QLineEdit>(dialog, "identityEdit"), QStringLiteral("830605-4357"));
        typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Johan"));
        typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Lind"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(family, "addParentButton")->click();
    REQUIRE(family->parents()->rowCount() == 2);
    CHECK_FALSE(child<QPushButton>(family, "addParentButton")->isEnabled()); // two at most
    tests::whenDialogOpens<ui::ChildDialog>([](ui::ChildDialog* dialog) {
        typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Elsa"));
        typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Lind"));
        child<QDateEdit>(dialog, "birthDateEdit")->setDate(QDate(2018, 5, 2));
        child<QPlainTextEdit>(dialog, "impairmentEdit")->setPlainText(QStringLiteral("Autism och språkstörning"));
        typeText(child<QLineEdit>(dialog, "schoolEdit"), QStringLiteral("Björkskolan åk 2"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(family, "addChildButton")->click();
    REQUIRE(family->children()->rowCount() == 1);
    CHECK(child<QLabel>(view, "sickDay")->text().startsWith(QStringLiteral("Barn: Elsa")));

    // 4. The network: the school and the habilitation, each with what they give.
    const auto addActor = [view](const QString& name, core::ActorKind kind, const QString& person,
                                 const QString& provides) {
        tests::whenDialogOpens<ui::ContactDialog>([=](ui::ContactDialog* dialog) {
            auto* kinds = child<QComboBox>(dialog, "kindCombo");
            CHECK(kinds->itemData(0).toInt() == int(core::ActorKind::Habilitation)); // the child's network first
            typeText(child<QComboBox>(dialog, "actorCombo")->lineEdit(), name);
            choose(kinds, int(kind));
            typeText(child<QComboBox>(dialog, "personCombo")->lineEdit(), person);
            child<QComboBox>(dialog, "roleCombo")->setCurrentText(provides);
            child<QPushButton>(dialog, "saveButton")->click();
            CHECK_FALSE(dialog->isVisible());
        });
        view->addContact();
    };
    addActor(QStringLiteral("Björkskolan"), core::ActorKind::School, QStringLiteral("Lena Åström"),
             QStringLiteral("Elevhälsa"));
    addActor(QStringLiteral("Habiliteringen Ekbacken"), core::ActorKind::Habilitation, QStringLiteral("Sara Holm"),
             QStringLiteral("Föräldrautbildning"));
    REQUIRE(workspace.actors().caseContacts(caseId).size() == 2);
    window.openCaseAt(caseId, core::CaseArea::Family);
    auto* picture = child<ui::NetworkPicture>(family, "networkPicture");
    CHECK(picture->drawing().centre == QStringLiteral("Elsa"));
    CHECK(picture->drawing().nodes.size() == 2);
    shot(&window, QStringLiteral("3-family-tab"));

    // 5. The network meeting booked and held: a family's meeting kinds, no FK officer, no 4 § impuls.
    window.openCaseAt(caseId, core::CaseArea::Meetings);
    auto* meetings = child<ui::MeetingsPanel>(view, "meetingsPanel");
    const QDate today = workspace.today();
    tests::whenDialogOpens<ui::MeetingDialog>([today](ui::MeetingDialog* dialog) {
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        CHECK(kind->currentData().toInt() == int(core::MeetingKind::Network));
        CHECK(kind->findData(int(core::MeetingKind::Avstamning)) < 0);
        CHECK_FALSE(child<QLineEdit>(dialog, "fkOfficerEdit")->isVisible());
        child<QDateTimeEdit>(dialog, "startsAtEdit")->setDateTime(QDateTime(today, QTime(9, 0)));
        typeText(child<QLineEdit>(dialog, "placeEdit"), QStringLiteral("Familjecentralen"));
        shot(dialog, QStringLiteral("4-book-network-meeting"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "bookMeetingButton")->click();
    const auto booked = workspace.meetings().meetings(caseId);
    REQUIRE(booked.size() == 1);
    meetings->selectMeeting(booked.first().id);
    tests::whenDialogOpens<ui::MeetingDialog>([today](ui::MeetingDialog* dialog) {
        auto* tabs = child<QTabWidget>(dialog, "meetingTabs");
        CHECK(dialog->windowTitle().contains(QStringLiteral("nätverksmöte")));
        tabs->setCurrentIndex(1);
        CHECK_FALSE(child<QCheckBox>(dialog, "impulseNeededCheck")->isVisible());
        typeText(child<QPlainTextEdit>(dialog, "patientViewEdit"), QStringLiteral("Vi orkar inte alla kontakter."));
        typeText(child<QPlainTextEdit>(dialog, "summaryEdit"), QStringLiteral("Skolan och habiliteringen samordnar."));
        tabs->setCurrentIndex(2);
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            typeText(child<QPlainTextEdit>(action, "descriptionEdit"), QStringLiteral("Anpassad skoldag för Elsa"));
            auto* responsible = child<QComboBox>(action, "responsibleCombo");
            responsible->setCurrentIndex(responsible->findText(QStringLiteral("Björkskolan"), Qt::MatchStartsWith));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->addAction();
        tabs->setCurrentIndex(3);
        CHECK(child<QCheckBox>(dialog, "advanceCaseCheck")->isChecked()); // the first network meeting starts it
        child<QDateTimeEdit>(dialog, "nextStartsAtEdit")->setDateTime(QDateTime(today.addDays(42), QTime(13, 0)));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "recordMeetingButton")->click();
    REQUIRE(workspace.cases().get(caseId)->status == core::CaseStatus::Active);

    // 6. Idag asks for the follow-up at the start; recorded on the Family tab, it is gone.
    REQUIRE(followUpItems(workspace).size() == 1);
    CHECK(followUpItems(workspace).first().area == core::CaseArea::Family);
    window.openCaseAt(caseId, core::CaseArea::Family);
    tests::whenDialogOpens<ui::FollowUpDialog>([](ui::FollowUpDialog* dialog) {
        fillFollowUp(dialog, false);
        shot(dialog, QStringLiteral("5-follow-up-start"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(family, "followUpButton")->click();
    CHECK(followUpItems(workspace).isEmpty());
    CHECK(child<QLabel>(family, "networkStateLabel")->text().contains(QStringLiteral("fungerar inte")));

    // 7. The family's plan, adopted and printed: it names the child, the parents and the network.
    window.openCaseAt(caseId, core::CaseArea::Plan);
    auto* plan = child<ui::PlanPanel>(view, "planPanel");
    tests::whenDialogOpens<ui::PlanDialog>([](ui::PlanDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "patientGoalEdit"), QStringLiteral("En vardag som går ihop"));
        child<QComboBox>(dialog, "overallResponsibleCombo")->setCurrentIndex(0);
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(plan, "editPlanButton")->click();
    tests::whenDialogOpens<ui::AdoptPlanDialog>(
        [](ui::AdoptPlanDialog* dialog) { child<QPushButton>(dialog, "saveButton")->click(); });
    child<QPushButton>(plan, "adoptPlanButton")->click();
    REQUIRE_FALSE(workspace.plans().current(caseId)->isDraft());
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    fixture.saveNextPreviewAs(pdf);
    tabs->setCurrentWidget(child<QWidget>(view, "documentsPage"));
    child<QPushButton>(view, "documentPlanButton")->click();
    const QString text = tests::pdfText(pdf);
    for (const char* expected :
         {"Sara Lind", "Johan Lind", "Elsa Lind", "Autism och språkstörning", "Björkskolan", "Habiliteringen Ekbacken",
          "Nätverket runt barnet", "Familjens eget mål", "Koordinator Anna Lindberg", "Föräldrarna"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Sjukskrivning")));
    CHECK_FALSE(text.contains(QStringLiteral("Patienten")));
    CHECK_FALSE(text.contains(QStringLiteral("Rehabkoordinator Anna")));
    CHECK(text.count(QStringLiteral("Underskrift")) >= 3); // both parents and the coordinator
    tests::keepPdfPages(pdf, QStringLiteral("family-flow-6-plan"));

    // 8. Closed with a reason that fits the model; Idag then asks for the follow-up at the end.
    tests::whenDialogOpens<ui::EditCaseDialog>([today](ui::EditCaseDialog* dialog) {
        choose(child<QComboBox>(dialog, "statusCombo"), int(core::CaseStatus::Closed));
        auto* outcome = child<QComboBox>(dialog, "outcomeCombo");
        CHECK(outcome->findData(int(core::CaseOutcome::BackToWork)) < 0);
        choose(outcome, int(core::CaseOutcome::SituationManageable));
        child<QDateEdit>(dialog, "closedEdit")->setDate(today);
        shot(dialog, QStringLiteral("7-close"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    view->editCase();
    REQUIRE(workspace.cases().get(caseId)->status == core::CaseStatus::Closed);
    REQUIRE(followUpItems(workspace).size() == 1);
    tests::whenDialogOpens<ui::FollowUpDialog>([](ui::FollowUpDialog* dialog) {
        fillFollowUp(dialog, true);
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(family, "followUpButton")->click();
    CHECK(followUpItems(workspace).isEmpty());

    // 9. The period's follow-up: Sara was out of work at the start and is back; exported without names.
    window.showStatistics();
    auto* statistics = window.familyStatisticsPage();
    REQUIRE(statistics->isVisible());
    statistics->setPeriod(today.year());
    CHECK(statistics->report().families == 1);
    CHECK(statistics->report().closed == 1);
    CHECK(statistics->report().backInWorkOrStudies.women == 1);
    CHECK(statistics->report().notInWorkOrStudiesAtStart.total == 1);
    statistics->setPeriod(today.year(), 6 + today.month()); // the month the support closed
    CHECK(statistics->period().from == QDate(today.year(), today.month(), 1));
    CHECK(statistics->report().closed == 1);
    statistics->setPeriod(today.year(), 6 + (today.month() % 12) + 1); // another month
    CHECK(statistics->report().closed == 0);
    statistics->setPeriod(today.year());
    shot(&window, QStringLiteral("8-statistics"));
    const QString csv = dir.filePath(QStringLiteral("uppfoljning.csv"));
    tests::prompts().onFile = [&csv](QWidget*, const ui::Prompts::FileRequest&) {
        return csv;
    };
    REQUIRE(statistics->exportFollowUp());
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(written.readAll());
    CHECK(exported.contains(QStringLiteral("Situationen är hanterbar")));
    CHECK(exported.count(QLatin1Char('\n')) == 2); // the headings and one closed support
    for (const char* name : {"Sara", "Lind", "Elsa", "850312", "Björkskolan"})
        CHECK_FALSE(exported.contains(QString::fromUtf8(name)));
}
