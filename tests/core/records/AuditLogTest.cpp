// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QCryptographicHash>
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

TEST_CASE("The access log cannot be changed or shortened, and tampering breaks the chain", "[audit][file]")
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

TEST_CASE("Changing the unit of an entry breaks the chain", "[audit][file]")
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

namespace {

// An entry's hash as Koordinera has always computed it: SHA-256 over the previous hash and each field as
// "<length>:<UTF-8>", the unit only when there is one. Written out here, so that a change to it fails this test.
QByteArray canonicalHash(const QByteArray& previous, const QStringList& fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    for (const QString& field : fields) {
        const QByteArray utf8 = field.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    return hash.result();
}

} // namespace

TEST_CASE("An access log of schema 17 is stored compactly with every field and hash as it was", "[audit][migration]")
{
    auto db = Database::openMemoryFrom(QByteArray());
    Migrations::migrate(*db, 17);
    // The log as schema 17 stored it: texts, ISO times, both hashes as hex. Many entries, few different texts.
    const QStringList users{QStringLiteral("anna"), QStringLiteral("björn")};
    const QStringList actions{QStringLiteral("open_case"), QStringLiteral("change"), QStringLiteral("print")};
    QByteArray previous(32, '\0');
    const QDateTime first(QDate(2026, 3, 1), QTime(8, 15, 30, 250), Qt::UTC);
    constexpr int Entries = 3000;
    {
        Transaction transaction(*db);
        for (int id = 1; id <= Entries; ++id) {
            const QString at = first.addSecs(id * 97).addMSecs(id % 1000).toString(Qt::ISODateWithMs);
            const QString user = users.at(id % 2);
            const QString action = actions.at(id % 3);
            // Objects name what was touched, some with its number ("document 12"), some with a trailing space.
            const QString object = id % 4 == 0 ? QStringLiteral("document %1").arg(id)
                                   : id == 7   ? QStringLiteral("list ")
                                               : QStringLiteral("case");
            const QString details = id % 5 ? QString() : QStringLiteral("Åtgärd %1").arg(id);
            const QString unit = id < 10 ? QString() : QStringLiteral("Vårdcentralen Ängen");
            QStringList fields{QString::number(id),
                               at,
                               user,
                               QStringLiteral("Koordinator ") + user,
                               action,
                               QString::number(id % 40 + 1),
                               QString::number(id % 40 + 1),
                               object,
                               details};
            if (!unit.isEmpty())
                fields << unit;
            const QByteArray hash = canonicalHash(previous, fields);
            Statement(*db, "INSERT INTO audit_log (id, at, os_user, coordinator, action, patient_id, case_id, object, "
                           "details, unit, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bindAll(qint64(id), at, user, QStringLiteral("Koordinator ") + user, action, qint64(id % 40 + 1),
                         qint64(id % 40 + 1), object, details, unit, QString::fromLatin1(previous.toHex()),
                         QString::fromLatin1(hash.toHex()))
                .run();
            previous = hash;
        }
        transaction.commit();
    }
    const auto pages = [&db] {
        Statement count(*db, "PRAGMA page_count");
        count.step();
        return count.columnInt64(0);
    };
    const qint64 pagesBefore = pages();

    Migrations::migrate(*db);
    ServiceContext context{*db, {}, QStringLiteral("Testkoordinator"), QStringLiteral("Enheten")};
    AuditLog log(context);
    CHECK(log.count() == Entries);
    CHECK(log.firstBrokenEntry() == 0);
    CHECK(log.newest().id == Entries);
    CHECK(log.newest().hash == QString::fromLatin1(previous.toHex()));
    const auto entries = log.entries();
    REQUIRE(entries.size() == Entries);
    CHECK(entries.at(0).at == first.addSecs(97).addMSecs(1));
    CHECK(entries.at(0).unit.isEmpty());
    CHECK(entries.at(9).unit == QStringLiteral("Vårdcentralen Ängen"));
    CHECK(entries.at(4).details == QStringLiteral("Åtgärd 5"));
    CHECK(entries.at(1).coordinator == QStringLiteral("Koordinator anna"));
    CHECK(entries.at(3).object == QStringLiteral("document 4"));
    CHECK(entries.at(6).object == QStringLiteral("list "));
    CHECK(entries.at(7).object == QStringLiteral("document 8"));
    // The repeated texts once each; the file given back the space the old form took.
    Statement words(*db, "SELECT count(*) FROM audit_words");
    REQUIRE(words.step());
    // 2 users, 2 coordinators, 3 actions, 3 kinds of object, 2 units (one empty).
    CHECK(words.columnInt(0) == 12);
    CHECK(pages() < pagesBefore * 2 / 3);
    // The VACUUM ran without a rollback journal (it would have held a third copy); the journal is back after it.
    Statement journal(*db, "PRAGMA journal_mode");
    REQUIRE(journal.step());
    CHECK(journal.columnText(0) == QStringLiteral("memory"));
    journal.reset();

    // The chain goes on from where it was, and still catches a changed entry.
    log.record(AuditLog::Action::OpenCase, 0, QStringLiteral("case"));
    CHECK(log.firstBrokenEntry() == 0);
    db->execute("DROP TRIGGER audit_log_no_update");
    db->execute("UPDATE audit_log SET at = at + 1 WHERE id = 17");
    CHECK(log.firstBrokenEntry() == 17);
}

TEST_CASE("The texts of the access log cannot be changed either", "[audit][file]")
{
    auto workspace = makeWorkspace();
    addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    Database& db = workspace->database();
    CHECK_THROWS_AS(db.execute("UPDATE audit_words SET word = 'någon annan' WHERE id = 1"), StorageError);
    CHECK_THROWS_AS(db.execute("DELETE FROM audit_words WHERE id = 1"), StorageError);
    db.execute("DROP TRIGGER audit_words_no_update");
    db.execute("UPDATE audit_words SET word = 'någon annan' WHERE word = 'Testkoordinator'");
    CHECK(workspace->audit().firstBrokenEntry() == 1);
}
