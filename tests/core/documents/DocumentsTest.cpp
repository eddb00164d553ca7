// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/documents/CaseDocuments.h"
#include "core/records/DocumentLog.h"
#include "core/settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

struct PlannedCase
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    koordinera::tests::PlannedCase ids = koordinera::tests::addPlannedCase(*workspace);
    qint64 caseId = ids.caseId;
    qint64 employerId = ids.employerId;
    qint64 meetingId = ids.meetingId;

    CaseFile file()
    {
        return CaseFile::read(*workspace, caseId,
                              {QStringLiteral("VC Ekbacken"),
                               QStringLiteral("Anna Berg"),
                               {},
                               QStringLiteral("Rehabkoordinator"),
                               true,
                               {}});
    }
};

const DocumentBlock* findBlock(const Document& document, DocumentBlock::Kind kind, const QString& text)
{
    for (const DocumentBlock& block : document.blocks) {
        if (block.kind == kind && block.text == text)
            return &block;
    }
    return nullptr;
}

// Every text a document prints: header and footer lines, blocks, facts and table cells.
QString everyText(const Document& document)
{
    QStringList texts{document.title, document.headerLeft, document.headerRight, document.footerLeft};
    for (const DocumentBlock& block : document.blocks) {
        texts << block.text;
        for (const auto& [label, value] : block.facts)
            texts << label << value;
        texts << block.table.headings;
        for (const QStringList& row : block.table.rows)
            texts << row;
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The kallelse to an employer names the patient and the case, never the identity number", "[documents]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    const Meeting meeting = *planned.workspace->meetings().get(planned.meetingId);
    const QString identity = file.patient.identityNumber().display();
    REQUIRE_FALSE(identity.isEmpty());
    const QList<Document> kallelser = CaseDocuments::invitations(file, meeting);
    REQUIRE(kallelser.size() == 2); // the patient and the employer's manager
    int forEmployer = 0;
    for (qsizetype index = 0; index < kallelser.size(); ++index) {
        const Document& kallelse = kallelser.at(index);
        const MeetingParticipant& to = meeting.participants.at(index);
        INFO(kallelse.headerRight.toStdString());
        if (to.kind == ParticipantKind::Patient) {
            CHECK(kallelse.headerRight.contains(identity));
        } else {
            REQUIRE(to.actorId == planned.employerId);
            ++forEmployer;
            CHECK_FALSE(everyText(kallelse).contains(identity));
            CHECK_FALSE(everyText(kallelse).contains(identity.right(4)));
            CHECK(kallelse.headerRight.contains(file.patient.fullName()));
            CHECK(kallelse.headerRight.contains(file.caseRecord.reference));
        }
    }
    CHECK(forEmployer == 1);
}

TEST_CASE("The plan document carries every section of a joint action plan, in the plan's order", "[documents]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    REQUIRE(file.currentPlan());
    const Document plan = CaseDocuments::plan(file, *file.currentPlan());
    CHECK(plan.kind == QStringLiteral("plan"));
    CHECK(plan.planVersion == 1);
    CHECK(plan.caseId == planned.caseId);
    CHECK(plan.headerLeft == QStringLiteral("VC Ekbacken"));
    CHECK(plan.headerRight == QStringLiteral("Göran Öberg, 19640823-3234"));
    CHECK(plan.footerLeft.contains(file.caseRecord.reference));
    CHECK_FALSE(plan.demo);
    QStringList headings;
    for (const DocumentBlock& block : plan.blocks) {
        if (block.kind == DocumentBlock::Kind::Heading)
            headings.append(block.text);
    }
    CHECK(headings == QStringList{QStringLiteral("Participants"), QStringLiteral("Current situation"),
                                  QStringLiteral("The patient's own goal"), QStringLiteral("Shared goal"),
                                  QStringLiteral("Actions"), QStringLiteral("Responsibility and follow-up"),
                                  QStringLiteral("Consent and distribution")});
    CHECK(plan.blocks.last().kind == DocumentBlock::Kind::Signatures);
    CHECK(plan.blocks.last().facts.last().second == QStringLiteral("Anna Berg"));

    const QString text = plan.plainText();
    CHECK(text.contains(QStringLiteral("19640823-3234")));
    CHECK(text.contains(QStringLiteral("Version 1 · adopted 2026-11-23")));
    // The actions as numbered lines, the party and person named.
    CHECK(text.contains(
        QStringLiteral("1. Arbetsplatsbesök på sågverket · Responsible: Sågverket i Åmål AB (Åsa Chef)")));
    CHECK(text.contains(QStringLiteral("2026-12-14 at 13:30 (w. 51)")));
    // The patient sat at the table under their own name, the absent manager does not appear.
    CHECK(text.contains(QStringLiteral("- Göran Öberg")));
    CHECK_FALSE(text.contains(QStringLiteral("Åsa Chef · Role")));
    CHECK_FALSE(text.contains(QStringLiteral("Place and date"))); // signature lines are for paper only
}

TEST_CASE("The blank form leaves empty rows and lines after the open actions", "[documents]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    const Document form = CaseDocuments::blankForm(file, file.currentPlan());
    const DocumentBlock* actions = nullptr;
    for (const DocumentBlock& block : form.blocks) {
        if (block.kind == DocumentBlock::Kind::Table && block.table.headings.contains(QStringLiteral("Action")))
            actions = &block;
    }
    REQUIRE(actions);
    CHECK(actions->table.minRowHeightMm > 0);
    REQUIRE(actions->table.rows.size() == 7); // one open action and six to fill in
    CHECK(actions->table.rows.first().at(1) == QStringLiteral("Arbetsplatsbesök på sågverket"));
    CHECK(actions->table.rows.last().at(0) == QStringLiteral("7"));
    CHECK(actions->table.rows.last().at(1).isEmpty());
    CHECK(findBlock(form, DocumentBlock::Kind::WriteLines, QStringLiteral("Overall responsibility")));
    // The next booked meeting is named, and its participants are the prefilled names.
    CHECK(form.blocks.at(1).text.contains(QStringLiteral("2026-12-14")));

    // With no plan at all there is still a form to bring.
    const Document empty = CaseDocuments::blankForm(file, nullptr);
    CHECK(empty.planVersion == 0);
    CHECK(findBlock(empty, DocumentBlock::Kind::Heading, QStringLiteral("Actions")));
}

TEST_CASE("Minutes hold the meeting's record, the actions agreed at it and the next meeting", "[documents]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    const Meeting* meeting = file.meeting(planned.meetingId);
    REQUIRE(meeting);
    const Document minutes = CaseDocuments::minutes(file, *meeting);
    CHECK(minutes.meetingId == planned.meetingId);
    const QString text = minutes.plainText();
    CHECK(text.contains(QStringLiteral("Vill börja arbeta på förmiddagarna.")));
    CHECK(text.contains(QStringLiteral("Arbetsträning 25 %.")));
    CHECK(text.contains(QStringLiteral("1. Arbetsplatsbesök på sågverket")));
    CHECK(text.contains(
        QStringLiteral("Åsa Chef · Role and organisation: närmaste chef, Sågverket i Åmål AB · Present: No")));
    CHECK(text.contains(QStringLiteral("2026-12-14 at 13:30")));
}

TEST_CASE("The case summary is archival and covers the whole case", "[documents]")
{
    PlannedCase planned;
    Consent consent;
    consent.caseId = planned.caseId;
    consent.scope = ConsentScope::Employer;
    consent.actorId = planned.employerId;
    consent.givenOn = FixedToday.addDays(-5);
    planned.workspace->consents().save(consent);
    const Document summary = CaseDocuments::summary(planned.file());
    CHECK(summary.archival);
    for (const char* heading :
         {"Sick leave and diagnoses", "Parties and contacts", "Timeline of contacts and activities",
          "Joint action plan", "Meetings", "Consents", "4 § impulser to Försäkringskassan"}) {
        INFO(heading);
        CHECK(findBlock(summary, DocumentBlock::Kind::Heading, QString::fromUtf8(heading)));
    }
    const QString text = summary.plainText();
    CHECK(text.contains(QStringLiteral("2026-10-01 – until further notice")));
    CHECK(text.contains(QStringLiteral("Action plan version 1 adopted")));
    CHECK(text.contains(QStringLiteral("Sågverket i Åmål AB · Form")));
    CHECK(text.contains(QStringLiteral("No impulser.")));
}

TEST_CASE("A letter template is filled from the case — unknown words stay for the user to see", "[documents]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    const QString filled = CaseDocuments::fillTemplate(
        QStringLiteral("Till {Mottagare}: planen för {patient} ({personnummer}), uppföljning {uppföljning}. "
                       "{koordinator}, {enhet}, {datum}. {okänt}"),
        file, QStringLiteral("Åsa Chef"));
    CHECK(filled == QStringLiteral("Till Åsa Chef: planen för Göran Öberg (19640823-3234), uppföljning 2026-12-14 "
                                   "at 13:30 (w. 51). Anna Berg, VC Ekbacken, 23 November 2026. {okänt}"));
    const QString builtIn = DocumentTemplates::builtIn(TemplateKind::CoverLetter);
    for (const QString& field : DocumentTemplates::fields(TemplateKind::CoverLetter))
        CHECK(builtIn.contains(field) ==
              (field != QStringLiteral("{personnummer}") && field != QStringLiteral("{datum}")));
    const Document letter =
        CaseDocuments::letter(file, {QStringLiteral("Åsa Chef"), QStringLiteral("Box 1\n662 00 Åmål"),
                                     QStringLiteral("Hej!\n\nHär är planen."), 1});
    CHECK(letter.description == QStringLiteral("Cover letter to Åsa Chef"));
    CHECK(letter.planVersion == 1);
    CHECK(letter.plainText().contains(QStringLiteral("Åsa Chef\nBox 1\n662 00 Åmål")));
    CHECK(letter.plainText().contains(QStringLiteral("Hej!\n\nHär är planen.")));
}

