// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "PythonReader.h"
#include "TestWorkspace.h"
#include "core/exchange/UnitReport.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/RegionDialog.h"
#include "ui/dialogs/UnitWorkDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/ProgressRunner.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QValueAxis>
#include <catch2/catch.hpp>
#include <cmath>

using namespace koordinera;
using tests::child;

namespace {

QStringList barSetNames(QChartView* view)
{
    QStringList names;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                names << set->label();
        }
    }
    return names;
}

int rowWith(QTableWidget* table, const QString& label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == label)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The statistics view: key figures, one measure at a time as chart and table, women and men",
          "[ui][statistics]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    auto* navigation = child<QListWidget>(&fixture.window, "navigation");
    navigation->setCurrentRow(3);
    auto* page = fixture.window.statisticsPage();
    REQUIRE(page->isVisible());
    page->setPeriod(ui::StatisticsPage::PeriodKind::Year, 2026);
    const core::StatisticsReport& report = page->report();
    CHECK(report.period.from == QDate(2026, 1, 1));
    REQUIRE(report.active.total > 50);
    CHECK(child<QLabel>(page, "statisticsPeriod")->text().contains(QStringLiteral("kvinnor, män och totalt")));
    const QString active = child<QLabel>(page, "keyFigure0")->text();
    CHECK(active.contains(QStringLiteral("Aktiva ärenden")));
    CHECK(active.contains(QString::number(report.active.total)));
    CHECK(active.contains(QStringLiteral("Kvinnor %1 · Män %2").arg(report.active.women).arg(report.active.men)));

    auto* chart = child<QChartView>(page, "statisticsChart");
    auto* table = child<QTableWidget>(page, "statisticsTable");
    CHECK(barSetNames(chart) == QStringList{QStringLiteral("Kvinnor"), QStringLiteral("Män")});
    CHECK(table->rowCount() == report.months.size());
    tests::screenshot(&fixture.window, QStringLiteral("statistics"));

    // The length of the sick leave: a row per bucket with its shares; the screen shows every count.
    const int lengthIndex = int(report.tables().indexOf(&report.length)) + 1;
    page->showMeasure(lengthIndex);
    CHECK(child<QLabel>(page, "statisticsMeasureTitle")->text() == QStringLiteral("Sjukfallets längd"));
    REQUIRE(table->rowCount() == report.length.rows.size());
    const int row = rowWith(table, QStringLiteral("31–90 dagar"));
    REQUIRE(row >= 0);
    const core::SexCounts counts = report.length.countsOf(QStringLiteral("31–90 dagar"));
    CHECK(table->item(row, 1)->text() == QString::number(counts.women));
    CHECK(table->item(row, 3)->text() == QString::number(counts.total));
    CHECK(table->item(row, 6)->text().endsWith(QStringLiteral(" %")));
    CHECK(barSetNames(chart).size() == 2);
    tests::screenshot(&fixture.window, QStringLiteral("statistics-length"));

    // A quarter, and a chosen period.
    page->setPeriod(ui::StatisticsPage::PeriodKind::Quarter, 2026, 3);
    CHECK(page->report().period.to == QDate(2026, 9, 30));
    CHECK(child<QLabel>(page, "statisticsMeasureTitle")->text() == QStringLiteral("Sjukfallets längd"));
    page->setCustomPeriod(QDate(2026, 6, 15), QDate(2026, 2, 1)); // backwards: read the right way round
    CHECK(page->report().period.from == QDate(2026, 2, 1));
    CHECK(page->report().period.to == QDate(2026, 6, 15));
}

TEST_CASE("The monthly chart has whole-number ticks and draws the new cases its title names", "[ui][statistics]")
{
    tests::MainWindowFixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    tests::addCase(*fixture.window.workspace(), QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                   QStringLiteral("Öberg"), QDate(2026, 10, 1));
    fixture.window.show();
    child<QListWidget>(&fixture.window, "navigation")->setCurrentRow(3);
    auto* page = fixture.window.statisticsPage();
    page->setPeriod(ui::StatisticsPage::PeriodKind::Year, 2026);
    auto* chart = child<QChartView>(page, "statisticsChart")->chart();

    const auto vertical = chart->axes(Qt::Vertical);
    REQUIRE(vertical.size() == 1);
    auto* counts = qobject_cast<QValueAxis*>(vertical.first());
    REQUIRE(counts != nullptr);
    REQUIRE(counts->tickCount() >= 2);
    const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
    CHECK(step >= 1.0);
    CHECK(step == std::floor(step)); // 0, 1, 2: never 0, 0, 1, 1
    CHECK(counts->max() >= 2.0);     // room above the one case

    QLineSeries* started = nullptr;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series))
            started = line;
    }
    REQUIRE(started != nullptr);
    CHECK(started->name() == QStringLiteral("Nya ärenden"));
    REQUIRE(started->count() == page->report().months.size()); // January up to this month
    REQUIRE(started->count() >= 10);
    CHECK(started->at(9).y() == 1.0); // the case started in October
    CHECK(started->at(8).y() == 0.0);
    tests::screenshot(&fixture.window, QStringLiteral("statistics-one-case"));
}

