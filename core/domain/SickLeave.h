// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace koordinera::core {

struct SickLeavePeriod
{
    qint64 id = 0;
    qint64 caseId = 0;
    int degree = 100; // 25, 50, 75 or 100 %
    QDate start;
    QDate end;             // invalid = open-ended (tills vidare)
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record

    bool isOpenEnded() const { return !end.isValid(); }
    bool overlaps(const SickLeavePeriod& other) const
    {
        const bool thisEndsBefore = !isOpenEnded() && end < other.start;
        const bool otherEndsBefore = !other.isOpenEnded() && other.end < start;
        return !thisEndsBefore && !otherEndsBefore;
    }
};

struct Diagnosis
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString code; // ICD-10-SE without the dot, e.g. F329
    QString text;
    bool isMain = false;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record
};

} // namespace koordinera::core
