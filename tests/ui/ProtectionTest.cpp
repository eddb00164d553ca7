// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI side of protecting patient data: session locks, the clipboard, the access log review and its
// extract, the database check, restoring a backup and purging old cases.
#include "MainWindowFixture.h"
#include "PdfTools.h"
#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Backup.h"
#include "ui/SensitiveClipboard.h"
#include "ui/SessionWatcher.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/RetentionDialog.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/views/CaseListPage.h"
#include "ui/views/CaseView.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using namespace koordinera;
using tests::child;

namespace {

using Fixture = tests::MainWindowFixture;

void closeCase(core::Workspace& workspace, qint64 caseId, const QDate& closedOn)
{
    core::CaseRecord record = *workspace.cases().get(caseId);
    record.status = core::CaseStatus::Closed;
    record.outcome = core::CaseOutcome::BackToWork;
    record.closedOn = closedOn;
    workspace.cases().save(record);
}

// A private D-Bus daemon for the test, so no desktop session is needed (or disturbed).
struct PrivateBus
{
    QProcess daemon;
    QString address;

    PrivateBus()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        REQUIRE_FALSE(program.isEmpty()); // scripts/install-deps.sh installs it
        daemon.start(program,
                     {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        REQUIRE(daemon.waitForStarted());
        for (int i = 0; i < 100 && address.isEmpty(); ++i) {
            daemon.waitForReadyRead(100);
            address = QString::fromUtf8(daemon.readLine()).trimmed();
        }
        REQUIRE_FALSE(address.isEmpty());
    }
    ~PrivateBus()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("watcher"));
        QDBusConnection::disconnectFromBus(QStringLiteral("login1"));
        daemon.kill();
        daemon.waitForFinished();
    }
};

} // namespace

TEST_CASE("The screen saver, a screen lock or sleep on the bus asks Koordinera to lock", "[ui][lock][dbus]")
{
    PrivateBus bus;
    const QDBusConnection watcherBus = QDBusConnection::connectToBus(bus.address, QStringLiteral("watcher"));
    QDBusConnection login1 = QDBusConnection::connectToBus(bus.address, QStringLiteral("login1"));
    REQUIRE(watcherBus.isConnected());
    REQUIRE(login1.registerService(QStringLiteral("org.freedesktop.login1")));

    ui::SessionWatcher watcher(watcherBus, watcherBus);
    QSignalSpy locks(&watcher, &ui::SessionWatcher::lockRequested);
    const auto send = [&login1](const char* path, const char* interface, const char* name, bool value) {
        QDBusMessage signal = QDBusMessage::createSignal(QString::fromLatin1(path), QString::fromLatin1(interface),
                                                         QString::fromLatin1(name));
        signal << value;
        REQUIRE(login1.send(signal));
    };

    send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", false);
    send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", false);
    send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", true);
    REQUIRE(QTest::qWaitFor([&] { return locks.count() == 1; })); // waking up or the screen saver ending does not lock
    send("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", true);
    REQUIRE(QTest::qWaitFor([&] { return locks.count() == 2; }));
    send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", true);
    REQUIRE(QTest::qWaitFor([&] { return locks.count() == 3; }));

    CHECK(ui::SessionWatcher::logindSessionPath(QStringLiteral("3")) ==
          QStringLiteral("/org/freedesktop/login1/session/_33"));
    CHECK(ui::SessionWatcher::logindSessionPath(QStringLiteral("c2")) ==
          QStringLiteral("/org/freedesktop/login1/session/c2"));
}

TEST_CASE("A lock from the session watcher locks — failed unlocks are logged with their times", "[ui][lock][audit]")
{
    QTemporaryDir dir;
    Fixture fixture;
    REQUIRE(fixture.window.createDatabase(dir.filePath(QStringLiteral("enhet.koordinera"))));
    Q_EMIT fixture.window.sessionWatcher()->lockRequested();
    REQUIRE(QTest::qWaitFor([&] { return fixture.window.isLocked(); }));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    fixture.passphrases = {QByteArrayLiteral("fel lösenfras här"), QByteArrayLiteral("också fel, tyvärr"),
                           QByteArrayLiteral("fyra ord som ingen gissar")};
    REQUIRE(fixture.window.unlockNow());
    const auto entries = fixture.window.workspace()->audit().entries();
    QStringList actions;
    for (const auto& entry : entries)
        actions << entry.action;
    CHECK(actions.mid(actions.size() - 4) == QStringList({QStringLiteral("lock"), QStringLiteral("failed_unlock"),
                                                          QStringLiteral("failed_unlock"), QStringLiteral("unlock")}));
    CHECK(entries.at(entries.size() - 3).at >= before.addMSecs(-1000));
    CHECK(entries.at(entries.size() - 3).at <= entries.last().at);
}

