// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QSet>

namespace koordinera::core::PassphrasePolicy {

Strength strength(const QString& passphrase)
{
    if (passphrase.size() < MinimumLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar ch : passphrase) {
        lower |= ch.isLower();
        upper |= ch.isUpper();
        digit |= ch.isDigit();
        other |= !ch.isLetterOrNumber();
        distinct.insert(ch.toLower());
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    // Length counts most (several words beat a short jumble), but a repeated character is not a passphrase.
    if (distinct.size() < 5)
        return Strength::Weak;
    if (passphrase.size() >= 20 || (passphrase.size() >= 14 && classes >= 3))
        return Strength::Strong;
    if (passphrase.size() >= 14 || classes >= 3)
        return Strength::Fair;
    return Strength::Weak;
}

QString describe(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return QCoreApplication::translate("PassphrasePolicy", "Too short: at least %1 characters.").arg(MinimumLength);
    case Strength::Weak:
        return QCoreApplication::translate("PassphrasePolicy",
                                           "Weak. Several words in a row are easier to remember and harder to guess.");
    case Strength::Fair:
        return QCoreApplication::translate("PassphrasePolicy", "Fair. A few more words make it strong.");
    case Strength::Strong:
        return QCoreApplication::translate("PassphrasePolicy", "Strong.");
    }
    return {};
}

QString problem(const QString& passphrase, const QString& repeated)
{
    if (passphrase.size() < MinimumLength)
        return describe(Strength::TooShort);
    if (passphrase != repeated)
        return QCoreApplication::translate("PassphrasePolicy", "The two passphrases differ.");
    return {};
}

} // namespace koordinera::core::PassphrasePolicy
