// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "core/settings/Settings.h"
#include "core/storage/Database.h"
#include "core/workspace/Backup.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ActivityDialog.h"
#include "ui/dialogs/ConsentDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/KvaCodesDialog.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/OlderFileDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PeriodDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"
#include "ui/views/SickLeavePanel.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace koordinera;
using tests::child;
using tests::typeText;

namespace {

void fillNewCase(ui::NewCaseDialog* dialog)
{
    typeText(child<QLineEdit>(dialog, "identityEdit"), QStringLiteral("640823-3234"));
    typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Göran"));
    typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Öberg"));
    auto* status = child<QComboBox>(dialog, "statusCombo");
    status->setCurrentIndex(status->findData(int(core::CaseStatus::Active)));
    auto* occupation = child<QComboBox>(dialog, "occupationCombo");
    occupation->setCurrentIndex(occupation->findData(int(core::Occupation::Employed)));
    typeText(child<QComboBox>(dialog, "employerCombo")->lineEdit(), QStringLiteral("Sågverket i Åmål AB"));
    child<QDateEdit>(dialog, "startEdit")->setDate(QDate(2026, 11, 1));
    child<ui::OptionalDateEdit>(dialog, "endEdit")->setDate(QDate());
    typeText(child<QLineEdit>(dialog, "diagnosisCodeEdit"), QStringLiteral("f43.8a"));
    typeText(child<QLineEdit>(dialog, "diagnosisTextEdit"), QStringLiteral("Utmattningssyndrom"));
}

int rowsFor(ui::MainWindow& window, const QString& search)
{
    auto* edit = window.caseListPage()->searchEdit();
    edit->setText(search);
    Q_EMIT edit->returnPressed();
    return window.caseListPage()->model()->rowCount();
}

using Fixture = tests::MainWindowFixture;

} // namespace

TEST_CASE("A case registered through the dialog appears in the list and the filter finds it", "[ui][flow]")
{
    Fixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    fixture.window.show();

    bool saved = false;
    tests::whenDialogOpens<ui::NewCaseDialog>([&saved](ui::NewCaseDialog* dialog) {
        fillNewCase(dialog);
        tests::screenshot(dialog, QStringLiteral("new-case-dialog"));
        child<QPushButton>(dialog, "saveButton")->click();
        saved = dialog->result().caseId > 0;
    });
    fixture.window.newCase();
    REQUIRE(saved);

    // The new case opens at once, with its day in the sick period.
    auto* view = fixture.window.caseView();
    CHECK(child<QLabel>(view, "caseName")->text() == QStringLiteral("Göran Öberg"));
    CHECK(child<QLabel>(view, "sickDay")->text().startsWith(QStringLiteral("Dag 23 i sjukperioden")));
    // Active, employed, no consents yet: the coordinator is warned.
    CHECK(child<QLabel>(view, "consentWarning")->text().contains(QStringLiteral("Samtycke saknas")));

    // A first contact note, through the same dialog the button opens.
    tests::whenDialogOpens<ui::ActivityDialog>([](ui::ActivityDialog* dialog) {
        typeText(child<QPlainTextEdit>(dialog, "noteEdit"),
                 QStringLiteral("Första samtalet: vill pröva arbetsträning."));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    view->addActivity();
    CHECK(child<QTableView>(view, "activityTable")->model()->rowCount() == 1);

    fixture.window.showCaseList();
    CHECK(rowsFor(fixture.window, QStringLiteral("Öberg")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("göran")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("19640823-3234")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("6408233234")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("arbetsträning")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("F43.8")) == 1);
    CHECK(rowsFor(fixture.window, QStringLiteral("Lindqvist")) == 0);
    CHECK(child<QLabel>(fixture.window.caseListPage(), "emptyCaseList")->isVisible());

    rowsFor(fixture.window, QString());
    auto* model = fixture.window.caseListPage()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, int(core::CaseListColumn::Name)).data().toString() == QStringLiteral("Öberg, Göran"));
    CHECK(model->index(0, int(core::CaseListColumn::Status)).data().toString() == QStringLiteral("Aktiv"));
    CHECK(model->index(0, int(core::CaseListColumn::MainDiagnosis)).data().toString() == QStringLiteral("F43.8A"));
    CHECK(model->index(0, int(core::CaseListColumn::NextCheckpoint)).data().toString() ==
          QStringLiteral("dag 30 · 2026-11-30 · v. 49"));
}

