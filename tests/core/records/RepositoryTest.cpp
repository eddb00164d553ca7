// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "core/domain/ConsentRules.h"
#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace koordinera::core;
using koordinera::tests::addCase;
using koordinera::tests::FixedToday;
using koordinera::tests::makeWorkspace;

namespace {

int countRows(Workspace& workspace, const char* table)
{
    Statement count(workspace.database(), std::string("SELECT count(*) FROM ") + table);
    count.step();
    return count.columnInt(0);
}

FieldErrors errorsOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const ValidationError& error) {
        return error.errors();
    }
    return {};
}

} // namespace

TEST_CASE("Registering a case stores the patient as 12 digits with a case reference", "[repository]")
{
    auto workspace = makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                 QStringLiteral("Öberg"), QDate(2026, 11, 1));
    CHECK(created.reference == QStringLiteral("K-2026-0001"));
    const auto patient = workspace->patients().get(created.patientId);
    REQUIRE(patient);
    CHECK(patient->identity == QStringLiteral("196408233234"));
    CHECK(patient->sex == Sex::Male);
    CHECK(workspace->rehabChain(created.caseId).dayOn(FixedToday) == 23);

    const auto second =
        addCase(*workspace, QStringLiteral("196408233234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    CHECK(second.patientExisted);
    CHECK(second.patientId == created.patientId);
    CHECK(second.reference == QStringLiteral("K-2026-0002"));
    CHECK(workspace->cases().casesOfPatient(created.patientId).size() == 2);
}

TEST_CASE("The employer named on a new case becomes its contact, with the person to talk to", "[repository]")
{
    auto workspace = makeWorkspace();
    NewCase newCase;
    newCase.patient.identity = QStringLiteral("640823-3234");
    newCase.patient.givenName = QStringLiteral("Göran");
    newCase.patient.familyName = QStringLiteral("Öberg");
    newCase.caseRecord.openedOn = FixedToday;
    newCase.caseRecord.status = CaseStatus::Active;
    newCase.caseRecord.occupation = Occupation::Employed;
    newCase.newEmployerName = QStringLiteral(" Sågverket i Åmål AB ");
    newCase.employerContact = {
        0, 0, QStringLiteral(" Åsa Chef "), QStringLiteral("närmaste chef"), QStringLiteral("0532-123 45"), {}};
    const auto created = workspace->cases().create(newCase);
    const auto contacts = workspace->actors().caseContacts(created.caseId);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().actor.name == QStringLiteral("Sågverket i Åmål AB"));
    CHECK(contacts.first().actor.kind == ActorKind::Employer);
    CHECK(contacts.first().person.name == QStringLiteral("Åsa Chef"));
    CHECK(contacts.first().person.phone == QStringLiteral("0532-123 45"));
    CHECK(contacts.first().contact.role == QStringLiteral("närmaste chef"));
    CHECK(workspace->cases().get(created.caseId)->employerId == contacts.first().actor.id);

    // A registered employer without a person named: the organisation alone is the contact.
    NewCase second = newCase;
    second.patient.identity = QStringLiteral("701063-2391");
    second.newEmployerName.clear();
    second.caseRecord.employerId = contacts.first().actor.id;
    second.employerContact = {};
    const auto other = workspace->cases().create(second);
    const auto otherContacts = workspace->actors().caseContacts(other.caseId);
    REQUIRE(otherContacts.size() == 1);
    CHECK(otherContacts.first().actor.id == contacts.first().actor.id);
    CHECK(otherContacts.first().person.id == 0);
    // Not employed: no employer, no contact.
    NewCase third = second;
    third.patient.identity = QStringLiteral("19900101-0017");
    third.caseRecord.occupation = Occupation::JobSeeking;
    third.caseRecord.employerId = 0;
    CHECK(workspace->actors().caseContacts(workspace->cases().create(third).caseId).isEmpty());
}

