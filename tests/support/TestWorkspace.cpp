// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"

#include "TestServer.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace koordinera::tests {

std::unique_ptr<core::Workspace> makeWorkspace(const core::RehabRules& rules)
{
    auto workspace = onServer() ? core::Workspace::onServer(TestServer::shared().freshDatabase(), rules,
                                                            QStringLiteral("Testkoordinator"))
                                : core::Workspace::inMemory(rules, QStringLiteral("Testkoordinator"));
    workspace->setToday(FixedToday);
    return workspace;
}

core::NewCaseResult addCase(core::Workspace& workspace, const QString& identity, const QString& given,
                            const QString& family, const QDate& sickStart, const QDate& sickEnd)
{
    core::NewCase newCase;
    newCase.patient.identity = identity;
    newCase.patient.givenName = given;
    newCase.patient.familyName = family;
    newCase.patient.sex = core::IdentityNumber::parse(identity, FixedToday).derivedSex();
    newCase.caseRecord.status = core::CaseStatus::Active;
    newCase.caseRecord.openedOn = sickStart.isValid() ? sickStart : FixedToday;
    if (sickStart.isValid())
        newCase.firstPeriod = core::SickLeavePeriod{0, 0, 100, sickStart, sickEnd};
    return workspace.cases().create(newCase);
}

PlannedCase addPlannedCase(core::Workspace& workspace)
{
    using namespace core;
    PlannedCase planned;
    planned.caseId = addCase(workspace, QStringLiteral("640823-3234"), QStringLiteral("Göran"), QStringLiteral("Öberg"),
                             QDate(2026, 10, 1))
                         .caseId;
    Actor employer{
        0, ActorKind::Employer, QStringLiteral("Sågverket i Åmål AB"), {}, {}, QStringLiteral("Box 1\n662 00 Åmål")};
    workspace.actors().saveActor(employer);
    planned.employerId = employer.id;
    CaseContact contact{0, planned.caseId, employer.id, 0, QStringLiteral("Arbetsgivare"), {}};
    workspace.actors().saveContact(contact);

    Meeting held;
    held.caseId = planned.caseId;
    held.startsAt = QDateTime(FixedToday.addDays(-3), QTime(10, 0));
    held.place = QStringLiteral("Vårdcentralen, rum 2");
    held.participants << MeetingParticipant{0, ParticipantKind::Patient, 0, {}, {}, true, {}}
                      << MeetingParticipant{0,
                                            ParticipantKind::Contact,
                                            employer.id,
                                            QStringLiteral("Åsa Chef"),
                                            QStringLiteral("närmaste chef"),
                                            false,
                                            {}};
    held.patientView = QStringLiteral("Vill börja arbeta på förmiddagarna.");
    held.summary = QStringLiteral("Arbetsträning 25 %.");
    PlanAction visit;
    visit.description = QStringLiteral("Arbetsplatsbesök på sågverket");
    visit.responsibleKind = ResponsibleKind::Actor;
    visit.responsibleActorId = employer.id;
    visit.responsiblePerson = QStringLiteral("Åsa Chef");
    visit.startDate = FixedToday;
    visit.dueDate = FixedToday.addDays(14);
    QList<PlanAction> agreed{visit};
    std::optional<Meeting> next = Meeting{};
    next->kind = MeetingKind::FollowUp;
    next->startsAt = QDateTime(FixedToday.addDays(21), QTime(13, 30));
    next->place = QStringLiteral("Vårdcentralen");
    workspace.meetings().recordHeld(held, agreed, next);
    planned.meetingId = held.id;

    PlanVersion plan = *workspace.plans().current(planned.caseId);
    plan.patientGoal = QStringLiteral("Orka en hel arbetsdag");
    plan.overallResponsible = QStringLiteral("Rehabkoordinator Anna Berg");
    plan.followUpAt = next->startsAt;
    plan.followUpPlace = next->place;
    plan.distribution = {QStringLiteral("Patienten"), QStringLiteral("Sågverket i Åmål AB")};
    workspace.plans().saveDraft(plan);
    workspace.plans().adopt(planned.caseId, FixedToday);
    return planned;
}

QStringList searchIndexWords(core::Database& db)
{
    // A sealed database takes writes only in a transaction; one in the temp schema journals nothing.
    core::Transaction transaction(db);
    db.execute("CREATE VIRTUAL TABLE temp.search_words USING fts5vocab(main, case_search, 'row')");
    QStringList result;
    {
        core::Statement words(db, "SELECT term FROM temp.search_words");
        while (words.step())
            result << words.columnText(0);
    }
    db.execute("DROP TABLE temp.search_words");
    transaction.commit();
    return result;
}

core::StorageError::Kind storageFailureOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const core::StorageError& error) {
        return error.kind();
    }
    return core::StorageError::Kind::Generic;
}

} // namespace koordinera::tests