TEST_CASE("The new-case dialog explains mistakes next to the field and saves nothing", "[ui][validation]")
{
    auto workspace = tests::makeWorkspace();
    ui::NewCaseDialog dialog(*workspace);
    typeText(child<QLineEdit>(&dialog, "identityEdit"), QStringLiteral("640823-3235"));
    CHECK(child<QLabel>(&dialog, "identityError")->text().contains(QStringLiteral("Kontrollsiffran")));
    // Names are not complained about before the first attempt to save...
    CHECK(child<QLabel>(&dialog, "givenNameError")->text().isEmpty());
    CHECK_FALSE(dialog.save());
    // ...but are after it.
    CHECK(child<QLabel>(&dialog, "givenNameError")->text() == QStringLiteral("Ange förnamn."));
    CHECK(workspace->caseList().totalCases() == 0);

    auto* identity = child<QLineEdit>(&dialog, "identityEdit");
    identity->clear();
    typeText(identity, QStringLiteral("640823-3234"));
    CHECK(child<QLabel>(&dialog, "identityError")->text().isEmpty());
    CHECK(child<QLabel>(&dialog, "identityInfo")->text().contains(QStringLiteral("född 1964-08-23")));
    CHECK(child<QComboBox>(&dialog, "sexCombo")->currentText() == QStringLiteral("Man"));
    child<ui::OptionalDateEdit>(&dialog, "endEdit")->setDate(QDate(2026, 1, 1));
    child<QDateEdit>(&dialog, "startEdit")->setDate(QDate(2026, 2, 1));
    CHECK(child<QLabel>(&dialog, "endError")->text().contains(QStringLiteral("före startdatumet")));
    tests::screenshot(&dialog, QStringLiteral("new-case-dialog-errors"));
}

TEST_CASE("A known identity number reuses the patient", "[ui][flow]")
{
    auto workspace = tests::makeWorkspace();
    tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    ui::NewCaseDialog dialog(*workspace);
    typeText(child<QLineEdit>(&dialog, "identityEdit"), QStringLiteral("6408233234"));
    CHECK(child<QLabel>(&dialog, "knownPatientLabel")->text().contains(QStringLiteral("Göran Öberg finns redan")));
    CHECK(child<QLineEdit>(&dialog, "familyNameEdit")->text() == QStringLiteral("Öberg"));
    REQUIRE(dialog.save());
    CHECK(dialog.result().patientExisted);
}

TEST_CASE("Sick-leave edits can be undone and redone", "[ui][undo]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    const auto created = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 10, 31));
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.openCase(created.caseId);
    auto* view = fixture.window.caseView();
    auto* periods = child<QTableView>(view, "periodTable")->model();
    REQUIRE(periods->rowCount() == 1);

    SECTION("an overlapping period is refused in the dialog")
    {
        bool refused = false;
        tests::whenDialogOpens<ui::PeriodDialog>([&refused](ui::PeriodDialog* dialog) {
            child<QDateEdit>(dialog, "startEdit")->setDate(QDate(2026, 10, 20));
            child<QPushButton>(dialog, "saveButton")->click();
            refused = dialog->isVisible() &&
                      dialog->errors().messageFor(QStringLiteral("start")).contains(QStringLiteral("Överlappar"));
            dialog->reject();
        });
        view->addPeriod();
        CHECK(refused);
        CHECK(periods->rowCount() == 1);
        CHECK(fixture.window.undoStack()->count() == 0);
    }
    SECTION("add, undo, redo")
    {
        tests::whenDialogOpens<ui::PeriodDialog>([](ui::PeriodDialog* dialog) {
            // Prefilled as a continuation: starts the day after the last period.
            CHECK(child<QDateEdit>(dialog, "startEdit")->date() == QDate(2026, 11, 1));
            child<QPushButton>(dialog, "saveButton")->click();
        });
        view->addPeriod();
        CHECK(periods->rowCount() == 2);
        CHECK(child<QLabel>(view, "sickDay")->text().startsWith(QStringLiteral("Dag 54")));
        fixture.window.undoStack()->undo();
        CHECK(periods->rowCount() == 1);
        fixture.window.undoStack()->redo();
        CHECK(periods->rowCount() == 2);
        CHECK(fixture.window.workspace()->sickLeave().periods(created.caseId).size() == 2);
    }
}

