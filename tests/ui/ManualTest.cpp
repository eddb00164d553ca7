// SPDX-License-Identifier: GPL-3.0-or-later
// The manual inside the program (F1): complete, its pictures and links whole, searchable, and opened at the
// chapter about what is on screen.
#include "ui/help/Manual.h"

#include "MainWindowFixture.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "ui/dialogs/ServerDialog.h"
#include "ui/help/HelpWindow.h"
#include "ui/views/StatisticsPage.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;

namespace {

QString chapterHtml(const ui::Manual::Chapter& chapter)
{
    QFile file(QUrl(chapter.url).path().prepend(u':'));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The manual covers the coordinator's work from start to audit log", "[ui][manual]")
{
    const ui::Manual manual = ui::Manual::builtIn();
    QStringList ids;
    for (const auto& chapter : manual.chapters()) {
        ids << chapter.id;
        CHECK_FALSE(chapter.title.isEmpty());
        CHECK(chapter.plainText.size() > 600); // a chapter, not a heading
    }
    CHECK(ids == QStringList{QStringLiteral("kom-igang"), QStringLiteral("arenden"), QStringLiteral("plan-och-mote"),
                             QStringLiteral("utskrifter"), QStringLiteral("statistik"), QStringLiteral("import-export"),
                             QStringLiteral("las-och-losenfras"), QStringLiteral("sakerhetskopior"),
                             QStringLiteral("atkomstlogg"), QStringLiteral("familjer"),
                             QStringLiteral("regionens-server"), QStringLiteral("tangentbord")});
}

TEST_CASE("Every picture in the manual is a screenshot built into the program, and every link leads somewhere",
          "[ui][manual]")
{
    const ui::Manual manual = ui::Manual::builtIn();
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\"#:]+)\""));
    int pictures = 0;
    for (const auto& chapter : manual.chapters()) {
        const QString html = chapterHtml(chapter);
        for (const QRegularExpressionMatch& match : image.globalMatch(html)) {
            const QImage picture(QStringLiteral(":/manual/sv/") + match.captured(1));
            INFO(chapter.id.toStdString() << ": " << match.captured(1).toStdString());
            CHECK_FALSE(picture.isNull());
            CHECK(picture.width() >= 400);
            ++pictures;
        }
        for (const QRegularExpressionMatch& match : link.globalMatch(html)) {
            INFO(chapter.id.toStdString() << " links to " << match.captured(1).toStdString());
            CHECK(QFile::exists(QStringLiteral(":/manual/sv/") + match.captured(1)));
        }
    }
    CHECK(pictures >= 10);
}

TEST_CASE("Searching the manual finds the chapters holding every word", "[ui][manual]")
{
    const ui::Manual manual = ui::Manual::builtIn();
    const auto first = [&manual](const QString& query) {
        const auto hits = manual.search(query);
        return hits.isEmpty() ? QString() : manual.chapters()[hits.first().chapter].id;
    };
    CHECK(first(QStringLiteral("säkerhetskopia")) == QStringLiteral("sakerhetskopior"));
    CHECK(first(QStringLiteral("LOGGUTTAG")) == QStringLiteral("atkomstlogg"));
    CHECK(first(QStringLiteral("fastställ version")) == QStringLiteral("plan-och-mote"));
    CHECK(first(QStringLiteral("nätverksmöte")) == QStringLiteral("familjer"));
    CHECK(manual.search(QStringLiteral("handlingsplan xyzzy")).isEmpty());
    CHECK(manual.search(QStringLiteral("   ")).isEmpty());
    const auto hits = manual.search(QStringLiteral("ctrl+l"));
    REQUIRE(hits.size() >= 2); // the lock chapter and the keyboard table
    for (int i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].count >= hits[i].count);
}

TEST_CASE("The help window narrows the chapters as you type and marks the words", "[ui][manual]")
{
    ui::HelpWindow help;
    help.show();
    CHECK(help.listedChapterIds().size() == 12);
    CHECK(help.currentChapterId() == QStringLiteral("kom-igang"));
    tests::typeText(child<QLineEdit>(&help, "helpSearch"), QStringLiteral("gallra"));
    CHECK(help.listedChapterIds().contains(QStringLiteral("atkomstlogg")));
    CHECK_FALSE(help.listedChapterIds().contains(QStringLiteral("statistik")));
    CHECK(help.listedChapterIds().contains(help.currentChapterId()));
    CHECK(help.markedCount() >= 1);
    const int before = help.browser()->textCursor().position();
    QTest::keyClick(child<QLineEdit>(&help, "helpSearch"), Qt::Key_Return);
    if (help.markedCount() > 1)
        CHECK(help.browser()->textCursor().position() != before);

    help.search(QStringLiteral("xyzzy"));
    CHECK(help.listedChapterIds().isEmpty());
    CHECK(child<QLabel>(&help, "helpNoHits")->isVisible());
    help.search(QString());
    CHECK(help.listedChapterIds().size() == 12);
    CHECK(help.markedCount() == 0);

    help.showChapter(QStringLiteral("statistik"));
    CHECK(help.currentChapterId() == QStringLiteral("statistik"));
    CHECK(child<QListWidget>(&help, "helpChapters")->currentItem()->text() == QStringLiteral("Statistik"));
    help.search(QStringLiteral("små tal"));
    tests::screenshot(&help, QStringLiteral("manual"));
}

TEST_CASE("F1 opens the manual at the chapter about the page on screen", "[ui][manual]")
{
    tests::MainWindowFixture fixture;
    fixture.window.show();
    QApplication::setActiveWindow(&fixture.window);
    REQUIRE(QTest::qWaitForWindowActive(&fixture.window));
    QTest::keyClick(&fixture.window, Qt::Key_F1);
    REQUIRE(fixture.window.helpWindow() != nullptr);
    CHECK(fixture.window.helpWindow()->isVisible());
    CHECK(fixture.window.helpWindow()->currentChapterId() == QStringLiteral("kom-igang"));

    fixture.window.setWorkspace(tests::makeWorkspace());
    fixture.window.showStatistics();
    QApplication::setActiveWindow(&fixture.window);
    QTest::keyClick(&fixture.window, Qt::Key_F1);
    CHECK(fixture.window.helpWindow()->currentChapterId() == QStringLiteral("statistik"));
    fixture.window.showCaseList();
    fixture.window.showHelp();
    CHECK(fixture.window.helpWindow()->currentChapterId() == QStringLiteral("arenden"));
}

TEST_CASE("F1 or Help in the server dialog opens the chapter on working on the region's server", "[ui][manual]")
{
    ui::ServerDialog dialog(core::ServerProfile{});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F1);
    REQUIRE(dialog.helpWindow() != nullptr);
    CHECK(dialog.helpWindow()->isVisible());
    CHECK(dialog.helpWindow()->currentChapterId() == QStringLiteral("regionens-server"));
    dialog.helpWindow()->close();
    child<QPushButton>(&dialog, "helpButton")->click();
    CHECK(dialog.helpWindow()->isVisible());
    // The chapter says what a refused save means and what to do then.
    CHECK(dialog.helpWindow()->browser()->toPlainText().contains(QStringLiteral("stäng och öppna igen")));
    tests::screenshot(dialog.helpWindow(), QStringLiteral("manual-server"));
}
