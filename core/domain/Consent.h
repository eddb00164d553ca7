// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>

namespace koordinera::core {

struct Consent
{
    enum class State
    {
        Valid,
        NotYetValid,
        Expired,
        Withdrawn,
    };

    qint64 id = 0;
    qint64 caseId = 0;
    ConsentScope scope = ConsentScope::Coordination;
    qint64 actorId = 0;   // the counterparty when it is a registered actor, else 0
    QString counterparty; // free-text counterparty, e.g. "närmaste chef"
    QString information;  // what information may be shared
    ConsentForm form = ConsentForm::Verbal;
    QDate givenOn;
    QDate validUntil;  // invalid = until further notice
    QDate withdrawnOn; // invalid = not withdrawn
    QString recordedBy;
    QString note;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record

    State stateOn(const QDate& day) const
    {
        if (withdrawnOn.isValid() && withdrawnOn <= day)
            return State::Withdrawn;
        if (givenOn.isValid() && givenOn > day)
            return State::NotYetValid;
        if (validUntil.isValid() && validUntil < day)
            return State::Expired;
        return State::Valid;
    }
};

} // namespace koordinera::core
