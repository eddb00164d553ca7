// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/Worklist.h"

#include "core/domain/DomainText.h"
#include "core/domain/PlanRules.h"
#include "core/domain/RehabChain.h"
#include "core/records/CaseRepository.h"
#include "core/records/FamilyRepository.h"
#include "core/records/ServiceContext.h"
#include "core/records/SickLeaveRepository.h"
#include "core/records/SickListRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <type_traits>

namespace koordinera::core {

namespace {

QString dayWithWeek(const QDate& date)
{
    return QCoreApplication::translate("Worklist", "%1, w. %2").arg(date.toString(Qt::ISODate)).arg(date.weekNumber());
}

// "today", "tomorrow", "in 5 days"
QString inDays(const QDate& today, const QDate& date)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return QCoreApplication::translate("Worklist", "today");
    if (days == 1)
        return QCoreApplication::translate("Worklist", "tomorrow");
    return QCoreApplication::translate("Worklist", "in %n day(s)", nullptr, int(days));
}

QDate sundayOf(const QDate& day)
{
    return day.addDays(7 - day.dayOfWeek());
}

// Columns every SQL rule selects first, so one function turns a row into an item.
constexpr auto CaseColumns = "c.id, c.reference, p.given_name || ' ' || p.family_name";
constexpr auto OpenCase = "c.status NOT IN ('closed', 'declined')";

Worklist::Item itemFrom(const Statement& row, Worklist::Kind kind, CaseArea area)
{
    Worklist::Item item;
    item.kind = kind;
    item.caseId = row.columnInt64(0);
    item.reference = row.columnText(1);
    item.patientName = row.columnText(2);
    item.area = area;
    return item;
}

// Makes an item of each row a rule's query returns (the case's columns first, CaseColumns); `describe` dates and
// words it from the rest of the row, and may say (returning false) that the row is no item after all.
template <typename Describe>
void addItems(Statement& rows, Worklist::Kind kind, CaseArea area, QList<Worklist::Item>& items, Describe describe)
{
    while (rows.step()) {
        Worklist::Item item = itemFrom(rows, kind, area);
        if constexpr (std::is_void_v<std::invoke_result_t<Describe, Worklist::Item&>>) {
            describe(item);
            items.append(item);
        } else if (describe(item)) {
            items.append(item);
        }
    }
}

std::string sql(std::initializer_list<const char*> parts)
{
    std::string result;
    for (const char* part : parts)
        result += part;
    return result;
}

void overdueActions(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    // The plan in force is each case's newest version, draft or adopted.
    // From the open cases out (CROSS JOIN keeps that order): the actions of closed cases are most of the table.
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", a.description, a.due_date FROM cases c CROSS JOIN plan_versions v ON v.case_id = c.id "
                            "AND v.version = (SELECT max(version) FROM plan_versions WHERE case_id = c.id) "
                            "JOIN plan_actions a ON a.version_id = v.id JOIN patients p ON p.id = c.patient_id "
                            "WHERE a.status IN ('planned', 'in_progress') AND a.due_date < ? AND ",
                            OpenCase, " ORDER BY a.due_date, c.id"}));
    rows.bind(1, today);
    addItems(rows, Worklist::Kind::OverdueAction, CaseArea::Plan, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(4);
        item.reason = QCoreApplication::translate("Worklist", "“%1” was due %2")
                          .arg(rows.columnText(3), item.date.toString(Qt::ISODate));
    });
}

