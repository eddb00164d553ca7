// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/DemoData.h"

#include "core/domain/DomainText.h"
#include "core/domain/IdentityNumber.h"
#include "core/records/CaseDerived.h"
#include "core/records/DocumentLog.h"
#include "core/records/FamilyRepository.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Transaction.h"
#include "core/workspace/Workspace.h"

#include <QRandomGenerator>
#include <algorithm>
#include <array>
#include <optional>

namespace koordinera::core::DemoData {

namespace {

constexpr std::array femaleNames{"Anna", "Eva",    "Maria", "Karin", "Sara",  "Lena",   "Emma", "Kristina", "Linnéa",
                                 "Åsa",  "Ingrid", "Malin", "Sofia", "Jenny", "Helena", "Ylva", "Märta",    "Elin"};
constexpr std::array maleNames{"Lars",  "Anders",  "Johan", "Per", "Erik",    "Karl",   "Mikael", "Björn", "Jonas",
                               "Göran", "Mattias", "Oskar", "Åke", "Fredrik", "Stefan", "Örjan",  "Nils",  "Emil"};
constexpr std::array familyNames{"Andersson", "Johansson", "Karlsson", "Nilsson",    "Eriksson",  "Larsson",
                                 "Olsson",    "Persson",   "Svensson", "Gustafsson", "Lindqvist", "Åberg",
                                 "Öberg",     "Ekström",   "Sjöberg",  "Bäckström",  "Lindgren",  "Holmén",
                                 "Hedlund",   "Ström",     "Fors",     "Wallin",     "Engström",  "Dahl"};
constexpr std::array employers{"Bergslagens Trä AB",
                               "Solbackens förskola",
                               "Region Exempellän, Akutmottagningen",
                               "Kommunens hemtjänst Norr",
                               "Frakt & Logistik i Mälardalen AB",
                               "Café Kanelbullen",
                               "Ekonomihuset Redovisning AB",
                               "Verkstadsgruppen Öst AB"};
struct DemoDiagnosis
{
    const char* code;
    const char* text;
};
constexpr std::array diagnoses{
    DemoDiagnosis{"F438A", "Utmattningssyndrom"},
    DemoDiagnosis{"F329", "Depressiv episod, ospecificerad"},
    DemoDiagnosis{"F411", "Generaliserat ångestsyndrom"},
    DemoDiagnosis{"M545", "Lumbago"},
    DemoDiagnosis{"M751", "Rotatorkuffsyndrom"},
    DemoDiagnosis{"M179", "Gonartros, ospecificerad"},
    DemoDiagnosis{"S832", "Meniskskada"},
    DemoDiagnosis{"G439", "Migrän, ospecificerad"},
    DemoDiagnosis{"F432", "Anpassningsstörning"},
    DemoDiagnosis{"M796", "Smärta i extremitet"},
};
constexpr std::array notes{
    "Första samtal med patienten. Går igenom vad koordinering innebär och vilket stöd som finns.",
    "Telefonkontakt med närmaste chef om möjlighet till anpassade arbetsuppgifter.",
    "Patienten berättar att sömnen blivit bättre; planerar gradvis återgång.",
    "Avstämning med fysioterapeut om träningsprogram och arbetsförmåga.",
    "Kontakt med Försäkringskassans handläggare inför avstämningsmöte.",
    "Uppföljning: patienten har börjat arbeta 25 % med stöd från arbetsgivaren.",
    "Samtal om oro inför att återgå till arbetet; vi gör en plan steg för steg.",
};

template <typename T, std::size_t N> const T& pick(QRandomGenerator& random, const std::array<T, N>& items)
{
    return items[random.bounded(int(N))];
}

QString fictionalIdentity(QRandomGenerator& random, const QDate& today, bool female)
{
    const QDate birth = today.addYears(-(20 + random.bounded(45))).addDays(-random.bounded(365));
    // Birth numbers 980–999 keep the demo away from most real people's numbers.
    int birthNumber = 980 + random.bounded(20);
    if ((birthNumber % 2 == 0) != female)
        birthNumber += birthNumber == 999 ? -1 : 1;
    const QString nine = birth.toString(QStringLiteral("yyMMdd")) + QString::number(birthNumber);
    return birth.toString(QStringLiteral("yyyy")).left(2) + nine +
           QString::number(IdentityNumber::luhnCheckDigit(nine));
}

QList<qint64> createActors(Workspace& workspace)
{
    QList<qint64> employerIds;
    for (const char* name : employers) {
        Actor actor{0, ActorKind::Employer, QString::fromUtf8(name), QStringLiteral("010-123 45 67"), {}, {}};
        workspace.actors().saveActor(actor);
        ContactPerson boss{0,
                           actor.id,
                           QStringLiteral("Chef på ") + actor.name.section(QLatin1Char(' '), 0, 0),
                           QStringLiteral("Närmaste chef"),
                           QStringLiteral("010-123 45 00"),
                           {}};
        workspace.actors().savePerson(boss);
        employerIds.append(actor.id);
    }
    return employerIds;
}

} // namespace

namespace {

// The day itself, or the Monday after when it falls on a weekend.
QDate weekday(const QDate& day)
{
    return day.dayOfWeek() > 5 ? day.addDays(8 - day.dayOfWeek()) : day;
}

// A weekday at a whole or half hour during office hours, `days` from today.
QDateTime officeTime(QRandomGenerator& random, const QDate& today, int days)
{
    return QDateTime(weekday(today.addDays(days)), QTime(8 + random.bounded(8), random.bounded(2) * 30));
}

// The adopted plan printed for its recipients, as the document log records it.
void recordPlanCopy(Workspace& workspace, qint64 caseId, const QDate& on, const QString& recipients)
{
    DocumentRecord copy;
    copy.caseId = caseId;
    copy.kind = QStringLiteral("plan");
    copy.description = QStringLiteral("Gemensam handlingsplan, version 1");
    copy.planVersion = 1;
    copy.recipient = recipients;
    copy.pages = 2;
    copy.recordedAt = QDateTime(on, QTime(11, 0));
    copy.sha256 = DocumentLog::sha256(copy.description.toUtf8() + recipients.toUtf8());
    workspace.documents().record(copy);
}

// An avstämningsmöte held some time ago with the actions agreed there, the follow-up it booked, and for
// every other case the plan adopted.
void addMeetingAndPlan(Workspace& workspace, QRandomGenerator& random, qint64 caseId, const CaseRecord& record,
                       int index)
{
    const QDate today = workspace.today();
    const QDate heldOn = record.openedOn.addDays(7 + random.bounded(14));
    if (heldOn >= today)
        return;
    Meeting held;
    held.caseId = caseId;
    held.kind = MeetingKind::Avstamning;
    held.startsAt = QDateTime(weekday(heldOn), QTime(10, 0));
    if (held.startsAt.date() >= today)
        return;
    held.place = QStringLiteral("Vårdcentralen, samtalsrum 2");
    held.fkOfficer = QStringLiteral("Handläggare Demo");
    held.purpose = QStringLiteral("Stämma av arbetsförmåga och planera återgång i arbete");
    held.participants << MeetingParticipant{0, ParticipantKind::Patient, 0, {}, {}, true, {}}
                      << MeetingParticipant{0,
                                            ParticipantKind::Care,
                                            0,
                                            QStringLiteral("Rehabkoordinator Demo"),
                                            QStringLiteral("Rehabkoordinator"),
                                            true,
                                            {}};
    held.patientView = QStringLiteral("Vill tillbaka till arbetet men orkar inte heltid ännu.");
    held.careReport = QStringLiteral("Nedsatt uthållighet och koncentration; bedöms kunna öka stegvis.");
    held.workOptions = QStringLiteral("Anpassade arbetsuppgifter, stegvis ökad arbetstid.");
    held.summary = QStringLiteral("Arbetsträning 25 % i fyra veckor, sedan ny avstämning.");

    PlanAction visit;
    visit.description = QStringLiteral("Arbetsplatsbesök och genomgång av anpassade arbetsuppgifter");
    visit.responsibleKind = record.employerId ? ResponsibleKind::Actor : ResponsibleKind::CareUnit;
    visit.responsibleActorId = record.employerId;
    visit.responsiblePerson = record.employerId ? QStringLiteral("Närmaste chef") : QString();
    visit.startDate = heldOn;
    visit.dueDate = weekday(std::max(heldOn.addDays(7), today.addDays(-10 + random.bounded(30))));
    PlanAction doctor;
    doctor.description = QStringLiteral("Läkarbesök: bedömning av sjukskrivningsgrad");
    doctor.responsibleKind = ResponsibleKind::CareUnit;
    doctor.responsiblePerson = QStringLiteral("Distriktsläkare");
    doctor.startDate = heldOn;
    doctor.dueDate = weekday(today.addDays(random.bounded(21)));
    doctor.status = index % 3 == 0 ? ActionStatus::Done : ActionStatus::InProgress;
    PlanAction walks;
    walks.description = QStringLiteral("Promenader tre gånger i veckan");
    walks.responsibleKind = ResponsibleKind::Patient;
    walks.startDate = heldOn;
    QList<PlanAction> actions{visit, doctor, walks};

    std::optional<Meeting> next;
    if (index % 8 != 0) { // a few cases are left without a booked follow-up, as happens
        Meeting followUp;
        followUp.kind = MeetingKind::FollowUp;
        followUp.startsAt = officeTime(random, today, random.bounded(25));
        followUp.place = QStringLiteral("Vårdcentralen, samtalsrum 2");
        followUp.video = index % 5 == 0;
        next = followUp;
    } else {
        held.noFollowUpReason = QStringLiteral("Uppföljning sker via Försäkringskassan");
    }
    workspace.meetings().recordHeld(held, actions, next);

    PlanVersion plan = *workspace.plans().current(caseId);
    plan.patientGoal = QStringLiteral("Att kunna arbeta heltid igen och orka med familjen på kvällarna.");
    plan.sharedGoal = QStringLiteral("Återgång i arbete 50 % inom två månader.");
    plan.overallResponsible = QStringLiteral("Rehabkoordinator Demo, vårdcentralen");
    if (next) {
        plan.followUpAt = next->startsAt;
        plan.followUpPlace = next->video ? QStringLiteral("Video") : next->place;
        plan.followUpWho = QStringLiteral("Patienten, arbetsgivaren och rehabkoordinatorn");
    }
    plan.distribution << QStringLiteral("Arbetsgivaren") << QStringLiteral("Försäkringskassan");
    workspace.plans().saveDraft(plan);
    if (next && index % 4 != 2) {
        workspace.plans().adopt(caseId, heldOn);
        if (index % 7 != 3) // most plans were printed for everyone on the day; a few copies are still to go
            recordPlanCopy(workspace, caseId, heldOn, plan.distribution.join(QStringLiteral(", ")));
    }
}

// The history's shape: up to this many cases are today's caseload; older ones were opened between these many days
// ago.
constexpr int CurrentCaseload = 500;
constexpr int HistoryNewestDays = 150;
constexpr int HistoryOldestDays = 3650;

// A case that was worked on around `asOf` is closed some weeks to months later, as its own day.
void closeLater(Workspace& workspace, QRandomGenerator& random, qint64 caseId, const QDate& asOf, CaseOutcome outcome)
{
    CaseRecord record = *workspace.cases().get(caseId);
    record.status = CaseStatus::Closed;
    record.outcome = outcome;
    record.closedOn = asOf.addDays(14 + random.bounded(100));
    workspace.context().today = [closedOn = record.closedOn] {
        return closedOn;
    };
    workspace.cases().save(record);
}

} // namespace

// The unit's staff list and a year of its own work, from a generator of their own so the cases stay as they were.
void addStaffAndUnitWork(Workspace& workspace, quint32 seed)
{
    QRandomGenerator random(seed ^ 0x5157u);
    const std::array<std::pair<const char*, Profession>, 5> staff{{
        {"Eva Ek", Profession::Doctor},
        {"Jonas Berg", Profession::Doctor},
        {"Per Ås", Profession::Physiotherapist},
        {"Lena Sjö", Profession::Psychologist},
        {"Maria Dal", Profession::Counsellor},
    }};
    for (const auto& [name, profession] : staff) {
        StaffMember member{0, QString::fromUtf8(name), profession, true};
        workspace.staff().save(member);
    }
    const auto kinds = text::allValues<UnitWorkKind>();
    const QDate today = workspace.today();
    for (int week = 1; week <= 52; week += 2) {
        UnitWork work;
        work.on = today.addDays(-7 * week + random.bounded(5));
        work.kind = kinds.at(random.bounded(int(kinds.size())));
        work.kvaCode = work.kind == UnitWorkKind::Advice ? QStringLiteral("GC001") : QString();
        work.minutes = 15 * (1 + random.bounded(8));
        work.recordedBy = QStringLiteral("Kim Koordinator (demo)");
        workspace.staff().saveUnitWork(work);
    }
}

void populate(Workspace& workspace, int caseCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate today = workspace.today();
    std::optional<Transaction> transaction(std::in_place, workspace.database());

    const auto employerIds = createActors(workspace);
    Actor fk{0,
             ActorKind::Forsakringskassan,
             QStringLiteral("Försäkringskassan, Lokalt försäkringscenter"),
             QStringLiteral("0771-524 524"),
             {},
             {}};
    workspace.actors().saveActor(fk);
    ContactPerson handlaggare{0, fk.id, QStringLiteral("Handläggare Demo"), QStringLiteral("Handläggare"), {}, {}};
    workspace.actors().savePerson(handlaggare);
    Actor af{0, ActorKind::Arbetsformedlingen, QStringLiteral("Arbetsförmedlingen"), {}, {}, {}};
    workspace.actors().saveActor(af);
    Actor fhv{0, ActorKind::OccupationalHealth, QStringLiteral("Företagshälsan Mitt"), {}, {}, {}};
    workspace.actors().saveActor(fhv);

    const auto statuses = std::array{CaseStatus::None,     CaseStatus::Contacted, CaseStatus::Active,
                                     CaseStatus::Active,   CaseStatus::Active,    CaseStatus::FollowUp,
                                     CaseStatus::FollowUp, CaseStatus::Closed,    CaseStatus::Declined};
    const auto outcomes =
        std::array{CaseOutcome::BackToWork, CaseOutcome::BackToWork, CaseOutcome::OtherActorResponsible,
                   CaseOutcome::NoFurtherNeedPatient, CaseOutcome::Moved};
    // Sick-leave lengths spread over every bucket and checkpoint, from a few days to more than two years.
    const auto lengths = std::array{5, 12, 20, 28, 29, 45, 80, 88, 89, 120, 170, 178, 200, 300, 360, 400, 600, 800};

    // A unit's caseload at any time is a few hundred cases. A larger count is years of history before it: the
    // cases beyond the current ones are spread over the ten years before today, each generated as it was on its
    // own day and closed within the months after, as a unit's file grows (issue 8: ten years of a busy unit).
    const int currentCount = std::min(caseCount, std::max(CurrentCaseload, caseCount / 30));
    const int historyCount = caseCount - currentCount;
    ServiceContext& context = workspace.context();
    for (int i = 0; i < caseCount; ++i) {
        const bool past = i < historyCount;
        const QDate asOf =
            past ? today.addDays(-(HistoryNewestDays +
                                   qint64(historyCount - i) * (HistoryOldestDays - HistoryNewestDays) / historyCount))
                 : today;
        context.today = [asOf] {
            return asOf;
        };
        const bool female = random.bounded(100) < 62; // most sick-listed patients are women
        NewCase newCase;
        newCase.patient.identity = fictionalIdentity(random, asOf, female);
        newCase.patient.identityKind = IdentityKind::Personnummer;
        newCase.patient.sex = female ? Sex::Female : Sex::Male;
        newCase.patient.givenName = QString::fromUtf8(female ? pick(random, femaleNames) : pick(random, maleNames));
        newCase.patient.familyName = QString::fromUtf8(pick(random, familyNames));
        newCase.patient.phone = QStringLiteral("070-%1 %2 %3")
                                    .arg(random.bounded(100, 999))
                                    .arg(random.bounded(10, 99))
                                    .arg(random.bounded(10, 99));

        const int length = lengths[i % int(lengths.size())] + random.bounded(3);
        const QDate sickStart = asOf.addDays(-length + 1);
        auto& record = newCase.caseRecord;
        record.status = statuses[i % int(statuses.size())];
        record.openedOn = sickStart.addDays(std::min(length - 1, 3 + random.bounded(20)));
        if (record.isClosed()) {
            record.outcome = record.status == CaseStatus::Declined ? CaseOutcome::Declined
                                                                   : outcomes[random.bounded(int(outcomes.size()))];
            record.closedOn = asOf.addDays(-random.bounded(std::max(1, int(record.openedOn.daysTo(asOf)) + 1)));
        }
        const int occupationRoll = random.bounded(100);
        record.occupation = occupationRoll < 75   ? Occupation::Employed
                            : occupationRoll < 88 ? Occupation::JobSeeking
                            : occupationRoll < 95 ? Occupation::ParentalLeave
                                                  : Occupation::Studies;
        if (record.occupation == Occupation::Employed) {
            record.employerId = employerIds[random.bounded(int(employerIds.size()))];
            record.jobTasks = QStringLiteral("Ordinarie arbetsuppgifter enligt anställning");
        }
        record.reasonOffered = QStringLiteral("Behov av samordning med arbetsgivare och Försäkringskassan");
        if (i % 11 == 0)
            record.offsetDays = 14 + random.bounded(30);

        // Two certificates with a short gap for some cases; the last one open-ended now and then.
        const int split = length > 40 && i % 3 == 0 ? length / 2 : 0;
        const int degree = std::array{25, 50, 75, 100}[random.bounded(4)];
        const QDate firstEnd = split ? sickStart.addDays(split - 3) : asOf.addDays(7 + random.bounded(40));
        newCase.firstPeriod = SickLeavePeriod{0, 0, 100, sickStart, firstEnd};
        const auto& diagnosis = pick(random, diagnoses);
        newCase.mainDiagnosis =
            Diagnosis{0, 0, QString::fromLatin1(diagnosis.code), QString::fromUtf8(diagnosis.text), true};

        const auto created = workspace.cases().create(newCase);
        if (split) {
            SickLeavePeriod second{0, created.caseId, degree, sickStart.addDays(split),
                                   i % 4 == 0 && !past ? QDate() : asOf.addDays(10 + random.bounded(50))};
            workspace.sickLeave().savePeriod(second);
        }

        if (record.employerId) {
            CaseContact contact{0, created.caseId, record.employerId, 0, QStringLiteral("Arbetsgivare"), {}};
            workspace.actors().saveContact(contact);
        }
        if (length > 60) {
            CaseContact contact{0, created.caseId, fk.id, handlaggare.id, QStringLiteral("Handläggare"), {}};
            workspace.actors().saveContact(contact);
        }

        if (record.status != CaseStatus::None && record.status != CaseStatus::Declined) {
            Consent coordination;
            coordination.caseId = created.caseId;
            coordination.scope = ConsentScope::Coordination;
            coordination.form = ConsentForm::Verbal;
            coordination.givenOn = record.openedOn;
            coordination.information = QStringLiteral("Uppgifter som behövs för koordineringen");
            workspace.consents().save(coordination);
            if (record.employerId && i % 5 != 0) {
                Consent employer = coordination;
                employer.id = 0;
                employer.scope = ConsentScope::Employer;
                employer.actorId = record.employerId;
                employer.information = QStringLiteral("Arbetsförmåga och behov av anpassning");
                // Now and then one that ran out a few days ago (never before it was given).
                employer.validUntil =
                    i % 7 == 0 ? std::max(record.openedOn, asOf.addDays(-3)) : record.openedOn.addMonths(6);
                workspace.consents().save(employer);
            }
        }

        const int noteCount = record.status == CaseStatus::None ? 0 : 1 + random.bounded(3);
        for (int n = 0; n < noteCount; ++n) {
            Activity activity;
            activity.caseId = created.caseId;
            activity.occurredAt = QDateTime(record.openedOn.addDays(n * 7), QTime(9 + random.bounded(7), 0));
            activity.kind = n == 0
                                ? ActivityKind::PersonalSupport
                                : (n == 1 ? ActivityKind::ExternalCollaboration : ActivityKind::InternalCoordination);
            activity.mode = n == 0 ? ContactMode::Visit : ContactMode::Phone;
            activity.counterpart = n == 0 ? QStringLiteral("Patienten") : QString();
            activity.kvaCode = QStringLiteral("GC001");
            activity.note = QString::fromUtf8(notes[(i + n) % int(notes.size())]);
            workspace.activities().add(activity);
        }
        if ((record.status == CaseStatus::Active || record.status == CaseStatus::FollowUp) && i % 2 == 0)
            addMeetingAndPlan(workspace, random, created.caseId, record, i);
        if (past && !record.isClosed())
            closeLater(workspace, random, created.caseId, asOf, outcomes[random.bounded(int(outcomes.size()))]);
        // On a server a transaction keeps every version of a row it updates until it ends, and each case updates
        // the same few rows (the day the chains were brought up to date): in one transaction every case would be
        // slower to write than the one before.
        if (workspace.isOnServer() && i % 500 == 499) {
            transaction->commit();
            transaction.emplace(workspace.database());
        }
    }
    context.today = [today] {
        return today;
    };
    if (historyCount > 0)
        CaseDerived::refreshAllChains(context);
    addStaffAndUnitWork(workspace, seed);
    transaction->commit();
}

namespace {

constexpr std::array childNames{"Alva", "Elsa", "Wilma", "Maja",  "Ebba", "Ines", "Liam",  "Noah",
                                "Hugo", "Nils", "Otto",  "Algot", "Ture", "Saga", "Stina", "Måns"};
constexpr std::array impairments{
    "Autism; behöver förberedelse inför varje förändring",
    "Cerebral pares, använder rullstol och talapparat",
    "ADHD och språkstörning; sover dåligt",
    "Downs syndrom",
    "Epilepsi med täta anfall nattetid",
    "Synnedsättning, läser punktskrift",
    "Intellektuell funktionsnedsättning och autism",
    "Hörselnedsättning, tecknar",
};
constexpr std::array schools{"Ängens förskola",     "Björkskolan, åk 3", "Särskolan Ekbacken",
                             "Solhöjdens förskola", "Lindskolan, åk 7",  "Träningsskolan Norr"};

// A parent's occupation at the start: many are sick-listed or have left work to care for the child.
ParentOccupation startingOccupation(QRandomGenerator& random)
{
    const int roll = random.bounded(100);
    return roll < 35   ? ParentOccupation::SickListed
           : roll < 60 ? ParentOccupation::Work
           : roll < 75 ? ParentOccupation::Unemployed
           : roll < 90 ? ParentOccupation::ParentalLeave
                       : ParentOccupation::Studies;
}

// At the end, about half of those not working or studying have gone back to it (the model's own finding).
ParentOccupation endingOccupation(QRandomGenerator& random, ParentOccupation atStart)
{
    if (atStart == ParentOccupation::Work || atStart == ParentOccupation::Studies)
        return atStart;
    return random.bounded(100) < 50 ? (random.bounded(100) < 80 ? ParentOccupation::Work : ParentOccupation::Studies)
                                    : atStart;
}

Patient fictionalParent(QRandomGenerator& random, const QDate& today, bool female, const QString& familyName)
{
    Patient parent;
    parent.identity = fictionalIdentity(random, today, female);
    parent.identityKind = IdentityKind::Personnummer;
    parent.sex = female ? Sex::Female : Sex::Male;
    parent.givenName = QString::fromUtf8(female ? pick(random, femaleNames) : pick(random, maleNames));
    parent.familyName = familyName;
    parent.phone = QStringLiteral("070-%1 %2 %3")
                       .arg(random.bounded(100, 999))
                       .arg(random.bounded(10, 99))
                       .arg(random.bounded(10, 99));
    return parent;
}

// The organisations around the children of a fictional municipality, each with a person to call and what it gives.
struct NetworkActor
{
    ActorKind kind;
    const char* name;
    const char* person;
    const char* provides;
};
constexpr std::array networkActors{
    NetworkActor{ActorKind::Habilitation, "Barn- och ungdomshabiliteringen Ekbacken", "Kurator Sara Holm",
                 "Habiliteringsinsatser"},
    NetworkActor{ActorKind::ChildPsychiatry, "BUP Ekbacken", "Psykolog Jonas Berg", "Utredning och behandling"},
    NetworkActor{ActorKind::ChildHealthCare, "BVC Ekbacken", "Sjuksköterska Maria Ek", "Barnhälsovård"},
    NetworkActor{ActorKind::School, "Björkskolan", "Specialpedagog Lena Åström", "Elevhälsa och anpassningar"},
    NetworkActor{ActorKind::LssOfficer, "Ekbacka kommun, LSS", "LSS-handläggare Omar Haddad", "Korttidsvistelse"},
    NetworkActor{ActorKind::SocialServices, "Ekbacka kommun, socialtjänsten", "Socialsekreterare Eva Lund",
                 "Stödsamtal"},
    NetworkActor{ActorKind::Forsakringskassan, "Försäkringskassan", "Handläggare Demo", "Omvårdnadsbidrag"},
};

// Each network actor once in the file, with its person; their ids in networkActors' order.
QList<std::pair<qint64, qint64>> createNetworkActors(Workspace& workspace)
{
    QList<std::pair<qint64, qint64>> ids;
    for (const NetworkActor& known : networkActors) {
        Actor actor{0, known.kind, QString::fromUtf8(known.name), QStringLiteral("010-456 78 90"), {}, {}};
        workspace.actors().saveActor(actor);
        const QString person = QString::fromUtf8(known.person);
        ContactPerson contact{0,
                              actor.id,
                              person.section(QLatin1Char(' '), 1),
                              person.section(QLatin1Char(' '), 0, 0),
                              QStringLiteral("010-456 78 %1").arg(10 + ids.size()),
                              {}};
        workspace.actors().savePerson(contact);
        ids.append({actor.id, contact.id});
    }
    return ids;
}

// The family's network (two to four actors, each with the family's consent to share what the coordination needs),
// how it works at the start and, once closed, at the end.
void addNetwork(Workspace& workspace, QRandomGenerator& random, qint64 caseId, const CaseRecord& record,
                const QList<std::pair<qint64, qint64>>& actorIds)
{
    Consent coordination;
    coordination.caseId = caseId;
    coordination.scope = ConsentScope::Coordination;
    coordination.form = ConsentForm::Written;
    coordination.givenOn = record.openedOn;
    coordination.information = QStringLiteral("Uppgifter som behövs för samordningen kring barnet");
    workspace.consents().save(coordination);
    const int count = 2 + random.bounded(3);
    const int first = random.bounded(int(actorIds.size()));
    for (int n = 0; n < count; ++n) {
        const int index = (first + n * 2) % int(actorIds.size());
        const auto [actorId, personId] = actorIds.at(index);
        CaseContact contact{0, caseId, actorId, personId, QString::fromUtf8(networkActors[size_t(index)].provides), {}};
        workspace.actors().saveContact(contact);
        Consent sharing = coordination;
        sharing.id = 0;
        sharing.scope = ConsentScope::Other;
        sharing.actorId = actorId;
        sharing.information = QStringLiteral("Barnets behov och familjens situation");
        workspace.consents().save(sharing);
    }
    FamilyNetwork network{
        caseId, std::array{NetworkFunction::DoesNotWork, NetworkFunction::Partly}[random.bounded(2)], {}};
    if (record.isClosed())
        network.atEnd = random.bounded(100) < 70 ? NetworkFunction::Works : NetworkFunction::Partly;
    FamilyRepository(workspace.context()).saveNetwork(network);
}

// A network meeting held some weeks into the support, the actions agreed there in the family's plan, adopted, and the
// next meeting booked.
void addNetworkMeeting(Workspace& workspace, QRandomGenerator& random, qint64 caseId, const CaseRecord& record,
                       const QString& childName)
{
    const QDate today = workspace.today();
    const QDate heldOn = weekday(record.openedOn.addDays(14 + random.bounded(14)));
    if (heldOn >= today)
        return;
    Meeting held;
    held.caseId = caseId;
    held.kind = MeetingKind::Network;
    held.startsAt = QDateTime(heldOn, QTime(13, 0));
    held.place = QStringLiteral("Familjecentralen, mötesrummet");
    held.purpose = QStringLiteral("Samla nätverket kring %1 och fördela vem som gör vad").arg(childName);
    held.participants << MeetingParticipant{0, ParticipantKind::Patient, 0, {}, {}, true, {}}
                      << MeetingParticipant{0,
                                            ParticipantKind::Care,
                                            0,
                                            QStringLiteral("Koordinator Demo"),
                                            QStringLiteral("Koordinator"),
                                            true,
                                            {}};
    held.patientView = QStringLiteral("Föräldrarna orkar inte hålla ihop alla kontakter och vill ha en plan.");
    held.careReport = QStringLiteral("Skolan ser behov av anpassningar; habiliteringen erbjuder föräldrautbildning.");
    held.summary = QStringLiteral("En gemensam plan med ansvar för varje insats; uppföljning om sex veckor.");
    PlanAction school;
    school.description = QStringLiteral("Anpassad studiegång och elevassistent för %1").arg(childName);
    school.responsibleKind = ResponsibleKind::CareUnit;
    school.responsiblePerson = QStringLiteral("Specialpedagog, Björkskolan");
    school.startDate = heldOn;
    school.dueDate = weekday(today.addDays(random.bounded(30)));
    PlanAction course;
    course.description = QStringLiteral("Föräldrautbildning om funktionsnedsättningen");
    course.responsibleKind = ResponsibleKind::Patient;
    course.startDate = heldOn;
    course.dueDate = weekday(today.addDays(14 + random.bounded(30)));
    std::optional<Meeting> next = Meeting{};
    next->kind = MeetingKind::Network;
    next->startsAt = officeTime(random, today, 3 + random.bounded(25));
    next->place = QStringLiteral("Familjecentralen, mötesrummet");
    QList<PlanAction> actions{school, course};
    workspace.meetings().recordHeld(held, actions, next);
    PlanVersion plan = *workspace.plans().current(caseId);
    plan.background = QStringLiteral("Familjen har många kontakter och ingen som samordnar dem.");
    plan.patientGoal = QStringLiteral("Att vardagen ska gå ihop och att kunna arbeta igen.");
    plan.sharedGoal = QStringLiteral("Ett nätverk där alla vet vem som gör vad, och en hanterbar vardag.");
    plan.overallResponsible = QStringLiteral("Koordinator Demo, Ekbacka kommun");
    plan.followUpAt = next->startsAt;
    plan.followUpPlace = next->place;
    plan.followUpWho = QStringLiteral("Föräldrarna, skolan, habiliteringen och koordinatorn");
    plan.distribution << QStringLiteral("Föräldrarna") << QStringLiteral("Björkskolan");
    workspace.plans().saveDraft(plan);
    workspace.plans().adopt(caseId, heldOn);
    recordPlanCopy(workspace, caseId, heldOn, plan.distribution.join(QStringLiteral(", ")));
}

} // namespace

void populateFamilies(Workspace& workspace, int familyCount, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate today = workspace.today();
    Transaction transaction(workspace.database());
    FamilyRepository families(workspace.context());
    const QList<std::pair<qint64, qint64>> actorIds = createNetworkActors(workspace);
    for (int i = 0; i < familyCount; ++i) {
        const QString familyName = QString::fromUtf8(pick(random, familyNames));
        const bool closed = i % 3 == 2;
        NewCase newCase;
        newCase.patient = fictionalParent(random, today, random.bounded(100) < 70, familyName);
        auto& record = newCase.caseRecord;
        record.openedOn = today.addDays(-(closed ? 200 + random.bounded(300) : 10 + random.bounded(170)));
        record.status = closed ? CaseStatus::Closed : CaseStatus::Active;
        record.reasonOffered = QStringLiteral("Föräldrarna behöver hjälp att samordna kontakterna kring barnet");
        if (closed) {
            const int roll = random.bounded(100);
            record.outcome = roll < 70   ? CaseOutcome::SituationManageable
                             : roll < 85 ? CaseOutcome::OtherActorResponsible
                                         : CaseOutcome::Moved;
            record.closedOn = record.openedOn.addDays(120 + random.bounded(60));
        }
        const qint64 caseId = workspace.cases().create(newCase).caseId;

        if (random.bounded(100) < 60) {
            Patient other = fictionalParent(random, today, newCase.patient.sex != Sex::Female, familyName);
            if (other.identity != newCase.patient.identity)
                families.addSecondParent(caseId, other);
        }
        for (FamilyParent parent : families.parents(caseId)) {
            parent.occupationAtStart = startingOccupation(random);
            parent.sickListed = parent.occupationAtStart == ParentOccupation::SickListed;
            parent.ratingAtStart = 1 + random.bounded(3);
            if (closed) {
                parent.occupationAtEnd = endingOccupation(random, *parent.occupationAtStart);
                parent.ratingAtEnd =
                    std::min(FamilyRules::HighestRating, *parent.ratingAtStart + 1 + random.bounded(3));
            }
            families.saveParent(parent);
        }
        const int children = 1 + (random.bounded(100) < 30 ? 1 : 0) + (random.bounded(100) < 8 ? 1 : 0);
        QString firstChild;
        for (int c = 0; c < children; ++c) {
            FamilyChild child;
            child.caseId = caseId;
            child.givenName = QString::fromUtf8(pick(random, childNames));
            child.familyName = familyName;
            child.birthDate = today.addYears(-(1 + random.bounded(16))).addDays(-random.bounded(365));
            child.impairment = c == 0 ? QString::fromUtf8(pick(random, impairments)) : QString();
            child.school = QString::fromUtf8(pick(random, schools));
            families.saveChild(child);
            if (c == 0)
                firstChild = child.givenName;
        }
        addNetwork(workspace, random, caseId, record, actorIds);
        if (!closed && i % 3 == 0)
            addNetworkMeeting(workspace, random, caseId, record, firstChild);
    }
    transaction.commit();
}

std::optional<CaseRecord> showcaseCase(Workspace& workspace)
{
    QList<CaseRecord> cases = workspace.cases().openCases();
    std::sort(cases.begin(), cases.end(),
              [](const CaseRecord& a, const CaseRecord& b) { return a.reference < b.reference; });
    for (const CaseRecord& record : cases) {
        const auto plan = workspace.plans().current(record.id);
        if (!plan || plan->isDraft())
            continue;
        for (const Meeting& meeting : workspace.meetings().meetings(record.id)) {
            if (meeting.status == MeetingStatus::Held)
                return record;
        }
    }
    return std::nullopt;
}

QList<StatisticsPeriod> regionPeriods(const QDate& today)
{
    QList<StatisticsPeriod> periods;
    for (int quarter = 1; quarter <= (today.month() - 1) / 3 + 1; ++quarter)
        periods.append(StatisticsPeriod::quarter(today.year(), quarter));
    return periods;
}

QList<UnitReport> regionUnits(const QList<StatisticsPeriod>& periods, int unitCount)
{
    // Names of places in a fictional county; each unit's size and seed differ, so their figures do.
    static const std::array places{"Åby",      "Björkvik",  "Ekbacken", "Fagersta",     "Grönby",
                                   "Hammarö",  "Ilsbo",     "Järvsö",   "Kårböle",      "Ljusne",
                                   "Myskje",   "Norrsunda", "Ockelbo",  "Påljungshage", "Rengsjö",
                                   "Sandarne", "Tönnebro",  "Ullvi",    "Vallsta",      "Ärtrik"};
    QList<UnitReport> reports;
    for (int unit = 0; unit < unitCount; ++unit) {
        auto workspace = Workspace::inMemory(RehabRules{}, QStringLiteral("demo"));
        populate(*workspace, 60 + (unit * 37) % 140, 20260201u + quint32(unit) * 7919u);
        const QString name =
            QStringLiteral("Vårdcentralen %1").arg(QString::fromUtf8(places[size_t(unit) % places.size()]));
        const QString code = QStringLiteral("DEMO-%1").arg(unit + 1, 3, 10, QLatin1Char('0'));
        for (const StatisticsPeriod& period : periods) {
            UnitReport report{name,
                              code,
                              period,
                              QStringLiteral("demo"),
                              QDateTime::currentDateTime(),
                              Statistics(workspace->context()).compute(period)};
            report.figures.daysToFirstContact = report.figures.daysToFirstContactFromList = {};
            reports.append(report);
        }
    }
    return reports;
}

} // namespace koordinera::core::DemoData
