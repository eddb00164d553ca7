// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: a coordinator who has never seen Koordinera walks the Trelleborg flow on a fresh profile, in a window
// the size of a clinic laptop's screen (1093×614, 1366×768 at 125 %): who signs, the patient and the employer, the
// avstämningsmöte with Försäkringskassan and the employer, the joint plan with who does what, the follow-up booked
// and the plan printed. Each step checks what the coordinator would see; KOORDINERA_SCREENSHOTS keeps the pictures.
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/AdoptPlanDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/MeetingDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/PlanDialog.h"
#include "ui/dialogs/SignerDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/views/CaseView.h"
#include "ui/views/MeetingsPanel.h"
#include "ui/views/PlanPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::typeText;

namespace {

// A coordinator on their first day: nothing in the settings says who they are.
struct FirstDay : tests::MainWindowFixture
{
    FirstDay()
    {
        settings.setCoordinatorName(QString());
        settings.setCoordinatorTitle(QString());
        settings.setUnitName(QString());
        window.resize(1093, 614);
    }
};

void shot(QWidget* widget, const QString& step)
{
    tests::screenshot(widget, QStringLiteral("first-day-") + step);
}

void chooseItem(QComboBox* combo, const QString& startOfText)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(startOfText)) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    FAIL_CHECK("no item starting with " << startOfText.toStdString());
}

} // namespace