TEST_CASE("A change a colleague saved first is not overwritten: the dialog says who, and undo keeps theirs",
          "[ui][undo][versions]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    const auto created = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 10, 31));
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.openCase(created.caseId);
    auto* panel = fixture.window.caseView()->findChild<ui::SickLeavePanel*>();
    REQUIRE(panel);
    auto* table = child<QTableView>(panel, "periodTable");
    core::SickLeaveRepository& periods = fixture.window.workspace()->sickLeave();
    const auto setDegree = [](ui::PeriodDialog* dialog, int degree) {
        auto* combo = child<QComboBox>(dialog, "degreeCombo");
        combo->setCurrentIndex(combo->findData(degree));
    };
    // What a colleague does on their PC: read the period as it is now and save a change of it.
    const auto colleagueSaves = [&](int degree) {
        core::SickLeavePeriod theirs = periods.periods(created.caseId).first();
        theirs.degree = degree;
        periods.savePeriod(theirs);
    };

    // The coordinator's own edit, through the dialog: the period becomes half-time.
    const auto editToHalfTime = [&] {
        table->selectRow(0);
        tests::whenDialogOpens<ui::PeriodDialog>([&](ui::PeriodDialog* dialog) {
            setDegree(dialog, 50);
            child<QPushButton>(dialog, "saveButton")->click();
        });
        panel->editPeriod();
    };

    SECTION("edit, undo, redo and undo again all go through")
    {
        QString warned = QStringLiteral("not shown");
        table->selectRow(0);
        tests::whenDialogOpens<ui::PeriodDialog>([&](ui::PeriodDialog* dialog) {
            setDegree(dialog, 75);
            child<QPushButton>(dialog, "saveButton")->click();
            warned = dialog->changedElsewhere(); // its own save is nobody else's
        });
        panel->editPeriod();
        CHECK(warned.isEmpty());
        fixture.window.undoStack()->undo();
        editToHalfTime();
        CHECK(periods.periods(created.caseId).first().degree == 50);
        fixture.window.undoStack()->undo();
        CHECK(periods.periods(created.caseId).first().degree == 100);
        fixture.window.undoStack()->redo();
        CHECK(periods.periods(created.caseId).first().degree == 50);
        fixture.window.undoStack()->undo();
        CHECK(periods.periods(created.caseId).first().degree == 100);
    }
    SECTION("a save over the colleague's change stays in the dialog, naming them")
    {
        table->selectRow(0);
        QString shown;
        QString warned;
        tests::whenDialogOpens<ui::PeriodDialog>([&](ui::PeriodDialog* dialog) {
            CHECK(dialog->changedElsewhere().isEmpty());
            colleagueSaves(75); // while the dialog is open: it says so at once
            warned = dialog->changedElsewhere();
            tests::screenshot(dialog, QStringLiteral("period-changed-while-open"));
            setDegree(dialog, 50);
            child<QPushButton>(dialog, "saveButton")->click();
            shown = dialog->isVisible() ? dialog->errors().generalMessage() : QString();
            tests::screenshot(dialog, QStringLiteral("period-changed-elsewhere"));
            dialog->reject();
        });
        panel->editPeriod();
        CHECK(shown.contains(QStringLiteral("Testkoordinator")));
        CHECK(warned.contains(QStringLiteral("Testkoordinator")));
        CHECK(warned.contains(QStringLiteral("medan du hade det öppet")));
        CHECK(periods.periods(created.caseId).first().degree == 75);
        CHECK(fixture.window.undoStack()->count() == 0);
    }
    SECTION("an undo over the colleague's change is refused and says why")
    {
        editToHalfTime();
        colleagueSaves(25);
        QString error;
        tests::prompts().onError = [&error](QWidget*, const QString& message) {
            error = message;
        };
        fixture.window.undoStack()->undo();
        CHECK(error.contains(QStringLiteral("Testkoordinator")));
        CHECK(periods.periods(created.caseId).first().degree == 25);
    }
}

