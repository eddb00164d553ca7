// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Consent.h"

#include <QList>

namespace koordinera::core {

struct ServiceContext;

// Consents are records: they are withdrawn or expire, not deleted. The one exception is taking back a
// registration made by mistake a moment ago, which undo needs.
class ConsentRepository
{
public:
    explicit ConsentRepository(ServiceContext& context) : m_context(context) {}

    QList<Consent> consents(qint64 caseId) const; // newest first
    void save(Consent& consent);
    void removeJustRegistered(qint64 consentId);

private:
    ServiceContext& m_context;
};

} // namespace koordinera::core
