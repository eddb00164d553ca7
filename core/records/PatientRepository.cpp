// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/PatientRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SearchIndex.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace {

constexpr auto SelectPatient = "SELECT id, identity, identity_kind, sex, given_name, family_name, phone, street, "
                               "postal_code, city, row_version FROM patients ";

Patient patientFrom(const Statement& row)
{
    Patient patient;
    patient.id = row.columnInt64(0);
    patient.identity = row.columnText(1);
    patient.identityKind = text::fromKeyOr(row.columnText(2), IdentityKind::Reservnummer);
    patient.sex = text::fromKeyOr(row.columnText(3), Sex::Unknown);
    patient.givenName = row.columnText(4);
    patient.familyName = row.columnText(5);
    patient.phone = row.columnText(6);
    patient.street = row.columnText(7);
    patient.postalCode = row.columnText(8);
    patient.city = row.columnText(9);
    patient.rowVersion = row.columnInt64(10);
    return patient;
}

} // namespace

std::optional<Patient> PatientRepository::get(qint64 id) const
{
    Statement row(m_context.db, std::string(SelectPatient) + "WHERE id = ?");
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return patientFrom(row);
}

std::optional<Patient> PatientRepository::findByIdentity(IdentityKind kind, const QString& identity) const
{
    Statement row(m_context.db, std::string(SelectPatient) + "WHERE identity_kind = ? AND identity = ?");
    row.bindAll(text::keyOf(kind), identity);
    if (!row.step())
        return std::nullopt;
    return patientFrom(row);
}

void PatientRepository::save(Patient& patient)
{
    if (patient.identityKind != IdentityKind::Reservnummer) {
        const auto number = IdentityNumber::parse(patient.identity, m_context.today());
        if (number.isValid()) {
            patient.identity = number.stored();
            patient.identityKind = number.kind();
        }
    } else {
        patient.identity = patient.identity.trimmed();
    }
    Validation::require(Validation::patient(patient, m_context.today()));
    if (const auto other = findByIdentity(patient.identityKind, patient.identity); other && other->id != patient.id) {
        throw ValidationError(
            {{QStringLiteral("identity"),
              QCoreApplication::translate("Validation", "%1 already has this number.").arg(other->fullName())}});
    }

    if (patient.id == 0) {
        insertValidated(patient);
        return;
    }
    Transaction transaction(m_context.db);
    const qint64 version = RowVersion::claim(m_context, "patients", patient.id, patient.rowVersion);
    Statement(m_context.db, "UPDATE patients SET identity = ?, identity_kind = ?, sex = ?, given_name = ?, "
                            "family_name = ?, phone = ?, street = ?, postal_code = ?, city = ? WHERE id = ?")
        .bindAll(patient.identity, text::keyOf(patient.identityKind), text::keyOf(patient.sex),
                 patient.givenName.trimmed(), patient.familyName.trimmed(), patient.phone.trimmed(),
                 patient.street.trimmed(), patient.postalCode.trimmed(), patient.city.trimmed(), patient.id)
        .run();
    SearchIndex::refreshPatient(m_context.db, patient.id);
    AuditLog(m_context).record(AuditLog::Action::Change, 0, QStringLiteral("patient"), {}, patient.id);
    transaction.commit();
    patient.rowVersion = version;
}

void PatientRepository::insertValidated(Patient& patient, bool logged)
{
    Transaction transaction(m_context.db); // the row and its log entry are one change

    patient.id =
        Statement(m_context.db, std::string("INSERT INTO patients (id, identity, identity_kind, sex, given_name, "
                                            "family_name, phone, street, postal_code, city) VALUES (") +
                                    Migrations::nextIdSql(m_context.db, Migrations::IdTable::Patients) +
                                    ", ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
            .bindAll(patient.identity, text::keyOf(patient.identityKind), text::keyOf(patient.sex),
                     patient.givenName.trimmed(), patient.familyName.trimmed(), patient.phone.trimmed(),
                     patient.street.trimmed(), patient.postalCode.trimmed(), patient.city.trimmed())
            .insertedId();
    if (logged)
        AuditLog(m_context).record(AuditLog::Action::Create, 0, QStringLiteral("patient"), {}, patient.id);
    transaction.commit();
    patient.rowVersion = 1;
}

} // namespace koordinera::core