TEST_CASE("A copied identity number leaves the clipboard after the timeout, and the copy is logged",
          "[ui][clipboard][audit]")
{
    Fixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    const auto created =
        tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    fixture.window.openCase(created.caseId);
    QClipboard* clipboard = QGuiApplication::clipboard();
    fixture.window.clipboard()->setTimeout(100);

    child<QPushButton>(fixture.window.caseView(), "copyIdentityButton")->click();
    CHECK(clipboard->text() == QStringLiteral("19640823-3234"));
    CHECK(workspace.audit().entries().last().action == QStringLiteral("copy"));
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }));

    SECTION("something copied since is left alone")
    {
        fixture.window.caseView()->copyIdentityNumber();
        clipboard->setText(QStringLiteral("Mötesanteckning"));
        QTest::qWait(250);
        CHECK(clipboard->text() == QStringLiteral("Mötesanteckning"));
        clipboard->clear();
    }
    SECTION("locking clears it at once")
    {
        fixture.window.clipboard()->setTimeout(60'000);
        fixture.window.caseView()->copyIdentityNumber();
        fixture.window.clipboard()->clearIfOurs(); // what lockNow does for a sealed database
        CHECK(clipboard->text().isEmpty());
    }
}

TEST_CASE("The access log review filters, checks the chain and saves a patient's log extract as PDF",
          "[ui][audit][pdf]")
{
    QTemporaryDir dir;
    Fixture fixture;
    fixture.settings.setUnitName(QStringLiteral("Vårdcentralen Ekbacken"));
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    const auto goran = tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                      QStringLiteral("Öberg"), QDate(2026, 10, 1));
    tests::addCase(workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    for (int i = 0; i < 40; ++i)
        workspace.recordCaseOpened(goran.caseId);
    const QString pdf = dir.filePath(QStringLiteral("logguttag.pdf"));

    bool shown = false;
    fixture.prompts.onDialog<ui::AuditLogDialog>([&](ui::AuditLogDialog& dialog) {
        shown = true;
        CHECK(dialog.chainStatus().contains(QStringLiteral("obruten")));
        CHECK_FALSE(dialog.extractPatient()); // the whole log: not one patient's
        dialog.setPatientFilter(QStringLiteral("6408233234"));
        CHECK(dialog.model()->rowCount() == 42);
        CHECK(dialog.extractPatient() == goran.patientId);
        dialog.setActionFilter(QStringLiteral("create"));
        CHECK(dialog.model()->rowCount() == 2);
        dialog.setActionFilter(QString());
        dialog.resize(1200, 640);
        dialog.show();
        tests::screenshot(&dialog, QStringLiteral("audit-log"));
        tests::prompts().onFile = [&pdf](QWidget*, const ui::Prompts::FileRequest& request) {
            CHECK(request.suggestedName.endsWith(QStringLiteral(".pdf")));
            CHECK_FALSE(request.suggestedName.contains(QStringLiteral("3234"))); // no identity number in file names
            return pdf;
        };
        REQUIRE(dialog.saveExtractAsPdf());
        dialog.setPatientFilter(QStringLiteral("åberg"));
        CHECK(dialog.model()->rowCount() == 2);
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    });
    fixture.window.maintenance()->showAuditLog();
    REQUIRE(shown);
    CHECK(workspace.audit().entries().last().action == QStringLiteral("export"));
    CHECK(workspace.audit().entries().last().patientId == goran.patientId);

    const QString text = tests::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Logguttag")));
    CHECK(text.contains(QStringLiteral("Göran Öberg")));
    CHECK(text.contains(QStringLiteral("19640823-3234")));
    CHECK(text.contains(QStringLiteral("Vårdcentralen Ekbacken")));
    CHECK(text.contains(QStringLiteral("Öppnade ärendet")));
    CHECK_FALSE(text.contains(QStringLiteral("Åberg"))); // only this patient's entries
    CHECK(text.contains(QStringLiteral("sida 1 av 2")));
    CHECK(text.contains(QStringLiteral("sida 2 av 2")));
    const QString info = tests::runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("A4")));
    const auto [fonts, embedded] = tests::pdfFonts(pdf);
    CHECK(fonts > 0);
    CHECK(embedded == fonts);
    tests::keepPdfPages(pdf, QStringLiteral("log-extract"));
}

