// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"
#include "core/domain/RehabChain.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// Sjukfall length buckets as in Rehabstöd (docs/domain.md §7).
enum class LengthBucket
{
    Any,
    Days0To14,
    Days15To30,
    Days31To90,
    Days91To180,
    Days181To365,
    Years1To2,
    Over2Years,
};

// Age bands as the seeds and Rehabstöd split them; under 30 is its own, as those patients should get a joint plan.
enum class AgeBand
{
    Any,
    Under30,
    From30To39,
    From40To49,
    From50To59,
    From60,
};

// When the sick leave ends, as Rehabstöd's "slutdatum" filter asks.
enum class EndFilter
{
    Any,
    Within14Days,
    Within30Days,
    Within90Days,
    Ended, // ended before today
};

struct CaseListFilter
{
    QString text; // free text: name, identity number, diagnosis, notes...
    std::optional<CaseStatus> status;
    LengthBucket length = LengthBucket::Any;
    std::optional<Sex> sex;
    bool showClosed = false; // Avslutad and Avböjt are hidden unless asked for (or filtered on)
    QString doctor;          // one of CaseListQuery::doctors(); empty = any
    QString chapter;         // an ICD-10 chapter as IcdCode::chapterOf names it; empty = any
    AgeBand age = AgeBand::Any;
    EndFilter end = EndFilter::Any;
};

// The columns coordinators know from Rehabstöd, in display order.
enum class CaseListColumn
{
    Status,
    Identity,
    Name,
    Age,
    Sex,
    MainDiagnosis,
    Occupation,
    Start,
    End,
    Length,
    Degree,
    SickDay,
    NextCheckpoint,
    Reference,
    Doctor, // after Reference, so that column layouts saved before it came keep their places
    Count
};

struct CaseListRow
{
    qint64 caseId = 0;
    QString reference;
    CaseStatus status = CaseStatus::None;
    QString identity;
    IdentityKind identityKind = IdentityKind::Personnummer;
    QString givenName;
    QString familyName;
    Sex sex = Sex::Unknown;
    QString mainDiagnosis; // stored form, e.g. F329
    Occupation occupation = Occupation::Unknown;
    bool hasSickLeave = false;
    QDate start;
    QDate end; // invalid with hasSickLeave: open-ended
    int lengthDays = 0;
    int degree = 0;
    std::optional<int> sickDay;
    std::optional<Checkpoint> nextCheckpoint;
    QString doctor; // the care team's doctors, else the doctor the sick-leave list names
};

// Whether `row` passes the filter's doctor, diagnosis chapter, age band and end date (the rest is SQL's).
bool passesDetailFilters(const CaseListFilter& filter, const CaseListRow& row, const QDate& today);

// The case list: filtering, free-text search (FTS5) and sorting all run in SQL, so the list stays fast
// with tens of thousands of cases. Day counts follow RehabChain's rules exactly.
class CaseListQuery
{
public:
    explicit CaseListQuery(ServiceContext& context) : m_context(context) {}

    QList<CaseListRow> rows(const CaseListFilter& filter, CaseListColumn sortColumn, bool ascending) const;
    int totalCases() const;
    // Every doctor a case names, for the filter: the staff list's doctors and those the sick-leave list gave.
    QStringList doctors() const;
    // The cases whose search text matches what the user typed (SearchIndex::matchExpression); nullopt when
    // nothing searchable was typed, i.e. every case matches.
    std::optional<QList<qint64>> matchingCases(const QString& userText) const;

private:
    ServiceContext& m_context;
};

// The case list as typing narrows it. Every row for the rest of the filter is read once (SQL, with the chain's
// day counts) and kept; a keystroke then only asks the search index which cases match and picks those rows, in
// the order they were read. Reading all 50,000 rows again per keystroke took 0.2-0.6 s, and even copying the
// picked rows showed (up to 30 ms for a first letter), so a keystroke yields positions, not rows.
// The kept rows are read anew when the filter (other than its text), the sorting, the rules or the day
// change, and after invalidate(), which the owner calls when the data changes.
class CaseListCache
{
public:
    explicit CaseListCache(ServiceContext& context) : m_context(context), m_query(context) {}

    // Reads the rows anew if needed; returns the positions in rows() of those matching the filter's text.
    QList<int> select(const CaseListFilter& filter, CaseListColumn sortColumn, bool ascending);
    // Every row the filter without its text lets through, as of the last select().
    const QList<CaseListRow>& rows() const { return m_rows; }
    void invalidate() { m_key.reset(); }

private:
    struct Key
    {
        std::optional<CaseStatus> status;
        LengthBucket length = LengthBucket::Any;
        std::optional<Sex> sex;
        bool showClosed = false;
        QString doctor;
        QString chapter;
        AgeBand age = AgeBand::Any;
        EndFilter end = EndFilter::Any;
        CaseListColumn sortColumn = CaseListColumn::Name;
        bool ascending = true;
        QDate today;
        QList<int> checkpointDays;
        bool operator==(const Key&) const = default;
    };

    ServiceContext& m_context;
    CaseListQuery m_query;
    std::optional<Key> m_key;
    QList<CaseListRow> m_rows;
};

} // namespace koordinera::core