void meetings(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", m.starts_at, m.kind, m.place, m.video FROM meetings m "
                            "JOIN cases c ON c.id = m.case_id JOIN patients p ON p.id = c.patient_id "
                            "WHERE m.status = 'booked' AND m.starts_at >= ? AND m.starts_at < ? "
                            "ORDER BY m.starts_at, c.id"}));
    rows.bind(1, today.startOfDay()).bind(2, sundayOf(today).addDays(1).startOfDay());
    while (rows.step()) {
        const QDateTime at = rows.columnDateTime(3);
        const bool isToday = at.date() == today;
        auto item = itemFrom(rows, isToday ? Worklist::Kind::MeetingToday : Worklist::Kind::MeetingThisWeek,
                             CaseArea::Meetings);
        item.date = at.date();
        item.time = at;
        const QString where = rows.columnInt(6) ? QCoreApplication::translate("Worklist", "video") : rows.columnText(5);
        const QString kind = text::labelOf(text::fromKeyOr(rows.columnText(4), MeetingKind::Other));
        item.reason = isToday ? QCoreApplication::translate("Worklist", "%1 at %2, %3")
                                    .arg(kind, at.toString(QStringLiteral("HH:mm")), where)
                              : QCoreApplication::translate("Worklist", "%1 %2 at %3, %4")
                                    .arg(kind, QLocale(QLocale::Swedish).dayName(at.date().dayOfWeek()),
                                         at.toString(QStringLiteral("HH:mm")), where);
        items.append(item);
    }
}

void consentsExpiring(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", s.valid_until, s.scope FROM consents s "
                            "JOIN cases c ON c.id = s.case_id JOIN patients p ON p.id = c.patient_id "
                            "WHERE s.valid_until BETWEEN ? AND ? AND (s.withdrawn_on IS NULL OR s.withdrawn_on > ?) "
                            "AND ",
                            OpenCase, " ORDER BY s.valid_until, c.id"}));
    rows.bindAll(today, today.addDays(days), today);
    addItems(rows, Worklist::Kind::ConsentExpiring, CaseArea::Consents, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(3);
        item.reason = QCoreApplication::translate("Worklist", "Consent (%1) valid until %2, %3")
                          .arg(text::labelOf(text::fromKeyOr(rows.columnText(4), ConsentScope::Other)),
                               item.date.toString(Qt::ISODate), inDays(today, item.date));
    });
}

void withoutFollowUp(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    // The unary + keeps SQLite from the index of every case by opening day, and of every meeting by start: walking
    // either one made this rule 17 ms at 50,000 cases instead of 1.
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            " FROM cases c JOIN patients p ON p.id = c.patient_id "
                            "WHERE c.status IN ('active', 'follow_up') AND NOT EXISTS (SELECT 1 FROM meetings m "
                            "WHERE m.case_id = c.id AND m.status = 'booked' AND +m.starts_at >= ?) "
                            "ORDER BY +c.opened_on, c.id"}));
    rows.bind(1, today.startOfDay());
    addItems(rows, Worklist::Kind::NoFollowUp, CaseArea::Meetings, items, [&](Worklist::Item& item) {
        item.date = today;
        item.reason = QCoreApplication::translate("Worklist", "No follow-up meeting booked");
    });
}

void withoutActivity(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    // The last sign of work on the case: a recorded activity, a held meeting, or its opening. Worked out once per
    // case (MATERIALIZED): as a column alias in WHERE, SQLite would run both subqueries a second time.
    Statement rows(db, sql({"WITH work AS MATERIALIZED (SELECT ", CaseColumns,
                            " AS name, greatest(c.opened_on, "
                            "coalesce((SELECT max(substr(v.occurred_at, 1, 10)) FROM activities a "
                            "JOIN activity_versions v ON v.activity_id = a.id AND v.version = a.current_version "
                            "WHERE a.case_id = c.id), ''), "
                            "coalesce((SELECT max(substr(m.starts_at, 1, 10)) FROM meetings m "
                            "WHERE m.case_id = c.id AND m.status = 'held'), '')) AS last_work "
                            "FROM cases c JOIN patients p ON p.id = c.patient_id WHERE ",
                            OpenCase, ") SELECT * FROM work WHERE last_work <= ? ORDER BY last_work, id"}));
    rows.bind(1, today.addDays(-days));
    addItems(rows, Worklist::Kind::NoActivity, CaseArea::Activities, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(3);
        item.reason = QCoreApplication::translate("Worklist", "Nothing recorded for %n day(s) (since %1)", nullptr,
                                                  int(item.date.daysTo(today)))
                          .arg(item.date.toString(Qt::ISODate));
    });
}

