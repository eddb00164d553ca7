// SPDX-License-Identifier: GPL-3.0-or-later
// The family profile's documents and exports (issue 23): the plan names the parents, the children and the network;
// the statistics hide small numbers as the clinic's do; the follow-up export names nobody.
#include "TestWorkspace.h"
#include "core/documents/AuditExtract.h"
#include "core/documents/CaseDocuments.h"
#include "core/documents/StatisticsDocument.h"
#include "core/domain/DomainText.h"
#include "core/exchange/FamilyFollowUpSheet.h"
#include "core/records/FamilyRepository.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;

namespace {

QStringList headingsOf(const Document& document)
{
    QStringList headings;
    for (const DocumentBlock& block : document.blocks) {
        if (block.kind == DocumentBlock::Kind::Heading)
            headings << block.text;
    }
    return headings;
}

} // namespace

TEST_CASE("A family's plan names both parents, the children and the network, drawn and listed", "[documents][family]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    FileProfile::set(workspace->database(), Profile::Family);
    const auto created =
        addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    FamilyRepository& families = workspace->family();
    Patient jonas;
    jonas.identity = QStringLiteral("830605-4357");
    jonas.givenName = QStringLiteral("Jonas");
    jonas.familyName = QStringLiteral("Öst");
    families.addSecondParent(created.caseId, jonas);
    FamilyChild olle{0,
                     created.caseId,
                     QStringLiteral("Ölle"),
                     QStringLiteral("Lind"),
                     QDate(2019, 4, 2),
                     QStringLiteral("Autism"),
                     QStringLiteral("Ängens förskola")};
    families.saveChild(olle);
    Actor school{0, ActorKind::School, QStringLiteral("Björkskolan"), {}, {}, {}};
    workspace->actors().saveActor(school);
    CaseContact contact{0, created.caseId, school.id, 0, QStringLiteral("Elevhälsa"), {}};
    workspace->actors().saveContact(contact);
    PlanVersion draft = workspace->plans().newDraft(created.caseId);
    draft.sharedGoal = QStringLiteral("En vardag som går ihop");
    workspace->plans().saveDraft(draft);

    const CaseFile file = CaseFile::read(*workspace, created.caseId, Letterhead{});
    REQUIRE(file.isFamily());
    const Document plan = CaseDocuments::plan(file, *file.currentPlan());
    const QStringList headings = headingsOf(plan);
    CHECK(headings.mid(0, 3) == QStringList{QStringLiteral("The children"),
                                            QStringLiteral("The network around the "
                                                           "child"),
                                            QStringLiteral("Participants")});
    CHECK(headings.contains(QStringLiteral("The family's own goal")));
    const QString text = plan.plainText();
    CHECK(text.contains(QStringLiteral("Parent: Sara Lind, 19850312-2387")));
    CHECK(text.contains(QStringLiteral("Parent: Jonas Öst, 19830605-4357")));
    CHECK(text.contains(QStringLiteral("Ölle Lind")));
    CHECK(text.contains(QStringLiteral("Ängens förskola")));
    CHECK(text.contains(QStringLiteral("Björkskolan")));
    CHECK_FALSE(text.contains(QStringLiteral("Sick leave")));
    CHECK_FALSE(text.contains(QStringLiteral("Occupation")));
    const auto network = std::find_if(plan.blocks.cbegin(), plan.blocks.cend(), [](const DocumentBlock& block) {
        return block.kind == DocumentBlock::Kind::Network;
    });
    REQUIRE(network != plan.blocks.cend());
    CHECK(network->network.centre == QStringLiteral("Ölle"));
    CHECK(network->network.nodes ==
          QList<QPair<QString, QString>>{{QStringLiteral("Björkskolan"), QStringLiteral("Elevhälsa")}});
    // Both parents sign, then the coordinator.
    const DocumentBlock& signatures = plan.blocks.last();
    REQUIRE(signatures.kind == DocumentBlock::Kind::Signatures);
    CHECK(signatures.facts.at(0) == qMakePair(QStringLiteral("Parent"), QStringLiteral("Sara Lind")));
    CHECK(signatures.facts.at(1) == qMakePair(QStringLiteral("Parent"), QStringLiteral("Jonas Öst")));
    CHECK(signatures.facts.at(2).first == QStringLiteral("Coordinator"));
}

