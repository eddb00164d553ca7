// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ConsentRules.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

using namespace koordinera::core;
using Problem = ConsentWarning::Problem;

namespace {

const QDate Today(2026, 11, 23);

Consent consentFor(ConsentScope scope, qint64 actorId = 0)
{
    Consent consent;
    consent.scope = scope;
    consent.actorId = actorId;
    consent.givenOn = QDate(2026, 10, 1);
    consent.recordedBy = QStringLiteral("Test");
    return consent;
}

const Actor Employer{7, ActorKind::Employer, QStringLiteral("Bergslagens Trä AB"), {}, {}, {}};

} // namespace

TEST_CASE("Contact with the employer needs a valid employer consent", "[consent]")
{
    SECTION("missing")
    {
        const auto warning = ConsentRules::checkActor(Employer, {}, Today);
        REQUIRE(warning);
        CHECK(warning->problem == Problem::Missing);
        CHECK(warning->message().contains(QStringLiteral("Bergslagens Trä AB")));
    }
    SECTION("valid, general or naming this employer")
    {
        CHECK_FALSE(ConsentRules::checkActor(Employer, {consentFor(ConsentScope::Employer)}, Today));
        CHECK_FALSE(ConsentRules::checkActor(Employer, {consentFor(ConsentScope::Employer, 7)}, Today));
    }
    SECTION("naming another employer does not count")
    {
        CHECK(ConsentRules::checkActor(Employer, {consentFor(ConsentScope::Employer, 8)}, Today)->problem ==
              Problem::Missing);
    }
    SECTION("expired the day before")
    {
        auto consent = consentFor(ConsentScope::Employer);
        consent.validUntil = Today.addDays(-1);
        CHECK(ConsentRules::checkActor(Employer, {consent}, Today)->problem == Problem::Expired);
        consent.validUntil = Today; // valid through its last day
        CHECK_FALSE(ConsentRules::checkActor(Employer, {consent}, Today));
    }
    SECTION("withdrawn")
    {
        auto consent = consentFor(ConsentScope::Employer);
        consent.withdrawnOn = Today;
        CHECK(ConsentRules::checkActor(Employer, {consent}, Today)->problem == Problem::Withdrawn);
    }
    SECTION("a later valid consent replaces a withdrawn one")
    {
        auto withdrawn = consentFor(ConsentScope::Employer);
        withdrawn.withdrawnOn = QDate(2026, 10, 15);
        auto renewed = consentFor(ConsentScope::Employer);
        renewed.givenOn = QDate(2026, 11, 1);
        CHECK_FALSE(ConsentRules::checkActor(Employer, {withdrawn, renewed}, Today));
    }
    SECTION("not yet valid")
    {
        auto consent = consentFor(ConsentScope::Employer);
        consent.givenOn = Today.addDays(2);
        CHECK(ConsentRules::checkActor(Employer, {consent}, Today)->problem == Problem::NotYetValid);
    }
    SECTION("a consent of another scope does not count")
    {
        CHECK(ConsentRules::checkActor(Employer, {consentFor(ConsentScope::Arbetsformedlingen)}, Today)->problem ==
              Problem::Missing);
    }
}

TEST_CASE("Each kind of actor maps to its consent", "[consent]")
{
    CHECK(ConsentRules::requiredScope(ActorKind::Forsakringskassan) == ConsentScope::InformFk);
    CHECK(ConsentRules::requiredScope(ActorKind::Arbetsformedlingen) == ConsentScope::Arbetsformedlingen);
    CHECK(ConsentRules::requiredScope(ActorKind::Municipality) == ConsentScope::SocialServices);
    CHECK_FALSE(ConsentRules::requiredScope(ActorKind::OtherCareUnit).has_value());

    const Actor healthService{9, ActorKind::OccupationalHealth, QStringLiteral("Företagshälsan"), {}, {}, {}};
    CHECK(ConsentRules::checkActor(healthService, {consentFor(ConsentScope::Other)}, Today)->problem ==
          Problem::Missing);
    CHECK_FALSE(ConsentRules::checkActor(healthService, {consentFor(ConsentScope::Other, 9)}, Today));
}

TEST_CASE("Coordination needs consent once the case is under way", "[consent]")
{
    CaseRecord record;
    record.status = CaseStatus::Contacted;
    CHECK_FALSE(ConsentRules::checkCoordination(record, {}, Today));
    record.status = CaseStatus::Active;
    CHECK(ConsentRules::checkCoordination(record, {}, Today)->problem == Problem::Missing);
    CHECK_FALSE(ConsentRules::checkCoordination(record, {consentFor(ConsentScope::Coordination)}, Today));

    const auto warnings = ConsentRules::warningsForCase(record, {Employer, Employer}, {}, Today);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).scope == ConsentScope::Coordination);
    CHECK(warnings.at(1).actorId == 7);
}
