// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/Document.h"
#include "core/records/AuditLog.h"

#include <QDateTime>

namespace koordinera::core {

// The log extract a patient may ask for (patientdatalagen, docs/domain.md §8): which unit accessed the record,
// when, who and what, as a printable list.
namespace AuditExtract {

struct Subject
{
    QString patientName;
    QString identityDisplay; // YYYYMMDD-XXXX
    QString unit;            // the unit producing the extract
    QDate from;              // the period asked for; invalid = from the first entry
    QDate to;                // invalid = up to now
    // A family file's (issue 23): the person is a client of the social services, whose records are kept under the
    // Social Services Act and protected by the Public Access to Information and Secrecy Act, not the Patient Data Act.
    bool socialServices = false;
};

Document build(const Subject& subject, const QList<AuditLog::Entry>& entries, const QDateTime& producedAt,
               const QString& producedBy);

} // namespace AuditExtract

} // namespace koordinera::core
