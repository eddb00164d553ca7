// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QString>

namespace koordinera::core {

// A Swedish identity number (personnummer, samordningsnummer) or a local reservnummer (docs/domain.md §2).
// Personnummer and samordningsnummer are held as 12 digits; a reservnummer is kept as the text given.
class IdentityNumber
{
public:
    enum class Error
    {
        None,
        Empty,
        BadFormat,
        BadDate,
        FutureDate,
        BadCheckDigit,
        BadCentury,       // 12 digits whose century is not 18, 19 or 20
        BadBirthNumber,   // birth number 000, which Skatteverket never assigns
        PlusUnderHundred, // 12 digits written with '+' for someone who turns 100 only later
    };

    // Parses 10 or 12 digits with '-', '+' or no separator. A 10-digit number gets the century that makes
    // the person 0–99 years old on `today` (100–199 with '+'). A 12-digit number keeps its century.
    static IdentityNumber parse(const QString& input, const QDate& today);
    static IdentityNumber reserve(const QString& text);
    // Rebuilds a stored value (12 digits, or a reservnummer) without re-checking the century.
    static IdentityNumber fromStored(const QString& stored, IdentityKind kind);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorMessage() const;
    IdentityKind kind() const { return m_kind; }

    // 12 digits for personnummer/samordningsnummer; the trimmed text for a reservnummer.
    QString stored() const { return m_value; }
    // YYYYMMDD-XXXX, or the reservnummer as given.
    QString display() const;
    // The real birth date (day minus 60 for a samordningsnummer); invalid for a reservnummer.
    QDate birthDate() const;
    // Legal sex from the birth number: odd = man, even = woman. Unknown for a reservnummer.
    Sex derivedSex() const;
    int ageOn(const QDate& day) const;

    static bool luhnValid(const QString& nineDigitsAndCheck);
    static int luhnCheckDigit(const QString& nineDigits);

private:
    static IdentityNumber failed(Error error);

    QString m_value;
    IdentityKind m_kind = IdentityKind::Personnummer;
    Error m_error = Error::Empty;
};

} // namespace koordinera::core