TEST_CASE("Two patients cannot share an identity number", "[repository]")
{
    auto workspace = makeWorkspace();
    addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    const auto other =
        addCase(*workspace, QStringLiteral("701063-2391"), QStringLiteral("Åsa"), QStringLiteral("Åberg"));
    auto patient = *workspace->patients().get(other.patientId);
    patient.identity = QStringLiteral("6408233234");
    const auto errors = errorsOf([&] { workspace->patients().save(patient); });
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).field == QStringLiteral("identity"));
    CHECK(errors.at(0).message.contains(QStringLiteral("Göran Öberg")));
    CHECK(workspace->patients().get(other.patientId)->identity == QStringLiteral("197010632391"));
}

TEST_CASE("An invalid new case reports every field and writes nothing", "[repository]")
{
    auto workspace = makeWorkspace();
    NewCase newCase;
    newCase.patient.identity = QStringLiteral("640823-3235");
    newCase.caseRecord.openedOn = FixedToday;
    newCase.firstPeriod = SickLeavePeriod{0, 0, 40, FixedToday, FixedToday.addDays(-1)};
    newCase.mainDiagnosis = Diagnosis{0, 0, QStringLiteral("depression"), {}, true};
    const auto errors = errorsOf([&] { workspace->cases().create(newCase); });
    QStringList fields;
    for (const auto& error : errors)
        fields << error.field;
    CHECK(fields.contains(QStringLiteral("identity")));
    CHECK(fields.contains(QStringLiteral("givenName")));
    CHECK(fields.contains(QStringLiteral("degree")));
    CHECK(fields.contains(QStringLiteral("end")));
    CHECK(fields.contains(QStringLiteral("code")));
    CHECK(countRows(*workspace, "patients") == 0);
    CHECK(countRows(*workspace, "cases") == 0);
}

TEST_CASE("Overlapping sick-leave periods in one case are refused with a clear message", "[repository]")
{
    auto workspace = makeWorkspace();
    const auto created = addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"),
                                 QStringLiteral("Öberg"), QDate(2026, 10, 1), QDate(2026, 10, 31));
    SickLeavePeriod overlapping{0, created.caseId, 50, QDate(2026, 10, 31), QDate(2026, 11, 30)};
    const auto errors = errorsOf([&] { workspace->sickLeave().savePeriod(overlapping); });
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).message.contains(QStringLiteral("2026-10-01")));
    CHECK(workspace->sickLeave().periods(created.caseId).size() == 1);

    SickLeavePeriod adjacent{0, created.caseId, 50, QDate(2026, 11, 1), {}};
    workspace->sickLeave().savePeriod(adjacent);
    CHECK(workspace->sickLeave().periods(created.caseId).size() == 2);
    // The open-ended period now overlaps anything later.
    SickLeavePeriod later{0, created.caseId, 25, QDate(2027, 1, 1), QDate(2027, 1, 31)};
    CHECK_FALSE(errorsOf([&] { workspace->sickLeave().savePeriod(later); }).isEmpty());
    // Editing a period may keep its own dates.
    adjacent.degree = 75;
    CHECK_NOTHROW(workspace->sickLeave().savePeriod(adjacent));
}

TEST_CASE("Diagnoses are stored without the dot and only one is main", "[repository]")
{
    auto workspace = makeWorkspace();
    const auto created =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    Diagnosis first{0, created.caseId, QStringLiteral("f41.9p"), QStringLiteral("Ångest"), true};
    workspace->sickLeave().saveDiagnosis(first);
    Diagnosis second{0, created.caseId, QStringLiteral("M75.1"), QStringLiteral("Rotatorkuffsyndrom"), true};
    workspace->sickLeave().saveDiagnosis(second);
    const auto diagnoses = workspace->sickLeave().diagnoses(created.caseId);
    REQUIRE(diagnoses.size() == 2);
    CHECK(diagnoses.at(0).code == QStringLiteral("M751"));
    CHECK(diagnoses.at(0).isMain);
    CHECK(diagnoses.at(1).code == QStringLiteral("F419P"));
    CHECK_FALSE(diagnoses.at(1).isMain);
}