TEST_CASE("The statistics print with charts and hidden small numbers, and export to Excel", "[ui][statistics]")
{
    QTemporaryDir dir;
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    auto* page = fixture.window.statisticsPage();
    fixture.window.showStatistics();
    page->setPeriod(ui::StatisticsPage::PeriodKind::Quarter, 2026, 3);

    const QString pdf = dir.filePath(QStringLiteral("statistik.pdf"));
    bool recipientShown = true;
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([&](ui::DocumentPreviewDialog& dialog) {
        recipientShown = child<QLineEdit>(&dialog, "documentRecipient")->isVisibleTo(&dialog);
        tests::prompts().onFile = [pdf](QWidget*, const ui::Prompts::FileRequest&) {
            return pdf;
        };
        REQUIRE(dialog.savePdf());
        return dialog.result();
    });
    REQUIRE(page->printReport());
    CHECK_FALSE(recipientShown); // the unit's figures are not a copy for someone
    const QString text = tests::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Statistik för samordning")));
    CHECK(text.contains(QStringLiteral("2026-07-01 – 2026-09-30")));
    CHECK(text.contains(QStringLiteral("<5")));
    CHECK(text.contains(QStringLiteral("Sjukfallets längd")));
    tests::keepPdfPages(pdf, QStringLiteral("statistics-pdf"));

    const QString workbook = dir.filePath(QStringLiteral("statistik.xlsx"));
    tests::prompts().onFile = [workbook](QWidget*, const ui::Prompts::FileRequest& request) {
        CHECK(request.suggestedName == QStringLiteral("Statistik 2026-07-01–2026-09-30.xlsx"));
        return workbook;
    };
    REQUIRE(page->exportReport());
    QFile file(workbook);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = tests::readWithPython(QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_xlsx.py"),
                                                    file.readAll(), QStringLiteral("s.xlsx"));
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first().startsWith(QStringLiteral("sheet|Statistik|freeze=A2")));
    CHECK(lines.contains(QStringLiteral("s:Mått (2026-07-01 – 2026-09-30)|s:Kategori|s:Kvinnor|s:Män|s:Totalt|"
                                        "s:Kvinnor %|s:Män %|s:Totalt %")));

    tests::prompts().onFile = [&dir](QWidget*, const ui::Prompts::FileRequest&) {
        return dir.filePath(QStringLiteral("saknas/x.csv"));
    };
    CHECK_FALSE(page->exportReport());
    CHECK(page->lastError().contains(QStringLiteral("kunde inte skrivas")));
}

TEST_CASE("Long work runs off the GUI thread and can be cancelled from the progress dialog", "[ui][progress]")
{
    QWidget parent;
    const Qt::HANDLE guiThread = QThread::currentThreadId();
    ui::ProgressRunner::setObserver([](int) { return false; }); // press Avbryt at the first update
    Qt::HANDLE workThread = nullptr;
    const core::ExportResult result = ui::ProgressRunner::run(
        &parent, QStringLiteral("Arbetar…"), [&workThread](const core::ExportProgress& progress) {
            workThread = QThread::currentThreadId();
            for (qint64 step = 0; step < 1000; ++step) {
                if (!progress(step, 1000))
                    return core::ExportResult{core::ExportResult::Status::Cancelled, QString()};
                QThread::msleep(5);
            }
            return core::ExportResult{};
        });
    ui::ProgressRunner::setObserver({});
    CHECK(result.status == core::ExportResult::Status::Cancelled);
    CHECK(workThread != guiThread);
}

TEST_CASE("Waiting on work that cannot be cancelled keeps the window answering and passes on its failure",
          "[ui][progress]")
{
    QWidget parent;
    parent.resize(640, 400);
    parent.show();
    QTimer tick;
    int ticks = 0;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(10);
    // After a moment a busy indicator shows, with nothing to press.
    bool busyShown = false;
    bool cancelShown = true;
    QTimer::singleShot(800, &parent, [&] {
        auto* busy = parent.findChild<QProgressDialog*>(QStringLiteral("busyDialog"));
        busyShown = busy && busy->isVisible();
        cancelShown = busy && busy->findChild<QPushButton*>() != nullptr;
        if (busy)
            tests::screenshot(busy, QStringLiteral("busy-dialog"));
    });
    std::unique_ptr<QObject> made;
    ui::ProgressRunner::wait(&parent, QStringLiteral("Öppnar enheten.koordinera…"),
                             [&made, gui = QThread::currentThread()] {
                                 made = std::make_unique<QObject>();
                                 QThread::msleep(1200);
                                 made->moveToThread(gui); // as Workspace::handOverTo does
                             });
    CHECK(ticks >= 30); // the GUI thread's timer went on while the work ran
    CHECK(busyShown);
    CHECK_FALSE(cancelShown);
    CHECK(made->thread() == QThread::currentThread());
    CHECK_THROWS_AS(ui::ProgressRunner::wait(
                        &parent, QStringLiteral("Öppnar…"),
                        [] { throw core::StorageError(core::StorageError::Kind::Damaged, QStringLiteral("Skadad")); }),
                    core::StorageError);
    CHECK_FALSE(ui::ProgressRunner::isRunning());
}

