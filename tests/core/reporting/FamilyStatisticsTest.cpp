// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/FamilyStatistics.h"

#include "TestWorkspace.h"
#include "core/domain/DomainText.h"
#include "core/records/FamilyRepository.h"
#include "core/workspace/Workspace.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

qint64 addFamily(Workspace& workspace, const QString& identity, const QString& given, Sex sex, const QDate& opened)
{
    NewCase family;
    family.patient.identity = identity;
    family.patient.givenName = given;
    family.patient.familyName = QStringLiteral("Lind");
    family.patient.sex = sex;
    family.caseRecord.status = CaseStatus::Active;
    family.caseRecord.openedOn = opened;
    return workspace.cases().create(family).caseId;
}

void addToNetwork(Workspace& workspace, qint64 caseId, ActorKind kind, const QString& name)
{
    Actor actor{0, kind, name, {}, {}, {}};
    workspace.actors().saveActor(actor);
    CaseContact contact;
    contact.caseId = caseId;
    contact.actorId = actor.id;
    workspace.actors().saveContact(contact);
}

} // namespace

TEST_CASE("A year of family support: families, parents by sex, children by age, the network, and back to work",
          "[family][statistics]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    FileProfile::set(workspace->database(), Profile::Family);
    FamilyRepository families(workspace->context());

    // The Linds: two parents, two children, habilitering and the school; supported March to September.
    const qint64 linds =
        addFamily(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), Sex::Female, QDate(2026, 3, 2));
    Patient jonas;
    jonas.identity = QStringLiteral("830605-4357");
    jonas.givenName = QStringLiteral("Jonas");
    jonas.familyName = QStringLiteral("Öst");
    jonas.sex = Sex::Male;
    families.addSecondParent(linds, jonas);
    FamilyChild olle{0, linds, QStringLiteral("Ölle"), {}, QDate(2019, 4, 2), QStringLiteral("Autism"), {}};
    FamilyChild alva{0, linds, QStringLiteral("Alva"), {}, QDate(2024, 1, 10), {}, {}};
    families.saveChild(olle);
    families.saveChild(alva);
    addToNetwork(*workspace, linds, ActorKind::Habilitation, QStringLiteral("Habiliteringen Ekbacken"));
    addToNetwork(*workspace, linds, ActorKind::School, QStringLiteral("Björkskolan"));
    auto parents = families.parents(linds);
    parents[0].occupationAtStart = ParentOccupation::SickListed;
    parents[0].occupationAtEnd = ParentOccupation::Work;
    parents[1].occupationAtStart = ParentOccupation::Work;
    parents[1].occupationAtEnd = ParentOccupation::Work;
    for (const FamilyParent& parent : parents)
        families.saveParent(parent);
    CaseRecord ended = *workspace->cases().get(linds);
    ended.status = CaseStatus::Closed;
    ended.outcome = CaseOutcome::NoFurtherNeedPatient;
    ended.closedOn = QDate(2026, 9, 2);
    workspace->cases().save(ended);

    // Karin and her son, still in support; and a family from 2024 that is not in the year.
    const qint64 karins =
        addFamily(*workspace, QStringLiteral("780212-1231"), QStringLiteral("Karin"), Sex::Female, QDate(2026, 6, 1));
    FamilyChild nils{0, karins, QStringLiteral("Nils"), {}, QDate(2012, 12, 31), {}, {}};
    families.saveChild(nils);
    addToNetwork(*workspace, karins, ActorKind::Habilitation, QStringLiteral("Habiliteringen Norr"));
    const qint64 earlier =
        addFamily(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), Sex::Male, QDate(2024, 2, 1));
    CaseRecord old = *workspace->cases().get(earlier);
    old.status = CaseStatus::Closed;
    old.outcome = CaseOutcome::Moved;
    old.closedOn = QDate(2024, 12, 1);
    workspace->cases().save(old);

    const FamilyReport report = FamilyStatistics(workspace->context()).compute(StatisticsPeriod::year(2026));
    CHECK(report.families == 2);
    CHECK(report.parents == SexCounts{2, 1, 3});
    REQUIRE(report.children.rows.size() == 3);
    CHECK(report.children.rows.at(0).counts.total == 1); // Alva, 2
    CHECK(report.children.rows.at(1).counts.total == 1); // Ölle, 7
    CHECK(report.children.rows.at(2).counts.total == 1); // Nils, who turns 14 on the last day of the year
    CHECK(report.network.countsOf(text::labelOf(ActorKind::Habilitation)).total == 2);
    CHECK(report.network.countsOf(text::labelOf(ActorKind::School)).total == 1);
    CHECK(report.network.countsOf(text::labelOf(ActorKind::SocialServices)).total == 0);
    CHECK(report.closed == 1);
    REQUIRE(report.medianDaysInSupport.has_value());
    CHECK(*report.medianDaysInSupport == QDate(2026, 3, 2).daysTo(QDate(2026, 9, 2)));
    CHECK(report.notInWorkOrStudiesAtStart == SexCounts{1, 0, 1}); // Sara; Jonas was working already
    CHECK(report.backInWorkOrStudies == SexCounts{1, 0, 1});

    const FamilyReport before = FamilyStatistics(workspace->context()).compute(StatisticsPeriod::year(2024));
    CHECK(before.families == 1);
    CHECK(before.closed == 1);
    CHECK(before.parents == SexCounts{0, 1, 1});

    // The follow-up export: the Linds' support, one row, nothing that names them.
    families.saveNetwork({linds, NetworkFunction::DoesNotWork, NetworkFunction::Works});
    const QList<ClosedSupport> supports =
        FamilyStatistics(workspace->context()).closedSupports(StatisticsPeriod::year(2026));
    REQUIRE(supports.size() == 1);
    const ClosedSupport& support = supports.first();
    CHECK(support.number == 1);
    CHECK(support.startMonth == QStringLiteral("2026-03"));
    CHECK(support.endMonth == QStringLiteral("2026-09"));
    CHECK(support.daysInSupport == 184);
    CHECK(support.outcome == CaseOutcome::NoFurtherNeedPatient);
    REQUIRE(support.parents.size() == 2);
    CHECK(support.parents.at(0).sex == Sex::Female);
    CHECK(support.parents.at(0).ageBand == QStringLiteral("40–49")); // Sara, 40 when the support began
    CHECK(support.parents.at(0).occupationAtStart == ParentOccupation::SickListed);
    CHECK(support.parents.at(0).occupationAtEnd == ParentOccupation::Work);
    CHECK(support.parents.at(1).sex == Sex::Male);
    CHECK(support.childrenByAgeBand == std::array<int, 3>{1, 1, 0}); // Alva 2, Ölle 6 when it began
    CHECK(support.networkActors == 2);
    CHECK(support.networkAtStart == NetworkFunction::DoesNotWork);
    CHECK(support.networkAtEnd == NetworkFunction::Works);
}