TEST_CASE("A new contact named Försäkringskassan is of that kind, and a new person gets a phone number",
          "[ui][contacts]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    const auto created = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 11, 1));
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.openCase(created.caseId);
    tests::whenDialogOpens<ui::ContactDialog>([](ui::ContactDialog* dialog) {
        typeText(child<QComboBox>(dialog, "actorCombo")->lineEdit(), QStringLiteral("Försäkringskassan"));
        CHECK(child<QComboBox>(dialog, "kindCombo")->currentData().toInt() == int(core::ActorKind::Forsakringskassan));
        auto* person = child<QComboBox>(dialog, "personCombo");
        typeText(person->lineEdit(), QStringLiteral("Lena Holm"));
        auto* phone = child<QLineEdit>(dialog, "personPhoneEdit");
        CHECK(phone->isEnabled());
        typeText(phone, QStringLiteral("010-116 00 00"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    fixture.window.caseView()->addContact();
    const auto contacts = fixture.window.workspace()->actors().caseContacts(created.caseId);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().actor.kind == core::ActorKind::Forsakringskassan);
    CHECK(contacts.first().person.phone == QStringLiteral("010-116 00 00"));
}

TEST_CASE("Adding an employer contact without consent warns in the dialog and in the case", "[ui][consent]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    const auto created = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 10, 1));
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.openCase(created.caseId);
    QString warning;
    tests::whenDialogOpens<ui::ContactDialog>([&warning](ui::ContactDialog* dialog) {
        auto* kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(core::ActorKind::Employer)));
        auto* organisation = child<QComboBox>(dialog, "actorCombo");
        const int before = organisation->mapTo(dialog, QPoint(0, 0)).y();
        typeText(organisation->lineEdit(), QStringLiteral("Café Kanelbullen"));
        QApplication::processEvents();
        auto* label = child<QLabel>(dialog, "consentWarning");
        warning = label->text();
        // The warning gets the lines it needs, and what the user is typing into stays put.
        CHECK(label->height() >= label->heightForWidth(label->width()));
        CHECK(organisation->mapTo(dialog, QPoint(0, 0)).y() == before);
        tests::screenshot(dialog, QStringLiteral("contact-consent-warning"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    fixture.window.caseView()->addContact();
    CHECK(warning.contains(QStringLiteral("Samtycke saknas: Café Kanelbullen")));
    auto* contacts = child<QTableView>(fixture.window.caseView(), "contactTable")->model();
    REQUIRE(contacts->rowCount() == 1);
    CHECK(contacts->index(0, 5).data().toString() == QStringLiteral("Saknas – Kontakt med arbetsgivaren"));
    fixture.window.undoStack()->undo();
    CHECK(contacts->rowCount() == 0);
}

TEST_CASE("The case's tab row stays put while consents are registered", "[ui][consent]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    core::Workspace& data = *workspace;
    const auto created = tests::addCase(data, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 10, 1));
    core::CaseContact contact{0, created.caseId, 0, 0, QStringLiteral("närmaste chef"), {}};
    core::Actor employer{0, core::ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, {}};
    data.actors().saveContact(contact, &employer, nullptr);
    const auto other = tests::addCase(data, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                      QStringLiteral("Åberg"), QDate(2026, 10, 1));
    fixture.window.setWorkspace(std::move(workspace));
    fixture.window.show();
    fixture.window.openCase(created.caseId);
    auto* tabs = child<QTabWidget>(fixture.window.caseView(), "caseTabs");
    QApplication::processEvents();
    const int before = tabs->mapTo(&fixture.window, QPoint(0, 0)).y();
    REQUIRE(child<QLabel>(fixture.window.caseView(), "consentWarning")->isVisible());

    // Every consent the case needs, one after the other: the warnings go, the tabs do not move.
    for (const auto scope : {core::ConsentScope::Coordination, core::ConsentScope::Employer}) {
        core::Consent consent;
        consent.caseId = created.caseId;
        consent.scope = scope;
        consent.actorId = scope == core::ConsentScope::Employer ? employer.id : 0;
        consent.givenOn = tests::FixedToday;
        fixture.window.workspace()->consents().save(consent);
        QApplication::processEvents();
        CHECK(tabs->mapTo(&fixture.window, QPoint(0, 0)).y() == before);
    }
    CHECK(fixture.window.caseView()->findChildren<QLabel*>(QStringLiteral("consentWarning")).isEmpty());
    CHECK(child<QLabel>(fixture.window.caseView(), "consentsComplete")->isVisible());
    tests::screenshot(&fixture.window, QStringLiteral("case-consents-complete"));

    // Another case starts afresh: no banner where none is needed... and this one needs its coordination consent.
    fixture.window.openCase(other.caseId);
    QApplication::processEvents();
    CHECK(fixture.window.caseView()->findChildren<QLabel*>(QStringLiteral("consentsComplete")).isEmpty());
}

TEST_CASE("A case saved to a database file is there after closing and reopening", "[ui][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enheten.koordinera"));
    {
        Fixture fixture;
        REQUIRE(fixture.window.createDatabase(path));
        tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                       QStringLiteral("Öberg"), QDate(2026, 10, 1));
        CHECK(fixture.settings.lastDatabase() == path);
        fixture.window.close();
    }
    Fixture reopened;
    reopened.passphrases.prepend(QByteArrayLiteral("inte rätt lösenfras"));
    REQUIRE(reopened.window.openDatabase(path));
    // The first attempt was wrong: the second prompt said so.
    CHECK(reopened.passphraseErrors == QStringList({QString(), QStringLiteral("Fel lösenfras.")}));
    CHECK(rowsFor(reopened.window, QStringLiteral("Öberg")) == 1);
    // Opened on a worker thread, then handed over to the GUI thread with its database.
    CHECK(reopened.window.workspace()->thread() == QThread::currentThread());
    CHECK(reopened.window.workspace()->database().thread() == QThread::currentThread());
    reopened.window.closeDatabase();

    Fixture cancelled;
    cancelled.passphrases.clear();
    CHECK_FALSE(cancelled.window.openDatabase(path));
    CHECK(cancelled.window.workspace() == nullptr);
}

TEST_CASE("A database file older than its last save here is opened only when the user accepts it", "[ui][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enheten.koordinera"));
    const QString older = dir.filePath(QStringLiteral("äldre.koordinera"));
    {
        Fixture fixture;
        REQUIRE(fixture.window.createDatabase(path));
        REQUIRE(QFile::copy(path, older));
        tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                       QStringLiteral("Öberg"), QDate(2026, 10, 1));
        fixture.window.close();
    }
    QFile::remove(path);
    REQUIRE(QFile::copy(older, path));

    Fixture fixture;
    QStringList findings;
    int casesShown = -1;
    bool accept = false;
    fixture.prompts.onDialog<ui::OlderFileDialog>([&](ui::OlderFileDialog& dialog) {
        findings << child<QLabel>(&dialog, "olderFileFinding")->text();
        casesShown = dialog.caseModel()->rowCount();
        dialog.show();
        tests::screenshot(&dialog, QStringLiteral("older-file"));
        QTimer::singleShot(0, &dialog, accept ? &QDialog::accept : &QDialog::reject);
    });
    QString reported;
    fixture.prompts.onError = [&reported](QWidget*, const QString& message) {
        reported = message;
    };
    SECTION("left untouched: nothing is opened and the file stays as it was")
    {
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        CHECK_FALSE(fixture.window.openDatabase(path));
        CHECK(fixture.window.workspace() == nullptr);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
        CHECK(reported.contains(QStringLiteral("saknar sin senaste sparning")));
    }
    SECTION("worked in as it is: opened, and the choice is in the access log")
    {
        accept = true;
        REQUIRE(fixture.window.openDatabase(path));
        CHECK(rowsFor(fixture.window, QStringLiteral("Öberg")) == 0);
        bool logged = false;
        for (const auto& entry : fixture.window.workspace()->audit().entries())
            logged = logged || entry.action == QStringLiteral("accept_file");
        CHECK(logged);
    }
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().contains(QStringLiteral("saknar sin senaste sparning")));
    CHECK(casesShown == 0); // what the file holds, looked at read-only: the case saved later is not in it
}

