// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/Retention.h"

#include "TestWorkspace.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;

namespace {

const QByteArray Passphrase = QByteArrayLiteral("fyra ord som ingen gissar");

void closeCase(Workspace& workspace, qint64 caseId, const QDate& closedOn)
{
    CaseRecord record = *workspace.cases().get(caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    record.closedOn = closedOn;
    workspace.cases().save(record);
}

qint64 rowsOfCase(Database& db, const QString& table, qint64 caseId)
{
    const QString column = table == QStringLiteral("cases") ? QStringLiteral("id") : QStringLiteral("case_id");
    Statement count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column).toStdString());
    count.bind(1, caseId);
    count.step();
    return count.columnInt64(0);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The tables with a case_id column, on either engine.
QStringList tablesWithCaseColumn(Database& db)
{
    Statement tables(db, db.isServer() ? "SELECT table_name FROM information_schema.columns WHERE column_name = "
                                         "'case_id' AND table_schema = current_schema() AND table_name <> "
                                         "'audit_log_entries'"
                                       : "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
                                         "WHERE m.type = 'table' AND c.name = 'case_id'");
    QStringList names;
    while (tables.step())
        names << tables.columnText(0);
    return names;
}

bool hasCaseColumn(Database& db, const QString& table)
{
    return tablesWithCaseColumn(db).contains(table);
}

// A case with something in every table a case owns.
qint64 fullCase(Workspace& workspace, const QString& identity, const QString& family)
{
    const auto created =
        addCase(workspace, identity, QStringLiteral("Gallras"), family, QDate(2012, 1, 2), QDate(2012, 3, 1));
    Diagnosis diagnosis{0, created.caseId, QStringLiteral("F32.1"), QStringLiteral("Depression"), true};
    workspace.sickLeave().saveDiagnosis(diagnosis);
    Actor employer{0, ActorKind::Employer, QStringLiteral("Bageriet AB"), {}, {}, {}};
    workspace.actors().saveActor(employer);
    CaseContact contact;
    contact.caseId = created.caseId;
    contact.actorId = employer.id;
    workspace.actors().saveContact(contact);
    Consent consent;
    consent.caseId = created.caseId;
    consent.scope = ConsentScope::Coordination;
    consent.form = ConsentForm::Verbal;
    consent.givenOn = QDate(2012, 1, 3);
    workspace.consents().save(consent);
    Activity note;
    note.caseId = created.caseId;
    note.occurredAt = QDateTime(QDate(2012, 1, 3), QTime(9, 0));
    note.note = QStringLiteral("Samtal om återgång");
    workspace.activities().add(note);
    Consent informFk = consent;
    informFk.scope = ConsentScope::InformFk;
    workspace.consents().save(informFk);
    Impulse impulse;
    impulse.caseId = created.caseId;
    impulse.madeOn = QDate(2012, 1, 10);
    impulse.consentId = informFk.id;
    impulse.fkRecipient = QStringLiteral("FK");
    workspace.meetings().saveImpulse(impulse);
    Meeting meeting;
    meeting.caseId = created.caseId;
    meeting.startsAt = QDateTime(QDate(2012, 1, 20), QTime(10, 0));
    meeting.place = QStringLiteral("Vårdcentralen");
    meeting.participants << MeetingParticipant{0, ParticipantKind::Patient, 0, {}, {}, true, {}};
    workspace.meetings().save(meeting);
    PlanVersion plan = workspace.plans().newDraft(created.caseId);
    PlanAction action;
    action.description = QStringLiteral("Arbetsträning");
    action.meetingId = meeting.id;
    plan.actions << action;
    plan.consentId = informFk.id;
    workspace.plans().saveDraft(plan);
    return created.caseId;
}

} // namespace

TEST_CASE("Every table with rows of a case is emptied by a purge", "[retention]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const QStringList tables = tablesWithCaseColumn(workspace->database());
    CHECK(tables.size() > 10);
    for (const QString& table : tables) {
        if (table != QLatin1String("audit_log"))
            CHECK(Retention::caseTables().contains(table));
    }
}

