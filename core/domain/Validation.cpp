// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Validation.h"

#include "core/domain/IcdCode.h"
#include "core/domain/IdentityNumber.h"

#include <QCoreApplication>
#include <QLocale>

namespace koordinera::core {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

ValidationError::ValidationError(FieldErrors errors)
    : std::runtime_error("validation failed"), m_errors(std::move(errors))
{}

QString ValidationError::messageFor(const QString& field) const
{
    for (const auto& error : m_errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

namespace Validation {

FieldErrors patient(const Patient& patient, const QDate& today)
{
    FieldErrors errors;
    if (patient.identityKind == IdentityKind::Reservnummer) {
        if (patient.identity.trimmed().isEmpty())
            errors.append(
                {QStringLiteral("identity"), QCoreApplication::translate("Validation", "Enter the reserve number.")});
    } else {
        const auto number = IdentityNumber::parse(patient.identity, today);
        if (!number.isValid())
            errors.append({QStringLiteral("identity"), number.errorMessage()});
    }
    if (patient.givenName.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("givenName"), QCoreApplication::translate("Validation", "Enter the given name.")});
    if (patient.familyName.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("familyName"), QCoreApplication::translate("Validation", "Enter the family name.")});
    return errors;
}

FieldErrors caseRecord(const CaseRecord& caseRecord)
{
    FieldErrors errors;
    if (caseRecord.patientId <= 0)
        errors.append(
            {QStringLiteral("patient"), QCoreApplication::translate("Validation", "The case has no patient.")});
    if (!caseRecord.openedOn.isValid())
        errors.append({QStringLiteral("openedOn"),
                       QCoreApplication::translate("Validation", "Enter the date the case was opened.")});
    if (caseRecord.status == CaseStatus::Closed && caseRecord.outcome == CaseOutcome::None)
        errors.append(
            {QStringLiteral("outcome"), QCoreApplication::translate("Validation", "Choose why the case is closed.")});
    if (caseRecord.isClosed() && !caseRecord.closedOn.isValid())
        errors.append({QStringLiteral("closedOn"),
                       QCoreApplication::translate("Validation", "Enter the date the case was closed.")});
    if (caseRecord.closedOn.isValid() && caseRecord.openedOn.isValid() && caseRecord.closedOn < caseRecord.openedOn)
        errors.append({QStringLiteral("closedOn"),
                       QCoreApplication::translate("Validation", "The case cannot close before it opened.")});
    if (caseRecord.offsetDays < 0 || caseRecord.offsetDays > 3650)
        errors.append({QStringLiteral("offsetDays"),
                       QCoreApplication::translate("Validation", "Earlier sick days must be between 0 and 3650.")});
    if (caseRecord.fkConfirmedDay.has_value() != caseRecord.fkConfirmedOn.isValid())
        errors.append({QStringLiteral("fkConfirmedDay"),
                       QCoreApplication::translate(
                           "Validation", "Give both the day Försäkringskassan confirmed and the date it applies to.")});
    else if (caseRecord.fkConfirmedDay && *caseRecord.fkConfirmedDay < 1)
        errors.append({QStringLiteral("fkConfirmedDay"),
                       QCoreApplication::translate("Validation", "The confirmed day must be 1 or more.")});
    return errors;
}

FieldErrors period(const SickLeavePeriod& period, const QList<SickLeavePeriod>& others)
{
    FieldErrors errors;
    if (period.degree != 25 && period.degree != 50 && period.degree != 75 && period.degree != 100)
        errors.append({QStringLiteral("degree"),
                       QCoreApplication::translate("Validation", "The degree must be 25, 50, 75 or 100 %.")});
    if (!period.start.isValid()) {
        errors.append({QStringLiteral("start"), QCoreApplication::translate("Validation", "Enter the start date.")});
        return errors;
    }
    if (period.end.isValid() && period.end < period.start)
        errors.append({QStringLiteral("end"),
                       QCoreApplication::translate("Validation", "The end date is before the start date.")});
    for (const auto& other : others) {
        if (other.id != period.id && period.overlaps(other)) {
            const QString otherEnd = other.end.isValid()
                                         ? isoDate(other.end)
                                         : QCoreApplication::translate("Validation", "until further notice");
            errors.append({QStringLiteral("start"),
                           QCoreApplication::translate("Validation", "Overlaps the period %1 – %2 already registered.")
                               .arg(isoDate(other.start), otherEnd)});
            break;
        }
    }
    return errors;
}

FieldErrors diagnosis(const Diagnosis& diagnosis)
{
    FieldErrors errors;
    if (!IcdCode::normalize(diagnosis.code))
        errors.append({QStringLiteral("code"),
                       QCoreApplication::translate("Validation", "Not an ICD-10 code; write e.g. F32.9 or M75.1.")});
    return errors;
}

FieldErrors actor(const Actor& actor)
{
    FieldErrors errors;
    if (actor.name.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("name"), QCoreApplication::translate("Validation", "Enter the organisation's name.")});
    return errors;
}

FieldErrors consent(const Consent& consent)
{
    FieldErrors errors;
    if (!consent.givenOn.isValid())
        errors.append({QStringLiteral("givenOn"),
                       QCoreApplication::translate("Validation", "Enter the date the consent was given.")});
    if (consent.validUntil.isValid() && consent.givenOn.isValid() && consent.validUntil < consent.givenOn)
        errors.append({QStringLiteral("validUntil"),
                       QCoreApplication::translate("Validation", "The consent cannot end before it was given.")});
    if (consent.withdrawnOn.isValid() && consent.givenOn.isValid() && consent.withdrawnOn < consent.givenOn)
        errors.append(
            {QStringLiteral("withdrawnOn"),
             QCoreApplication::translate("Validation", "The consent cannot be withdrawn before it was given.")});
    if (consent.scope == ConsentScope::Other && consent.actorId == 0 && consent.counterparty.trimmed().isEmpty())
        errors.append({QStringLiteral("counterparty"),
                       QCoreApplication::translate("Validation", "Name who the consent concerns.")});
    if (consent.recordedBy.trimmed().isEmpty())
        errors.append({QStringLiteral("recordedBy"),
                       QCoreApplication::translate("Validation", "Enter who recorded the consent.")});
    return errors;
}

FieldErrors activity(const Activity& activity)
{
    FieldErrors errors;
    if (!activity.occurredAt.isValid())
        errors.append(
            {QStringLiteral("occurredAt"), QCoreApplication::translate("Validation", "Enter date and time.")});
    if (activity.note.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("note"), QCoreApplication::translate("Validation", "Write a note about the contact.")});
    if (activity.recordedBy.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("recordedBy"), QCoreApplication::translate("Validation", "Enter who wrote the note.")});
    return errors;
}

void require(const FieldErrors& errors)
{
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

} // namespace Validation

} // namespace koordinera::core
