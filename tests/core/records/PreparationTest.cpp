// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: preparing an avstämningsmöte. The patient met beforehand, the medical assessment, what to bring, and
// for each party invited whether the patient's consent covers sharing with them; an employer, Arbetsförmedlingen or
// the municipality invited without one needs a reason.
#include "TestWorkspace.h"
#include "core/domain/MeetingRules.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;

TEST_CASE("Preparing a meeting checks the consent for every party invited, and asks why when one is missing",
          "[meeting][preparation]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg")).caseId;
    Actor employer{0, ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, {}};
    workspace->actors().saveActor(employer);
    Actor fk{0, ActorKind::Forsakringskassan, QStringLiteral("Försäkringskassan"), {}, {}, {}};
    workspace->actors().saveActor(fk);
    Consent toFk;
    toFk.caseId = caseId;
    toFk.scope = ConsentScope::InformFk;
    toFk.givenOn = FixedToday.addDays(-5);
    workspace->consents().save(toFk);

    Meeting meeting;
    meeting.caseId = caseId;
    meeting.startsAt = QDateTime(FixedToday.addDays(7), QTime(10, 0));
    meeting.place = QStringLiteral("Vårdcentralen");
    meeting.participants << MeetingParticipant{0, ParticipantKind::Patient, 0, QStringLiteral("Göran Öberg"), {}, true,
                                               {}}
                         << MeetingParticipant{0,
                                               ParticipantKind::Contact,
                                               fk.id,
                                               QStringLiteral("Lena Holm"),
                                               QStringLiteral("handläggare"),
                                               true,
                                               {}}
                         << MeetingParticipant{0,
                                               ParticipantKind::Contact,
                                               employer.id,
                                               QStringLiteral("Åsa Chef"),
                                               QStringLiteral("närmaste chef"),
                                               true,
                                               {}};
    workspace->meetings().save(meeting);

    const auto actors = workspace->actors().actors();
    const auto invited = MeetingRules::invitations(meeting, actors, workspace->consents().consents(caseId));
    REQUIRE(invited.size() == 3);
    CHECK_FALSE(invited.at(0).warning);         // the patient
    CHECK_FALSE(invited.at(1).warning);         // Försäkringskassan: the 4 § consent covers it
    REQUIRE(invited.at(2).warning.has_value()); // the employer: no consent
    CHECK(invited.at(2).needsReason);

    meeting.patientMetOn = FixedToday.addDays(-1);
    meeting.patientMetNote = QStringLiteral("Vill prova arbetsträning.");
    meeting.assessmentOn = FixedToday.addDays(-3);
    meeting.assessmentBy = QStringLiteral("Dr Berg");
    meeting.bring = QStringLiteral("Schema över arbetsuppgifterna");
    try {
        workspace->meetings().savePreparation(meeting);
        FAIL("an employer invited without consent or reason was accepted");
    } catch (const ValidationError& error) {
        CHECK(error.messageFor(QStringLiteral("participant.3.reason")).contains(QStringLiteral("Åsa Chef")));
    }
    CHECK_FALSE(workspace->meetings().get(meeting.id)->patientMetOn.isValid()); // nothing saved

    meeting.participants[2].noConsentReason = QStringLiteral("Patienten ger samtycke muntligt vid mötets start");
    workspace->meetings().savePreparation(meeting);
    const Meeting stored = *workspace->meetings().get(meeting.id);
    CHECK(stored.patientMetOn == FixedToday.addDays(-1));
    CHECK(stored.patientMetNote == QStringLiteral("Vill prova arbetsträning."));
    CHECK(stored.assessmentOn == FixedToday.addDays(-3));
    CHECK(stored.assessmentBy == QStringLiteral("Dr Berg"));
    CHECK(stored.bring == QStringLiteral("Schema över arbetsuppgifterna"));
    CHECK(stored.participants.at(2).noConsentReason.startsWith(QStringLiteral("Patienten ger")));

    // A later change of the booking keeps the preparation.
    Meeting moved = stored;
    moved.startsAt = moved.startsAt.addDays(1);
    workspace->meetings().save(moved);
    CHECK(workspace->meetings().get(meeting.id)->participants.at(2).noConsentReason ==
          stored.participants.at(2).noConsentReason);
    CHECK(workspace->meetings().get(meeting.id)->bring == stored.bring);

    // Dates after the meeting are refused.
    moved.patientMetOn = moved.startsAt.date().addDays(1);
    CHECK_THROWS_AS(workspace->meetings().savePreparation(moved), ValidationError);
}
