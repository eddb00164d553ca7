// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Statistics.h"

#include "core/domain/CaseRecord.h"
#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/domain/Format.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/RehabChain.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace koordinera::core {

namespace {

// One case with what the measures need, read in one pass.
struct CaseFacts
{
    CaseRecord record;
    Sex sex = Sex::Unknown;
    IdentityNumber identity = IdentityNumber::reserve(QString());
    QList<SickLeavePeriod> periods;
    QString mainDiagnosis;
};

// A table whose rows are known in advance, in that order, so an empty category still shows as 0.
StatisticsTable fixedTable(const char* key, const QString& title, const QStringList& labels)
{
    StatisticsTable table{QString::fromLatin1(key), title, {}, {}};
    for (const QString& label : labels)
        table.rows.append({label, {}});
    return table;
}

void count(StatisticsTable& table, const QString& label, Sex sex)
{
    for (StatisticsRow& row : table.rows) {
        if (row.label == label) {
            row.counts.add(sex);
            return;
        }
    }
    table.rows.append({label, {}});
    table.rows.last().counts.add(sex);
}

// Open-ended tables (codes, chapters) read best largest first.
void sortByTotal(StatisticsTable& table)
{
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const StatisticsRow& a, const StatisticsRow& b) { return a.counts.total > b.counts.total; });
}

template <typename E> QStringList labelsOf()
{
    QStringList labels;
    for (const E value : text::allValues<E>())
        labels.append(text::labelOf(value));
    return labels;
}

const QStringList& lengthLabels()
{
    static const QStringList labels{QCoreApplication::translate("Statistics", "0–14 days"),
                                    QCoreApplication::translate("Statistics", "15–30 days"),
                                    QCoreApplication::translate("Statistics", "31–90 days"),
                                    QCoreApplication::translate("Statistics", "91–180 days"),
                                    QCoreApplication::translate("Statistics", "181–365 days"),
                                    QCoreApplication::translate("Statistics", "1–2 years"),
                                    QCoreApplication::translate("Statistics", "over 2 years"),
                                    QCoreApplication::translate("Statistics", "not sick-listed")};
    return labels;
}

QString lengthLabel(std::optional<int> days)
{
    const QStringList& labels = lengthLabels();
    if (!days)
        return labels.last();
    constexpr int upper[] = {14, 30, 90, 180, 365, 730};
    for (int index = 0; index < 6; ++index) {
        if (*days <= upper[index])
            return labels.at(index);
    }
    return labels.at(6);
}

const QStringList& degreeLabels()
{
    static const QStringList labels{format::degree(25), format::degree(50), format::degree(75), format::degree(100),
                                    QCoreApplication::translate("Statistics", "not sick-listed")};
    return labels;
}

const QStringList& ageLabels()
{
    static const QStringList labels{QCoreApplication::translate("Statistics", "under 30"),
                                    QCoreApplication::translate("Statistics", "30–39"),
                                    QCoreApplication::translate("Statistics", "40–49"),
                                    QCoreApplication::translate("Statistics", "50–59"),
                                    QCoreApplication::translate("Statistics", "60 and older"),
                                    QCoreApplication::translate("Statistics", "age unknown")};
    return labels;
}

QString ageLabel(const IdentityNumber& identity, const QDate& day)
{
    if (!identity.birthDate().isValid())
        return ageLabels().last();
    const int age = identity.ageOn(day);
    if (age < 30)
        return ageLabels().at(0);
    return ageLabels().at(std::min(4, age / 10 - 2));
}

// The date the sjukfall reached day `n`, if it did by `asOf`.
std::optional<QDate> dateOfDay(const RehabChain& chain, int n, const QDate& asOf)
{
    const SickLeaveChain& sick = chain.chain();
    if (sick.isEmpty() || sick.start > asOf)
        return std::nullopt;
    const QDate last = sick.end.isValid() && sick.end < asOf ? sick.end : asOf;
    const auto day = chain.dayOn(last);
    if (!day || *day < n)
        return std::nullopt;
    return last.addDays(n - *day);
}