TEST_CASE("While work runs on a worker, clicks and keys reach only its progress dialog, even before it shows",
          "[ui][progress]")
{
    QWidget window;
    auto* button = new QPushButton(QStringLiteral("Spara"), &window);
    window.show();
    int clicked = 0;
    QObject::connect(button, &QPushButton::clicked, [&clicked] { ++clicked; });
    // Sent on the GUI thread while the worker runs, 100 ms in: before the dialog's 400 ms have passed.
    QTimer::singleShot(100, button, [button] {
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keyClick(button, Qt::Key_Space);
        button->window()->close();
    });
    ui::ProgressRunner::wait(&window, QStringLiteral("Uppdaterar…"), [] { QThread::msleep(300); });
    CHECK(clicked == 0);
    CHECK(window.isVisible());
    QTest::mouseClick(button, Qt::LeftButton); // and afterwards as before
    CHECK(clicked == 1);
}

TEST_CASE("The case list exports the listed cases with the columns shown, after asking, and logs each patient",
          "[ui][caselist][export]")
{
    QTemporaryDir dir;
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.openDemo();
    fixture.window.showCaseList();
    auto* page = fixture.window.caseListPage();
    auto* header = page->table()->horizontalHeader();
    header->setSectionHidden(int(core::CaseListColumn::Occupation), true);
    header->moveSection(header->visualIndex(int(core::CaseListColumn::Identity)), 0);
    const QList<core::CaseListColumn> columns = page->visibleColumns();
    REQUIRE(columns.first() == core::CaseListColumn::Identity);
    CHECK_FALSE(columns.contains(core::CaseListColumn::Occupation));

    const QString path = dir.filePath(QStringLiteral("ärenden.xlsx"));
    tests::prompts().onFile = [path](QWidget*, const ui::Prompts::FileRequest&) {
        return path;
    };
    QString asked;
    tests::prompts().onConfirm = [&asked](QWidget*, const QString& question) {
        asked = question;
        return false;
    };
    CHECK_FALSE(page->exportList());
    CHECK(asked.contains(QStringLiteral("patientuppgifter")));
    CHECK(asked.contains(QStringLiteral("Personnummer, ")));
    CHECK_FALSE(QFile::exists(path));

    auto& audit = fixture.window.workspace()->audit();
    const qint64 before = audit.count();
    tests::prompts().onConfirm = [](QWidget*, const QString&) {
        return true;
    };
    REQUIRE(page->exportList());
    const int listed = page->model()->rowCount();
    CHECK(audit.count() == before + listed);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = tests::readWithPython(QStringLiteral(KOORDINERA_TESTS_SOURCE_DIR "/core/read_xlsx.py"),
                                                    file.readAll(), QStringLiteral("l.xlsx"));
    REQUIRE(lines.size() == listed + 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("s:Personnummer|s:Status|")));
    CHECK_FALSE(lines.at(1).contains(QStringLiteral("Sysselsättning")));
}

