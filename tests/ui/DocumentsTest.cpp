// SPDX-License-Identifier: GPL-3.0-or-later
// Printed documents: every document rendered to PDF and read back with poppler's tools, a 40-action plan
// across pages, and the Dokument tab's preview, print, PDF, copy and letter with their records on the case.
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "TestWorkspace.h"
#include "core/documents/CaseDocuments.h"
#include "core/workspace/Workspace.h"
#include "ui/dialogs/LetterDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/documents/CaseDocumentActions.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/DocumentRenderer.h"
#include "ui/documents/DocumentsPanel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/CaseView.h"
#include "ui/views/MeetingsPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::pdfText;

namespace {

QString sha256Of(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// The PDF's pages as pdf-<file name>-N.png when screenshots are asked for.
void keepPages(const QString& path)
{
    tests::keepPdfPages(path, QStringLiteral("pdf-") + QFileInfo(path).completeBaseName());
}

QString writePdf(const QList<core::Document>& documents, const QString& path)
{
    QString error;
    REQUIRE(ui::DocumentRenderer(documents).writePdf(path, &error));
    CHECK(error.isEmpty());
    keepPages(path);
    return pdfText(path);
}

void checkEmbeddedFonts(const QString& path)
{
    const auto [fonts, embedded] = tests::pdfFonts(path);
    CHECK(fonts > 0);
    CHECK(embedded == fonts);
}

QImage pageImage(const QString& pdf, int page, const QTemporaryDir& dir)
{
    const QString base = dir.filePath(QStringLiteral("page"));
    tests::runTool(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"),
                    QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), pdf, base});
    const QImage image(base + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

// The share of pixels that differ between the same page of two PDFs.
double differingShare(const QString& first, const QString& second, int page, const QTemporaryDir& dir)
{
    const QImage a = pageImage(first, page, dir);
    const QImage b = pageImage(second, page, dir);
    REQUIRE(a.size() == b.size());
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return double(differing) / (qint64(a.width()) * a.height());
}

core::CaseFile caseFile(core::Workspace& workspace, qint64 caseId)
{
    return core::CaseFile::read(workspace, caseId,
                                {QStringLiteral("Vårdcentralen Ekbacken"),
                                 QStringLiteral("Anna Berg"),
                                 QString(),
                                 QStringLiteral("Rehabkoordinator"),
                                 true,
                                 {}});
}

} // namespace

TEST_CASE("Every document prints to A4 with its sections, the identity number, å/ä/ö and embedded fonts", "[documents]")
{
    auto workspace = tests::makeWorkspace();
    const auto planned = tests::addPlannedCase(*workspace);
    const core::CaseFile file = caseFile(*workspace, planned.caseId);
    QTemporaryDir dir;

    const QString planPath = dir.filePath(QStringLiteral("handlingsplan.pdf"));
    const QString plan = writePdf({core::CaseDocuments::plan(file, *file.currentPlan())}, planPath);
    for (const char* expected : {"Vårdcentralen Ekbacken",
                                 "Gemensam handlingsplan",
                                 "Version 1 · fastställd 2026-11-23",
                                 "Deltagare",
                                 "Nuläge",
                                 "Patientens eget mål",
                                 "Orka en hel arbetsdag",
                                 "Gemensamt mål",
                                 "Åtgärder",
                                 "Arbetsplatsbesök på sågverket",
                                 "(Åsa Chef)",
                                 "Övergripande ansvarig",
                                 "2026-12-14 kl. 13:30 (v. 51)",
                                 "Samtycke och spridning",
                                 "Kopia till",
                                 "Ort och datum",
                                 "Underskrift",
                                 "19640823-3234",
                                 "Göran Öberg",
                                 "sida 1 av"}) {
        INFO(expected);
        CHECK(plan.contains(QString::fromUtf8(expected)));
    }
    CHECK_FALSE(plan.contains(QStringLiteral("DEMO")));
    checkEmbeddedFonts(planPath);
    const QString info = tests::runTool(QStringLiteral("pdfinfo"), {planPath});
    CHECK(info.contains(QStringLiteral("A4")));
    CHECK_FALSE(tests::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), planPath})
                    .contains(QStringLiteral("pdfaid:part"))); // only archival documents are PDF/A

    const QString formPath = dir.filePath(QStringLiteral("underlag.pdf"));
    const QString form = writePdf({core::CaseDocuments::blankForm(file, file.currentPlan())}, formPath);
    CHECK(form.contains(QStringLiteral("underlag för mötet")));
    CHECK(form.contains(QStringLiteral("Uppföljningsmöte 2026-12-14 kl. 13:30")));
    CHECK(form.contains(QStringLiteral("Nästa uppföljning: datum, tid och plats")));

    const QString minutesPath = dir.filePath(QStringLiteral("minnesanteckningar.pdf"));
    const QString minutes =
        writePdf({core::CaseDocuments::minutes(file, *file.meeting(planned.meetingId))}, minutesPath);
    for (const char* expected : {"Minnesanteckningar", "Avstämningsmöte 2026-11-20 10:00–11:00", "Patientens syn",
                                 "Vill börja arbeta på förmiddagarna.", "Överenskomna åtgärder", "Nästa möte",
                                 "Närvarande", "19640823-3234"}) {
        INFO(expected);
        CHECK(minutes.contains(QString::fromUtf8(expected)));
    }
    CHECK(tests::pdfPageCount(minutesPath) == 1);

    const QString summaryPath = dir.filePath(QStringLiteral("sammanfattning.pdf"));
    const QString summary = writePdf({core::CaseDocuments::summary(file)}, summaryPath);
    for (const char* expected : {"Sammanfattning av ärendet", "Sjukskrivning och diagnoser", "Parter och kontakter",
                                 "Tidslinje över kontakter och insatser", "Handlingsplan version", "Samtycken",
                                 "4 §-impulser till Försäkringskassan", "19640823-3234"}) {
        INFO(expected);
        CHECK(summary.contains(QString::fromUtf8(expected)));
    }
    // PDF/A-1b: the XMP metadata names the part and the conformance level.
    const QString meta = tests::runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), summaryPath});
    CHECK(meta.contains(QStringLiteral("pdfaid:part")));
    checkEmbeddedFonts(summaryPath);

    // A letter with the plan behind it: the letter's page, then the plan's own numbered pages.
    const QString letterPath = dir.filePath(QStringLiteral("brev.pdf"));
    const core::CaseDocuments::Letter letter{
        QStringLiteral("Åsa Chef, Sågverket i Åmål AB"), QStringLiteral("Box 1\n662 00 Åmål"),
        core::CaseDocuments::fillTemplate(core::DocumentTemplates::builtIn(core::TemplateKind::CoverLetter), file,
                                          QStringLiteral("Åsa Chef")),
        1};
    const QString both = writePdf(
        {core::CaseDocuments::letter(file, letter), core::CaseDocuments::plan(file, *file.currentPlan())}, letterPath);
    CHECK(both.contains(QStringLiteral("Hej Åsa Chef,")));
    CHECK(both.contains(QStringLiteral("23 november 2026"))); // the date in running text, in Swedish
    CHECK(both.contains(QStringLiteral("Bilaga: gemensam handlingsplan, version 1")));
    CHECK(tests::pdfPageCount(letterPath) == 1 + tests::pdfPageCount(planPath));
    CHECK(pdfText(letterPath, 1).contains(QStringLiteral("sida 1 av 1")));
    CHECK(pdfText(letterPath, 2).contains(QStringLiteral("Gemensam handlingsplan")));

    // Demo data carries its watermark on every page: a large area that the same plan from real data lacks.
    core::CaseFile demo = file;
    demo.demo = true;
    const QString demoPath = dir.filePath(QStringLiteral("demo.pdf"));
    writePdf({core::CaseDocuments::plan(demo, *demo.currentPlan())}, demoPath);
    for (int page = 1; page <= tests::pdfPageCount(demoPath); ++page) {
        INFO("page " << page);
        CHECK(differingShare(demoPath, planPath, page, dir) > 0.03);
    }
}

