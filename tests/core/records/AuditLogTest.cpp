// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

QStringList actionsOf(const QList<AuditLog::Entry>& entries)
{
    QStringList actions;
    for (const auto& entry : entries)
        actions << entry.action + QLatin1Char(' ') + entry.object.section(QLatin1Char(' '), 0, 0);
    return actions;
}

} // namespace

TEST_CASE("Every change and every opening of a case is in the access log, by patient", "[audit]")
{
    auto workspace = makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                 QStringLiteral("Öberg"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    workspace->recordCaseOpened(created.caseId);
    SickLeavePeriod period{0, created.caseId, 50, QDate(2026, 12, 1), {}};
    workspace->sickLeave().savePeriod(period);
    workspace->sickLeave().removePeriod(period.id);
    Activity note;
    note.caseId = created.caseId;
    note.occurredAt = QDateTime(FixedToday, QTime(9, 0));
    note.note = QStringLiteral("Samtal");
    workspace->activities().add(note);

    const auto entries = workspace->audit().entriesForPatient(created.patientId);
    CHECK(actionsOf(entries) ==
          QStringList({QStringLiteral("create patient"), QStringLiteral("create case"),
                       QStringLiteral("open_case case"), QStringLiteral("create sick_leave_period"),
                       QStringLiteral("remove sick_leave_period"), QStringLiteral("create activity")}));
    CHECK(entries.at(2).coordinator == QStringLiteral("Testkoordinator"));
    CHECK(entries.at(2).caseId == created.caseId);
    CHECK(entries.at(2).at.isValid());
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("A save that fails leaves no access-log entry behind", "[audit]")
{
    auto workspace = makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                 QStringLiteral("Öberg"), QDate(2026, 10, 1));
    const auto before = workspace->audit().entries().size();
    SickLeavePeriod overlapping{0, created.caseId, 50, QDate(2026, 10, 5), {}};
    CHECK_THROWS(workspace->sickLeave().savePeriod(overlapping));
    CHECK(workspace->audit().entries().size() == before);
}

TEST_CASE("The access log cannot be changed or shortened, and tampering breaks the chain", "[audit]")
{
    auto workspace = makeWorkspace();
    for (int i = 0; i < 3; ++i)
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    auto& db = workspace->database();
    CHECK_THROWS_AS(db.execute("UPDATE audit_log SET coordinator = 'någon annan' WHERE id = 2"), StorageError);
    CHECK_THROWS_AS(db.execute("DELETE FROM audit_log WHERE id = 2"), StorageError);
    CHECK(workspace->audit().firstBrokenEntry() == 0);

    // Someone with the key and a SQLite tool drops the guard and edits an entry: the chain shows where.
    db.execute("DROP TRIGGER audit_log_no_update");
    db.execute("DROP TRIGGER audit_log_no_delete");
    SECTION("an edited entry")
    {
        db.execute("UPDATE audit_log SET action = 'open_case' WHERE id = 3");
        CHECK(workspace->audit().firstBrokenEntry() == 3);
    }
    SECTION("a removed entry")
    {
        db.execute("DELETE FROM audit_log WHERE id = 2");
        CHECK(workspace->audit().firstBrokenEntry() == 3);
    }
}

TEST_CASE("The access log lives in the sealed file and survives reopening", "[audit][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    const QByteArray passphrase = QByteArrayLiteral("fyra ord som ingen gissar");
    {
        auto workspace = Workspace::create(path, passphrase, {}, QStringLiteral("Åsa"), KdfParams::forTests());
        const auto created =
            addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
        workspace->recordCaseOpened(created.caseId);
    }
    auto reopened = Workspace::open(path, passphrase, {}, QStringLiteral("Åsa"));
    CHECK(reopened->audit().entries().size() == 3);
    CHECK(reopened->audit().firstBrokenEntry() == 0);
}

TEST_CASE("The review screen filters the log by patient, action and date range", "[audit]")
{
    auto workspace = makeWorkspace();
    workspace->setUnit(QStringLiteral("Vårdcentralen Ekbacken"));
    const auto goran =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    const auto asa = addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    workspace->recordCaseOpened(goran.caseId);
    workspace->recordCaseOpened(asa.caseId);
    workspace->audit().record(AuditLog::Action::Print, goran.caseId, QStringLiteral("case"), QStringLiteral("plan"));

    AuditLog::Filter byIdentity;
    byIdentity.patientText = QStringLiteral("640823-3234");
    const auto goransEntries = workspace->audit().entries(byIdentity);
    REQUIRE(goransEntries.size() == 4); // patient, case, opening, print
    for (const auto& entry : goransEntries) {
        CHECK(entry.patientId == goran.patientId);
        CHECK(entry.patientIdentity == QStringLiteral("196408233234"));
        CHECK(entry.patientName == QStringLiteral("Göran Öberg"));
        CHECK(entry.unit == QStringLiteral("Vårdcentralen Ekbacken"));
    }

    AuditLog::Filter byName;
    byName.patientText = QStringLiteral("åberg");
    CHECK(workspace->audit().entries(byName).size() == 3);
    byName.patientText = QStringLiteral("%");
    CHECK(workspace->audit().entries(byName).isEmpty()); // a wildcard is just a character

    AuditLog::Filter opened;
    opened.action = AuditLog::keyOf(AuditLog::Action::OpenCase);
    CHECK(workspace->audit().entries(opened).size() == 2);

    AuditLog::Filter today;
    today.from = QDate::currentDate();
    today.to = QDate::currentDate();
    CHECK(workspace->audit().entries(today).size() == workspace->audit().count());
    AuditLog::Filter yesterday;
    yesterday.to = QDate::currentDate().addDays(-1);
    CHECK(workspace->audit().entries(yesterday).isEmpty());

    AuditLog::Filter newest;
    newest.limit = 2;
    const auto lastTwo = workspace->audit().entries(newest);
    REQUIRE(lastTwo.size() == 2);
    CHECK(lastTwo.at(1).action == QStringLiteral("print"));
    CHECK(lastTwo.at(0).id < lastTwo.at(1).id);
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("Failed unlocks are logged with their own times once the database is open again", "[audit]")
{
    auto workspace = makeWorkspace();
    const QDateTime first(QDate(2026, 11, 23), QTime(10, 15, 3), Qt::UTC);
    const QDateTime second = first.addSecs(40);
    workspace->audit().recordFailedUnlocks({first, second});
    const auto entries = workspace->audit().entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).action == QStringLiteral("failed_unlock"));
    CHECK(entries.at(0).at == first);
    CHECK(entries.at(1).at == second);
    CHECK(AuditLog::labelOf(entries.at(0).action) != entries.at(0).action);
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("Changing the unit of an entry breaks the chain", "[audit]")
{
    auto workspace = makeWorkspace();
    workspace->setUnit(QStringLiteral("Vårdcentralen Ekbacken"));
    addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    // Tampering as someone with the database open outside Koordinera would: triggers dropped first.
    workspace->database().execute("DROP TRIGGER audit_log_no_update");
    Transaction transaction(workspace->database());
    workspace->database().execute("UPDATE audit_log SET unit = 'Annan enhet' WHERE id = 2");
    transaction.commit();
    CHECK(workspace->audit().firstBrokenEntry() == 2);
}

TEST_CASE("An export of a list is logged once for every patient on it", "[audit]")
{
    auto workspace = makeWorkspace();
    const auto oberg =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    const auto aberg =
        addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    const qint64 before = workspace->audit().count();
    workspace->audit().recordEach(AuditLog::Action::Export, {oberg.caseId, aberg.caseId}, QStringLiteral("case_list"),
                                  QStringLiteral("ärenden.xlsx"));
    CHECK(workspace->audit().count() == before + 2);
    const auto entries = workspace->audit().entriesForPatient(aberg.patientId);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().action == QStringLiteral("export"));
    CHECK(entries.last().object == QStringLiteral("case_list"));
    CHECK(entries.last().details == QStringLiteral("ärenden.xlsx"));
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}
