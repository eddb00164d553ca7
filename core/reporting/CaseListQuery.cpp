// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporting/CaseListQuery.h"

#include "core/domain/DomainText.h"
#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"
#include "core/records/ServiceContext.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Statement.h"

#include <QStringList>
#include <algorithm>
#include <numeric>
#include <vector>

namespace koordinera::core {

namespace {

// Per case, over the periods of the current sjukfall (those starting on or after chain_start):
// days covered up to today, the whole length, and the end (9999-12-31 = open-ended). Mirrors RehabChain.
constexpr auto ChainCte = R"(
WITH chain AS (
    SELECT p.case_id,
           sum(greatest(0, julianday(least(coalesce(p.end_date, :today), :today)) - julianday(p.start_date) + 1))
               AS covered_today,
           sum(julianday(coalesce(p.end_date, greatest(:today, p.start_date))) - julianday(p.start_date) + 1)
               AS length_days,
           max(coalesce(p.end_date, '9999-12-31')) AS chain_end
    FROM sick_leave_periods p JOIN cases c ON c.id = p.case_id
    WHERE p.start_date >= c.chain_start
    GROUP BY p.case_id
),
base AS (
    SELECT c.id AS case_id, c.reference, c.status, p.identity, p.identity_kind, p.given_name, p.family_name, p.sex,
           c.occupation, c.chain_start, ch.chain_end, CAST(ch.length_days AS INTEGER) AS length_days,
           CASE WHEN ch.case_id IS NULL OR c.chain_start > :today THEN NULL
                WHEN c.fk_confirmed_day IS NOT NULL AND c.fk_confirmed_on >= c.chain_start
                    THEN c.fk_confirmed_day + CAST(julianday(:today) - julianday(c.fk_confirmed_on) AS INTEGER)
                ELSE c.offset_days + CAST(ch.covered_today AS INTEGER) END AS sick_day,
           coalesce((SELECT degree FROM sick_leave_periods sp WHERE sp.case_id = c.id AND sp.start_date <= :today
                         AND (sp.end_date IS NULL OR sp.end_date >= :today) LIMIT 1),
                    (SELECT degree FROM sick_leave_periods sp WHERE sp.case_id = c.id
                         AND sp.start_date >= c.chain_start ORDER BY sp.start_date DESC LIMIT 1)) AS degree,
           (SELECT code FROM diagnoses d WHERE d.case_id = c.id AND d.is_main = 1) AS main_code,
           coalesce((SELECT group_concat(s.name, ', ') FROM case_team t JOIN staff s ON s.id = t.staff_id
                         WHERE t.case_id = c.id AND s.profession = 'doctor'),
                    c.doctor) AS doctor
    FROM cases c JOIN patients p ON p.id = c.patient_id LEFT JOIN chain ch ON ch.case_id = c.id
    WHERE )";

QString lengthCondition(LengthBucket bucket)
{
    switch (bucket) {
    case LengthBucket::Any:
        return {};
    case LengthBucket::Days0To14:
        return QStringLiteral("length_days BETWEEN 0 AND 14");
    case LengthBucket::Days15To30:
        return QStringLiteral("length_days BETWEEN 15 AND 30");
    case LengthBucket::Days31To90:
        return QStringLiteral("length_days BETWEEN 31 AND 90");
    case LengthBucket::Days91To180:
        return QStringLiteral("length_days BETWEEN 91 AND 180");
    case LengthBucket::Days181To365:
        return QStringLiteral("length_days BETWEEN 181 AND 365");
    case LengthBucket::Years1To2:
        return QStringLiteral("length_days BETWEEN 366 AND 730");
    case LengthBucket::Over2Years:
        return QStringLiteral("length_days > 730");
    }
    return {};
}

// The next checkpoint as a day number: the first threshold at or after today's day, while ongoing.
// Thresholds are integers from settings, written into the SQL as numbers.
QString nextCheckpointExpression(QList<int> thresholds)
{
    std::sort(thresholds.begin(), thresholds.end());
    QString expression = QStringLiteral("CASE WHEN sick_day IS NULL OR chain_end < :today THEN NULL");
    for (int day : thresholds)
        expression += QStringLiteral(" WHEN sick_day <= %1 THEN %1").arg(day);
    return expression + QStringLiteral(" END");
}

QString orderExpression(CaseListColumn column)
{
    switch (column) {
    case CaseListColumn::Status:
        return QStringLiteral("CASE status WHEN 'none' THEN 0 WHEN 'contacted' THEN 1 WHEN 'active' THEN 2 "
                              "WHEN 'follow_up' THEN 3 WHEN 'closed' THEN 4 ELSE 5 END");
    case CaseListColumn::Identity:
        return QStringLiteral("identity");
    case CaseListColumn::Name:
        return QStringLiteral("family_name COLLATE swedish %1, given_name COLLATE swedish");
    case CaseListColumn::Age: // younger first when ascending: a later birth date
        return QStringLiteral("CASE WHEN identity_kind = 'reservnummer' THEN NULL ELSE -CAST(substr(identity, 1, 8) "
                              "AS INTEGER) END");
    case CaseListColumn::Sex:
        return QStringLiteral("sex");
    case CaseListColumn::MainDiagnosis:
        return QStringLiteral("main_code");
    case CaseListColumn::Occupation:
        return QStringLiteral("occupation");
    case CaseListColumn::Start:
        return QStringLiteral("chain_start");
    case CaseListColumn::End:
        return QStringLiteral("chain_end");
    case CaseListColumn::Length:
        return QStringLiteral("length_days");
    case CaseListColumn::Degree:
        return QStringLiteral("degree");
    case CaseListColumn::SickDay:
        return QStringLiteral("sick_day");
    case CaseListColumn::NextCheckpoint:
        return QStringLiteral("next_checkpoint - sick_day");
    case CaseListColumn::Doctor:
        return QStringLiteral("nullif(doctor, '') COLLATE swedish");
    case CaseListColumn::Reference:
    case CaseListColumn::Count:
        break;
    }
    return QStringLiteral("reference");
}

bool inAgeBand(AgeBand band, int age)
{
    switch (band) {
    case AgeBand::Any:
        return true;
    case AgeBand::Under30:
        return age >= 0 && age < 30;
    case AgeBand::From30To39:
        return age >= 30 && age <= 39;
    case AgeBand::From40To49:
        return age >= 40 && age <= 49;
    case AgeBand::From50To59:
        return age >= 50 && age <= 59;
    case AgeBand::From60:
        return age >= 60;
    }
    return true;
}

bool endPasses(EndFilter filter, const CaseListRow& row, const QDate& today)
{
    if (filter == EndFilter::Any)
        return true;
    if (!row.hasSickLeave || !row.end.isValid())
        return false; // no sick leave, or until further notice
    switch (filter) {
    case EndFilter::Within14Days:
        return row.end >= today && row.end <= today.addDays(14);
    case EndFilter::Within30Days:
        return row.end >= today && row.end <= today.addDays(30);
    case EndFilter::Within90Days:
        return row.end >= today && row.end <= today.addDays(90);
    case EndFilter::Ended:
        return row.end < today;
    case EndFilter::Any:
        break;
    }
    return true;
}

} // namespace

bool passesDetailFilters(const CaseListFilter& filter, const CaseListRow& row, const QDate& today)
{
    if (!filter.doctor.isEmpty() && !row.doctor.split(QStringLiteral(", ")).contains(filter.doctor))
        return false;
    if (!filter.chapter.isEmpty() && IcdCode::chapterOf(row.mainDiagnosis) != filter.chapter)
        return false;
    if (filter.age != AgeBand::Any &&
        !inAgeBand(filter.age, IdentityNumber::fromStored(row.identity, row.identityKind).ageOn(today)))
        return false;
    return endPasses(filter.end, row, today);
}

QList<CaseListRow> CaseListQuery::rows(const CaseListFilter& filter, CaseListColumn sortColumn, bool ascending) const
{
    QStringList where{QStringLiteral("TRUE")};
    const QString match = SearchIndex::matchExpression(m_context.db, filter.text);
    if (!match.isEmpty())
        where << QStringLiteral("c.id IN (%1)").arg(SearchIndex::casesMatching(m_context.db, QStringLiteral(":match")));
    if (filter.status)
        where << QStringLiteral("c.status = :status");
    else if (!filter.showClosed)
        where << QStringLiteral("c.status NOT IN ('closed', 'declined')");
    if (filter.sex)
        where << QStringLiteral("p.sex = :sex");

    QString sql = QString::fromUtf8(ChainCte) + where.join(QLatin1String(" AND ")) +
                  // The checkpoint as a column of its own: the server orders by a column's alias only when it
                  // stands alone, never inside an expression.
                  QStringLiteral("),\nlisted AS (SELECT *, %1 AS next_checkpoint FROM base)\nSELECT * FROM listed")
                      .arg(nextCheckpointExpression(m_context.rules.checkpointDays));
    if (const QString condition = lengthCondition(filter.length); !condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order = orderExpression(sortColumn);
    order = order.contains(QLatin1String("%1")) ? order.arg(direction) : order + QLatin1Char(' ') + direction;
    sql += QStringLiteral(" ORDER BY %1 NULLS LAST, reference").arg(order);

    Statement query(m_context.db, sql.toStdString());
    const QDate today = m_context.today();
    auto bindNamed = [&query](const char* name, const auto& value) {
        const int index = query.parameterIndex(name);
        if (index > 0)
            query.bind(index, value);
    };
    bindNamed(":today", today);
    bindNamed(":match", match);
    if (filter.status)
        bindNamed(":status", text::keyOf(*filter.status));
    if (filter.sex)
        bindNamed(":sex", text::keyOf(*filter.sex));

    QList<CaseListRow> result;
    while (query.step()) {
        CaseListRow row;
        row.caseId = query.columnInt64(0);
        row.reference = query.columnText(1);
        row.status = text::fromKeyOr(query.columnText(2), CaseStatus::None);
        row.identity = query.columnText(3);
        row.identityKind = text::fromKeyOr(query.columnText(4), IdentityKind::Reservnummer);
        row.givenName = query.columnText(5);
        row.familyName = query.columnText(6);
        row.sex = text::fromKeyOr(query.columnText(7), Sex::Unknown);
        row.occupation = text::fromKeyOr(query.columnText(8), Occupation::Unknown);
        row.hasSickLeave = !query.isNull(10);
        row.start = query.columnDate(9);
        const QString end = query.columnText(10);
        row.end = end == QLatin1String("9999-12-31") ? QDate() : query.columnDate(10);
        row.lengthDays = query.columnInt(11);
        row.sickDay = query.columnOptionalInt(12);
        row.degree = query.columnInt(13);
        row.mainDiagnosis = query.columnText(14);
        row.doctor = query.columnText(15);
        if (const auto next = query.columnOptionalInt(16); next && row.sickDay)
            row.nextCheckpoint = Checkpoint{*next, today.addDays(*next - *row.sickDay), *next == *row.sickDay};
        if (passesDetailFilters(filter, row, today))
            result.append(row);
    }
    return result;
}

std::optional<QList<qint64>> CaseListQuery::matchingCases(const QString& userText) const
{
    const QString match = SearchIndex::matchExpression(m_context.db, userText);
    if (match.isEmpty())
        return std::nullopt;
    Statement query(m_context.db, SearchIndex::casesMatching(m_context.db, QStringLiteral("?")).toStdString());
    query.bind(1, match);
    QList<qint64> ids;
    while (query.step())
        ids.append(query.columnInt64(0));
    return ids;
}

QList<int> CaseListCache::select(const CaseListFilter& filter, CaseListColumn sortColumn, bool ascending)
{
    const Key key{filter.status, filter.length,  filter.sex,        filter.showClosed,
                  filter.doctor, filter.chapter, filter.age,        filter.end,
                  sortColumn,    ascending,      m_context.today(), m_context.rules.checkpointDays};
    if (m_key != key) {
        CaseListFilter withoutText = filter;
        withoutText.text.clear();
        m_rows = m_query.rows(withoutText, sortColumn, ascending);
        m_key = key;
    }
    QList<int> positions;
    const auto matching = m_query.matchingCases(filter.text);
    if (!matching) {
        positions.resize(m_rows.size());
        std::iota(positions.begin(), positions.end(), 0);
        return positions;
    }
    // A flag per case id: the ids are the table's rowids, dense from 1, and a first letter matches nearly all.
    const qint64 highest = matching->isEmpty() ? 0 : *std::max_element(matching->cbegin(), matching->cend());
    std::vector<bool> matches(size_t(highest) + 1, false);
    for (const qint64 id : *matching)
        matches[size_t(id)] = true;
    positions.reserve(std::min(m_rows.size(), matching->size()));
    for (int position = 0; position < m_rows.size(); ++position) {
        const qint64 id = m_rows.at(position).caseId;
        if (id <= highest && matches[size_t(id)])
            positions.append(position);
    }
    return positions;
}

QStringList CaseListQuery::doctors() const
{
    Statement rows(m_context.db, "SELECT name FROM staff WHERE profession = 'doctor' AND active = 1 UNION "
                                 "SELECT doctor COLLATE swedish FROM cases WHERE trim(doctor) <> '' ORDER BY 1");
    QStringList names;
    while (rows.step())
        names.append(rows.columnText(0));
    return names;
}

int CaseListQuery::totalCases() const
{
    Statement count(m_context.db, "SELECT count(*) FROM cases");
    return count.step() ? count.columnInt(0) : 0;
}

} // namespace koordinera::core