void newCases(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", c.opened_on FROM cases c JOIN patients p ON p.id = c.patient_id "
                            "WHERE c.opened_on BETWEEN ? AND ? ORDER BY c.opened_on, c.id"}));
    rows.bindAll(today.addDays(1 - today.dayOfWeek()), today);
    addItems(rows, Worklist::Kind::NewCase, CaseArea::SickLeave, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(3);
        item.reason =
            QCoreApplication::translate("Worklist", "New case, opened %1").arg(item.date.toString(Qt::ISODate));
    });
}

// A booked meeting whose day is `days` behind and that nobody recorded as held or cancelled: what was agreed there
// is in no record yet, and the next steps hang on it. From the open cases out: in a unit's file of some years, most
// meetings left booked belong to closed cases, and walking the meetings by date read all of them.
void unrecordedMeetings(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", m.starts_at, m.kind FROM cases c CROSS JOIN meetings m ON m.case_id = c.id "
                            "JOIN patients p ON p.id = c.patient_id "
                            "WHERE m.status = 'booked' AND m.starts_at < ? AND ",
                            OpenCase, " ORDER BY m.starts_at, c.id"}));
    rows.bind(1, today.addDays(1 - days).startOfDay());
    addItems(rows, Worklist::Kind::MeetingNotRecorded, CaseArea::Meetings, items, [&](Worklist::Item& item) {
        item.time = rows.columnDateTime(3);
        item.date = item.time.date();
        item.reason = QCoreApplication::translate("Worklist", "%1 on %2: not recorded as held or cancelled")
                          .arg(text::labelOf(text::fromKeyOr(rows.columnText(4), MeetingKind::Other)),
                               item.date.toString(Qt::ISODate));
    });
}

// A held meeting that said a 4 § impuls is needed, with no impuls recorded on or after its day (from the open cases
// out, as above).
void missingImpulses(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", m.starts_at FROM cases c CROSS JOIN meetings m ON m.case_id = c.id "
                            "JOIN patients p ON p.id = c.patient_id "
                            "WHERE m.status = 'held' AND m.impulse_needed = 1 AND m.starts_at < ? "
                            "AND NOT EXISTS (SELECT 1 FROM impulses i WHERE i.case_id = m.case_id "
                            "AND i.made_on >= substr(m.starts_at, 1, 10)) AND ",
                            OpenCase, " ORDER BY m.starts_at, c.id"}));
    rows.bind(1, today.addDays(1 - days).startOfDay());
    addItems(rows, Worklist::Kind::ImpulseMissing, CaseArea::Meetings, items, [&](Worklist::Item& item) {
        item.date = rows.columnDateTime(3).date();
        item.reason = QCoreApplication::translate("Worklist", "The meeting on %1 said a 4 § impuls is needed; none "
                                                              "is recorded")
                          .arg(item.date.toString(Qt::ISODate));
    });
}

// An impuls whose outcome is still empty after `days`: Försäkringskassan has not answered, or the answer was not
// written down.
void unansweredImpulses(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", i.made_on FROM impulses i "
                            "JOIN cases c ON c.id = i.case_id JOIN patients p ON p.id = c.patient_id "
                            "WHERE trim(i.outcome) = '' AND i.made_on <= ? AND ",
                            OpenCase, " ORDER BY i.made_on, c.id"}));
    rows.bind(1, today.addDays(-days));
    addItems(rows, Worklist::Kind::ImpulseUnanswered, CaseArea::Meetings, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(3);
        item.reason = QCoreApplication::translate("Worklist",
                                                  "Impuls of %1: no answer from Försäkringskassan for "
                                                  "%n day(s)",
                                                  nullptr, int(item.date.daysTo(today)))
                          .arg(item.date.toString(Qt::ISODate));
    });
}

