// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the identity-number parser with arbitrary text and checks what a valid result promises: 12
// digits, a real birth date, a Luhn check digit, and the same number again when its display form is parsed.
#include "FuzzRequire.h"
#include "core/domain/IdentityNumber.h"

#include <QDate>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using koordinera::core::IdentityNumber;
    using koordinera::fuzz::require;
    const QDate today(2026, 11, 23);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const IdentityNumber number = IdentityNumber::parse(text, today);
    if (number.isValid()) {
        const QString stored = number.stored();
        require(stored.size() == 12);
        for (const QChar ch : stored)
            require(ch.isDigit() && ch.unicode() < 128);
        require(number.birthDate().isValid());
        require(number.birthDate() <= today);
        require(IdentityNumber::luhnValid(stored.mid(2)));
        const IdentityNumber again = IdentityNumber::parse(number.display(), today);
        require(again.isValid() && again.stored() == stored && again.kind() == number.kind());
    } else {
        require(!number.errorMessage().isEmpty());
    }
    const IdentityNumber reserve = IdentityNumber::reserve(text);
    require(reserve.isValid() || !reserve.errorMessage().isEmpty());
    return 0;
}
