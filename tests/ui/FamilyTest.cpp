// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "core/records/FamilyRepository.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ChildDialog.h"
#include "ui/views/CaseView.h"
#include "ui/views/FamilyPanel.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::typeText;

TEST_CASE("A family file's case has a Family tab — the children are added there, undoably — a clinic's has none",
          "[ui][family]")
{
    tests::MainWindowFixture fixture;
    auto clinic = tests::makeWorkspace();
    const auto patient = tests::addCase(*clinic, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                        QStringLiteral("Öberg"), QDate(2026, 11, 1));
    fixture.window.setWorkspace(std::move(clinic));
    fixture.window.openCase(patient.caseId);
    auto* tabs = child<QTabWidget>(fixture.window.caseView(), "caseTabs");
    CHECK_FALSE(tabs->isTabVisible(int(ui::CaseView::Tab::Family)));

    auto families = tests::makeWorkspace();
    core::FileProfile::set(families->database(), core::Profile::Family);
    const auto family =
        tests::addCase(*families, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    fixture.window.setWorkspace(std::move(families));
    fixture.window.openCase(family.caseId);
    REQUIRE(tabs->isTabVisible(int(ui::CaseView::Tab::Family)));
    tabs->setCurrentIndex(int(ui::CaseView::Tab::Family));
    auto* panel = child<ui::FamilyPanel>(fixture.window.caseView(), "familyPanel");
    REQUIRE(panel->parents()->rowCount() == 1);
    CHECK(panel->parents()->rowAt(0)->cells.at(0) == QStringLiteral("Sara Lind"));

    tests::whenDialogOpens<ui::ChildDialog>([](ui::ChildDialog* dialog) {
        auto* save = child<QPushButton>(dialog, "saveButton");
        child<QPushButton>(dialog, "saveButton")->click(); // no name yet: refused, the dialog stays
        CHECK(dialog->isVisible());
        typeText(child<QLineEdit>(dialog, "givenNameEdit"), QStringLiteral("Ölle"));
        typeText(child<QLineEdit>(dialog, "familyNameEdit"), QStringLiteral("Lind"));
        child<QDateEdit>(dialog, "birthDateEdit")->setDate(QDate(2019, 4, 2));
        child<QPlainTextEdit>(dialog, "impairmentEdit")->setPlainText(QStringLiteral("Autism; behöver förberedelse"));
        typeText(child<QLineEdit>(dialog, "schoolEdit"), QStringLiteral("Ängens förskola"));
        tests::screenshot(dialog, QStringLiteral("family-child-dialog"));
        save->click();
    });
    panel->addChild();
    REQUIRE(panel->children()->rowCount() == 1);
    CHECK(panel->children()->recordAt(0)->givenName == QStringLiteral("Ölle"));
    CHECK(panel->children()->rowAt(0)->cells.at(2) == QStringLiteral("7 år"));
    tests::screenshot(&fixture.window, QStringLiteral("family-tab"));

    fixture.window.undoStack()->undo();
    CHECK(panel->children()->rowCount() == 0);
    fixture.window.undoStack()->redo();
    REQUIRE(panel->children()->rowCount() == 1);
    CHECK(core::FamilyRepository(fixture.window.workspace()->context()).children(family.caseId).size() == 1);
}
