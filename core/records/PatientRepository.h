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

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