// The newest plan version is a draft, and a meeting was held since the last adoption (the one whose decisions the
// draft holds) at least `days` ago.
void draftsNotAdopted(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    // The day met is worked out per draft first: a column's alias may not be used in its own WHERE on the server.
    Statement rows(db, sql({"WITH drafts AS MATERIALIZED (SELECT ", CaseColumns,
                            ", v.version, (SELECT min(substr(m.starts_at, 1, 10)) FROM meetings m "
                            "WHERE m.case_id = c.id AND m.status = 'held' AND substr(m.starts_at, 1, 10) > "
                            "coalesce((SELECT max(a.adopted_on) FROM plan_versions a WHERE a.case_id = c.id), '')) "
                            "AS met FROM cases c CROSS JOIN plan_versions v ON v.case_id = c.id "
                            "AND v.version = (SELECT max(version) FROM plan_versions WHERE case_id = c.id) "
                            "JOIN patients p ON p.id = c.patient_id "
                            "WHERE v.adopted_on IS NULL AND ",
                            OpenCase, ") SELECT * FROM drafts WHERE met <= ? ORDER BY met, id"}));
    rows.bind(1, today.addDays(-days));
    addItems(rows, Worklist::Kind::DraftNotAdopted, CaseArea::Plan, items, [&](Worklist::Item& item) {
        item.date = rows.columnDate(4);
        item.reason = QCoreApplication::translate("Worklist",
                                                  "Version %1 of the plan is a draft, %n day(s) after the "
                                                  "meeting on %2",
                                                  nullptr, int(item.date.daysTo(today)))
                          .arg(rows.columnInt(3))
                          .arg(item.date.toString(Qt::ISODate));
    });
}