TEST_CASE("Only closed cases past the retention time are candidates", "[retention]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 old = fullCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Gammal"));
    closeCase(*workspace, old, QDate(2012, 6, 1));
    const qint64 recent = addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"),
                                  QStringLiteral("Åberg"), QDate(2020, 1, 1), QDate(2020, 2, 1))
                              .caseId;
    closeCase(*workspace, recent, QDate(2020, 3, 1));
    addCase(*workspace, QStringLiteral("121212-1212"), QStringLiteral("Tolvan"), QStringLiteral("Öppen"),
            QDate(2010, 1, 1), QDate(2010, 2, 1)); // open: never a candidate however old

    // The activities recorded today make every case's last entry today: nothing is due yet.
    CHECK(workspace->retention().candidates(10).isEmpty());
    workspace->setToday(FixedToday.addYears(11));
    const auto candidates = workspace->retention().candidates(10);
    REQUIRE(candidates.size() == 2);
    CHECK(candidates.at(0).caseId == recent); // oldest last entry first
    CHECK(candidates.at(1).caseId == old);
    CHECK(candidates.at(1).identity == QStringLiteral("196408233234"));
    CHECK(candidates.at(1).closedOn == QDate(2012, 6, 1));
    // The old case was closed long ago, but its last note counts: only the other is due after 16 years.
    const auto stricter = workspace->retention().candidates(16);
    REQUIRE(stricter.size() == 1);
    CHECK(stricter.first().caseId == recent);
    CHECK(workspace->retention().candidates(18).isEmpty());
}

TEST_CASE("A purge needs a reason and an eligible case — then it removes the case and logs the decision", "[retention]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 old = fullCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Gammal"));
    closeCase(*workspace, old, QDate(2012, 6, 1));
    const qint64 open =
        addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg")).caseId;
    workspace->setToday(FixedToday.addYears(11));
    const qint64 patientId = workspace->cases().get(old)->patientId;

    CHECK_THROWS_AS(workspace->purgeCases({old}, 10, QStringLiteral("  ")), ValidationError);
    CHECK_THROWS_AS(workspace->purgeCases({old, open}, 10, QStringLiteral("Beslut 2037-12")), std::invalid_argument);
    CHECK(workspace->cases().get(old).has_value());

    workspace->purgeCases({old}, 10, QStringLiteral("Beslut 2037-12"));
    CHECK_FALSE(workspace->cases().get(old).has_value());
    CHECK_FALSE(workspace->patients().get(patientId).has_value());
    for (const QString& table : Retention::caseTables()) {
        if (hasCaseColumn(workspace->database(), table))
            CHECK(rowsOfCase(workspace->database(), table, old) == 0);
    }
    // Tables that hang off a case's rows rather than the case: nothing is left, since the only case with
    // such rows is gone.
    for (const char* table : {"activity_versions", "plan_actions", "meeting_participants"}) {
        Statement rows(workspace->database(), std::string("SELECT count(*) FROM ") + table);
        rows.step();
        CHECK(rows.columnInt64(0) == 0);
    }
    CHECK(workspace->cases().get(open).has_value());

    const auto log = workspace->audit().entriesForPatient(patientId);
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.last().action == QStringLiteral("purge"));
    CHECK(log.last().details.contains(QStringLiteral("Beslut 2037-12")));
    CHECK(log.last().details.contains(QStringLiteral("196408233234")));
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("A reservnummer is logged by a purge as it was written, placeholders and all", "[retention]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    NewCase newCase;
    newCase.patient.identity = QStringLiteral("RES%3-%1 99");
    newCase.patient.identityKind = IdentityKind::Reservnummer;
    newCase.patient.givenName = QStringLiteral("Okänd");
    newCase.patient.familyName = QStringLiteral("Reserv");
    newCase.caseRecord.status = CaseStatus::Active;
    newCase.caseRecord.openedOn = QDate(2012, 1, 2);
    const NewCaseResult created = workspace->cases().create(newCase);
    closeCase(*workspace, created.caseId, QDate(2012, 6, 1));
    workspace->setToday(FixedToday.addYears(11));
    workspace->purgeCases({created.caseId}, 10, QStringLiteral("Beslut %2"));
    const auto log = workspace->audit().entriesForPatient(created.patientId);
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.last().details.contains(QStringLiteral("identity RES%3-%1 99; closed 2012-06-01; retention 10 years")));
    CHECK(log.last().details.endsWith(QStringLiteral("decision: Beslut %2")));
}