TEST_CASE("The window title names the case by its reference unless the patient's name is asked for", "[ui][privacy]")
{
    Fixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    const auto created = tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"),
                                        QStringLiteral("Göran"), QStringLiteral("Öberg"), QDate(2026, 11, 1));
    const QString reference = fixture.window.workspace()->cases().get(created.caseId)->reference;
    fixture.window.openCase(created.caseId);
    CHECK(fixture.window.windowTitle().startsWith(reference));
    CHECK_FALSE(fixture.window.windowTitle().contains(QStringLiteral("Öberg")));

    fixture.settings.setPatientNameInTitle(true);
    fixture.window.showCaseList();
    fixture.window.openCase(created.caseId);
    CHECK(fixture.window.windowTitle().contains(QStringLiteral("Göran Öberg")));
}

TEST_CASE("A path that is no database file is said before the passphrase is asked for", "[ui][storage]")
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("enheten.koordinera"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    Fixture fixture;
    QString reported;
    fixture.prompts.onError = [&reported](QWidget*, const QString& message) {
        reported = message;
    };
    CHECK_FALSE(fixture.window.openDatabase(pipe)); // returns at once: a pipe read would wait forever
    CHECK(fixture.passphraseErrors.isEmpty());
    CHECK(reported.contains(QStringLiteral("ingen databasfil")));
    CHECK_FALSE(QFile::exists(pipe + QStringLiteral(".lock")));

    reported.clear();
    CHECK_FALSE(fixture.window.openDatabase(dir.filePath(QStringLiteral("saknas/enheten.koordinera"))));
    CHECK(fixture.passphraseErrors.isEmpty());
    CHECK(reported.contains(QStringLiteral("finns inte")));
}

