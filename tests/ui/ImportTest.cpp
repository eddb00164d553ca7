// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "core/workspace/Workspace.h"
#include "core/xlsx/XlsxWriter.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/views/CaseListPage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;

namespace {

// The list as 'CSV (semikolonavgränsad)' saves it on a Swedish PC: Windows-1252, semicolons.
QByteArray windowsList()
{
    const QString text = QStringLiteral(
        "Personnummer;Patient;Status;Sjukskriven fr.o.m.;T.o.m.;Omfattning;Diagnos;Arbetsgivare;Kommentar\r\n"
        "19780212-1231;Öberg, Göran;Pågående;2026-09-01;;100 %;F32.9 Depression;Sågverket i Åmål AB;Ring före 9\r\n"
        "810315-2461;Ängström, Åsa;Avslutad;2026-01-10;2026-04-30;50;M54.5;;\r\n"
        "900430-3583;Ek, Eva;Aktiv;2026-10-01;;75;;Kommunen;\r\n"
        "550607-4700;Sten, Stina;Aktiv;2026-10-01;;;;;\r\n"
        "671120-5820;Lund, Lena;Aktiv;2026-10-01;;33;;;\r\n");
    QByteArray bytes;
    for (const QChar ch : text)
        bytes.append(ch.unicode() < 256 ? char(ch.unicode()) : '?');
    return bytes;
}

} // namespace

TEST_CASE("A case list from Excel is imported through the mapping dialog, and the mapping is remembered",
          "[ui][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ärendelista.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(windowsList());
    file.close();

    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.setWorkspace(tests::makeWorkspace());
    fixture.prompts.onFile = [path](QWidget*, const ui::Prompts::FileRequest&) {
        return path;
    };
    QString told;
    fixture.prompts.onInform = [&told](QWidget*, const QString& message) {
        told = message;
    };
    fixture.prompts.onDialog<ui::ImportDialog>([](ui::ImportDialog& dialog) {
        dialog.show();
        REQUIRE(dialog.fileRead());
        CHECK(child<QComboBox>(&dialog, "importEncoding")->currentText().startsWith(QStringLiteral("Windows-1252")));
        CHECK(child<QComboBox>(&dialog, "importSeparator")->currentData().toString() == QStringLiteral(";"));
        auto* mapping = dialog.mappingTable();
        REQUIRE(mapping->rowCount() == 9);
        CHECK(mapping->item(1, 0)->text() == QStringLiteral("Patient"));
        CHECK(mapping->item(1, 1)->text() == QStringLiteral("Öberg, Göran"));
        CHECK(child<QComboBox>(&dialog, "importField1")->currentText() == QStringLiteral("Namn (efternamn, förnamn)"));
        CHECK(child<QComboBox>(&dialog, "importField8")->currentText() == QStringLiteral("Anteckning"));
        // The user decides the comments stay in Excel.
        auto* comment = child<QComboBox>(&dialog, "importField8");
        comment->setCurrentIndex(comment->findData(int(core::CaseImport::Field::Ignore)));
        CHECK(dialog.mapping().at(8) == core::CaseImport::Field::Ignore);

        auto* preview = dialog.previewTable();
        REQUIRE(preview->rowCount() == 5);
        CHECK(preview->item(0, 2)->text() == QStringLiteral("Öberg, Göran"));
        CHECK(preview->item(0, 9)->text() == QStringLiteral("ny patient och nytt ärende"));
        CHECK(preview->item(3, 0)->text() == QStringLiteral("5"));
        CHECK(preview->item(3, 9)->text().contains(QStringLiteral("personnummer")));
        CHECK(preview->item(4, 9)->text().contains(QStringLiteral("25, 50, 75 eller 100")));
        const QString status = child<QLabel>(&dialog, "importStatus")->text();
        CHECK(status.contains(QStringLiteral("3 rader kan importeras")));
        CHECK(status.contains(QStringLiteral("2 rader har fel")));
        auto* importButton = child<QPushButton>(&dialog, "importButton");
        CHECK(importButton->text() == QStringLiteral("&Importera 3 ärenden"));
        tests::screenshot(&dialog, QStringLiteral("import-dialog"));
        importButton->click();
        CHECK(dialog.result() == QDialog::Accepted);
        return dialog.result();
    });
    fixture.window.importCaseList();
    CHECK(told.contains(QStringLiteral("3 ärenden importerade")));
    CHECK(told.contains(QStringLiteral("2 rader hoppades över")));
    CHECK(told.contains(QStringLiteral("rad 5: ")));
    CHECK(fixture.window.caseListPage()->isVisible());
    CHECK(fixture.window.caseListPage()->model()->totalCases() == 3);

    // The next import remembers that the comments are not imported, and finds every case already there.
    fixture.prompts.onDialog<ui::ImportDialog>([](ui::ImportDialog& dialog) {
        CHECK(dialog.mapping().at(8) == core::CaseImport::Field::Ignore);
        CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
        CHECK(dialog.previewTable()->item(0, 9)->text() == QStringLiteral("redan registrerat, importeras inte igen"));
        return int(QDialog::Rejected);
    });
    fixture.window.importCaseList();
}

