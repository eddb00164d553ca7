// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"
#include "core/domain/IdentityNumber.h"

#include <QString>

namespace koordinera::core {

struct Patient
{
    qint64 id = 0;
    QString identity; // 12 digits, or a reservnummer as given
    IdentityKind identityKind = IdentityKind::Personnummer;
    Sex sex = Sex::Unknown; // legal sex: derived from the number when entered, stored, editable
    QString givenName;
    QString familyName;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    qint64 rowVersion = 0; // the version read from the database (RowVersion); 0 for a new record

    IdentityNumber identityNumber() const { return IdentityNumber::fromStored(identity, identityKind); }
    QString fullName() const { return (givenName + QLatin1Char(' ') + familyName).trimmed(); }
};

} // namespace koordinera::core
