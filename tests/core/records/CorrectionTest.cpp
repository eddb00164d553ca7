// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: corrections keep history. A held meeting's record, an impuls or a consent corrected later keeps what it
// said, with who and when; the histories of notes and corrections take no update or deletion except by a purge.
#include "TestWorkspace.h"
#include "core/records/CorrectionLog.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;

namespace {

Consent coordinationConsent(qint64 caseId)
{
    Consent consent;
    consent.caseId = caseId;
    consent.scope = ConsentScope::Coordination;
    consent.form = ConsentForm::Written;
    consent.givenOn = FixedToday.addDays(-10);
    return consent;
}

} // namespace

TEST_CASE("A corrected held meeting, impuls or consent keeps what it said, with who and when", "[corrections]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    CorrectionLog& corrections = workspace->corrections();

    // A booked meeting moved is not a correction; the held record changed afterwards is.
    Meeting meeting;
    meeting.caseId = caseId;
    meeting.startsAt = QDateTime(FixedToday.addDays(-2), QTime(10, 0));
    meeting.place = QStringLiteral("Vårdcentralen");
    workspace->meetings().save(meeting);
    meeting.startsAt = meeting.startsAt.addSecs(3600);
    workspace->meetings().save(meeting);
    CHECK(corrections.history(CorrectionLog::Record::Meeting, meeting.id).isEmpty());
    meeting.status = MeetingStatus::Held;
    meeting.summary = QStringLiteral("Arbetsträning 25 %.");
    meeting.noFollowUpReason = QStringLiteral("Bokas senare");
    workspace->meetings().save(meeting);
    meeting.summary = QStringLiteral("Arbetsträning 50 %.");
    workspace->meetings().save(meeting);
    workspace->meetings().save(meeting); // saved unchanged: nothing to keep
    const auto meetingHistory = corrections.history(CorrectionLog::Record::Meeting, meeting.id);
    REQUIRE(meetingHistory.size() == 1);
    CHECK(meetingHistory.first().earlier.contains(QStringLiteral("Arbetsträning 25 %.")));
    CHECK(meetingHistory.first().replacedBy == QStringLiteral("Testkoordinator"));
    CHECK(meetingHistory.first().replacedAt.isValid());

    Consent fk = coordinationConsent(caseId);
    fk.scope = ConsentScope::InformFk;
    workspace->consents().save(fk);
    Impulse impulse;
    impulse.caseId = caseId;
    impulse.madeOn = FixedToday.addDays(-1);
    impulse.consentId = fk.id;
    impulse.fkRecipient = QStringLiteral("Handläggare Berg");
    workspace->meetings().saveImpulse(impulse);
    impulse.outcome = QStringLiteral("FK bokar avstämningsmöte");
    workspace->meetings().saveImpulse(impulse);
    const auto impulseHistory = corrections.history(CorrectionLog::Record::Impulse, impulse.id);
    REQUIRE(impulseHistory.size() == 1);
    CHECK_FALSE(impulseHistory.first().earlier.contains(QStringLiteral("FK bokar")));
    CHECK(impulseHistory.first().earlier.contains(QStringLiteral("Handläggare Berg")));

    // A withdrawal is a change of the consent too: the consent as it was given stays readable.
    Consent consent = coordinationConsent(caseId);
    workspace->consents().save(consent);
    consent.withdrawnOn = FixedToday;
    workspace->consents().save(consent);
    const auto consentHistory = corrections.history(CorrectionLog::Record::Consent, consent.id);
    REQUIRE(consentHistory.size() == 1);
    CHECK_FALSE(consentHistory.first().earlier.contains(FixedToday.toString(Qt::ISODate)));
}

TEST_CASE("The histories of notes and corrections, and adopted plans, take no update or deletion, except by a purge",
          "[corrections]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 caseId = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                  QStringLiteral("Öberg"), QDate(2012, 1, 2))
                              .caseId;
    Activity note;
    note.caseId = caseId;
    note.occurredAt = QDateTime(QDate(2012, 1, 3), QTime(9, 0));
    note.note = QStringLiteral("Samtal med patienten.");
    workspace->activities().add(note);
    Consent consent = coordinationConsent(caseId);
    consent.givenOn = QDate(2012, 1, 2);
    workspace->consents().save(consent);
    consent.note = QStringLiteral("Muntligt vid besöket");
    workspace->consents().save(consent);

    PlanVersion plan = workspace->plans().newDraft(caseId);
    PlanAction action;
    action.description = QStringLiteral("Arbetsträning");
    plan.actions << action;
    plan.overallResponsible = QStringLiteral("Rehabkoordinatorn");
    plan.followUpAt = QDateTime(QDate(2012, 2, 1), QTime(10, 0));
    plan.followUpPlace = QStringLiteral("Vårdcentralen");
    workspace->plans().saveDraft(plan);
    workspace->plans().adopt(caseId, QDate(2012, 1, 10));

    Database& db = workspace->database();
    for (const char* forbidden : {"UPDATE activity_versions SET note = 'omskrivet'", "DELETE FROM activity_versions",
                                  "UPDATE corrections SET earlier = 'omskrivet'", "DELETE FROM corrections",
                                  "UPDATE plan_versions SET shared_goal = 'omskrivet'", "DELETE FROM plan_versions",
                                  "UPDATE plan_actions SET description = 'omskrivet'", "DELETE FROM plan_actions"}) {
        INFO(forbidden);
        CHECK_THROWS_AS(db.execute(forbidden), StorageError);
    }

    CaseRecord record = *workspace->cases().get(caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::BackToWork;
    record.closedOn = QDate(2012, 6, 1);
    workspace->cases().save(record);
    workspace->setToday(FixedToday.addYears(11));
    workspace->purgeCases({caseId}, 10, QStringLiteral("Beslut 2037-12"));
    for (const char* table : {"activity_versions", "corrections", "purging", "plan_versions", "plan_actions"}) {
        Statement rows(db, std::string("SELECT count(*) FROM ") + table);
        rows.step();
        CHECK(rows.columnInt64(0) == 0);
    }
}