TEST_CASE("A file that is not a case list is explained in the import dialog, and nothing can be imported",
          "[ui][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bild.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    file.close();
    auto workspace = tests::makeWorkspace();
    tests::TemporarySettings temporary;
    core::Settings settings(temporary.make());
    ui::ImportDialog dialog(*workspace, settings, path);
    CHECK_FALSE(dialog.fileRead());
    CHECK(dialog.readError().contains(QStringLiteral("inte en textfil")));
    CHECK(child<QLabel>(&dialog, "importFileProblem")->text() == dialog.readError());
    CHECK_FALSE(child<QPushButton>(&dialog, "importButton")->isEnabled());
    CHECK_FALSE(dialog.importRows());
}

TEST_CASE("A case list saved as an Excel workbook is imported without saving it as CSV first", "[ui][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ärendelista.xlsx"));
    // Written by libxlsxwriter, as Excel stores it: dates as serial numbers in a date format, numbers as numbers.
    core::Sheet sheet;
    sheet.name = QStringLiteral("Ärenden");
    sheet.addColumn(QStringLiteral("Personnummer"), core::SheetColumn::Kind::Text, 16);
    sheet.addColumn(QStringLiteral("Patient"), core::SheetColumn::Kind::Text, 20);
    sheet.addColumn(QStringLiteral("Status"), core::SheetColumn::Kind::Text, 10);
    sheet.addColumn(QStringLiteral("Sjukskriven fr.o.m."), core::SheetColumn::Kind::Date, 12);
    sheet.addColumn(QStringLiteral("Omfattning"), core::SheetColumn::Kind::Integer, 8);
    sheet.rows.append({QStringLiteral("19780212-1231"), QStringLiteral("Öberg, Göran"), QStringLiteral("Aktiv"),
                       QDate(2026, 9, 1), 100});
    sheet.rows.append(
        {QStringLiteral("900430-3583"), QStringLiteral("Ek, Eva"), QStringLiteral("Aktiv"), QDate(2026, 10, 1), 50});
    REQUIRE(core::XlsxWriter::write({sheet}, path).written());

    auto workspace = tests::makeWorkspace();
    tests::TemporarySettings temporary;
    core::Settings settings(temporary.make());
    ui::ImportDialog dialog(*workspace, settings, path);
    REQUIRE(dialog.fileRead());
    CHECK_FALSE(child<QComboBox>(&dialog, "importEncoding")->isEnabled()); // a workbook has no encoding to choose
    auto* mapping = dialog.mappingTable();
    REQUIRE(mapping->rowCount() == 5);
    CHECK(mapping->item(0, 0)->text() == QStringLiteral("Personnummer"));
    CHECK(mapping->item(3, 1)->text() == QStringLiteral("2026-09-01")); // the date as the user sees it
    auto* preview = dialog.previewTable();
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(0, 2)->text() == QStringLiteral("Öberg, Göran"));
    CHECK(child<QLabel>(&dialog, "importStatus")->text().contains(QStringLiteral("2 rader kan importeras")));
}
