// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"

#include <optional>

namespace koordinera::core {

struct ServiceContext;

class PatientRepository
{
public:
    explicit PatientRepository(ServiceContext& context) : m_context(context) {}

    std::optional<Patient> get(qint64 id) const;
    std::optional<Patient> findByIdentity(IdentityKind kind, const QString& identity) const;
    // Inserts when id is 0, else updates; validates first and writes nothing when invalid.
    void save(Patient& patient);
    // Inserts a new patient its caller has already validated, and found no other with the number of
    // (CaseRepository::create). With `logged` false the caller's own access-log entry names the patient (an import).
    void insertValidated(Patient& patient, bool logged = true);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