// The sick leave's length in days on `day` (the rehab chain's day number), nullopt when not sick-listed.
std::optional<int> lengthOn(const RehabChain& chain, const QDate& day)
{
    const SickLeaveChain& sick = chain.chain();
    if (sick.isEmpty() || sick.start > day)
        return std::nullopt;
    if (sick.end.isValid() && sick.end < day)
        return chain.dayOn(sick.end);
    return chain.dayOn(day);
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? double(values.at(middle)) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

bool overlaps(const CaseRecord& record, const QDate& from, const QDate& to)
{
    return record.status != CaseStatus::Declined && record.openedOn <= to &&
           (!record.closedOn.isValid() || record.closedOn >= from);
}

class Computation
{
public:
    Computation(ServiceContext& context, const StatisticsPeriod& period) : m_context(context)
    {
        m_report.period = period;
        m_report.asOf = std::min(period.to, context.today());
        readCases();
    }

    StatisticsReport run()
    {
        prepareTables();
        readAdoptedPlans();
        QHash<qint64, QDate> firstContact = countActivities();
        countCases(firstContact);
        countMeetingsAndImpulses();
        countMonths();
        countSickList();
        countUnitWork();
        sortByTotal(m_report.diagnosisChapter);
        sortByTotal(m_report.activitiesByKva);
        return m_report;
    }

private:
    void countUnitWork()
    {
        Statement rows(m_context.db, "SELECT kind, count(*), sum(minutes) FROM unit_work "
                                     "WHERE done_on BETWEEN ? AND ? GROUP BY kind");
        rows.bindAll(m_report.period.from, m_report.asOf);
        QHash<UnitWorkKind, UnitWorkRow> byKind;
        while (rows.step()) {
            const UnitWorkKind kind = text::fromKeyOr(rows.columnText(0), UnitWorkKind::Other);
            UnitWorkRow& row = byKind[kind];
            row.occasions += rows.columnInt(1);
            row.minutes += rows.columnInt(2);
        }
        for (UnitWorkKind kind : text::allValues<UnitWorkKind>()) {
            if (byKind.contains(kind)) {
                UnitWorkRow row = byKind.value(kind);
                row.label = text::labelOf(kind);
                m_report.unitWork.append(row);
            }
        }
    }

    // Only the cases that can count in the period: open at some time in it (which takes in those opened or closed
    // in it). Over ten years of history that is a small part of the file, found through the index on closing day
    // (the unary + keeps SQLite off the one on opening day, which would visit nearly every case); reading every case
    // was most of the time.
    static constexpr auto InPeriod = "+c.opened_on <= ?2 AND (c.closed_on IS NULL OR c.closed_on >= ?1)";

    static std::string inPeriod(const char* sql)
    {
        return QString::fromUtf8(sql).arg(QLatin1String(InPeriod)).toStdString();
    }

    void readCases()
    {
        const StatisticsPeriod& period = m_report.period;
        Statement cases(m_context.db,
                        inPeriod("SELECT c.id, p.sex, p.identity, p.identity_kind, c.status, c.outcome, c.opened_on, "
                                 "c.closed_on, c.occupation, c.offset_days, c.fk_confirmed_day, c.fk_confirmed_on "
                                 "FROM cases c JOIN patients p ON p.id = c.patient_id WHERE %1"));
        cases.bindAll(period.from, period.to);
        while (cases.step()) {
            CaseFacts facts;
            facts.record.id = cases.columnInt64(0);
            facts.sex = text::fromKeyOr(cases.columnText(1), Sex::Unknown);
            facts.identity = IdentityNumber::fromStored(
                cases.columnText(2), text::fromKeyOr(cases.columnText(3), IdentityKind::Personnummer));
            facts.record.status = text::fromKeyOr(cases.columnText(4), CaseStatus::None);
            facts.record.outcome = text::fromKeyOr(cases.columnText(5), CaseOutcome::None);
            facts.record.openedOn = cases.columnDate(6);
            facts.record.closedOn = cases.columnDate(7);
            facts.record.occupation = text::fromKeyOr(cases.columnText(8), Occupation::Unknown);
            facts.record.offsetDays = cases.columnInt(9);
            facts.record.fkConfirmedDay = cases.columnOptionalInt(10);
            facts.record.fkConfirmedOn = cases.columnDate(11);
            const qint64 id = facts.record.id;
            m_cases.insert(id, std::move(facts));
        }
        Statement periods(m_context.db,
                          inPeriod("SELECT id, case_id, degree, start_date, end_date FROM sick_leave_periods "
                                   "WHERE case_id IN (SELECT c.id FROM cases c WHERE %1)"));
        periods.bindAll(period.from, period.to);
        while (periods.step()) {
            const SickLeavePeriod sickLeave{periods.columnInt64(0), periods.columnInt64(1), periods.columnInt(2),
                                            periods.columnDate(3), periods.columnDate(4)};
            if (const auto found = m_cases.find(sickLeave.caseId); found != m_cases.end())
                found->periods.append(sickLeave);
        }
        Statement diagnoses(m_context.db, inPeriod("SELECT case_id, code FROM diagnoses WHERE is_main = 1 AND "
                                                   "case_id IN (SELECT c.id FROM cases c WHERE %1)"));
        diagnoses.bindAll(period.from, period.to);
        while (diagnoses.step()) {
            if (const auto found = m_cases.find(diagnoses.columnInt64(0)); found != m_cases.end())
                found->mainDiagnosis = diagnoses.columnText(1);
        }
    }

    Sex sexOf(qint64 caseId)
    {
        if (const auto found = m_cases.constFind(caseId); found != m_cases.cend())
            return found->sex;
        if (const auto known = m_otherSexes.constFind(caseId); known != m_otherSexes.cend())
            return *known;
        Statement patient(m_context.db,
                          "SELECT p.sex FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?");
        patient.bind(1, caseId);
        const Sex sex = patient.step() ? text::fromKeyOr(patient.columnText(0), Sex::Unknown) : Sex::Unknown;
        m_otherSexes.insert(caseId, sex);
        return sex;
    }

    void prepareTables()
    {
        m_report.closedByOutcome =
            fixedTable("outcome", QCoreApplication::translate("Statistics", "Closed cases by outcome"), {});
        m_report.length =
            fixedTable("length", QCoreApplication::translate("Statistics", "Length of the sick leave"), lengthLabels());
        m_report.degree =
            fixedTable("degree", QCoreApplication::translate("Statistics", "Degree of sick leave"), degreeLabels());
        m_report.diagnosisChapter =
            fixedTable("diagnosis", QCoreApplication::translate("Statistics", "Main diagnosis by ICD-10 chapter"), {});
        m_report.ageGroup = fixedTable("age", QCoreApplication::translate("Statistics", "Age"), ageLabels());
        m_report.planByAge = fixedTable(
            "plan_age", QCoreApplication::translate("Statistics", "With an adopted joint plan, by age"), ageLabels());
        m_report.planByAge.rowBaseKey = m_report.ageGroup.key;
        m_report.startedWithin90 = fixedTable(
            "start_90", QCoreApplication::translate("Statistics", "New cases: coordination started in the sjukfall"),
            {QCoreApplication::translate("Statistics", "within the first 90 days"),
             QCoreApplication::translate("Statistics", "after day 90"),
             QCoreApplication::translate("Statistics", "no sick leave registered")});
        m_report.occupation =
            fixedTable("occupation", QCoreApplication::translate("Statistics", "Occupation"), labelsOf<Occupation>());
        m_report.status =
            fixedTable("status", QCoreApplication::translate("Statistics", "Status at the end of the period"),
                       labelsOf<CaseStatus>());
        m_report.passedCheckpoint = fixedTable(
            "checkpoint", QCoreApplication::translate("Statistics", "Reached in the rehabilitation chain"),
            {QCoreApplication::translate("Statistics", "day 90"), QCoreApplication::translate("Statistics", "day 180"),
             QCoreApplication::translate("Statistics", "day 365")});
        // A clinic's meeting kinds: a family's network meeting is no row of a clinic's report.
        QStringList meetingKinds;
        for (const MeetingKind kind : FamilyRules::meetingKindsFor(Profile::Rehab))
            meetingKinds.append(text::labelOf(kind));
        m_report.meetingsHeld =
            fixedTable("meetings", QCoreApplication::translate("Statistics", "Meetings held"), meetingKinds);
        m_report.activitiesByKind = fixedTable(
            "activities", QCoreApplication::translate("Statistics", "Activities by kind"), labelsOf<ActivityKind>());
        m_report.activitiesByKva =
            fixedTable("kva", QCoreApplication::translate("Statistics", "Activities by KVÅ code"), {});
    }

    // Counts the period's activities (of any case: one recorded after its case was closed counts too) and returns
    // the first contact ever of each case opened in the period.
    QHash<qint64, QDate> countActivities()
    {
        // The sex from the cases already read; only an activity of a case outside the period asks for it.
        Statement rows(m_context.db, "SELECT a.case_id, v.kind, v.kva_code FROM activity_versions v JOIN activities a "
                                     "ON a.id = v.activity_id AND a.current_version = v.version "
                                     "WHERE v.occurred_at >= ? AND v.occurred_at < ?"); // stored as ISO text
        rows.bindAll(m_report.period.from, std::min(m_report.period.to, m_report.asOf).addDays(1));
        while (rows.step()) {
            const Sex sex = sexOf(rows.columnInt64(0));
            count(m_report.activitiesByKind,
                  text::labelOf(text::fromKeyOr(rows.columnText(1), ActivityKind::PersonalSupport)), sex);
            if (const QString kva = rows.columnText(2); !kva.isEmpty())
                count(m_report.activitiesByKva, kva, sex);
        }
        QHash<qint64, QDate> firstContact;
        Statement first(m_context.db, "SELECT a.case_id, min(substr(v.occurred_at, 1, 10)) FROM activities a "
                                      "JOIN activity_versions v ON v.activity_id = a.id AND v.version = "
                                      "a.current_version JOIN cases c ON c.id = a.case_id "
                                      "WHERE c.opened_on BETWEEN ? AND ? GROUP BY a.case_id");
        first.bindAll(m_report.period.from, m_report.period.to);
        while (first.step())
            firstContact.insert(first.columnInt64(0), first.columnDate(1));
        return firstContact;
    }

    void countCases(const QHash<qint64, QDate>& firstContact)
    {
        const StatisticsPeriod& period = m_report.period;
        QList<int> contactDays[3]; // women, men, total
        for (const CaseFacts& facts : std::as_const(m_cases)) {
            const CaseRecord& record = facts.record;
            if (period.contains(record.openedOn)) {
                m_report.started.add(facts.sex);
                addContactDays(facts, firstContact.value(record.id), contactDays);
                countStart(facts);
            }
            if (period.contains(record.closedOn) && record.isClosed()) {
                m_report.closed.add(facts.sex);
                count(m_report.closedByOutcome, text::labelOf(record.outcome), facts.sex);
            }
            // Only the cases being coordinated: a declined case's sick leave is not the unit's to follow.
            if (overlaps(record, period.from, m_report.asOf)) {
                countActive(facts);
                countCheckpoints(facts);
            }
        }
        m_report.daysToFirstContact = {
            median(contactDays[0]),
            median(contactDays[1]),
            median(contactDays[2]),
            {int(contactDays[0].size()), int(contactDays[1].size()), int(contactDays[2].size())}};
        countContactFromList(firstContact);
    }

    // Within the first 90 days of the sjukfall, as the day of the sjukfall on the day the case opened.
    void countStart(const CaseFacts& facts)
    {
        const RehabChain chain(facts.record, facts.periods, m_context.rules, facts.record.openedOn);
        const auto day = chain.dayOn(facts.record.openedOn);
        const int row = !day ? 2 : (*day <= 90 ? 0 : 1);
        count(m_report.startedWithin90, m_report.startedWithin90.rows.at(row).label, facts.sex);
    }

    // The day each case's first plan version was adopted.
    void readAdoptedPlans()
    {
        Statement plans(m_context.db, "SELECT case_id, min(adopted_on) FROM plan_versions WHERE adopted_on IS NOT NULL "
                                      "GROUP BY case_id");
        while (plans.step())
            m_adoptedPlans.insert(plans.columnInt64(0), plans.columnDate(1));
    }

    void addContactDays(const CaseFacts& facts, const QDate& contact, QList<int> (&days)[3]) const
    {
        if (!contact.isValid())
            return;
        const RehabChain chain(facts.record, facts.periods, m_context.rules, contact);
        if (chain.chain().isEmpty() || chain.chain().start > contact)
            return;
        addDays(days, facts.sex, int(chain.chain().start.daysTo(contact)));
    }

    // Days for a median by sex: women, men, and everyone (a patient whose sex is not known counts in the total).
    static void addDays(QList<int> (&days)[3], Sex sex, int elapsed)
    {
        days[2].append(elapsed);
        if (sex == Sex::Female)
            days[0].append(elapsed);
        else if (sex == Sex::Male)
            days[1].append(elapsed);
    }

    // How soon the cases started from the list were first contacted, from the sjukfall's start as the list gave it.
    void countContactFromList(const QHash<qint64, QDate>& firstContact)
    {
        QList<int> days[3]; // women, men, total
        Statement listed(m_context.db, "SELECT case_id, sick_leave_start FROM sick_list_cases");
        while (listed.step()) {
            const QDate contact = firstContact.value(listed.columnInt64(0));
            const QDate start = listed.columnDate(1);
            if (!contact.isValid() || !start.isValid() || start > contact)
                continue; // not opened in the period, or nothing recorded yet
            addDays(days, sexOf(listed.columnInt64(0)), int(start.daysTo(contact)));
        }
        m_report.daysToFirstContactFromList = {median(days[0]),
                                               median(days[1]),
                                               median(days[2]),
                                               {int(days[0].size()), int(days[1].size()), int(days[2].size())}};
    }

    // The unit's denominator: the counts kept from the newest list imported for a day in the period.
    void countSickList()
    {
        Statement latest(m_context.db, "SELECT id, list_date FROM sick_list_imports WHERE list_date BETWEEN ? AND ? "
                                       "ORDER BY list_date DESC, id DESC LIMIT 1");
        latest.bindAll(m_report.period.from, std::min(m_report.period.to, m_report.asOf));
        if (!latest.step())
            return;
        m_report.sickListDate = latest.columnDate(1);
        const QString inCoordination = QCoreApplication::translate("Statistics", "In coordination");
        const QString notInCoordination = QCoreApplication::translate("Statistics", "Not in coordination");
        const QString pastDay90 = QCoreApplication::translate("Statistics", "Not in coordination, past day 90");
        m_report.sickList =
            fixedTable("sick_list",
                       QCoreApplication::translate("Statistics", "The unit's sick-listed (the list of %1)")
                           .arg(m_report.sickListDate.toString(Qt::ISODate)),
                       {inCoordination, notInCoordination, pastDay90});
        static const QStringList pastDay90Buckets{QStringLiteral("91-180"), QStringLiteral("181-365"),
                                                  QStringLiteral("366-730"), QStringLiteral("731-")};
        Statement counts(m_context.db, "SELECT sex, length_bucket, in_coordination, patients FROM sick_list_counts "
                                       "WHERE import_id = ?");
        counts.bindAll(latest.columnInt64(0));
        while (counts.step()) {
            const Sex sex = text::fromKeyOr(counts.columnText(0), Sex::Unknown);
            const bool coordinated = counts.columnInt(2) != 0;
            const bool past = !coordinated && pastDay90Buckets.contains(counts.columnText(1));
            for (int patient = 0; patient < counts.columnInt(3); ++patient) {
                m_report.sickListed.add(sex);
                count(m_report.sickList, coordinated ? inCoordination : notInCoordination, sex);
                if (past)
                    count(m_report.sickList, pastDay90, sex);
            }
        }
    }

    void countCheckpoints(const CaseFacts& facts)
    {
        const RehabChain chain(facts.record, facts.periods, m_context.rules, m_report.asOf);
        // The table's rows, set up in prepareTables, are these days in this order.
        constexpr int days[] = {90, 180, 365};
        for (int index = 0; index < 3; ++index) {
            const auto reached = dateOfDay(chain, days[index], m_report.asOf);
            if (reached && m_report.period.contains(*reached))
                m_report.passedCheckpoint.rows[index].counts.add(facts.sex);
        }
    }

    void countActive(const CaseFacts& facts)
    {
        const CaseRecord& record = facts.record;
        m_report.active.add(facts.sex);
        const QDate day =
            record.closedOn.isValid() && record.closedOn < m_report.asOf ? record.closedOn : m_report.asOf;
        const RehabChain chain(record, facts.periods, m_context.rules, day);
        const auto length = lengthOn(chain, day);
        count(m_report.length, lengthLabel(length), facts.sex);
        count(m_report.degree, length ? format::degree(chain.degreeOn(day)) : degreeLabels().last(), facts.sex);
        const QString chapter = IcdCode::chapterOf(facts.mainDiagnosis);
        count(m_report.diagnosisChapter,
              chapter.isEmpty() ? QCoreApplication::translate("Statistics", "no main diagnosis") : chapter, facts.sex);
        count(m_report.ageGroup, ageLabel(facts.identity, day), facts.sex);
        if (m_adoptedPlans.contains(record.id) && m_adoptedPlans.value(record.id) <= day) {
            m_report.withPlan.add(facts.sex);
            count(m_report.planByAge, ageLabel(facts.identity, day), facts.sex);
        }
        count(m_report.occupation, text::labelOf(record.occupation), facts.sex);
        count(m_report.status, text::labelOf(record.status), facts.sex);
    }

    // Of any case, like the activities.
    void countMeetingsAndImpulses()
    {
        Statement meetings(m_context.db, "SELECT p.sex, m.kind FROM meetings m JOIN cases c ON c.id = m.case_id "
                                         "JOIN patients p ON p.id = c.patient_id "
                                         "WHERE m.status = ? AND m.starts_at >= ? AND m.starts_at < ?");
        meetings.bindAll(text::keyOf(MeetingStatus::Held), m_report.period.from, m_report.period.to.addDays(1));
        while (meetings.step()) {
            count(m_report.meetingsHeld,
                  text::labelOf(text::fromKeyOr(meetings.columnText(1), MeetingKind::Avstamning)),
                  text::fromKeyOr(meetings.columnText(0), Sex::Unknown));
        }
        Statement impulses(m_context.db, "SELECT p.sex FROM impulses i JOIN cases c ON c.id = i.case_id "
                                         "JOIN patients p ON p.id = c.patient_id WHERE i.made_on BETWEEN ? AND ?");
        impulses.bindAll(m_report.period.from, m_report.period.to);
        while (impulses.step())
            m_report.impulses.add(text::fromKeyOr(impulses.columnText(0), Sex::Unknown));
    }

    void countMonths()
    {
        // Months that have not begun yet are left out: there is nothing to count in them.
        for (QDate month(m_report.period.from.year(), m_report.period.from.month(), 1); month <= m_report.asOf;
             month = month.addMonths(1)) {
            const QDate last = std::min(month.addMonths(1).addDays(-1), m_report.period.to);
            const QDate first = std::max(month, m_report.period.from);
            StatisticsMonth point{month, {}, {}};
            for (const CaseFacts& facts : std::as_const(m_cases)) {
                if (overlaps(facts.record, first, std::min(last, m_report.asOf)))
                    point.active.add(facts.sex);
                if (facts.record.openedOn >= first && facts.record.openedOn <= last)
                    point.started.add(facts.sex);
            }
            m_report.months.append(point);
        }
    }

    ServiceContext& m_context;
    StatisticsReport m_report;
    QHash<qint64, CaseFacts> m_cases;
    QHash<qint64, QDate> m_adoptedPlans; // case -> the day its first plan version was adopted
    QHash<qint64, Sex> m_otherSexes;     // of cases outside the period that had an activity in it
};

} // namespace

StatisticsReport Statistics::compute(const StatisticsPeriod& period) const
{
    return Computation(m_context, period).run();
}

} // namespace koordinera::core
