// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20 in the window: the week's list from Rehabstöd is imported, the sick-listed who have no case show under
// "Sjukskrivna", and from there the coordinator starts a case prefilled from the list or records why not.
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "core/records/AuditLog.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/NewCaseDialog.h"
#include "ui/dialogs/SickListImportDialog.h"
#include "ui/views/CaseView.h"
#include "ui/views/SickListPage.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/PatientForm.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;

namespace {

// The list as Excel saves Rehabstöd's export as CSV: the filter block above the header, one bad row.
QString writeList(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("sjukfall.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
                   "Valda filter;Alla;\nSjukfallsinställning;5 dagar;\n;;\n"
                   "#;Personnummer;Namn;Kön;Diagnos/diagnoser;Startdatum;Slutdatum;Längd;Grad;Läkare\n"
                   "1;19640823-3234;Öberg, Göran;Man;F43.8 Andra specificerade reaktioner på svår stress;2026-10-01;"
                   "2026-12-13;74 dagar;100% → 50%;Dr Berg\n"
                   "2;19900101-2344;Ek, Sara;Kvinna;M54.5 Lumbago;2026-08-03;2026-12-20;113 dagar;100%;Dr Al\n"
                   "3;19900101-2345;Fel, Nummer;Man;M54.5;2026-11-02;2026-12-20;22 dagar;100%;Dr Al\n"
                   "4;19850615-1128;Ek, Eva;Kvinna;F32.1 Medelsvår depressiv episod;2026-11-09;2026-12-20;15 dagar;"
                   "25%;Dr Al\n"
                   "5;19810312-2381;Lind, Maria;Kvinna;F43.8;2026-11-01;2026-12-31;34 dagar;50%;Dr Berg\n")
                   .toUtf8());
    return path;
}

} // namespace

TEST_CASE("The sick-leave list goes from Rehabstöd's file to the list of those not in coordination and to a case",
          "[ui][sick-list]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    const auto goran = tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                      QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 11, 15));
    // Maria's case says 100 % until the end of January; the list says 50 % until New Year's Eve.
    const auto maria = tests::addCase(workspace, QStringLiteral("810312-2381"), QStringLiteral("Maria"),
                                      QStringLiteral("Lind"), QDate(2026, 11, 1), QDate(2027, 1, 31));
    fixture.window.show();
    const QTemporaryDir dir;
    const QString path = writeList(dir);

    // Import: the preview says what will happen, then the list is stored.
    fixture.prompts.onFile = [path](QWidget*, const ui::Prompts::FileRequest&) {
        return path;
    };
    QString previewed;
    fixture.prompts.onDialog<ui::SickListImportDialog>([&previewed](ui::SickListImportDialog& dialog) {
        previewed = dialog.previewText();
        dialog.resize(720, 560);
        dialog.show();
        tests::screenshot(&dialog, QStringLiteral("sick-list-import"));
        // Maria's difference is offered, unticked; the coordinator ticks it to correct her case after the list.
        REQUIRE(dialog.differenceCount() == 1);
        dialog.setCorrected(0, true);
        REQUIRE(dialog.importList());
        return dialog.result();
    });
    QString told;
    fixture.prompts.onInform = [&told](QWidget*, const QString& message) {
        told = message;
    };
    fixture.window.importSickList();
    CHECK(previewed.contains(QStringLiteral("4 patienter")));
    CHECK(previewed.contains(QStringLiteral("rad 7")));                      // the bad identity number, by its row
    CHECK(previewed.contains(QStringLiteral("2026-11-16 till 2026-12-13"))); // Göran's period to come
    CHECK(told.contains(QStringLiteral("importerad")));
    CHECK(told.contains(QStringLiteral("1 ärende rättat efter listan")));
    CHECK(workspace.sickLeave().periods(goran.caseId).size() == 2);
    const auto mariasPeriods = workspace.sickLeave().periods(maria.caseId);
    REQUIRE(mariasPeriods.size() == 2);
    CHECK(mariasPeriods.first().degree == 50);
    CHECK(mariasPeriods.last().start == QDate(2027, 1, 1)); // January keeps what the coordinator entered

    // Idag names Sara, past day 90 without a case, and leads to the list.
    const auto today = workspace.worklist().items({});
    CHECK(std::any_of(today.cbegin(), today.cend(), [](const core::Worklist::Item& item) {
        return item.kind == core::Worklist::Kind::SickListed && item.patientName == QStringLiteral("Sara Ek");
    }));
    fixture.window.showWorklist();
    tests::screenshot(&fixture.window, QStringLiteral("sick-list-today"));
    fixture.window.openCaseAt(0, core::CaseArea::SickList);

    // The list: Sara and Eva, who have no case; Sara past day 90.
    auto* page = fixture.window.sickListPage();
    REQUIRE(page->isVisible());
    tests::screenshot(&fixture.window, QStringLiteral("sick-list-page"));
    REQUIRE(page->model()->rowCount() == 2);
    const auto* sara = page->model()->recordAt(0);
    REQUIRE(sara != nullptr);
    CHECK(sara->patient.name == QStringLiteral("Ek, Sara"));
    CHECK(page->model()->data(page->model()->index(0, 4)).toString().contains(QStringLiteral("90")));
    const auto entries = workspace.audit().entries({});
    CHECK(std::any_of(entries.cbegin(), entries.cend(),
                      [](const core::AuditLog::Entry& entry) { return entry.action == QStringLiteral("view_list"); }));

    // Eva: assessed, no coordination now; the reason is asked for.
    page->table()->selectRow(1);
    fixture.prompts.onDialog<QInputDialog>([](QInputDialog& prompt) {
        prompt.setTextValue(QStringLiteral("Åter i arbete nästa vecka"));
        return int(QDialog::Accepted);
    });
    REQUIRE(page->declineSelected());
    REQUIRE(page->model()->rowCount() == 1); // the assessed are not shown unless asked for

    // Sara: a case, prefilled from the list.
    page->table()->selectRow(0);
    fixture.prompts.onDialog<ui::NewCaseDialog>([](ui::NewCaseDialog& dialog) {
        CHECK(dialog.findChild<ui::PatientForm*>()->identityEdit()->text() == QStringLiteral("19900101-2344"));
        CHECK(child<QLineEdit>(&dialog, "diagnosisCodeEdit")->text() == QStringLiteral("M54.5"));
        CHECK(child<QComboBox>(&dialog, "degreeCombo")->currentData().toInt() == 100);
        dialog.accept();
        return dialog.QDialog::result();
    });
    child<QPushButton>(page, "startCaseButton")->click();
    CHECK(fixture.window.caseView()->isVisible());
    CHECK(fixture.window.caseView()->caseTitle() == QStringLiteral("Sara Ek"));
    fixture.window.showSickList();
    CHECK(page->model()->rowCount() == 0);

    // The statistics: of the unit's four sick-listed on the list, Göran and Maria were in coordination; Sara is past
    // day 90.
    fixture.window.showStatistics();
    auto* statistics = fixture.window.statisticsPage();
    statistics->setPeriod(ui::StatisticsPage::PeriodKind::Quarter, 2026, 4);
    const core::StatisticsReport& report = statistics->report();
    REQUIRE(report.sickListDate == tests::FixedToday);
    CHECK(report.sickListed == core::SexCounts{3, 1, 4});
    CHECK(report.sickList.rows.at(0).counts == core::SexCounts{1, 1, 2});
    CHECK(report.sickList.rows.at(2).counts == core::SexCounts{1, 0, 1});
    tests::screenshot(&fixture.window, QStringLiteral("sick-list-statistics"));
}