TEST_CASE("Work for the unit is recorded, corrected and removed in its dialog, and counted on the statistics page",
          "[ui][statistics][unitwork]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    fixture.window.setWorkspace(tests::makeWorkspace());
    core::Workspace* workspace = fixture.window.workspace();

    bool shown = false;
    tests::whenDialogOpens<ui::UnitWorkDialog>([&](ui::UnitWorkDialog* dialog) {
        shown = true;
        CHECK(dialog->rowCount() == 0);
        core::UnitWork work;
        work.on = tests::FixedToday.addDays(-2);
        work.kind = core::UnitWorkKind::Advice;
        work.kvaCode = QStringLiteral("GC001");
        work.minutes = 45;
        work.note = QStringLiteral("Sjukskrivningsfrågor på läkarmötet");
        dialog->setForm(work);
        REQUIRE(dialog->saveForm(true));
        work.kind = core::UnitWorkKind::TeamMeeting;
        work.kvaCode.clear();
        work.minutes = 60;
        work.note = QStringLiteral("Teamträff om 640823-3234");
        dialog->setForm(work);
        CHECK_FALSE(dialog->saveForm(true)); // an identity number has no place here
        CHECK(child<QLabel>(dialog, "unitWorkError")->text().contains(QStringLiteral("personnummer")));
        work.note = QStringLiteral("Teamträff");
        dialog->setForm(work);
        REQUIRE(dialog->saveForm(true));
        CHECK(dialog->rowCount() == 2);
        // Changed: the chosen entry (the one just added) takes the form.
        work.minutes = 90;
        dialog->setForm(work);
        REQUIRE(dialog->saveForm(false));
        tests::screenshot(dialog, QStringLiteral("unit-work"));
        dialog->accept();
    });
    QAction* action = nullptr;
    for (QAction* candidate : fixture.window.findChildren<QAction*>()) {
        if (candidate->text() == QStringLiteral("&Arbete för enheten…"))
            action = candidate;
    }
    REQUIRE(action);
    action->trigger();
    REQUIRE(shown);
    const auto entries = workspace->staff().unitWork();
    REQUIRE(entries.size() == 2);
    CHECK(entries.first().minutes == 90);
    CHECK(entries.last().kvaCode == QStringLiteral("GC001"));

    fixture.window.showStatistics();
    auto* page = fixture.window.statisticsPage();
    page->setPeriod(ui::StatisticsPage::PeriodKind::Year, 2026);
    REQUIRE(page->report().unitWork.size() == 2);
    page->showMeasure(int(page->report().tables().size()) + 1);
    CHECK(child<QLabel>(page, "statisticsMeasureTitle")->text().startsWith(QStringLiteral("Arbete för enheten")));
    auto* table = child<QTableWidget>(page, "statisticsTable");
    REQUIRE(table->rowCount() == 3); // two kinds and the total
    CHECK(table->item(2, 1)->text() == QStringLiteral("2"));
    CHECK(table->item(2, 2)->text() == QStringLiteral("2,3"));
    tests::screenshot(&fixture.window, QStringLiteral("statistics-unit-work"));

    // Removed after asking.
    tests::whenDialogOpens<ui::UnitWorkDialog>([&](ui::UnitWorkDialog* dialog) {
        child<QTableView>(dialog, "unitWorkTable")->selectRow(0);
        tests::prompts().onConfirm = [](QWidget*, const QString&) {
            return true;
        };
        child<QPushButton>(dialog, "removeUnitWorkButton")->click();
        CHECK(dialog->rowCount() == 1);
        dialog->accept();
    });
    action->trigger();
    CHECK(workspace->staff().unitWork().size() == 1);
}

TEST_CASE("Tools › Regional report puts sealed unit reports together, refusing a wrong passphrase by file",
          "[ui][statistics][region]")
{
    tests::MainWindowFixture fixture;
    const QTemporaryDir folder;
    QStringList paths;
    for (const int unit : {1, 2}) {
        auto workspace = tests::makeWorkspace();
        core::DemoData::populate(*workspace, 40, quint32(unit));
        const core::UnitReport report = core::UnitReportFile::make(
            core::Statistics(workspace->context()).compute(core::StatisticsPeriod::year(2026)),
            QStringLiteral("Vårdcentralen %1").arg(unit), QStringLiteral("E%1").arg(unit),
            QDateTime::currentDateTime());
        const QString path = folder.filePath(QStringLiteral("enhet-%1.kstat").arg(unit));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(core::UnitReportFile::seal(report, "gemensam fras", core::KdfParams::forTests()));
        paths << path;
    }

    ui::RegionDialog dialog(fixture.settings);
    CHECK_FALSE(child<QPushButton>(&dialog, "previewRegionButton")->isEnabled());
    for (const QString& path : paths)
        dialog.addReport(path);
    dialog.setPassphrase(QStringLiteral("fel fras"));
    CHECK_FALSE(dialog.merged());
    CHECK(child<QLabel>(&dialog, "regionError")->text().startsWith(QStringLiteral("enhet-1.kstat: ")));
    dialog.setPassphrase(QStringLiteral("gemensam fras"));
    const auto region = dialog.merged();
    REQUIRE(region);
    CHECK(region->units.size() == 2);
    const QString csv = folder.filePath(QStringLiteral("region.csv"));
    REQUIRE(dialog.exportTo(csv));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.contains(QStringLiteral("Vårdcentralen 2")));
    CHECK(text.contains(QStringLiteral("Länet")));

    bool previewed = false;
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([&](ui::DocumentPreviewDialog& preview) {
        previewed = preview.windowTitle().contains(QStringLiteral("Regional sammanställning"));
        return int(QDialog::Rejected);
    });
    CHECK(dialog.preview());
    CHECK(previewed);
    dialog.show();
    tests::screenshot(&dialog, QStringLiteral("region-dialog"));
}