TEST_CASE("Closing a case requires an outcome — reopening clears it", "[repository]")
{
    auto workspace = makeWorkspace();
    const auto created =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    auto record = *workspace->cases().get(created.caseId);
    record.status = CaseStatus::Closed;
    CHECK(errorsOf([&] { workspace->cases().save(record); }).at(0).field == QStringLiteral("outcome"));
    CHECK(workspace->cases().get(created.caseId)->status == CaseStatus::Active);

    record.outcome = CaseOutcome::BackToWork;
    workspace->cases().save(record);
    auto closed = *workspace->cases().get(created.caseId);
    CHECK(closed.status == CaseStatus::Closed);
    CHECK(closed.closedOn == FixedToday);

    closed.status = CaseStatus::FollowUp;
    workspace->cases().save(closed);
    const auto reopened = *workspace->cases().get(created.caseId);
    CHECK(reopened.outcome == CaseOutcome::None);
    CHECK_FALSE(reopened.closedOn.isValid());
}

TEST_CASE("A corrected note keeps every earlier version with who and when", "[repository]")
{
    auto workspace = makeWorkspace();
    const auto created =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    Activity activity;
    activity.caseId = created.caseId;
    activity.occurredAt = QDateTime(FixedToday, QTime(10, 0));
    activity.kvaCode = QStringLiteral("gc001");
    activity.note = QStringLiteral("Första samtalet, patienten vill pröva arbetsträning.");
    workspace->activities().add(activity);

    Activity corrected = activity;
    corrected.note = QStringLiteral("Första samtalet, patienten vill pröva arbetsträning på 25 %.");
    workspace->activities().correct(corrected);

    const auto current = workspace->activities().activities(created.caseId);
    REQUIRE(current.size() == 1);
    CHECK(current.at(0).version == 2);
    CHECK(current.at(0).note.endsWith(QStringLiteral("25 %.")));
    CHECK(current.at(0).kvaCode == QStringLiteral("GC001"));
    const auto history = workspace->activities().history(activity.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).note == activity.note);
    CHECK(history.at(0).recordedBy == QStringLiteral("Testkoordinator"));
    CHECK(history.at(1).recordedAt.isValid());
}

TEST_CASE("Case contacts and consents are stored and produce warnings", "[repository][consent]")
{
    auto workspace = makeWorkspace();
    const auto created =
        addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"));
    Actor employer{0, ActorKind::Employer, QStringLiteral("Café Kanelbullen"), {}, {}, {}};
    workspace->actors().saveActor(employer);
    ContactPerson boss{0, employer.id, QStringLiteral("Åsa Chef"), QStringLiteral("Närmaste chef"), {}, {}};
    workspace->actors().savePerson(boss);
    CaseContact contact{0, created.caseId, employer.id, boss.id, QStringLiteral("Arbetsgivare"), {}};
    workspace->actors().saveContact(contact);

    const auto contacts = workspace->actors().caseContacts(created.caseId);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.at(0).person.name == QStringLiteral("Åsa Chef"));

    Consent consent;
    consent.caseId = created.caseId;
    consent.scope = ConsentScope::Employer;
    consent.givenOn = FixedToday.addDays(-30);
    consent.validUntil = FixedToday.addDays(-1);
    workspace->consents().save(consent);
    CHECK(workspace->consents().consents(created.caseId).at(0).recordedBy == QStringLiteral("Testkoordinator"));
    const auto warning =
        ConsentRules::checkActor(contacts.at(0).actor, workspace->consents().consents(created.caseId), FixedToday);
    REQUIRE(warning);
    CHECK(warning->problem == ConsentWarning::Problem::Expired);
}

TEST_CASE("Changes are announced once per committed save", "[repository]")
{
    auto workspace = makeWorkspace();
    QSignalSpy spy(workspace.get(), &Workspace::changed);
    addCase(*workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
            QDate(2026, 11, 1));
    REQUIRE(spy.count() == 1);
    const auto tables = spy.at(0).at(0).value<QSet<QString>>();
    CHECK(tables.contains(QStringLiteral("cases")));
    CHECK(tables.contains(QStringLiteral("sick_leave_periods")));
}