TEST_CASE("Each print, PDF or copy is recorded on the case and in the access log, and purged with it", "[documents]")
{
    PlannedCase planned;
    Workspace& workspace = *planned.workspace;
    const CaseFile file = planned.file();
    const Document plan = CaseDocuments::plan(file, *file.currentPlan());
    auto record = recordOf(plan, DocumentRecord::Channel::Pdf);
    record.recipient = QStringLiteral("Sågverket i Åmål AB");
    record.fileName = QStringLiteral("Gemensam handlingsplan K-2026-0001 v1.pdf");
    record.pages = 2;
    record.sha256 = DocumentLog::sha256("%PDF-1.4 innehåll");
    workspace.documents().record(record);
    auto copied = recordOf(plan, DocumentRecord::Channel::Text);
    copied.sha256 = DocumentLog::sha256(plan.plainText().toUtf8());
    workspace.documents().record(copied);

    const auto records = workspace.documents().records(planned.caseId);
    REQUIRE(records.size() == 2);
    CHECK(records.first().channel == DocumentRecord::Channel::Text); // newest first
    const DocumentRecord& saved = records.last();
    CHECK(saved.description == QStringLiteral("Joint action plan, version 1"));
    CHECK(saved.planVersion == 1);
    CHECK(saved.recipient == QStringLiteral("Sågverket i Åmål AB"));
    CHECK(saved.pages == 2);
    CHECK(saved.sha256.size() == 64);
    CHECK(saved.sha256 == DocumentLog::sha256("%PDF-1.4 innehåll"));
    CHECK(saved.recordedBy == workspace.context().userName);

    const auto log = workspace.audit().entries({});
    REQUIRE(log.size() >= 2);
    CHECK(log.at(log.size() - 2).action == QStringLiteral("export"));
    CHECK(log.last().action == QStringLiteral("copy"));
    CHECK(log.last().caseId == planned.caseId);

    // A purged case leaves no record of its documents behind.
    CaseRecord closed = *workspace.cases().get(planned.caseId);
    closed.status = CaseStatus::Closed;
    closed.outcome = CaseOutcome::BackToWork;
    closed.closedOn = FixedToday;
    workspace.cases().save(closed);
    workspace.setToday(FixedToday.addYears(11));
    workspace.purgeCases({planned.caseId}, 10, QStringLiteral("Gallringsbeslut 2037:1"));
    CHECK(workspace.documents().records(planned.caseId).isEmpty());
}

