// SPDX-License-Identifier: GPL-3.0-or-later
// The unit's own templates (issue 21): what each may say, the file units share them in, and the documents that use
// them.
#include "TestWorkspace.h"
#include "core/documents/CaseDocuments.h"
#include "core/documents/DocumentTemplates.h"
#include "core/settings/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::makeWorkspace;

namespace {

struct PlannedCase
{
    std::unique_ptr<Workspace> workspace = makeWorkspace();
    koordinera::tests::PlannedCase ids = koordinera::tests::addPlannedCase(*workspace);

    CaseFile file(const DocumentTemplates& templates = {})
    {
        return CaseFile::read(*workspace, ids.caseId,
                              {QStringLiteral("VC Ekbacken"),
                               QStringLiteral("Anna Berg"),
                               {},
                               QStringLiteral("Rehabkoordinator"),
                               true,
                               templates});
    }
};

// The index of the first block of `kind`, or -1.
qsizetype indexOf(const Document& document, DocumentBlock::Kind kind)
{
    for (qsizetype index = 0; index < document.blocks.size(); ++index) {
        if (document.blocks.at(index).kind == kind)
            return index;
    }
    return -1;
}

qsizetype indexOfText(const Document& document, const QString& text)
{
    for (qsizetype index = 0; index < document.blocks.size(); ++index) {
        if (document.blocks.at(index).text.contains(text))
            return index;
    }
    return -1;
}

} // namespace

TEST_CASE("Every built-in template uses only its own words and holds the place of its document's part",
          "[documents][templates]")
{
    for (TemplateKind kind : DocumentTemplates::kinds()) {
        INFO(DocumentTemplates::key(kind).toStdString());
        const QString text = DocumentTemplates::builtIn(kind);
        CHECK_FALSE(text.trimmed().isEmpty());
        CHECK(DocumentTemplates::kindOfKey(DocumentTemplates::key(kind)) == kind);
        QString rest = text;
        for (const QString& field : DocumentTemplates::fields(kind))
            rest.remove(field);
        CHECK_FALSE(rest.contains(QLatin1Char('{'))); // no word the documents would leave unfilled
        if (const QString place = DocumentTemplates::placeField(kind); !place.isEmpty())
            CHECK(text.contains(place));
    }
    CHECK_FALSE(DocumentTemplates::kindOfKey(QStringLiteral("okänd")));

    DocumentTemplates templates;
    CHECK_FALSE(templates.isOwn(TemplateKind::ConsentForm));
    templates.setText(TemplateKind::ConsentForm, QStringLiteral("Jag samtycker. {parter}"));
    CHECK(templates.isOwn(TemplateKind::ConsentForm));
    CHECK(templates.text(TemplateKind::ConsentForm) == QStringLiteral("Jag samtycker. {parter}"));
    templates.setText(TemplateKind::ConsentForm, DocumentTemplates::builtIn(TemplateKind::ConsentForm));
    CHECK_FALSE(templates.isOwn(TemplateKind::ConsentForm)); // the built-in text keeps following the program
    templates.setText(TemplateKind::ImpulseLetter, QStringLiteral("   "));
    CHECK(templates.text(TemplateKind::ImpulseLetter) == DocumentTemplates::builtIn(TemplateKind::ImpulseLetter));

    CHECK(fillFields(QStringLiteral("Hej {MOTTAGARE}, om {patient}. {okänt}"),
                     {{QStringLiteral("{mottagare}"), QStringLiteral("Åsa")},
                      {QStringLiteral("{patient}"), QStringLiteral("Göran")}}) ==
          QStringLiteral("Hej Åsa, om Göran. {okänt}"));
}

TEST_CASE("The settings keep each template the unit wrote, the cover letter under its old key",
          "[documents][templates][settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings older(path, QSettings::IniFormat);
        older.setValue(QStringLiteral("documents/letterTemplate"), QStringLiteral("Hej {mottagare}!"));
    }
    Settings settings(std::make_unique<QSettings>(path, QSettings::IniFormat));
    DocumentTemplates templates = settings.documentTemplates();
    CHECK(templates.text(TemplateKind::CoverLetter) == QStringLiteral("Hej {mottagare}!"));
    CHECK_FALSE(templates.isOwn(TemplateKind::PartyInvitation));
    templates.setText(TemplateKind::PartyInvitation, QStringLiteral("Välkommen, {mottagare}. {mötesuppgifter}"));
    settings.setDocumentTemplates(templates);
    CHECK(settings.documentTemplates() == templates);
    CHECK(settings.letterhead().templates == templates);
    CHECK(settings.letterTemplate() == QStringLiteral("Hej {mottagare}!"));
    settings.setLetterTemplate(QString());
    CHECK_FALSE(settings.documentTemplates().isOwn(TemplateKind::CoverLetter));
    CHECK(settings.documentTemplates().isOwn(TemplateKind::PartyInvitation));
}

