// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/RehabChain.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// Sjukfall length buckets as in Rehabstöd (domain.md §7).
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

struct CaseListFilter
{
    QString text; // free text: name, identity number, diagnosis, notes...
    std::optional<CaseStatus> status;
    LengthBucket length = LengthBucket::Any;
    std::optional<Sex> sex;
    bool showClosed = false; // Avslutad and Avböjt are hidden unless asked for (or filtered on)
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
};

// The case list: filtering, free-text search (FTS5) and sorting all run in SQL, so the list stays fast
// with tens of thousands of cases. Day counts follow RehabChain's rules exactly.
class CaseListQuery
{
public:
    explicit CaseListQuery(ServiceContext& context) : m_context(context) {}

    QList<CaseListRow> rows(const CaseListFilter& filter, CaseListColumn sortColumn, bool ascending) const;
    int totalCases() const;

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
