// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the region's server (issue 25): connecting through the dialog, working in the unit, locking and
// connecting again, against the throw-away PostgreSQL 15 of tests/support/TestServer.
#include "MainWindowFixture.h"
#include "TestServer.h"
#include "TestWorkspace.h"
#include "UiTestHelpers.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/DatabaseSession.h"
#include "ui/dialogs/EditCaseDialog.h"
#include "ui/dialogs/ServerDialog.h"
#include "ui/views/CaseView.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;
using tests::TestServer;

namespace {

// The File menu's actions by their text without the Alt letter's ampersand, visible ones only.
QStringList visibleFileActions(QMainWindow& window)
{
    QStringList texts;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* action : menus.first()->menu()->actions()) {
        if (action->isVisible() && !action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    }
    return texts;
}

} // namespace

TEST_CASE("A coordinator connects to the region's server, works in the unit, locks, and connects again", "[ui][server]")
{
    TestServer& server = TestServer::shared();
    server.freshDatabase(); // the unit TEST, empty
    tests::MainWindowFixture fixture;
    core::ServerProfile remembered = server.profile(QStringLiteral("koordinator_test"), server.currentDatabase());
    remembered.unit = QStringLiteral("TEST");
    fixture.settings.setServerProfile(remembered);

    QStringList refusals;
    int shown = 0;
    fixture.prompts.onDialog<ui::ServerDialog>([&](ui::ServerDialog& dialog) {
        ++shown;
        // The profile comes back as it was; only the password is asked for, and it is never kept.
        CHECK(child<QLineEdit>(&dialog, "hostEdit")->text() == QStringLiteral("localhost"));
        CHECK(child<QLineEdit>(&dialog, "unitEdit")->text() == QStringLiteral("TEST"));
        auto* password = child<QLineEdit>(&dialog, "passwordEdit");
        CHECK(password->text().isEmpty());
        CHECK(password->echoMode() == QLineEdit::Password);
        if (shown == 1) {
            // A wrong password keeps the dialog open and says why, in the dialog.
            password->setText(QStringLiteral("inte rätt"));
            dialog.show();
            dialog.accept();
            CHECK(dialog.isVisible());
            for (QLabel* label : dialog.findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("ansluta")))
                    refusals << label->text();
            }
            tests::screenshot(&dialog, QStringLiteral("server-dialog-refused"));
        }
        password->setText(QString::fromUtf8(TestServer::TestPassword));
        dialog.accept();
        return dialog.result();
    });

    REQUIRE(fixture.window.session()->connectToServer());
    CHECK(refusals.size() == 1);
    core::Workspace* workspace = fixture.window.workspace();
    REQUIRE(workspace);
    CHECK(workspace->isOnServer());
    CHECK(fixture.window.windowTitle().contains(QStringLiteral("TEST")));
    // No passphrase, no backups of one's own on a server: the region keeps the data.
    const QStringList actions = visibleFileActions(fixture.window);
    CHECK(actions.contains(QStringLiteral("Lås")));
    CHECK_FALSE(actions.contains(QStringLiteral("Säkerhetskopiera nu")));
    CHECK_FALSE(actions.contains(QStringLiteral("Byt lösenfras…")));

    const qint64 caseId = tests::addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Åsa"),
                                         QStringLiteral("Öberg"), QDate(2026, 10, 1))
                              .caseId;
    fixture.window.openCase(caseId);
    fixture.window.resize(1093, 614);
    tests::screenshot(&fixture.window, QStringLiteral("server-window"));

    // A colleague opens the same case on another PC: the case view says so, and stops saying so when they leave it.
    auto* elsewhere = child<QLabel>(fixture.window.caseView(), "openElsewhere");
    CHECK(elsewhere->isHidden());
    auto colleague = core::Workspace::onServer(
        core::Database::openServer(
            server.connect(QStringLiteral("koordinator_test"), TestServer::TestPassword, QStringLiteral("TEST"))),
        core::RehabRules{}, QStringLiteral("Bo Berg"));
    colleague->casePresence().enter(caseId);
    CHECK(tests::waitUntil([elsewhere] { return !elsewhere->isHidden(); }));
    CHECK(elsewhere->text() == QStringLiteral("Öppet även hos Bo Berg (koordinator_test) just nu. Ändrar ni samma sak "
                                              "behålls den ändring som sparas först, och den andra får veta det."));
    tests::screenshot(&fixture.window, QStringLiteral("server-case-open-elsewhere"));
    colleague->casePresence().leave();
    CHECK(tests::waitUntil([elsewhere] { return elsewhere->isHidden(); }));

    // The colleague saves the case while the case dialog is open here: the dialog says so as soon as it is announced.
    QString warned;
    tests::whenDialogOpens<ui::EditCaseDialog>([&](ui::EditCaseDialog* dialog) {
        auto theirs = *colleague->cases().get(caseId);
        theirs.jobTasks = QStringLiteral("Lagerarbete");
        colleague->cases().save(theirs);
        tests::waitUntil([dialog] { return !dialog->changedElsewhere().isEmpty(); });
        warned = dialog->changedElsewhere();
        tests::screenshot(dialog, QStringLiteral("server-case-changed-while-open"));
        dialog->reject();
    });
    fixture.window.caseView()->editCase();
    CHECK(warned.contains(QStringLiteral("Bo Berg (koordinator_test) sparade en ändring")));
    colleague.reset();
    fixture.window.lockNow();
    tests::screenshot(&fixture.window, QStringLiteral("server-locked"));
    REQUIRE(fixture.window.isLocked());
    CHECK_FALSE(fixture.window.workspace());
    bool toldHowToUnlock = false;
    for (QLabel* label : fixture.window.findChildren<QLabel*>()) {
        const QString text = label->text();
        if (label->isVisibleTo(&fixture.window) && text.contains(QStringLiteral("TEST på localhost")))
            toldHowToUnlock = text.contains(QStringLiteral("ditt lösenord"));
    }
    CHECK(toldHowToUnlock);

    REQUIRE(fixture.window.unlockNow());
    CHECK(shown == 2);
    REQUIRE(fixture.window.workspace());
    CHECK(fixture.window.workspace()->cases().get(caseId));
    QStringList logged;
    for (const auto& entry : fixture.window.workspace()->audit().entries())
        logged << entry.action;
    CHECK(logged.contains(QStringLiteral("lock")));
    CHECK(logged.count(QStringLiteral("unlock")) == 2);
}
