// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Consent.h"
#include "core/domain/Patient.h"
#include "core/domain/SickLeave.h"

#include <QDate>
#include <QList>
#include <QString>
#include <stdexcept>

namespace koordinera::core {

// Which field is wrong and why, in words the coordinator understands (translated).
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// Thrown by a service asked to save something invalid; nothing has been written when it is thrown.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(FieldErrors errors);
    const FieldErrors& errors() const { return m_errors; }
    QString messageFor(const QString& field) const;

private:
    FieldErrors m_errors;
};

namespace Validation {

FieldErrors patient(const Patient& patient, const QDate& today);
FieldErrors caseRecord(const CaseRecord& caseRecord);
// `others` are the case's other periods; an overlap with any of them is refused.
FieldErrors period(const SickLeavePeriod& period, const QList<SickLeavePeriod>& others);
FieldErrors diagnosis(const Diagnosis& diagnosis);
FieldErrors actor(const Actor& actor);
FieldErrors consent(const Consent& consent);
FieldErrors activity(const Activity& activity);

// Throws ValidationError when `errors` is not empty.
void require(const FieldErrors& errors);

} // namespace Validation

} // namespace koordinera::core