TEST_CASE("The first day: a new coordinator walks the whole flow on a laptop-sized window", "[ui][flow][first-day]")
{
    FirstDay day;
    auto& window = day.window;
    window.show();
    QTemporaryDir dir;

    // 1. A new database: before anything is recorded, who signs.
    int asked = 0;
    tests::prompts().onDialog<ui::SignerDialog>([&asked](ui::SignerDialog& dialog) {
        ++asked;
        dialog.show();
        shot(&dialog, QStringLiteral("1-who-signs"));
        dialog.accept(); // empty: refused, stays open
        CHECK(dialog.result() != QDialog::Accepted);
        dialog.fill(QStringLiteral("Eva Ek"), QStringLiteral("Fysioterapeut, rehabkoordinator"),
                    QStringLiteral("Vårdcentralen Trelleborg"));
        dialog.accept();
        return dialog.result();
    });
    REQUIRE(window.createDatabase(dir.filePath(QStringLiteral("trelleborg.koordinera"))));
    CHECK(asked == 1);
    CHECK(window.signerButton()->isVisible());
    CHECK(window.signerButton()->text() ==
          QStringLiteral("Skriver under: Eva Ek, Fysioterapeut, rehabkoordinator · Vårdcentralen Trelleborg"));
    CHECK(window.workspace()->context().userName == QStringLiteral("Eva Ek"));
    shot(&window, QStringLiteral("2-today-empty"));
    core::Workspace& workspace = *window.workspace();
    const QDate today = workspace.today();

    // 2. The patient, sick-listed, with the employer and the manager to talk to.
    tests::whenDialogOpens<ui::NewCaseDialog>([](ui::NewCaseDialog* dialog) {
        typeText(child<QLineEdit>(dialog, "identityEdit"), QStringLiteral("780312-2386"));
        typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Maria"));
        typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Lundqvist"));
        auto* occupation = child<QComboBox>(dialog, "occupationCombo");
        occupation->setCurrentIndex(occupation->findData(int(core::Occupation::Employed)));
        typeText(child<QComboBox>(dialog, "employerCombo")->lineEdit(), QStringLiteral("Trelleborgs Hamn AB"));
        typeText(child<QLineEdit>(dialog, "employerContactNameEdit"), QStringLiteral("Åsa Chef"));
        typeText(child<QLineEdit>(dialog, "employerContactTitleEdit"), QStringLiteral("närmaste chef"));
        typeText(child<QLineEdit>(dialog, "employerContactPhoneEdit"), QStringLiteral("0410-123 45"));
        typeText(child<QLineEdit>(dialog, "diagnosisCodeEdit"), QStringLiteral("F43.8A"));
        shot(dialog, QStringLiteral("3-new-case"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    window.newCase();
    const auto cases = workspace.cases().openCases();
    REQUIRE(cases.size() == 1);
    const qint64 caseId = cases.first().id;
    auto contacts = workspace.actors().caseContacts(caseId);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().actor.name == QStringLiteral("Trelleborgs Hamn AB"));
    CHECK(contacts.first().person.name == QStringLiteral("Åsa Chef"));
    CHECK(contacts.first().person.phone == QStringLiteral("0410-123 45"));
    auto* view = window.caseView();
    CHECK(child<QLabel>(view, "consentWarning")->text().contains(QStringLiteral("Trelleborgs Hamn AB")));
    shot(&window, QStringLiteral("4-case"));

    // 3. Försäkringskassan's handläggare as a contact, with a phone number.
    tests::whenDialogOpens<ui::ContactDialog>([](ui::ContactDialog* dialog) {
        typeText(child<QComboBox>(dialog, "actorCombo")->lineEdit(), QStringLiteral("Försäkringskassan"));
        CHECK(child<QComboBox>(dialog, "kindCombo")->currentData().toInt() == int(core::ActorKind::Forsakringskassan));
        typeText(child<QComboBox>(dialog, "personCombo")->lineEdit(), QStringLiteral("Örjan Sjöberg"));
        typeText(child<QLineEdit>(dialog, "personPhoneEdit"), QStringLiteral("010-116 00 00"));
        shot(dialog, QStringLiteral("5-contact"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    view->addContact();
    REQUIRE(workspace.actors().caseContacts(caseId).size() == 2);

    // 4. The avstämningsmöte booked: FK's handläggare filled in, the employer and FK invited.
    window.openCaseAt(caseId, core::CaseArea::Meetings);
    auto* meetings = child<ui::MeetingsPanel>(view, "meetingsPanel");
    const QDateTime at(today, QTime(9, 0));
    tests::whenDialogOpens<ui::MeetingDialog>([at](ui::MeetingDialog* dialog) {
        CHECK(dialog->windowTitle() == QStringLiteral("Boka möte"));
        CHECK(child<QLineEdit>(dialog, "fkOfficerEdit")->text() == QStringLiteral("Örjan Sjöberg"));
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(core::MeetingKind::Avstamning)));
        child<QDateTimeEdit>(dialog, "startsAtEdit")->setDateTime(at);
        typeText(child<QLineEdit>(dialog, "placeEdit"), QStringLiteral("Vårdcentralen Trelleborg, rum 4"));
        auto* participants = child<QTableWidget>(dialog, "participantTable");
        QStringList names;
        for (int row = 0; row < participants->rowCount(); ++row)
            names << participants->item(row, 0)->text();
        CHECK(names == QStringList{QStringLiteral("Maria Lundqvist"), QStringLiteral("Eva Ek"),
                                   QStringLiteral("Örjan Sjöberg"), QStringLiteral("Åsa Chef")});
        shot(dialog, QStringLiteral("6-book-meeting"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "bookMeetingButton")->click();
    const auto booked = workspace.meetings().meetings(caseId);
    REQUIRE(booked.size() == 1);

    // 5. Held: what was agreed, who does what, and the follow-up booked. The case moves on from Kontaktad.
    REQUIRE(workspace.cases().get(caseId)->status == core::CaseStatus::Contacted);
    meetings->selectMeeting(booked.first().id);
    tests::whenDialogOpens<ui::MeetingDialog>([today](ui::MeetingDialog* dialog) {
        auto* tabs = child<QTabWidget>(dialog, "meetingTabs");
        CHECK(dialog->windowTitle().contains(QStringLiteral("avstämningsmöte")));
        tabs->setCurrentIndex(1);
        typeText(child<QPlainTextEdit>(dialog, "patientViewEdit"), QStringLiteral("Vill tillbaka till hamnkontoret."));
        typeText(child<QPlainTextEdit>(dialog, "summaryEdit"), QStringLiteral("Arbetsträning 50 % från v. 51."));
        shot(dialog, QStringLiteral("7-record-meeting"));
        tabs->setCurrentIndex(2);
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            typeText(child<QPlainTextEdit>(action, "descriptionEdit"),
                     QStringLiteral("Ordna arbetsplats på hamnkontoret"));
            chooseItem(child<QComboBox>(action, "responsibleCombo"), QStringLiteral("Trelleborgs Hamn AB"));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->addAction();
        tests::whenDialogOpens<ui::ActionDialog>([](ui::ActionDialog* action) {
            typeText(child<QPlainTextEdit>(action, "descriptionEdit"), QStringLiteral("Arbetsträna 50 %"));
            chooseItem(child<QComboBox>(action, "responsibleCombo"), QStringLiteral("Patienten"));
            child<QPushButton>(action, "saveButton")->click();
        });
        dialog->addAction();
        shot(dialog, QStringLiteral("8-agreed-actions"));
        tabs->setCurrentIndex(3);
        CHECK(child<QCheckBox>(dialog, "bookNextCheck")->isChecked());
        // The case is only contacted: recording the avstämningsmöte offers to make it Active.
        auto* advance = child<QCheckBox>(dialog, "advanceCaseCheck");
        CHECK(advance->isVisible());
        CHECK(advance->isChecked());
        child<QDateTimeEdit>(dialog, "nextStartsAtEdit")->setDateTime(QDateTime(today.addDays(21), QTime(13, 0)));
        shot(dialog, QStringLiteral("9-next-meeting"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible());
    });
    child<QPushButton>(meetings, "recordMeetingButton")->click();
    CHECK(workspace.cases().get(caseId)->status == core::CaseStatus::Active);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Aktiv")));
    shot(&window, QStringLiteral("10-meetings"));

    // 6. The plan: the goal and who holds it together; the booked follow-up counts as the plan's own.
    window.openCaseAt(caseId, core::CaseArea::Plan);
    auto* plan = child<ui::PlanPanel>(view, "planPanel");
    tests::whenDialogOpens<ui::PlanDialog>([](ui::PlanDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "patientGoalEdit"), QStringLiteral("Tillbaka i arbete i februari"));
        child<QComboBox>(dialog, "overallResponsibleCombo")->setCurrentIndex(0);
        shot(dialog, QStringLiteral("11-plan"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    child<QPushButton>(plan, "editPlanButton")->click();
    tests::whenDialogOpens<ui::AdoptPlanDialog>([](ui::AdoptPlanDialog* dialog) {
        shot(dialog, QStringLiteral("12-adopt"));
        child<QPushButton>(dialog, "saveButton")->click();
        CHECK_FALSE(dialog->isVisible()); // no "book the next follow-up first": it is booked
    });
    child<QPushButton>(plan, "adoptPlanButton")->click();
    const auto adopted = workspace.plans().current(caseId);
    REQUIRE(adopted);
    CHECK_FALSE(adopted->isDraft());
    CHECK(adopted->adoptedBy == QStringLiteral("Eva Ek"));
    CHECK(adopted->followUpAt == QDateTime(today.addDays(21), QTime(13, 0)));
    shot(&window, QStringLiteral("13-plan-adopted"));

    // 7. Printed for the parties: signed by the coordinator's name and title, a line for each party present.
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([&pdf](ui::DocumentPreviewDialog& dialog) {
        tests::prompts().onFile = [&pdf](QWidget*, const ui::Prompts::FileRequest&) {
            return pdf;
        };
        dialog.show();
        shot(&dialog, QStringLiteral("14-print-preview"));
        CHECK(dialog.savePdf());
        return dialog.result();
    });
    child<QTabWidget>(view, "caseTabs")->setCurrentWidget(child<QWidget>(view, "documentsPage"));
    child<QPushButton>(view, "documentPlanButton")->click();
    const QString text = tests::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Vårdcentralen Trelleborg")));
    CHECK(text.contains(QStringLiteral("Fysioterapeut, rehabkoordinator")));
    CHECK(text.contains(QStringLiteral("Eva Ek")));
    CHECK(text.contains(QStringLiteral("Åsa Chef")));
    CHECK(text.contains(QStringLiteral("Örjan Sjöberg")));
    CHECK(text.count(QStringLiteral("Underskrift")) == 4); // patient, coordinator, manager, handläggare
    tests::keepPdfPages(pdf, QStringLiteral("first-day-15-plan"));
}

TEST_CASE("Declining to say who signs stops the new case and the document, and asks again", "[ui][first-day]")
{
    FirstDay day;
    QTemporaryDir dir;
    int asked = 0;
    tests::prompts().onDialog<ui::SignerDialog>([&asked](ui::SignerDialog& dialog) {
        ++asked;
        dialog.reject();
        return dialog.result();
    });
    REQUIRE(day.window.createDatabase(dir.filePath(QStringLiteral("enhet.koordinera"))));
    CHECK(asked == 1);
    CHECK(day.window.signerButton()->text() == QStringLiteral("Vem skriver under? Inte angivet än"));
    day.window.newCase(); // no new-case dialog opens: the question comes first, and is declined again
    CHECK(asked == 2);
    CHECK(day.window.workspace()->cases().openCases().isEmpty());
    CHECK_FALSE(day.settings.signerGiven());
}

TEST_CASE("A message under a field is shown whole, and the fields below it stay where they were", "[ui][first-day]")
{
    auto workspace = tests::makeWorkspace();
    ui::NewCaseDialog dialog(*workspace);
    dialog.resize(960, dialog.sizeHint().height());
    dialog.show();
    QApplication::processEvents();
    auto* givenName = child<QLineEdit>(&dialog, "givenNameEdit");
    const int before = givenName->mapTo(&dialog, QPoint(0, 0)).y();

    // A check digit typed wrong: a message long enough to wrap beside the reserve-number box.
    typeText(child<QLineEdit>(&dialog, "identityEdit"), QStringLiteral("780312-2381"));
    QApplication::processEvents();
    auto* error = child<QLabel>(&dialog, "identityError");
    REQUIRE(error->isVisible());
    CHECK(error->text().startsWith(QStringLiteral("Kontrollsiffran")));
    CHECK(error->height() >= error->heightForWidth(error->width()));
    CHECK(givenName->mapTo(&dialog, QPoint(0, 0)).y() == before);
    tests::screenshot(&dialog, QStringLiteral("first-day-identity-error"));

    // Put right, the line tells who the number belongs to in the same place.
    auto* identity = child<QLineEdit>(&dialog, "identityEdit");
    identity->clear();
    typeText(identity, QStringLiteral("780312-2386"));
    QApplication::processEvents();
    CHECK_FALSE(error->isVisible());
    CHECK(child<QLabel>(&dialog, "identityInfo")->text().contains(QStringLiteral("född 1978-03-12")));
    CHECK(givenName->mapTo(&dialog, QPoint(0, 0)).y() == before);
}