TEST_CASE("A unit's templates travel as one file that another unit reads, and a wrong file is refused",
          "[documents][templates]")
{
    DocumentTemplates ours;
    ours.setText(TemplateKind::ConsentForm, QStringLiteral("Jag, {patient}, samtycker.\n\n{parter}"));
    const QByteArray bytes =
        TemplateFile::write(ours, QStringLiteral("VC Åby"), QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    QString error;
    const auto read = TemplateFile::read(bytes, &error);
    REQUIRE(read);
    CHECK(error.isEmpty());
    CHECK(read->unitName == QStringLiteral("VC Åby"));
    CHECK(read->exportedAt == QDateTime(QDate(2026, 12, 5), QTime(10, 0)));
    CHECK(read->kinds == QList<TemplateKind>{TemplateKind::ConsentForm}); // built-in texts follow each program
    CHECK(read->templates == ours);
    CHECK_FALSE(bytes.contains("19640823")); // nothing about a patient, only words

    // A file holding some kinds replaces only those.
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    root.insert(QStringLiteral("templates"),
                QJsonObject{{QStringLiteral("impulseLetter"), QStringLiteral("Till {mottagare}: {anledning}")}});
    const auto partial = TemplateFile::read(QJsonDocument(root).toJson(), &error);
    REQUIRE(partial);
    CHECK(partial->kinds == QList<TemplateKind>{TemplateKind::ImpulseLetter});

    auto refusal = [](const QByteArray& candidate) {
        QString reason;
        CHECK_FALSE(TemplateFile::read(candidate, &reason));
        return reason;
    };
    CHECK(refusal("inte json") == QStringLiteral("The file is not a template file from Koordinera."));
    CHECK(refusal(R"({"format":"något-annat","version":1,"templates":{}})") ==
          QStringLiteral("The file is not a template file from Koordinera."));
    CHECK(refusal(R"({"format":"koordinera-mallar","version":2,"templates":{}})").contains(QStringLiteral("newer")));
    CHECK(refusal(R"({"format":"koordinera-mallar","version":1,"templates":{}})") ==
          QStringLiteral("The file holds no templates."));
    CHECK(refusal(R"({"format":"koordinera-mallar","version":1,"templates":{"consentForm":"  "}})") ==
          QStringLiteral("The template \"Consent form\" in the file is empty."));
    CHECK(refusal(R"({"format":"koordinera-mallar","version":1,"templates":{"consentForm":12}})") ==
          QStringLiteral("The template \"Consent form\" in the file is empty."));
    const QByteArray tooLong = R"({"format":"koordinera-mallar","version":1,"templates":{"coverLetter":")" +
                               QByteArray(TemplateFile::MaxTemplateLength + 1, 'a') + R"("}})";
    CHECK(refusal(tooLong).contains(QStringLiteral("too long")));
}

TEST_CASE("The kallelse puts the meeting's facts where the unit's template says", "[documents][templates]")
{
    PlannedCase planned;
    const Meeting meeting = *planned.workspace->meetings().get(planned.ids.meetingId);
    REQUIRE_FALSE(meeting.participants.isEmpty());
    const MeetingParticipant& patient = *std::find_if(
        meeting.participants.cbegin(), meeting.participants.cend(),
        [](const MeetingParticipant& participant) { return participant.kind == ParticipantKind::Patient; });

    // The built-in text: the welcome, then the facts, then whom to ask.
    const Document builtIn = CaseDocuments::invitation(planned.file(), meeting, patient);
    const qsizetype facts = indexOf(builtIn, DocumentBlock::Kind::Facts);
    REQUIRE(facts > 0);
    CHECK(indexOfText(builtIn, QStringLiteral("Welcome to a meeting about your return to work")) < facts);
    CHECK(indexOfText(builtIn, QStringLiteral("If you cannot come")) > facts);

    DocumentTemplates templates;
    templates.setText(TemplateKind::PatientInvitation,
                      QStringLiteral("Hej {mottagare}! Vi ses {mötesdag} kl. {tid}, {plats}.\n\n{MÖTESUPPGIFTER}\n\n"
                                     "Hälsningar {koordinator}, {enhet}"));
    const Document own = CaseDocuments::invitation(planned.file(templates), meeting, patient);
    const qsizetype ownFacts = indexOf(own, DocumentBlock::Kind::Facts);
    const qsizetype greeting = indexOfText(own, QStringLiteral("Hej Göran Öberg! Vi ses "));
    REQUIRE(greeting >= 0);
    CHECK(greeting < ownFacts);
    CHECK(own.blocks.at(greeting).text.contains(meeting.startsAt.toString(QStringLiteral("yyyy-MM-dd"))));
    CHECK(indexOfText(own, QStringLiteral("Hälsningar Anna Berg, VC Ekbacken")) > ownFacts);
    CHECK(indexOfText(own, QStringLiteral("{")) < 0);

    // Without the place word the facts follow the text.
    templates.setText(TemplateKind::PatientInvitation, QStringLiteral("Välkommen!"));
    const Document plain = CaseDocuments::invitation(planned.file(templates), meeting, patient);
    CHECK(indexOfText(plain, QStringLiteral("Välkommen!")) < indexOf(plain, DocumentBlock::Kind::Facts));
}

