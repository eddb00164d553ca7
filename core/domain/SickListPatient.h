// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace koordinera::core {

// One patient on the unit's sick-leave list (Inera's Rehabstöd, docs/domain.md §7) on the day the list was taken:
// the current sjukfall as the list describes it. Read by the exchange layer, stored by the records layer.
struct SickListPatient
{
    QString identity; // 12 digits, as stored
    IdentityKind identityKind = IdentityKind::Personnummer;
    QString name;
    Sex sex = Sex::Unknown; // from the list, else from the identity number
    QString diagnosisCode;  // the main diagnosis, stored form ("F438"); empty when the list has none
    QString diagnosisText;  // its name as the list gives it
    QStringList otherDiagnosisCodes;
    QDate start;
    QDate end;
    int lengthDays = 0; // as the list counts the sjukfall; 0 when it does not say
    QList<int> degrees; // the grade history, oldest first; the last is the current grade
    QString doctor;

    // "Ek, Sara", as the list writes names, read as "Sara Ek", as Koordinera shows them elsewhere.
    QString displayName() const
    {
        const qsizetype comma = name.indexOf(QLatin1Char(','));
        return comma < 0 ? name.trimmed()
                         : name.mid(comma + 1).trimmed() + QLatin1Char(' ') + name.left(comma).trimmed();
    }
    int currentDegree() const { return degrees.isEmpty() ? 0 : degrees.last(); }
    // The sjukfall's length on `day`: the list's own count when it gives one, else from its start.
    int lengthOn(const QDate& listDate) const { return lengthDays > 0 ? lengthDays : int(start.daysTo(listDate)) + 1; }
};

// The length buckets of Rehabstöd's overview, as stable keys for stored counts: "0-14", "15-30", "31-90",
// "91-180", "181-365", "366-730", "731-".
QString sickListLengthBucket(int days);

} // namespace koordinera::core
