// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/FamilyStatistics.h"

#include "core/domain/DomainText.h"
#include "core/domain/Family.h"
#include "core/domain/IdentityNumber.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <algorithm>

namespace koordinera::core {

namespace {

// A family is in the period when its support began before the period ended and had not ended before it began.
constexpr auto InPeriod = "c.opened_on <= :to AND (c.closed_on IS NULL OR c.closed_on >= :from) "
                          "AND c.status <> 'declined'";

void bindPeriod(Statement& statement, const StatisticsPeriod& period)
{
    statement.bind(statement.parameterIndex(":from"), period.from);
    statement.bind(statement.parameterIndex(":to"), period.to);
}

Sex sexOf(const QString& key)
{
    return text::fromKeyOr(key, Sex::Unknown);
}

bool inWorkOrStudies(const QString& occupation)
{
    return occupation == text::keyOf(ParentOccupation::Work) || occupation == text::keyOf(ParentOccupation::Studies);
}

int bandOf(int age)
{
    return age <= 5 ? 0 : age <= 12 ? 1 : 2;
}

QString parentAgeBand(int age)
{
    if (age < 0)
        return QCoreApplication::translate("FamilyStatistics", "not known"); // a reserve number without a birth date
    if (age < 30)
        return QCoreApplication::translate("FamilyStatistics", "under 30");
    if (age < 40)
        return QStringLiteral("30–39");
    if (age < 50)
        return QStringLiteral("40–49");
    return QCoreApplication::translate("FamilyStatistics", "50 or older");
}

template <typename E> std::optional<E> optionalKey(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : text::fromKey<E>(row.columnText(column));
}

} // namespace

QStringList FamilyStatistics::ageBands()
{
    return {QCoreApplication::translate("FamilyStatistics", "0–5 years"),
            QCoreApplication::translate("FamilyStatistics", "6–12 years"),
            QCoreApplication::translate("FamilyStatistics", "13–17 years")};
}

FamilyReport FamilyStatistics::compute(const StatisticsPeriod& period) const
{
    FamilyReport report;
    report.period = period;
    const std::string inPeriod(InPeriod);

    Statement families(m_context.db, "SELECT count(*) FROM cases c WHERE " + inPeriod);
    bindPeriod(families, period);
    report.families = families.step() ? families.columnInt(0) : 0;

    // The case's own patient is the first parent; a second is listed in family_parents.
    Statement parents(m_context.db,
                      "SELECT p.sex FROM cases c JOIN patients p ON p.id = c.patient_id WHERE " + inPeriod +
                          " UNION ALL SELECT p.sex FROM cases c JOIN family_parents f ON f.case_id = c.id "
                          "AND f.position = 2 JOIN patients p ON p.id = f.patient_id WHERE " +
                          inPeriod);
    bindPeriod(parents, period);
    while (parents.step())
        report.parents.add(sexOf(parents.columnText(0)));

    report.children.key = QStringLiteral("family_children");
    report.children.title = QCoreApplication::translate("FamilyStatistics", "Children by age");
    const QStringList bands = ageBands();
    for (const QString& band : bands)
        report.children.rows.append({band, {}});
    Statement children(m_context.db,
                       "SELECT k.birth_date FROM cases c JOIN family_children k ON k.case_id = c.id WHERE " + inPeriod);
    bindPeriod(children, period);
    while (children.step()) {
        report.children.rows[bandOf(std::max(0, FamilyRules::ageOn(children.columnDate(0), period.to)))].counts.total +=
            1;
    }

    report.network.key = QStringLiteral("family_network");
    report.network.title = QCoreApplication::translate("FamilyStatistics", "The network: families with each kind");
    for (const ActorKind kind : FamilyRules::actorKindsFor(Profile::Family))
        report.network.rows.append({text::labelOf(kind), {}});
    Statement network(m_context.db, "SELECT a.kind, count(DISTINCT c.id) FROM cases c JOIN case_contacts k ON "
                                    "k.case_id = c.id JOIN actors a ON a.id = k.actor_id WHERE " +
                                        inPeriod + " GROUP BY a.kind");
    bindPeriod(network, period);
    while (network.step()) {
        const QString label = text::labelOf(text::fromKeyOr(network.columnText(0), ActorKind::Other));
        for (StatisticsRow& row : report.network.rows) {
            if (row.label == label)
                row.counts.total += network.columnInt(1);
        }
    }

    QList<int> days;
    Statement closed(m_context.db, "SELECT c.id, c.opened_on, c.closed_on FROM cases c WHERE c.status = 'closed' "
                                   "AND c.closed_on BETWEEN :from AND :to");
    bindPeriod(closed, period);
    Statement outcome(m_context.db,
                      "SELECT p.sex, f.occupation_start, f.occupation_end FROM family_parents f "
                      "JOIN patients p ON p.id = f.patient_id WHERE f.case_id = ? AND f.occupation_start IS NOT NULL");
    while (closed.step()) {
        ++report.closed;
        days.append(int(closed.columnDate(1).daysTo(closed.columnDate(2))));
        outcome.reset();
        outcome.bind(1, closed.columnInt64(0));
        while (outcome.step()) {
            if (inWorkOrStudies(outcome.columnText(1)))
                continue;
            const Sex sex = sexOf(outcome.columnText(0));
            report.notInWorkOrStudiesAtStart.add(sex);
            if (inWorkOrStudies(outcome.columnText(2)))
                report.backInWorkOrStudies.add(sex);
        }
    }
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype middle = days.size() / 2;
        report.medianDaysInSupport =
            days.size() % 2 ? double(days.at(middle)) : (days.at(middle - 1) + days.at(middle)) / 2.0;
    }
    return report;
}