TEST_CASE("A plan with forty long actions runs over pages with its headings repeated and no row cut in two",
          "[documents]")
{
    auto workspace = tests::makeWorkspace();
    const auto planned = tests::addPlannedCase(*workspace);
    core::CaseFile file = caseFile(*workspace, planned.caseId);
    core::PlanVersion plan = *file.currentPlan();
    plan.actions.clear();
    for (int index = 1; index <= 40; ++index) {
        core::PlanAction action;
        action.description = QStringLiteral("Åtgärdstart%1 arbetsträning med gradvis ökad tid, handledning av "
                                            "närmaste chef, avstämning varannan vecka och anpassade "
                                            "arbetsuppgifter utan tunga lyft%2 Åtgärdslut%1")
                                 .arg(index)
                                 .arg(index % 3 == 0 ? QStringLiteral(", samt resor till och från arbetsplatsen "
                                                                      "med färdtjänst under de första veckorna")
                                                     : QString());
        action.responsibleKind = core::ResponsibleKind::Actor;
        action.responsibleActorId = planned.employerId;
        action.responsiblePerson = QStringLiteral("Åsa Chef");
        action.startDate = tests::FixedToday;
        action.dueDate = tests::FixedToday.addDays(index);
        action.result = index % 4 == 0 ? QStringLiteral("Delvis genomförd, fortsätter") : QString();
        plan.actions.append(action);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fyrtio.pdf"));
    writePdf({core::CaseDocuments::plan(file, plan)}, path);
    const int pages = tests::pdfPageCount(path);
    CHECK(pages >= 4);

    QHash<int, int> startPage;
    QHash<int, int> endPage;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        CHECK(text.contains(QStringLiteral("sida %1 av %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("19640823-3234"))); // every page names the patient
        bool hasAction = false;
        for (int index = 1; index <= 40; ++index) {
            const QRegularExpression start(QStringLiteral("Åtgärdstart%1\\b").arg(index));
            const QRegularExpression end(QStringLiteral("Åtgärdslut%1\\b").arg(index));
            if (text.contains(start)) {
                CHECK_FALSE(startPage.contains(index));
                startPage.insert(index, page);
                hasAction = true;
            }
            if (text.contains(end))
                endPage.insert(index, page);
        }
        // Every page the actions table runs over starts with its headings.
        if (hasAction) {
            INFO("page " << page);
            CHECK(text.contains(QStringLiteral("Ansvarig")));
            CHECK(text.contains(QStringLiteral("Från – till")));
        }
    }
    REQUIRE(startPage.size() == 40);
    for (int index = 1; index <= 40; ++index) {
        INFO("action " << index);
        CHECK(endPage.value(index) == startPage.value(index));
    }
    // The signature block is whole, on the last page.
    const QString last = pdfText(path, pages);
    CHECK(last.contains(QStringLiteral("Ort och datum")));
    CHECK(last.count(QStringLiteral("Underskrift")) == 2);
}

namespace {

struct DocumentsFixture : tests::MainWindowFixture
{
    core::Workspace* workspace = nullptr;
    tests::PlannedCase planned;
    QTemporaryDir dir;

    DocumentsFixture()
    {
        window.setWorkspace(tests::makeWorkspace());
        workspace = window.workspace();
        workspace->setUnit(QStringLiteral("Vårdcentralen Ekbacken"));
        planned = tests::addPlannedCase(*workspace);
        window.show();
        window.openCaseAt(planned.caseId, core::CaseArea::Plan);
    }

    ui::CaseDocumentActions* actions() { return window.caseView()->documentActions(); }
    ui::DocumentsPanel* panel() { return window.caseView()->documentsPanel(); }
    QList<core::DocumentRecord> records() { return workspace->documents().records(planned.caseId); }
};

} // namespace

TEST_CASE("The Dokument tab previews, saves, prints and copies the plan and records each on the case",
          "[documents][gui]")
{
    DocumentsFixture fixture;
    auto* tabs = child<QTabWidget>(fixture.window.caseView(), "caseTabs");
    tabs->setCurrentWidget(child<QWidget>(&fixture.window, "documentsPage")); // the panel scrolls in it
    CHECK(child<QLabel>(fixture.panel(), "documentRecordsEmpty")->isVisible());
    tests::screenshot(&fixture.window, QStringLiteral("documents-tab-empty"));

    // Preview: the pages, who it is for, and a look at it.
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([](ui::DocumentPreviewDialog& dialog) {
        CHECK(dialog.recipient() == QStringLiteral("Patienten, Sågverket i Åmål AB"));
        dialog.resize(900, 1000);
        dialog.show();
        QApplication::processEvents();
        CHECK(dialog.pageCount() >= 1);
        CHECK(child<QLabel>(&dialog, "documentPages")->text().contains(QStringLiteral("sid")));
        CHECK(child<QPushButton>(&dialog, "documentCopyText")->isVisible());
        tests::screenshot(&dialog, QStringLiteral("document-preview"));
        dialog.reject();
        return dialog.result();
    });
    CHECK_FALSE(fixture.actions()->showPlan(fixture.planned.caseId)); // closed without any way out
    CHECK(fixture.records().isEmpty());

    // Save as PDF from the tab's button: recorded with the file's SHA-256, and an export in the access log.
    const QString pdf = fixture.dir.filePath(QStringLiteral("plan.pdf"));
    fixture.saveNextPreviewAs(pdf);
    child<QPushButton>(fixture.panel(), "documentPlanButton")->click();
    REQUIRE(fixture.records().size() == 1);
    const core::DocumentRecord saved = fixture.records().first();
    CHECK(saved.channel == core::DocumentRecord::Channel::Pdf);
    CHECK(saved.sha256 == sha256Of(pdf));
    CHECK(saved.fileName == QStringLiteral("plan.pdf"));
    CHECK(saved.pages == tests::pdfPageCount(pdf));
    CHECK(saved.planVersion == 1);
    CHECK(fixture.workspace->audit().entries({}).last().action == QStringLiteral("export"));
    CHECK(fixture.panel()->records()->rowCount() == 1);
    CHECK(fixture.panel()->records()->data(fixture.panel()->records()->index(0, 2)).toString() ==
          QStringLiteral("Sparad som PDF (plan.pdf)"));

    // Print: the printer (here a PDF printer) gets the pages; the record hashes the text printed.
    const QString printed = fixture.dir.filePath(QStringLiteral("utskrift.pdf"));
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([&printed](ui::DocumentPreviewDialog& dialog) {
        dialog.setRecipient(QStringLiteral("Sågverket i Åmål AB"));
        tests::prompts().onDialog<QPrintDialog>([&printed](QPrintDialog& print) {
            print.printer()->setOutputFormat(QPrinter::PdfFormat);
            print.printer()->setOutputFileName(printed);
            return int(QDialog::Accepted);
        });
        REQUIRE(dialog.printDocuments());
        return dialog.result();
    });
    REQUIRE(fixture.actions()->showPlan(fixture.planned.caseId));
    CHECK(pdfText(printed).contains(QStringLiteral("Arbetsplatsbesök på sågverket")));
    const core::DocumentRecord print = fixture.records().first();
    CHECK(print.channel == core::DocumentRecord::Channel::Print);
    CHECK(print.recipient == QStringLiteral("Sågverket i Åmål AB"));
    CHECK(print.pages == tests::pdfPageCount(printed));
    CHECK(fixture.workspace->audit().entries({}).last().action == QStringLiteral("print"));

    // Copy as text, for the journal: the clipboard holds the plan, numbered actions and all.
    tests::prompts().onDialog<ui::DocumentPreviewDialog>([](ui::DocumentPreviewDialog& dialog) {
        REQUIRE(dialog.copyAsText());
        return dialog.result();
    });
    REQUIRE(fixture.actions()->showSummary(fixture.planned.caseId));
    const QString clipboard = QGuiApplication::clipboard()->text();
    CHECK(clipboard.contains(QStringLiteral("SAMMANFATTNING AV ÄRENDET")) == false);
    CHECK(clipboard.startsWith(QStringLiteral("Sammanfattning av ärendet\n")));
    CHECK(clipboard.contains(QStringLiteral("Personnummer: 19640823-3234")));
    CHECK(clipboard.contains(QStringLiteral("1. Arbetsplatsbesök på sågverket · Ansvarig: Sågverket i Åmål AB")));
    CHECK(fixture.records().first().channel == core::DocumentRecord::Channel::Text);
    CHECK(fixture.workspace->audit().entries({}).last().action == QStringLiteral("copy"));

    CHECK(fixture.panel()->records()->rowCount() == 3);
    CHECK_FALSE(child<QLabel>(fixture.panel(), "documentRecordsEmpty")->isVisible());
    tests::screenshot(&fixture.window, QStringLiteral("documents-tab"));
}

TEST_CASE("Minutes come from the meetings tab and the Dokument tab — the letter goes with the plan", "[documents][gui]")
{
    DocumentsFixture fixture;
    fixture.window.openCaseAt(fixture.planned.caseId, core::CaseArea::Meetings);
    auto* meetings = child<ui::MeetingsPanel>(fixture.window.caseView(), "meetingsPanel");
    meetings->selectMeeting(fixture.planned.meetingId);
    auto* minutesButton = child<QPushButton>(meetings, "printMinutesButton");
    CHECK(minutesButton->isEnabled());
    const QString minutes = fixture.dir.filePath(QStringLiteral("minnesanteckningar.pdf"));
    fixture.saveNextPreviewAs(minutes);
    minutesButton->click();
    CHECK(pdfText(minutes).contains(QStringLiteral("Vill börja arbeta på förmiddagarna.")));
    CHECK(fixture.records().first().meetingId == fixture.planned.meetingId);
    CHECK(fixture.records().first().description == QStringLiteral("Minnesanteckningar, avstämningsmöte 2026-11-20"));
    // The booked follow-up has no minutes yet.
    const auto booked =
        fixture.workspace->meetings().nextBooked(fixture.planned.caseId, QDateTime(tests::FixedToday, {}));
    REQUIRE(booked);
    meetings->selectMeeting(booked->id);
    CHECK_FALSE(minutesButton->isEnabled());
    CHECK(fixture.panel()->meetingChoice()->count() == 1);

    // The letter: to the employer, whose consent is missing, with the plan enclosed.
    bool letterShown = false;
    tests::prompts().onDialog<ui::LetterDialog>([&letterShown](ui::LetterDialog& dialog) {
        letterShown = true;
        dialog.setRecipient(QStringLiteral("Sågverket i Åmål AB"));
        CHECK(child<QPlainTextEdit>(&dialog, "letterAddress")->toPlainText() == QStringLiteral("Box 1\n662 00 Åmål"));
        CHECK(child<QPlainTextEdit>(&dialog, "letterBody")
                  ->toPlainText()
                  .startsWith(QStringLiteral("Hej Sågverket i Åmål AB,")));
        CHECK_FALSE(dialog.consentNotice().isEmpty());
        CHECK(dialog.attachPlan());
        dialog.show();
        tests::screenshot(&dialog, QStringLiteral("letter-dialog"));
        // An edit of this letter is kept when the recipient changes.
        child<QPlainTextEdit>(&dialog, "letterBody")->setPlainText(QStringLiteral("Hej!\n\nHär är planen vi gjorde."));
        dialog.setRecipient(QStringLiteral("Åsa Chef, Sågverket i Åmål AB"));
        CHECK(dialog.letter().body == QStringLiteral("Hej!\n\nHär är planen vi gjorde."));
        dialog.accept();
        return dialog.result();
    });
    const QString letter = fixture.dir.filePath(QStringLiteral("brev.pdf"));
    fixture.saveNextPreviewAs(letter);
    child<QPushButton>(fixture.panel(), "documentLetterButton")->click();
    REQUIRE(letterShown);
    const QString text = pdfText(letter);
    CHECK(text.contains(QStringLiteral("Här är planen vi gjorde.")));
    CHECK(text.contains(QStringLiteral("Åsa Chef, Sågverket i Åmål AB")));
    CHECK(text.contains(QStringLiteral("Gemensam handlingsplan")));
    CHECK(fixture.records().first().description == QStringLiteral("Följebrev till Åsa Chef, Sågverket i Åmål AB"));
    CHECK(fixture.records().first().recipient == QStringLiteral("Åsa Chef, Sågverket i Åmål AB"));
}

TEST_CASE("The unit's logo and letter template are set in the settings and used on paper", "[documents][gui]")
{
    DocumentsFixture fixture;
    QImage logo(400, 160, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setBrush(QColor(0x1f, 0x6f, 0x5c));
        painter.drawEllipse(10, 10, 140, 140);
    }
    const QString logoPath = fixture.dir.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));

    bool shown = false;
    tests::whenDialogOpens<ui::SettingsDialog>([&](ui::SettingsDialog* dialog) {
        shown = true;
        auto* tabs = child<QTabWidget>(dialog, "settingsTabs");
        auto* path = child<QLineEdit>(dialog, "logoPathEdit");
        tabs->setCurrentWidget(path->parentWidget()->parentWidget());
        path->setText(fixture.dir.filePath(QStringLiteral("saknas.png")));
        CHECK_FALSE(dialog->errors().messageFor(QStringLiteral("logoPath")).isEmpty());
        path->setText(logoPath);
        CHECK(dialog->errors().messageFor(QStringLiteral("logoPath")).isEmpty());
        child<QLineEdit>(dialog, "unitNameEdit")->setText(QStringLiteral("Vårdcentralen Ekbacken"));
        child<QPlainTextEdit>(dialog, "templateEdit")->setPlainText(QStringLiteral("Till {mottagare} om {patient}."));
        dialog->resize(720, 620);
        tests::screenshot(dialog, QStringLiteral("settings-documents"));
        dialog->accept();
    });
    fixture.window.editSettings();
    REQUIRE(shown);
    CHECK(fixture.settings.logoPath() == logoPath);
    CHECK(fixture.settings.letterTemplate() == QStringLiteral("Till {mottagare} om {patient}."));

    const QString pdf = fixture.dir.filePath(QStringLiteral("med-logga.pdf"));
    fixture.saveNextPreviewAs(pdf);
    REQUIRE(fixture.actions()->showPlan(fixture.planned.caseId));
    keepPages(pdf);
    CHECK(pdfText(pdf, 1).contains(QStringLiteral("Vårdcentralen Ekbacken"))); // beside the logo
    const QString images = tests::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(images.count(QStringLiteral("image")) >= tests::pdfPageCount(pdf)); // on every page

    tests::prompts().onDialog<ui::LetterDialog>([](ui::LetterDialog& dialog) {
        CHECK(child<QPlainTextEdit>(&dialog, "letterBody")->toPlainText() ==
              QStringLiteral("Till Sågverket i Åmål AB om Göran Öberg."));
        dialog.reject();
        return dialog.result();
    });
    CHECK_FALSE(fixture.actions()->writeLetter(fixture.planned.caseId));
}