TEST_CASE("Checking the database reports an intact log, and names the entry where a changed log breaks", "[ui][audit]")
{
    Fixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    QString informed;
    fixture.prompts.onInform = [&informed](QWidget*, const QString& message) {
        informed = message;
    };
    CHECK(fixture.window.maintenance()->checkDatabase());
    CHECK(informed.contains(QStringLiteral("obruten")));

    workspace.database().execute("DROP TRIGGER audit_log_no_update");
    core::Transaction transaction(workspace.database());
    workspace.database().execute("UPDATE audit_log SET details = 'ändrad' WHERE id = 2");
    transaction.commit();
    QString warned;
    fixture.prompts.onError = [&warned](QWidget*, const QString& message) {
        warned = message;
    };
    CHECK_FALSE(fixture.window.maintenance()->checkDatabase());
    CHECK(warned.contains(QStringLiteral("post 2")));
}

TEST_CASE("A backup is shown read-only first and restored only on confirmation", "[ui][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QString folder = dir.filePath(QStringLiteral("backuper"));
    QDir().mkpath(folder);
    Fixture fixture;
    fixture.settings.setBackupFolder(folder);
    REQUIRE(fixture.window.createDatabase(path));
    auto* workspace = fixture.window.workspace();
    tests::addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    const QString backup = core::Backup::existing(folder, path).first(); // the day's first save made it
    tests::addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    REQUIRE(workspace->caseList().totalCases() == 2);

    SECTION("cancelled: nothing changes")
    {
        fixture.prompts.onDialog<ui::RestoreDialog>([](ui::RestoreDialog& dialog) {
            CHECK(dialog.caseModel()->totalCases() == 1);
            QTimer::singleShot(0, &dialog, &QDialog::reject);
        });
        CHECK_FALSE(fixture.window.maintenance()->restoreBackup(backup));
        CHECK(workspace->caseList().totalCases() == 2);
    }
    SECTION("confirmed: the backup's content, a safety copy first, and the log kept")
    {
        const qsizetype backupsBefore = core::Backup::existing(folder, path).size();
        const qint64 entriesBefore = workspace->audit().count();
        fixture.prompts.onDialog<ui::RestoreDialog>([](ui::RestoreDialog& dialog) {
            dialog.show();
            tests::screenshot(&dialog, QStringLiteral("restore-preview"));
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        });
        REQUIRE(fixture.window.maintenance()->restoreBackup(backup));
        CHECK(workspace->caseList().totalCases() == 1);
        CHECK(fixture.window.caseListPage()->model()->rowCount() == 1);
        CHECK(core::Backup::existing(folder, path).size() == backupsBefore + 1);
        CHECK(workspace->audit().count() > entriesBefore);
        CHECK(workspace->audit().firstBrokenEntry() == 0);
    }
    SECTION("the open database itself is refused")
    {
        QString warned;
        fixture.prompts.onError = [&warned](QWidget*, const QString& message) {
            warned = message;
        };
        CHECK_FALSE(fixture.window.maintenance()->restoreBackup(path));
        CHECK_FALSE(warned.isEmpty());
    }
}

TEST_CASE("Old closed cases are purged only when ticked, with a decision, after confirmation", "[ui][retention]")
{
    Fixture fixture;
    fixture.window.setWorkspace(tests::makeWorkspace());
    auto& workspace = *fixture.window.workspace();
    const auto old = tests::addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                    QStringLiteral("Öberg"), QDate(2012, 1, 2), QDate(2012, 3, 1));
    closeCase(workspace, old.caseId, QDate(2012, 6, 1));
    tests::addCase(workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    QStringList questions;
    fixture.prompts.onConfirm = [&questions](QWidget*, const QString& question) {
        questions << question;
        return true;
    };

    fixture.prompts.onDialog<ui::RetentionDialog>([&](ui::RetentionDialog& dialog) {
        REQUIRE(dialog.candidateCount() == 1);
        auto* purge = child<QPushButton>(&dialog, "purgeButton");
        CHECK_FALSE(purge->isEnabled()); // nothing ticked
        dialog.setChecked(0, true);
        CHECK_FALSE(purge->isEnabled()); // no decision written
        dialog.setReason(QStringLiteral("Gallringsbeslut 2026-11, dnr 12/2026"));
        CHECK(purge->isEnabled());
        dialog.show();
        tests::screenshot(&dialog, QStringLiteral("retention"));
        CHECK(dialog.purgeChecked());
        CHECK(dialog.candidateCount() == 0);
        QTimer::singleShot(0, &dialog, &QDialog::reject);
    });
    fixture.window.maintenance()->purgeOldCases();
    CHECK(questions.size() == 1);
    CHECK_FALSE(workspace.cases().get(old.caseId).has_value());
    CHECK(workspace.caseList().totalCases() == 1);
    CHECK(workspace.audit().entries().last().action == QStringLiteral("purge"));
}