TEST_CASE("A purged patient stays findable in the access log by identity number, and their ids go to no one else",
          "[retention][audit]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 open =
        addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg")).caseId;
    // The newest patient and case, so SQLite alone would give their ids to the next ones.
    const qint64 old = fullCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Gammal"));
    closeCase(*workspace, old, QDate(2012, 6, 1));
    const qint64 patientId = workspace->cases().get(old)->patientId;
    workspace->audit().recordShown(QStringLiteral("case_list"), {open, old});
    workspace->setToday(FixedToday.addYears(11));
    workspace->purgeCases({old}, 10, QStringLiteral("Beslut 2037-12"));

    // Searching the log by the number finds every entry of the purged patient, the list that showed them too.
    AuditLog::Filter byNumber;
    byNumber.patientText = QStringLiteral("19640823-3234");
    const auto found = workspace->audit().entries(byNumber);
    REQUIRE(found.size() >= 4);
    CHECK(found.first().action == QStringLiteral("create"));
    CHECK(found.last().action == QStringLiteral("purge"));
    CHECK(std::any_of(found.cbegin(), found.cend(), [](const AuditLog::Entry& entry) {
        return entry.action == QStringLiteral("view_list") && entry.object == QStringLiteral("list case_list");
    }));
    for (const AuditLog::Entry& entry : found) {
        if (entry.patientId == patientId)
            CHECK(entry.patientIdentity == QStringLiteral("196408233234")); // from the purge's entry
    }

    // A new patient and case get ids above the purged ones: the old entries keep naming the purged patient.
    const auto next =
        addCase(*workspace, QStringLiteral("810312-2381"), QStringLiteral("Maria"), QStringLiteral("Lind"));
    CHECK(next.patientId > patientId);
    CHECK(next.caseId > old);
    for (const AuditLog::Entry& entry : workspace->audit().entriesForPatient(patientId))
        CHECK(entry.patientIdentity == QStringLiteral("196408233234"));
    // The list entry is in Åsa's extract as well: it named her.
    const auto asas = workspace->audit().entriesForPatient(workspace->cases().get(open)->patientId);
    CHECK(std::any_of(asas.cbegin(), asas.cend(),
                      [](const AuditLog::Entry& entry) { return entry.action == QStringLiteral("view_list"); }));
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("A purged case is gone from the sealed file, the journal included", "[retention][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enhet.koordinera"));
    {
        auto workspace = Workspace::create(path, Passphrase, {}, QStringLiteral("T"), KdfParams::forTests());
        workspace->setToday(FixedToday);
        const qint64 old = fullCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Gammalsson"));
        closeCase(*workspace, old, QDate(2012, 6, 1));
        workspace->setToday(FixedToday.addYears(11));
        workspace->purgeCases({old}, 10, QStringLiteral("Beslut 2037-12"));
        // The database is only ever decrypted in memory; look at that copy as the next opening sees it.
        CHECK(workspace->database().store()->journalRecords() == 0);
    }
    auto reopened = Workspace::open(path, Passphrase, {}, QStringLiteral("T"));
    const QByteArray content = reopened->database().serialize();
    const QByteArray file = fileBytes(path);
    // Every word of the case as the search index tokenised it (lower case), and a part of each: the index keeps
    // words, not phrases. The identity number and the reference stay in the access log by design, and the
    // employer is a register entry of its own.
    for (const QString& word :
         QStringList{QStringLiteral("Gallras"), QStringLiteral("Gammalsson"), QStringLiteral("Samtal"),
                     QStringLiteral("återgång"), QStringLiteral("Depression"), QStringLiteral("Arbetsträning")}) {
        for (const QString& form : {word, word.toLower(), word.toLower().left(6)}) {
            INFO(form.toStdString());
            CHECK_FALSE(content.contains(form.toUtf8()));
            CHECK_FALSE(file.contains(form.toUtf8()));
        }
    }
    CHECK(koordinera::tests::searchIndexWords(reopened->database()).isEmpty());
    CHECK(reopened->caseList().totalCases() == 0);
}