TEST_CASE("The logo and the letter template are settings — the built-in template is kept until changed",
          "[documents][settings]")
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    CHECK(settings.letterTemplate() == DocumentTemplates::builtIn(TemplateKind::CoverLetter));
    CHECK(settings.logoPath().isEmpty());
    settings.setLogoPath(QStringLiteral(" /srv/logo.png "));
    settings.setUnitName(QStringLiteral("VC Ekbacken"));
    CHECK(settings.letterhead().logoPath == QStringLiteral("/srv/logo.png"));
    CHECK(settings.letterhead().unitName == QStringLiteral("VC Ekbacken"));
    settings.setLetterTemplate(QStringLiteral("Hej {mottagare}!"));
    CHECK(settings.letterTemplate() == QStringLiteral("Hej {mottagare}!"));
    settings.setLetterTemplate(QStringLiteral("  "));
    CHECK(settings.letterTemplate() == DocumentTemplates::builtIn(TemplateKind::CoverLetter));

    // The statistics' small-number rule: 4 until changed, kept within 0–20.
    CHECK(settings.smallNumberThreshold() == 4);
    settings.setSmallNumberThreshold(99);
    CHECK(settings.smallNumberThreshold() == 20);
    settings.setSmallNumberThreshold(0);
    CHECK(settings.smallNumberThreshold() == 0);
}