// The newest adopted version of each open case's plan, adopted at least `days` ago, and who on its distribution list
// has no recorded copy (PlanRules::recipientsWithoutCopy).
void undistributedPlans(Database& db, const QDate& today, int days, QList<Worklist::Item>& items)
{
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", v.version, v.adopted_on, v.distribution, (SELECT group_concat(d.recipient, '\n') "
                            "FROM document_records d WHERE d.case_id = c.id AND d.plan_version = v.version "
                            "AND d.kind IN ('plan', 'letter')) FROM cases c CROSS JOIN plan_versions v "
                            "ON v.case_id = c.id AND v.version = (SELECT max(version) FROM plan_versions "
                            "WHERE case_id = c.id AND adopted_on IS NOT NULL) "
                            "JOIN patients p ON p.id = c.patient_id "
                            "WHERE v.adopted_on <= ? AND v.distribution <> '' AND ",
                            OpenCase, " ORDER BY v.adopted_on, c.id"}));
    rows.bind(1, today.addDays(-days));
    addItems(rows, Worklist::Kind::PlanNotDistributed, CaseArea::Plan, items, [&](Worklist::Item& item) {
        const QStringList missing =
            PlanRules::recipientsWithoutCopy(rows.columnText(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                                             rows.columnText(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        item.date = rows.columnDate(4);
        item.reason = QCoreApplication::translate("Worklist", "Version %1 of the plan: no copy recorded for %2")
                          .arg(rows.columnInt(3))
                          .arg(missing.join(QStringLiteral(", ")));
        return !missing.isEmpty(); // everyone has had a copy: no item
    });
}

// Coordination itself rests on the patient's consent (ConsentRules::checkCoordination): an active case without a
// consent valid today. Dated by the day the last one stopped being valid, or by the case's opening when none ever was.
void casesWithoutConsent(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    // "+c.opened_on": sorting through the index on opened_on would walk every case ever opened, where the
    // coordinated cases are a few hundred; they are found through their own index and sorted.
    Statement rows(db, sql({"SELECT ", CaseColumns,
                            ", (SELECT max(coalesce(s.withdrawn_on, date(s.valid_until, '+1 day'))) FROM consents s "
                            "WHERE s.case_id = c.id AND s.scope = 'coordination' AND s.given_on <= ?1), c.opened_on "
                            "FROM cases c JOIN patients p ON p.id = c.patient_id "
                            "WHERE c.status IN ('active', 'follow_up') AND NOT EXISTS (SELECT 1 FROM consents s "
                            "WHERE s.case_id = c.id AND s.scope = 'coordination' AND s.given_on <= ?1 "
                            "AND (s.valid_until IS NULL OR s.valid_until >= ?1) "
                            "AND (s.withdrawn_on IS NULL OR s.withdrawn_on > ?1)) ORDER BY +c.opened_on, c.id"}));
    rows.bind(1, today);
    addItems(rows, Worklist::Kind::NoConsent, CaseArea::Consents, items, [&](Worklist::Item& item) {
        const QDate lapsed = rows.columnDate(3);
        item.date = lapsed.isValid() ? lapsed : rows.columnDate(4);
        item.reason = lapsed.isValid()
                          ? QCoreApplication::translate("Worklist", "Active, but the consent to coordination is no "
                                                                    "longer valid (since %1)")
                                .arg(lapsed.toString(Qt::ISODate))
                          : QCoreApplication::translate("Worklist", "Active without a valid consent to coordination");
    });
}

// The unit's sick-leave list: who on the latest list has no case and no assessment yet, when they are new on it or
// their sjukfall nears or has passed day 90 (from day 60: the law's "as early as possible").
void sickListed(ServiceContext& context, const QDate& today, QList<Worklist::Item>& items)
{
    for (const SickListCandidate& candidate : SickListRepository(context).candidates()) {
        if (!candidate.onLatestList || candidate.decision != SickListCandidate::Decision::Pending)
            continue;
        const int day = candidate.dayOn(today);
        const QDate day90 = today.addDays(90 - day);
        Worklist::Item item;
        item.kind = Worklist::Kind::SickListed;
        item.patientName = candidate.patient.displayName();
        item.identity = candidate.patient.identity;
        item.area = CaseArea::SickList;
        item.date = day90; // near day 90: the day it is reached or was passed
        if (day > 90) {
            item.reason =
                QCoreApplication::translate("Worklist", "Day %1 of the sick leave: past day 90, not assessed").arg(day);
        } else if (day >= 60) {
            item.reason = QCoreApplication::translate("Worklist", "Day %1 of the sick leave: day 90 %2, not assessed")
                              .arg(day)
                              .arg(inDays(today, day90));
        } else if (candidate.firstSeen == candidate.listDate) {
            item.date = candidate.firstSeen; // new: the day the list showed them first
            item.reason =
                QCoreApplication::translate("Worklist", "New on the sick-leave list (day %1 of the sick leave)")
                    .arg(day);
        } else {
            continue;
        }
        items.append(item);
    }
}

// The family support's follow-up (issue 23): each parent's occupation and own rating, and whether the network works,
// recorded at the start once the support is under way, and at the end when it is closed. Without them the unit's
// follow-up has holes nobody can fill later. A parent without a row is the case's own, with nothing recorded yet.
void familyFollowUp(Database& db, const QDate& today, QList<Worklist::Item>& items)
{
    // A support closed longer ago than this is the unit's follow-up to chase, not the day's work.
    constexpr int closedWithinDays = 60;
    if (FileProfile::of(db) != Profile::Family)
        return;
    constexpr auto StartMissing = "(NOT EXISTS (SELECT 1 FROM family_parents f WHERE f.case_id = c.id AND "
                                  "f.position = 1 AND f.occupation_start IS NOT NULL AND f.rating_start IS NOT NULL) "
                                  "OR EXISTS (SELECT 1 FROM family_parents f WHERE f.case_id = c.id AND "
                                  "(f.occupation_start IS NULL OR f.rating_start IS NULL)) "
                                  "OR NOT EXISTS (SELECT 1 FROM family_network n WHERE n.case_id = c.id AND "
                                  "n.works_start IS NOT NULL))";
    constexpr auto EndMissing = "(NOT EXISTS (SELECT 1 FROM family_parents f WHERE f.case_id = c.id AND "
                                "f.position = 1 AND f.occupation_end IS NOT NULL AND f.rating_end IS NOT NULL) "
                                "OR EXISTS (SELECT 1 FROM family_parents f WHERE f.case_id = c.id AND "
                                "(f.occupation_end IS NULL OR f.rating_end IS NULL)) "
                                "OR NOT EXISTS (SELECT 1 FROM family_network n WHERE n.case_id = c.id AND "
                                "n.works_end IS NOT NULL))";
    Statement started(db, sql({"SELECT ", CaseColumns,
                               ", c.opened_on FROM cases c JOIN patients p ON p.id = c.patient_id "
                               "WHERE c.status IN ('active', 'follow_up') AND ",
                               StartMissing, " ORDER BY c.opened_on, c.id"}));
    addItems(started, Worklist::Kind::FollowUpMissing, CaseArea::Family, items, [&](Worklist::Item& item) {
        item.date = started.columnDate(3);
        item.reason = QCoreApplication::translate("Worklist", "The follow-up at the start is not complete (support "
                                                              "since %1)")
                          .arg(item.date.toString(Qt::ISODate));
    });
    Statement closed(db, sql({"SELECT ", CaseColumns,
                              ", c.closed_on FROM cases c JOIN patients p ON p.id = c.patient_id "
                              "WHERE c.status = 'closed' AND c.closed_on >= ? AND ",
                              EndMissing, " ORDER BY c.closed_on, c.id"}));
    closed.bind(1, today.addDays(-closedWithinDays));
    addItems(closed, Worklist::Kind::FollowUpMissing, CaseArea::Family, items, [&](Worklist::Item& item) {
        item.date = closed.columnDate(3);
        item.reason = QCoreApplication::translate("Worklist", "Closed %1; the follow-up at the end is not complete")
                          .arg(item.date.toString(Qt::ISODate));
    });
}

// Checkpoints and the end of sick leave follow from the rehab chain, which lives in C++ (RehabChain).
void chainRules(ServiceContext& context, const WorklistSettings& settings, QList<Worklist::Item>& items)
{
    const QDate today = context.today();
    const auto periods = SickLeaveRepository(context).periodsOfOpenCases();
    QHash<qint64, QString> names;
    Statement patients(context.db, sql({"SELECT ", CaseColumns,
                                        " FROM cases c JOIN patients p ON p.id = c.patient_id "
                                        "WHERE ",
                                        OpenCase}));
    while (patients.step())
        names.insert(patients.columnInt64(0), patients.columnText(2));
    for (const CaseRecord& record : CaseRepository(context).openCases()) {
        const auto found = periods.constFind(record.id);
        if (found == periods.cend())
            continue;
        const RehabChain chain(record, *found, context.rules, today);
        Worklist::Item item;
        item.caseId = record.id;
        item.reference = record.reference;
        item.patientName = names.value(record.id);
        item.area = CaseArea::SickLeave;
        if (const auto next = chain.nextCheckpoint(today);
            next && next->date <= today.addDays(settings.checkpointDays)) {
            item.kind = Worklist::Kind::Checkpoint;
            item.date = next->date;
            item.reason = QCoreApplication::translate("Worklist", "Day %1 %2 (%3)")
                              .arg(next->day)
                              .arg(inDays(today, next->date), dayWithWeek(next->date));
            items.append(item);
        }
        const QDate end = chain.chain().end;
        if (end.isValid() && end >= today && end <= today.addDays(settings.sickLeaveEndDays)) {
            item.kind = Worklist::Kind::SickLeaveEnding;
            item.date = end;
            item.reason = QCoreApplication::translate("Worklist", "Sick leave ends %1 (%2)")
                              .arg(inDays(today, end), dayWithWeek(end));
            items.append(item);
        }
    }
}

} // namespace

QString Worklist::titleOf(Kind kind)
{
    switch (kind) {
    case Kind::OverdueAction:
        return QCoreApplication::translate("Worklist", "Overdue actions");
    case Kind::MeetingToday:
        return QCoreApplication::translate("Worklist", "Meetings today");
    case Kind::MeetingThisWeek:
        return QCoreApplication::translate("Worklist", "Meetings later this week");
    case Kind::Checkpoint:
        return QCoreApplication::translate("Worklist", "Checkpoints coming up");
    case Kind::ConsentExpiring:
        return QCoreApplication::translate("Worklist", "Consents running out");
    case Kind::NoFollowUp:
        return QCoreApplication::translate("Worklist", "Active cases without a booked follow-up");
    case Kind::NoActivity:
        return QCoreApplication::translate("Worklist", "Cases with nothing recorded lately");
    case Kind::NewCase:
        return QCoreApplication::translate("Worklist", "New cases this week");
    case Kind::SickLeaveEnding:
        return QCoreApplication::translate("Worklist", "Sick leave ending soon");
    case Kind::SickListed:
        return QCoreApplication::translate("Worklist", "Sick-listed, not in coordination");
    case Kind::MeetingNotRecorded:
        return QCoreApplication::translate("Worklist", "Meetings not recorded");
    case Kind::ImpulseMissing:
        return QCoreApplication::translate("Worklist", "4 § impuls needed, not made");
    case Kind::ImpulseUnanswered:
        return QCoreApplication::translate("Worklist", "Impulser without an answer");
    case Kind::DraftNotAdopted:
        return QCoreApplication::translate("Worklist", "Plans not adopted");
    case Kind::PlanNotDistributed:
        return QCoreApplication::translate("Worklist", "Plans not sent to everyone");
    case Kind::NoConsent:
        return QCoreApplication::translate("Worklist", "Active cases without consent to coordination");
    case Kind::FollowUpMissing:
        return QCoreApplication::translate("Worklist", "Follow-up not recorded");
    }
    return {};
}

QList<Worklist::Item> Worklist::items(const WorklistSettings& settings) const
{
    const QDate today = m_context.today();
    QList<Item> found;
    overdueActions(m_context.db, today, found);
    meetings(m_context.db, today, found);
    consentsExpiring(m_context.db, today, settings.consentDays, found);
    withoutFollowUp(m_context.db, today, found);
    withoutActivity(m_context.db, today, settings.idleDays, found);
    newCases(m_context.db, today, found);
    chainRules(m_context, settings, found);
    sickListed(m_context, today, found);
    unrecordedMeetings(m_context.db, today, settings.unrecordedMeetingDays, found);
    missingImpulses(m_context.db, today, settings.missingImpulseDays, found);
    unansweredImpulses(m_context.db, today, settings.impulseAnswerDays, found);
    draftsNotAdopted(m_context.db, today, settings.draftPlanDays, found);
    undistributedPlans(m_context.db, today, settings.undistributedPlanDays, found);
    casesWithoutConsent(m_context.db, today, found);
    familyFollowUp(m_context.db, today, found);
    const auto rank = [](Kind kind) {
        return std::find(std::begin(AllKinds), std::end(AllKinds), kind) - std::begin(AllKinds);
    };
    std::stable_sort(found.begin(), found.end(), [&rank](const Item& a, const Item& b) {
        if (a.kind != b.kind)
            return rank(a.kind) < rank(b.kind);
        return a.date < b.date;
    });
    return found;
}

} // namespace koordinera::core