QList<ClosedSupport> FamilyStatistics::closedSupports(const StatisticsPeriod& period) const
{
    QList<ClosedSupport> supports;
    Statement closed(m_context.db, "SELECT c.id, c.opened_on, c.closed_on, c.outcome, n.works_start, n.works_end, "
                                   "(SELECT count(DISTINCT k.actor_id) FROM case_contacts k WHERE k.case_id = c.id), "
                                   "c.patient_id FROM cases c LEFT JOIN family_network n ON n.case_id = c.id "
                                   "WHERE c.status = 'closed' AND c.closed_on BETWEEN :from AND :to "
                                   "ORDER BY c.closed_on, c.id");
    bindPeriod(closed, period);
    // The first parent is the case's patient, with or without a row of follow-up; a second has a row.
    Statement parents(m_context.db,
                      "SELECT p.sex, p.identity, p.identity_kind, f.sick_listed, f.occupation_start, f.occupation_end, "
                      "f.rating_start, f.rating_end, coalesce(f.position, 1) AS position FROM patients p "
                      "LEFT JOIN family_parents f ON f.patient_id = p.id AND f.case_id = :case "
                      "WHERE p.id = :first OR p.id IN (SELECT patient_id FROM family_parents WHERE case_id = :case "
                      "AND position = 2) ORDER BY position");
    Statement children(m_context.db, "SELECT birth_date FROM family_children WHERE case_id = ?");
    while (closed.step()) {
        ClosedSupport support;
        support.number = int(supports.size()) + 1;
        const QDate opened = closed.columnDate(1);
        support.startMonth = opened.toString(QStringLiteral("yyyy-MM"));
        support.endMonth = closed.columnDate(2).toString(QStringLiteral("yyyy-MM"));
        support.daysInSupport = int(opened.daysTo(closed.columnDate(2)));
        support.outcome = text::fromKeyOr(closed.columnText(3), CaseOutcome::Other);
        support.networkAtStart = optionalKey<NetworkFunction>(closed, 4);
        support.networkAtEnd = optionalKey<NetworkFunction>(closed, 5);
        support.networkActors = closed.columnInt(6);
        parents.reset();
        parents.bind(parents.parameterIndex(":case"), closed.columnInt64(0));
        parents.bind(parents.parameterIndex(":first"), closed.columnInt64(7));
        while (parents.step()) {
            ClosedSupport::Parent parent;
            parent.sex = sexOf(parents.columnText(0));
            const IdentityNumber number = IdentityNumber::fromStored(
                parents.columnText(1), text::fromKeyOr(parents.columnText(2), IdentityKind::Personnummer));
            parent.ageBand = parentAgeBand(number.ageOn(opened));
            parent.sickListed = !parents.isNull(3) && parents.columnInt(3) != 0;
            parent.occupationAtStart = optionalKey<ParentOccupation>(parents, 4);
            parent.occupationAtEnd = optionalKey<ParentOccupation>(parents, 5);
            parent.ratingAtStart = parents.columnOptionalInt(6);
            parent.ratingAtEnd = parents.columnOptionalInt(7);
            support.parents.append(parent);
        }
        children.reset();
        children.bind(1, closed.columnInt64(0));
        while (children.step())
            support.childrenByAgeBand[bandOf(std::max(0, FamilyRules::ageOn(children.columnDate(0), opened)))] += 1;
        supports.append(support);
    }
    return supports;
}

} // namespace koordinera::core