TEST_CASE("The passphrase dialog refuses short or differing passphrases", "[ui][sealed]")
{
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Create, QStringLiteral("enhet.koordinera"));
    auto* ok = child<QPushButton>(&dialog, "okButton");
    typeText(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("kort"));
    CHECK(child<QLabel>(&dialog, "strengthHint")->text().startsWith(QStringLiteral("För kort")));
    CHECK_FALSE(ok->isEnabled());
    child<QLineEdit>(&dialog, "passphraseEdit")->clear();
    typeText(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("blåbär i skogen vid sjön"));
    CHECK(child<QLabel>(&dialog, "strengthHint")->text() == QStringLiteral("Stark."));
    typeText(child<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("blåbär i skogen"));
    CHECK_FALSE(ok->isEnabled());
    typeText(child<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral(" vid sjön"));
    CHECK(ok->isEnabled());
    tests::screenshot(&dialog, QStringLiteral("passphrase-create"));
    CHECK(dialog.passphrase() == QStringLiteral("blåbär i skogen vid sjön").toUtf8());

    // Taken, the passphrase leaves no copy in the fields: their buffers are overwritten before they are emptied.
    const QString sharedWithField = child<QLineEdit>(&dialog, "passphraseEdit")->text();
    const QString sharedWithRepeat = child<QLineEdit>(&dialog, "repeatEdit")->text();
    CHECK(dialog.takePassphrase() == QStringLiteral("blåbär i skogen vid sjön").toUtf8());
    CHECK(child<QLineEdit>(&dialog, "passphraseEdit")->text().isEmpty());
    CHECK(sharedWithField == QString(sharedWithField.size(), QChar(0)));
    CHECK(sharedWithRepeat == QString(sharedWithRepeat.size(), QChar(0)));
}

TEST_CASE("Screens of the demo database", "[ui][screenshots]")
{
    Fixture fixture;
    fixture.window.show();
    tests::screenshot(&fixture.window, QStringLiteral("welcome"));
    fixture.window.openDemo();
    CHECK(child<QLabel>(&fixture.window, "demoBanner")->isVisible());
    CHECK(fixture.window.windowTitle().contains(QStringLiteral("DEMO")));
    fixture.window.showCaseList(); // Idag is the start page; the list is read when shown
    auto* model = fixture.window.caseListPage()->model();
    REQUIRE(model->rowCount() > 100);
    tests::screenshot(&fixture.window, QStringLiteral("case-list"));

    // The case with the most going on: contacts, consents and notes.
    qint64 caseId = 0;
    for (int row = 0; row < model->rowCount() && !caseId; ++row) {
        const qint64 id = model->caseIdAt(row);
        if (fixture.window.workspace()->actors().caseContacts(id).size() >= 2 &&
            fixture.window.workspace()->activities().activities(id).size() >= 2)
            caseId = id;
    }
    REQUIRE(caseId);
    fixture.window.openCase(caseId);
    tests::screenshot(&fixture.window, QStringLiteral("case-view"));
    auto* tabs = child<QTabWidget>(fixture.window.caseView(), "caseTabs");
    for (int tab = 1; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        tests::screenshot(&fixture.window, QStringLiteral("case-view-tab%1").arg(tab));
    }

    // Every edit dialog as the case view opens it.
    auto& workspace = *fixture.window.workspace();
    const auto record = *workspace.cases().get(caseId);
    const auto patient = *workspace.patients().get(record.patientId);
    QList<core::Actor> actors;
    for (const auto& contact : workspace.actors().caseContacts(caseId))
        actors.append(contact.actor);
    ui::EditCaseDialog editCase(patient, record, workspace.actors().actors(), workspace.today());
    editCase.show();
    tests::screenshot(&editCase, QStringLiteral("dialog-edit-case"));
    ui::PeriodDialog period(workspace.sickLeave().periods(caseId).first(), workspace.sickLeave().periods(caseId));
    period.show();
    tests::screenshot(&period, QStringLiteral("dialog-period"));
    ui::ContactDialog contact(workspace, workspace.actors().caseContacts(caseId).first().contact);
    contact.show();
    tests::screenshot(&contact, QStringLiteral("dialog-contact"));
    ui::ConsentDialog consent(workspace.consents().consents(caseId).first(), actors);
    consent.show();
    tests::screenshot(&consent, QStringLiteral("dialog-consent"));
    ui::ActivityDialog activity(workspace.activities().activities(caseId).first(), actors,
                                workspace.activities().kvaCodes(true), workspace.consents().consents(caseId),
                                workspace.today());
    activity.show();
    tests::screenshot(&activity, QStringLiteral("dialog-activity"));
}

TEST_CASE("The KVÅ code list can grow and codes can be taken out of use", "[ui][kva]")
{
    auto workspace = tests::makeWorkspace();
    ui::KvaCodesDialog dialog(*workspace);
    auto* table = child<QTableView>(&dialog, "kvaTable");
    CHECK(table->model()->rowCount() == 3);
    CHECK_FALSE(dialog.addCode(QStringLiteral("G1"), QStringLiteral("Fel")));
    CHECK(child<QLabel>(&dialog, "fieldError")->text().contains(QStringLiteral("två bokstäver")));
    REQUIRE(dialog.addCode(QStringLiteral("xs012"), QStringLiteral("Rehabiliteringsplan, lokal kod")));
    CHECK(table->model()->rowCount() == 4);
    table->selectRow(0);
    dialog.toggleSelected();
    CHECK(workspace->activities().kvaCodes(true).size() == 3);
    CHECK(workspace->activities().kvaCodes(false).size() == 4);
    tests::screenshot(&dialog, QStringLiteral("kva-codes"));
}