TEST_CASE("The plan is signed by the coordinator's title and, when the unit wants, by the parties at the meeting",
          "[documents]")
{
    PlannedCase planned;
    CaseFile file = planned.file();
    REQUIRE(file.currentPlan());
    REQUIRE(file.meetings.size() >= 1);
    const auto signatures = [&file] {
        return CaseDocuments::plan(file, *file.currentPlan()).blocks.last().facts;
    };
    const QPair<QString, QString> patient{QStringLiteral("Patient"), file.patient.fullName()};
    const QPair<QString, QString> coordinator{QStringLiteral("Rehabkoordinator"), QStringLiteral("Anna Berg")};

    // Adopted on another day than the meeting: no meeting adopted it, so the patient and the coordinator sign.
    CHECK(signatures() == QList<QPair<QString, QString>>{patient, coordinator});

    // Adopted at the meeting, where the manager was present: the manager gets a line too.
    Meeting* held = nullptr;
    for (Meeting& meeting : file.meetings) {
        if (meeting.id == planned.meetingId)
            held = &meeting;
    }
    REQUIRE(held);
    for (PlanVersion& plan : file.plans)
        plan.adoptedOn = held->startsAt.date();
    for (MeetingParticipant& participant : held->participants)
        participant.present = true;
    const QPair<QString, QString> manager{QStringLiteral("Närmaste chef, Sågverket i Åmål AB"),
                                          QStringLiteral("Åsa Chef")};
    CHECK(signatures() == QList<QPair<QString, QString>>{patient, coordinator, manager});

    // Absent from the meeting, no line; and a unit that wants only two lines gets two.
    held->participants.last().present = false;
    CHECK(signatures() == QList<QPair<QString, QString>>{patient, coordinator});
    held->participants.last().present = true;
    file.letterhead.partySignatureLines = false;
    CHECK(signatures() == QList<QPair<QString, QString>>{patient, coordinator});
}
