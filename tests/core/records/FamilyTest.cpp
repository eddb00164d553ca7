// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/domain/ConsentRules.h"
#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/FamilyRepository.h"
#include "core/records/Retention.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"

#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;

namespace {

int logEntries(Workspace& workspace, const QString& object)
{
    int count = 0;
    for (const AuditLog::Entry& entry : workspace.audit().entries())
        count += entry.object == object ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("A file holds rehabilitation unless it was made for families, and keeps its work once it has cases",
          "[family]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    CHECK(FileProfile::of(workspace->database()) == Profile::Rehab);
    FileProfile::set(workspace->database(), Profile::Family);
    CHECK(FileProfile::of(workspace->database()) == Profile::Family);

    addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    CHECK_THROWS_AS(FileProfile::set(workspace->database(), Profile::Rehab), StorageError);
    CHECK_THROWS_AS(workspace->database().execute("DELETE FROM file_properties WHERE key = 'profile'"), StorageError);
    CHECK(FileProfile::of(workspace->database()) == Profile::Family);
}

TEST_CASE("A sealed file made for families opens as one again", "[family][sealed]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("familjer.koordinera"));
    const QByteArray passphrase = QByteArrayLiteral("fyra ord som ingen gissar");
    Workspace::create(path, passphrase, {}, QStringLiteral("Test"), KdfParams::forTests(), Profile::Family).reset();
    CHECK(Workspace::open(path, passphrase, {}, QStringLiteral("Test"))->profile() == Profile::Family);
    const QString clinic = dir.filePath(QStringLiteral("vardcentral.koordinera"));
    Workspace::create(clinic, passphrase, {}, QStringLiteral("Test"), KdfParams::forTests()).reset();
    CHECK(Workspace::open(clinic, passphrase, {}, QStringLiteral("Test"))->profile() == Profile::Rehab);
}

TEST_CASE("A family's children are checked, kept, changed and removed, each change in the access log", "[family]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const qint64 caseId =
        addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind")).caseId;
    FamilyRepository families(workspace->context());

    FamilyChild child;
    child.caseId = caseId;
    child.birthDate = FixedToday.addDays(1);
    try {
        families.saveChild(child);
        FAIL("an empty name and a birth date in the future were accepted");
    } catch (const ValidationError& error) {
        CHECK_FALSE(error.messageFor(QStringLiteral("givenName")).isEmpty());
        CHECK(error.messageFor(QStringLiteral("birthDate")).contains(QStringLiteral("future")));
    }
    child.givenName = QStringLiteral("Ölle");
    child.birthDate = FixedToday.addYears(-18);
    CHECK_THROWS_AS(families.saveChild(child), ValidationError); // 18 today: no longer a child in the support
    CHECK(families.children(caseId).isEmpty());

    child.birthDate = QDate(2019, 4, 2);
    child.familyName = QStringLiteral("Lind");
    child.impairment = QStringLiteral("  Autism, svårt med övergångar  ");
    child.school = QStringLiteral("Ängens förskola");
    families.saveChild(child);
    FamilyChild sister{0, caseId, QStringLiteral("Åsa"), QStringLiteral("Lind"), QDate(2016, 9, 30), {}, {}};
    families.saveChild(sister);
    auto children = families.children(caseId);
    REQUIRE(children.size() == 2);
    CHECK(children.at(0).givenName == QStringLiteral("Åsa")); // the eldest first
    CHECK(children.at(1).impairment == QStringLiteral("Autism, svårt med övergångar"));

    child.school = QStringLiteral("Ängsskolan, förskoleklass");
    families.saveChild(child);
    CHECK(families.children(caseId).at(1).school == QStringLiteral("Ängsskolan, förskoleklass"));
    families.removeChild(sister.id);
    CHECK(families.children(caseId).size() == 1);
    CHECK(logEntries(*workspace, QStringLiteral("child")) == 4); // two added, one changed, one removed
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("A family has one or two parents, each with the follow-up of the support at its start and end", "[family]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const auto created =
        addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    FamilyRepository families(workspace->context());
    auto parents = families.parents(created.caseId);
    REQUIRE(parents.size() == 1); // the case's own patient, before anything is recorded for them
    CHECK(parents.first().patientId == created.patientId);
    CHECK_FALSE(parents.first().ratingAtStart.has_value());

    Patient self = *workspace->patients().get(created.patientId);
    CHECK_THROWS_AS(families.addSecondParent(created.caseId, self), ValidationError);
    Patient other;
    other.identity = QStringLiteral("830605-4357");
    other.givenName = QStringLiteral("Jonas");
    other.familyName = QStringLiteral("Öst");
    other.sex = Sex::Male;
    families.addSecondParent(created.caseId, other);
    CHECK(other.id > 0);
    Patient third;
    third.identity = QStringLiteral("640823-3234");
    third.givenName = QStringLiteral("Göran");
    third.familyName = QStringLiteral("Öberg");
    CHECK_THROWS_AS(families.addSecondParent(created.caseId, third), ValidationError);

    FamilyParent mother = families.parents(created.caseId).at(0);
    mother.sickListed = true;
    mother.occupationAtStart = ParentOccupation::SickListed;
    mother.ratingAtStart = 2;
    mother.ratingAtEnd = 6;
    CHECK_THROWS_AS(families.saveParent(mother), ValidationError);
    mother.ratingAtEnd = 4;
    mother.occupationAtEnd = ParentOccupation::Work;
    families.saveParent(mother);
    FamilyParent father = families.parents(created.caseId).at(1);
    father.occupationAtEnd = ParentOccupation::Studies; // an end without a start
    CHECK_THROWS_AS(families.saveParent(father), ValidationError);

    parents = families.parents(created.caseId);
    REQUIRE(parents.size() == 2);
    CHECK(parents.at(0).sickListed);
    CHECK(parents.at(0).occupationAtStart == ParentOccupation::SickListed);
    CHECK(parents.at(0).occupationAtEnd == ParentOccupation::Work);
    CHECK(parents.at(0).ratingAtStart == 2);
    CHECK(parents.at(0).ratingAtEnd == 4);
    CHECK(parents.at(1).patientId == other.id);
    CHECK(parents.at(1).position == 2);
    CHECK_FALSE(parents.at(1).occupationAtEnd.has_value());
}

TEST_CASE("A purged family takes its children, its network's follow-up and its second parent with it",
          "[family][retention]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"),
                                 QStringLiteral("Lind"), QDate(2012, 1, 2));
    FamilyRepository families(workspace->context());
    FamilyChild child{0, created.caseId, QStringLiteral("Ölle"), QStringLiteral("Lind"), QDate(2010, 4, 2), {}, {}};
    workspace->setToday(QDate(2012, 2, 1));
    families.saveChild(child);
    Patient other;
    other.identity = QStringLiteral("830605-4357");
    other.givenName = QStringLiteral("Jonas");
    other.familyName = QStringLiteral("Öst");
    families.addSecondParent(created.caseId, other);
    families.saveNetwork({created.caseId, NetworkFunction::Partly, NetworkFunction::Works});
    CaseRecord record = *workspace->cases().get(created.caseId);
    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::Other;
    record.closedOn = QDate(2012, 6, 1);
    workspace->cases().save(record);

    workspace->setToday(FixedToday.addYears(11));
    workspace->purgeCases({created.caseId}, 10, QStringLiteral("Beslut 2037-12"));
    for (const char* table : {"family_children", "family_parents", "family_network"}) {
        Statement rows(workspace->database(), std::string("SELECT count(*) FROM ") + table);
        REQUIRE(rows.step());
        CHECK(rows.columnInt64(0) == 0);
    }
    CHECK_FALSE(workspace->patients().get(created.patientId).has_value());
    CHECK_FALSE(workspace->patients().get(other.id).has_value());
}

TEST_CASE("The family demo has families of one or two parents and their children, followed up as the model asks",
          "[family][demo]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    FileProfile::set(workspace->database(), Profile::Family);
    DemoData::populateFamilies(*workspace, 30);
    FamilyRepository families(workspace->context());
    int withTwoParents = 0;
    int closed = 0;
    int backToWork = 0;
    Statement ids(workspace->database(), "SELECT id, status FROM cases ORDER BY id");
    int familyCount = 0;
    while (ids.step()) {
        ++familyCount;
        const qint64 caseId = ids.columnInt64(0);
        const auto parents = families.parents(caseId);
        REQUIRE_FALSE(parents.isEmpty());
        withTwoParents += parents.size() == 2 ? 1 : 0;
        const auto children = families.children(caseId);
        REQUIRE_FALSE(children.isEmpty());
        // The child the support is about has the impairment described; a sibling may have none.
        CHECK(std::any_of(children.cbegin(), children.cend(),
                          [](const FamilyChild& child) { return !child.impairment.isEmpty(); }));
        for (const FamilyChild& child : children)
            CHECK(FamilyRules::child(child, workspace->today()).isEmpty());
        const bool isClosed = ids.columnText(1) == QStringLiteral("closed");
        closed += isClosed ? 1 : 0;
        for (const FamilyParent& parent : parents) {
            CHECK(parent.occupationAtStart.has_value());
            CHECK(parent.ratingAtStart.has_value());
            CHECK(parent.occupationAtEnd.has_value() == isClosed);
            if (isClosed && parent.occupationAtStart != ParentOccupation::Work &&
                parent.occupationAtEnd == ParentOccupation::Work)
                ++backToWork;
        }
    }
    CHECK(familyCount == 30);
    CHECK(withTwoParents > 0);
    CHECK(withTwoParents < 30);
    CHECK(closed == 10);
    CHECK(backToWork > 0);
    CHECK(workspace->audit().firstBrokenEntry() == 0);
}

TEST_CASE("A clinic's parties are the seven kinds they always were — a family file lists the child's network first",
          "[family]")
{
    CHECK(FamilyRules::actorKindsFor(Profile::Rehab) ==
          QList<ActorKind>{ActorKind::Employer, ActorKind::Forsakringskassan, ActorKind::Arbetsformedlingen,
                           ActorKind::Municipality, ActorKind::OccupationalHealth, ActorKind::OtherCareUnit,
                           ActorKind::Other});
    const QList<ActorKind> network = FamilyRules::actorKindsFor(Profile::Family);
    CHECK(network.first() == ActorKind::Habilitation);
    for (const ActorKind kind :
         {ActorKind::ChildPsychiatry, ActorKind::ChildHealthCare, ActorKind::School, ActorKind::LssOfficer,
          ActorKind::SocialServices, ActorKind::Forsakringskassan, ActorKind::Employer, ActorKind::Arbetsformedlingen})
        CHECK(network.contains(kind));
    // Sharing with the network needs the family's consent, naming each organisation.
    for (const ActorKind kind : {ActorKind::Habilitation, ActorKind::School, ActorKind::SocialServices})
        CHECK(ConsentRules::requiredScope(kind) == ConsentScope::Other);
}

TEST_CASE("The follow-up form is saved whole or not at all — the network's end needs its start", "[family]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    FileProfile::set(workspace->database(), Profile::Family);
    const auto created =
        addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    FamilyRepository& families = workspace->family();
    CHECK_FALSE(families.network(created.caseId).atStart.has_value());

    QList<FamilyParent> parents = families.parents(created.caseId);
    parents[0].occupationAtStart = ParentOccupation::Unemployed;
    parents[0].ratingAtStart = 2;
    FamilyNetwork network{created.caseId, {}, NetworkFunction::Works}; // an end without a start
    CHECK_THROWS_AS(families.saveFollowUp(parents, network), ValidationError);
    CHECK_FALSE(families.parents(created.caseId).first().ratingAtStart.has_value()); // the parent was not kept

    network.atStart = NetworkFunction::DoesNotWork;
    families.saveFollowUp(parents, network);
    CHECK(families.parents(created.caseId).first().ratingAtStart == 2);
    CHECK(families.network(created.caseId).atStart == NetworkFunction::DoesNotWork);
    CHECK(families.network(created.caseId).atEnd == NetworkFunction::Works);
    CHECK(logEntries(*workspace, QStringLiteral("network")) == 1);
    CHECK_FALSE(FamilyRules::startMissing(families.parents(created.caseId).first()));
    CHECK(FamilyRules::endMissing(families.parents(created.caseId).first()));

    // A second parent added by mistake is taken out again; the person stays in the file.
    Patient other;
    other.identity = QStringLiteral("830605-4357");
    other.givenName = QStringLiteral("Jonas");
    other.familyName = QStringLiteral("Öst");
    families.addSecondParent(created.caseId, other);
    REQUIRE(families.parents(created.caseId).size() == 2);
    families.removeSecondParent(created.caseId);
    CHECK(families.parents(created.caseId).size() == 1);
    CHECK(workspace->patients().get(other.id).has_value());
}

TEST_CASE("Idag asks a family file for the follow-up at the start and at the end, and a clinic's for none",
          "[family][worklist]")
{
    const auto followUpItems = [](Workspace& workspace) {
        QList<Worklist::Item> found;
        for (const Worklist::Item& item : workspace.worklist().items(WorklistSettings{})) {
            if (item.kind == Worklist::Kind::FollowUpMissing)
                found.append(item);
        }
        return found;
    };
    auto clinic = koordinera::tests::makeWorkspace();
    const auto patient =
        addCase(*clinic, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    CaseRecord active = *clinic->cases().get(patient.caseId);
    active.status = CaseStatus::Active;
    clinic->cases().save(active);
    CHECK(followUpItems(*clinic).isEmpty());

    auto workspace = koordinera::tests::makeWorkspace();
    FileProfile::set(workspace->database(), Profile::Family);
    const auto created =
        addCase(*workspace, QStringLiteral("850312-2387"), QStringLiteral("Sara"), QStringLiteral("Lind"));
    CaseRecord record = *workspace->cases().get(created.caseId);
    record.status = CaseStatus::Contacted;
    record.openedOn = FixedToday.addDays(-100);
    workspace->cases().save(record);
    CHECK(followUpItems(*workspace).isEmpty()); // only contacted: the support has not begun
    record.status = CaseStatus::Active;
    workspace->cases().save(record);
    auto items = followUpItems(*workspace);
    REQUIRE(items.size() == 1);
    CHECK(items.first().area == CaseArea::Family);
    CHECK(items.first().reason.contains(QStringLiteral("at the start")));

    FamilyRepository& families = workspace->family();
    QList<FamilyParent> parents = families.parents(created.caseId);
    parents[0].occupationAtStart = ParentOccupation::Unemployed;
    parents[0].ratingAtStart = 2;
    families.saveFollowUp(parents, {created.caseId, NetworkFunction::Partly, {}});
    CHECK(followUpItems(*workspace).isEmpty());

    record.status = CaseStatus::Closed;
    record.outcome = CaseOutcome::SituationManageable;
    record.closedOn = FixedToday.addDays(-5);
    workspace->cases().save(record);
    items = followUpItems(*workspace);
    REQUIRE(items.size() == 1);
    CHECK(items.first().reason.contains(QStringLiteral("at the end")));
    parents = families.parents(created.caseId);
    parents[0].occupationAtEnd = ParentOccupation::Work;
    parents[0].ratingAtEnd = 4;
    families.saveFollowUp(parents, {created.caseId, NetworkFunction::Partly, NetworkFunction::Works});
    CHECK(followUpItems(*workspace).isEmpty());

    // Closed long ago: the unit's follow-up to chase, not the day's work.
    parents[0].ratingAtEnd.reset();
    parents[0].occupationAtEnd.reset();
    families.saveFollowUp(parents, {created.caseId, NetworkFunction::Partly, {}});
    record.closedOn = FixedToday.addDays(-90);
    workspace->cases().save(record);
    CHECK(followUpItems(*workspace).isEmpty());
}

TEST_CASE("A family's meetings and closing reasons fit the model — a clinic's lists are what they were", "[family]")
{
    CHECK(FamilyRules::meetingKindsFor(Profile::Rehab) ==
          QList<MeetingKind>{MeetingKind::Avstamning, MeetingKind::FollowUp, MeetingKind::Sip, MeetingKind::Tripartite,
                             MeetingKind::InternalTeam, MeetingKind::Other});
    CHECK(FamilyRules::meetingKindsFor(Profile::Family).first() == MeetingKind::Network);
    CHECK(FamilyRules::meetingKindsFor(Profile::Family).contains(MeetingKind::Sip));
    CHECK_FALSE(FamilyRules::outcomesFor(Profile::Rehab).contains(CaseOutcome::SituationManageable));
    CHECK(FamilyRules::outcomesFor(Profile::Rehab).size() == 8);
    CHECK(FamilyRules::outcomesFor(Profile::Family).first() == CaseOutcome::SituationManageable);
    CHECK_FALSE(FamilyRules::outcomesFor(Profile::Family).contains(CaseOutcome::BackToWork));
    CHECK_FALSE(FamilyRules::outcomesFor(Profile::Family).contains(CaseOutcome::Deceased));
    CHECK(FamilyRules::outcomeLabel(Profile::Family, CaseOutcome::Declined) ==
          QStringLiteral("Declined by the family"));
    CHECK(FamilyRules::outcomeLabel(Profile::Rehab, CaseOutcome::Declined) == text::labelOf(CaseOutcome::Declined));
}