TEST_CASE("Settings change the coordinator's name and the rules at once", "[ui][settings]")
{
    Fixture fixture;
    auto workspace = tests::makeWorkspace();
    // Two periods with a six-day gap: one sjukfall only when the gap rule allows six days.
    const auto created = tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 9, 1), QDate(2026, 9, 30));
    core::SickLeavePeriod second{0, created.caseId, 100, QDate(2026, 10, 7), {}};
    workspace->sickLeave().savePeriod(second);
    fixture.window.setWorkspace(std::move(workspace));
    auto* model = fixture.window.caseListPage()->model();
    CHECK(model->index(0, int(core::CaseListColumn::SickDay)).data().toInt() == 48);

    tests::whenDialogOpens<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        auto* checkpoints = child<QLineEdit>(dialog, "checkpointsEdit");
        checkpoints->clear();
        typeText(checkpoints, QStringLiteral("30, nittio"));
        CHECK(dialog->errors().messageFor(QStringLiteral("checkpointDays")).contains(QStringLiteral("nittio")));
        checkpoints->clear();
        typeText(checkpoints, QStringLiteral("30, 90, 180, 365"));
        child<QSpinBox>(dialog, "gapSpin")->setValue(6);
        auto* name = child<QLineEdit>(dialog, "coordinatorNameEdit");
        name->clear();
        typeText(name, QStringLiteral("Åsa Rehab"));
        tests::screenshot(dialog, QStringLiteral("settings"));
        auto* nameInTitle = child<QCheckBox>(dialog, "patientNameInTitleCheck");
        CHECK_FALSE(nameInTitle->isChecked());
        auto* tabs = dialog->findChild<QTabWidget*>();
        REQUIRE(tabs != nullptr);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            if (tabs->widget(tab)->isAncestorOf(nameInTitle))
                tabs->setCurrentIndex(tab);
        }
        nameInTitle->setChecked(true);
        tests::screenshot(dialog, QStringLiteral("settings-safety"));
        child<QPushButton>(dialog, "saveButton")->click();
    });
    fixture.window.editSettings();
    CHECK(fixture.settings.coordinatorName() == QStringLiteral("Åsa Rehab"));
    CHECK(fixture.window.workspace()->context().userName == QStringLiteral("Åsa Rehab"));
    CHECK(model->index(0, int(core::CaseListColumn::SickDay)).data().toInt() == 30 + 48);
    CHECK(fixture.settings.patientNameInTitle());
}

TEST_CASE("The case list remembers the chosen columns and sort order", "[ui][settings]")
{
    tests::TemporarySettings temporary;
    core::Settings settings(temporary.make());
    auto workspace = tests::makeWorkspace();
    tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
                   QDate(2026, 11, 1));
    tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"),
                   QDate(2026, 5, 1));
    {
        ui::CaseListPage page(settings);
        page.setWorkspace(workspace.get());
        CHECK(page.table()->isColumnHidden(int(core::CaseListColumn::Reference)));
        page.table()->setColumnHidden(int(core::CaseListColumn::Sex), true);
        page.table()->setColumnHidden(int(core::CaseListColumn::Reference), false);
        page.table()->sortByColumn(int(core::CaseListColumn::SickDay), Qt::DescendingOrder);
        page.saveColumnState();
    }
    ui::CaseListPage page(settings);
    page.setWorkspace(workspace.get());
    CHECK(page.table()->isColumnHidden(int(core::CaseListColumn::Sex)));
    CHECK_FALSE(page.table()->isColumnHidden(int(core::CaseListColumn::Reference)));
    // Åberg (day 207) before Öberg (day 23): the longest sick leave first, as left.
    CHECK(page.model()->index(0, int(core::CaseListColumn::Name)).data().toString() == QStringLiteral("Åberg, Åsa"));
}