TEST_CASE("The consent form lists the case's parties to tick and has the patient sign", "[documents][templates]")
{
    PlannedCase planned;
    const CaseFile file = planned.file();
    const Document form = CaseDocuments::consentForm(file);
    CHECK(form.kind == QStringLiteral("consent_form"));
    CHECK(form.caseId == planned.ids.caseId);
    const qsizetype table = indexOf(form, DocumentBlock::Kind::Table);
    REQUIRE(table >= 0);
    CHECK(indexOfText(form, QStringLiteral("I consent to coordination")) < table);
    CHECK(indexOfText(form, QStringLiteral("Only what is needed")) > table);
    const DocumentTable& parties = form.blocks.at(table).table;
    QStringList named;
    for (const QStringList& row : parties.rows) {
        CHECK(row.first().isEmpty()); // the box the patient ticks
        named << row.at(1);
    }
    REQUIRE_FALSE(file.contacts.isEmpty());
    CHECK(named.first().contains(file.contacts.first().actor.name)); // the case's own contacts by name first
    CHECK(named.contains(QStringLiteral("Arbetsförmedlingen")));
    CHECK(named.last() == QStringLiteral("Other:"));
    CHECK(named.count(QStringLiteral("Employer")) == 0); // the case has its employer by name
    const qsizetype signatures = indexOf(form, DocumentBlock::Kind::Signatures);
    REQUIRE(signatures > table);
    CHECK(form.blocks.at(signatures).facts.first() ==
          QPair<QString, QString>{QStringLiteral("Patient"), QStringLiteral("Göran Öberg")});
}

TEST_CASE("The letter with a 4 § impuls carries the reason and goes to the named officer", "[documents][templates]")
{
    PlannedCase planned;
    Consent consent;
    consent.caseId = planned.ids.caseId;
    consent.scope = ConsentScope::InformFk;
    consent.givenOn = planned.workspace->today();
    consent.recordedBy = QStringLiteral("Anna Berg");
    planned.workspace->consents().save(consent);
    Impulse impulse;
    impulse.consentId = consent.id;
    impulse.caseId = planned.ids.caseId;
    impulse.madeOn = planned.workspace->today();
    impulse.fkRecipient = QStringLiteral("Lokalt försäkringscenter Åmål");
    impulse.reason = QStringLiteral("Behöver arbetsträning hos ny arbetsgivare.");
    planned.workspace->meetings().saveImpulse(impulse);
    const CaseFile file = planned.file();
    REQUIRE_FALSE(file.impulses.isEmpty());
    const Document letter = CaseDocuments::impulseLetter(file, file.impulses.first());
    CHECK(letter.kind == QStringLiteral("impulse_letter"));
    const QString text = letter.plainText();
    CHECK(text.contains(QStringLiteral("To Lokalt försäkringscenter Åmål")));
    CHECK(text.contains(QStringLiteral("Behöver arbetsträning hos ny arbetsgivare.")));
    CHECK(text.contains(QStringLiteral("Göran Öberg")));
    CHECK(text.contains(QStringLiteral("Anna Berg\nRehabilitation coordinator, VC Ekbacken")));
    CHECK(text.contains(QStringLiteral("Given ") + planned.workspace->today().toString(Qt::ISODate)));
    CHECK_FALSE(text.contains(QStringLiteral("{")));
}