TEST_CASE("The family statistics report hides small counts and what would give them away", "[documents][family]")
{
    FamilyReport report;
    report.period = StatisticsPeriod::year(2026);
    report.families = 12;
    report.parents = {10, 7, 17};
    report.closed = 3;
    report.medianDaysInSupport = 150;
    report.notInWorkOrStudiesAtStart = {6, 2, 8};
    report.backInWorkOrStudies = {5, 1, 6};
    report.children.title = QStringLiteral("Children by age");
    report.children.rows = {{QStringLiteral("0–5 years"), {0, 0, 9}},
                            {QStringLiteral("6–12 years"), {0, 0, 2}},
                            {QStringLiteral("13–17 years"), {0, 0, 7}}};
    report.network.title = QStringLiteral("The network");
    report.network.rows = {{QStringLiteral("Habilitation"), {0, 0, 10}}};
    const Document document = StatisticsDocument::familyReport(report, {Letterhead{}, 4, QDateTime(), false});
    QStringList rows;
    for (const DocumentBlock& block : document.blocks) {
        for (const QStringList& row : block.table.rows)
            rows << row.join(QLatin1Char('|'));
    }
    CHECK(rows.contains(QStringLiteral("Families in support|||12")));
    CHECK(rows.contains(QStringLiteral("Parents in support|10|7|17")));
    CHECK(rows.contains(QStringLiteral("Supports closed|||<5")));
    CHECK(rows.contains(QStringLiteral("Median days in support (closed)|||x"))); // it rests on three supports
    // Two men: hidden, and so is a count beside them, or the row's total would give them away.
    CHECK(rows.contains(QStringLiteral("Not in work or studies at the start (closed supports)|x|<5|8")));
    CHECK(rows.contains(QStringLiteral("6–12 years|<5")));
    // The children's sum (18) is printed nowhere, yet a second count is hidden beside the small one.
    CHECK((rows.contains(QStringLiteral("0–5 years|x")) || rows.contains(QStringLiteral("13–17 years|x"))));
}

TEST_CASE("The follow-up export has one row per closed support and names nobody", "[documents][family]")
{
    ClosedSupport support;
    support.number = 1;
    support.startMonth = QStringLiteral("2026-03");
    support.endMonth = QStringLiteral("2026-09");
    support.daysInSupport = 184;
    support.outcome = CaseOutcome::SituationManageable;
    ClosedSupport::Parent mother;
    mother.sex = Sex::Female;
    mother.ageBand = QStringLiteral("40–49");
    mother.occupationAtStart = ParentOccupation::SickListed;
    mother.occupationAtEnd = ParentOccupation::Work;
    mother.ratingAtStart = 2;
    mother.ratingAtEnd = 4;
    support.parents = {mother};
    support.childrenByAgeBand = {1, 1, 0};
    support.networkActors = 2;
    support.networkAtStart = NetworkFunction::DoesNotWork;
    support.networkAtEnd = NetworkFunction::Works;

    const Sheet sheet = FamilyFollowUpSheet::sheet({support});
    REQUIRE(sheet.rows.size() == 1);
    const QVariantList& row = sheet.rows.first();
    REQUIRE(row.size() == sheet.columns.size());
    const auto cell = [&](const QString& heading) {
        for (int column = 0; column < sheet.columns.size(); ++column) {
            if (sheet.columns.at(column).heading == heading)
                return row.at(column);
        }
        FAIL_CHECK("no column " << heading.toStdString());
        return QVariant();
    };
    CHECK(cell(QStringLiteral("Support")).toInt() == 1);
    CHECK(cell(QStringLiteral("Days in support")).toInt() == 184);
    CHECK(cell(QStringLiteral("Reason for closing")).toString() == text::labelOf(CaseOutcome::SituationManageable));
    CHECK(cell(QStringLiteral("Parents")).toInt() == 1);
    CHECK(cell(QStringLiteral("Parent 1: occupation at the start")).toString() ==
          text::labelOf(ParentOccupation::SickListed));
    CHECK(cell(QStringLiteral("Parent 1: manageable at the end (1–5)")).toInt() == 4);
    CHECK_FALSE(cell(QStringLiteral("Parent 2: sex")).isValid()); // one parent: the second's columns are empty
    CHECK(cell(QStringLiteral("Children")).toInt() == 2);
    CHECK(cell(QStringLiteral("The network works at the end")).toString() == text::labelOf(NetworkFunction::Works));
    for (const SheetColumn& column : sheet.columns) {
        CHECK_FALSE(column.heading.contains(QStringLiteral("name"), Qt::CaseInsensitive));
        CHECK_FALSE(column.heading.contains(QStringLiteral("identity"), Qt::CaseInsensitive));
    }
}

TEST_CASE("A family file's log extract speaks of the client and of the social services' law", "[documents][family]")
{
    AuditExtract::Subject subject{
        QStringLiteral("Sara Lind"), QStringLiteral("19850312-2387"), QStringLiteral("Ekbacka"), {}, {}, true};
    const QString family = AuditExtract::build(subject, {}, QDateTime(), QStringLiteral("Anna")).plainText();
    CHECK(family.contains(QStringLiteral("Client: Sara Lind")));
    CHECK(family.contains(QStringLiteral("socialtjänstlagen")));
    CHECK(family.contains(QStringLiteral("offentlighets- och sekretesslagen")));
    subject.socialServices = false;
    const QString clinic = AuditExtract::build(subject, {}, QDateTime(), QStringLiteral("Anna")).plainText();
    CHECK(clinic.contains(QStringLiteral("Patient: Sara Lind")));
    CHECK_FALSE(clinic.contains(QStringLiteral("socialtjänstlagen")));
}