TEST_CASE("Case list columns fit what they show, and a width the user drags is kept", "[ui][settings]")
{
    tests::TemporarySettings temporary;
    core::Settings settings(temporary.make());
    auto workspace = tests::makeWorkspace();
    const auto contentWidth = [](ui::CaseListPage& page, core::CaseListColumn column) {
        return static_cast<QAbstractItemView*>(page.table())->sizeHintForColumn(int(column));
    };
    {
        // Columns chosen while the list was still empty: the state saved then holds the headings' widths.
        ui::CaseListPage page(settings);
        page.setWorkspace(workspace.get());
        page.resize(1000, 500);
        page.show();
        page.table()->setColumnHidden(int(core::CaseListColumn::Sex), true);
        page.saveColumnState();
    }
    tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                   QStringLiteral("Andersson-Öberg"), QDate(2026, 11, 1));
    {
        ui::CaseListPage page(settings);
        page.resize(1000, 500);
        page.show();
        page.setWorkspace(workspace.get());
        QApplication::processEvents();
        CHECK(page.table()->isColumnHidden(int(core::CaseListColumn::Sex)));
        for (const auto column : {core::CaseListColumn::Name, core::CaseListColumn::Status})
            CHECK(page.table()->columnWidth(int(column)) >= contentWidth(page, column));
        // The window growing is not the user choosing widths.
        page.resize(1200, 500);
        QApplication::processEvents();
        CHECK_FALSE(settings.caseListColumnsSizedByUser());
        page.table()->horizontalHeader()->resizeSection(int(core::CaseListColumn::Name), 90);
        CHECK(settings.caseListColumnsSizedByUser());
    }
    ui::CaseListPage page(settings);
    page.resize(1000, 500);
    page.show();
    page.setWorkspace(workspace.get());
    QApplication::processEvents();
    CHECK(page.table()->columnWidth(int(core::CaseListColumn::Name)) == 90);
}

TEST_CASE("Locking hides every patient and unlocking returns to the same case and tab", "[ui][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    Fixture fixture;
    fixture.window.show();
    REQUIRE(fixture.window.createDatabase(path));
    const auto created = tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"),
                                        QStringLiteral("Göran"), QStringLiteral("Öberg"), QDate(2026, 11, 1));
    fixture.window.openCase(created.caseId);
    child<QTabWidget>(fixture.window.caseView(), "caseTabs")->setCurrentIndex(int(ui::CaseView::Tab::Consents));

    SECTION("Ctrl+L, with a dialog open")
    {
        bool dialogClosed = false;
        tests::whenDialogOpens<ui::PeriodDialog>([&fixture, &dialogClosed](ui::PeriodDialog* dialog) {
            QObject::connect(dialog, &QDialog::rejected, [&dialogClosed] { dialogClosed = true; });
            fixture.window.lockNow();
        });
        fixture.window.caseView()->addPeriod();
        REQUIRE(QTest::qWaitFor([&] { return fixture.window.isLocked(); }));
        CHECK(dialogClosed);
    }
    SECTION("after the idle time")
    {
        fixture.window.setAutoLockInterval(50);
        REQUIRE(QTest::qWaitFor([&] { return fixture.window.isLocked(); }, 3000));
    }
    CHECK(fixture.window.workspace() == nullptr);
    CHECK(child<QWidget>(&fixture.window, "lockPage")->isVisible());
    CHECK_FALSE(fixture.window.caseView()->isVisible());
    CHECK_FALSE(fixture.window.windowTitle().contains(QStringLiteral("Öberg")));
    CHECK_FALSE(child<QWidget>(&fixture.window, "navigation")->isVisible());
    tests::screenshot(&fixture.window, QStringLiteral("locked"));

    fixture.window.setAutoLockInterval(0);
    fixture.passphrases = {QByteArrayLiteral("fel lösenfras här"), QByteArrayLiteral("fyra ord som ingen gissar")};
    fixture.passphraseErrors.clear();
    REQUIRE(fixture.window.unlockNow());
    CHECK(fixture.passphraseErrors.last() == QStringLiteral("Fel lösenfras."));
    CHECK(fixture.window.caseView()->isVisible());
    CHECK(fixture.window.caseView()->caseId() == created.caseId);
    CHECK(fixture.window.caseView()->currentTab() == ui::CaseView::Tab::Consents);
}

TEST_CASE("The first save of the day writes the day's backup", "[ui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QString folder = dir.filePath(QStringLiteral("backuper"));
    QDir().mkpath(folder);
    Fixture fixture;
    fixture.settings.setBackupFolder(folder);
    REQUIRE(fixture.window.createDatabase(path));
    CHECK(core::Backup::existing(folder, path).isEmpty());
    tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                   QStringLiteral("Öberg"));
    CHECK(core::Backup::existing(folder, path).size() == 1);
    tests::addCase(*fixture.window.workspace(), QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                   QStringLiteral("Åberg"));
    CHECK(core::Backup::existing(folder, path).size() == 1);
    REQUIRE(fixture.window.maintenance()->backupNow());
    CHECK(core::Backup::existing(folder, path).size() == 2);
}
