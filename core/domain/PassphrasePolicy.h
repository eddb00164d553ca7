// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace koordinera::core {

// What a database passphrase must be, and how strong it looks. The passphrase is all that stands between a
// lost laptop and the patients' data, so short ones are refused.
namespace PassphrasePolicy {

constexpr int MinimumLength = 10;

enum class Strength
{
    TooShort,
    Weak,
    Fair,
    Strong,
};

Strength strength(const QString& passphrase);
QString describe(Strength strength);
// Empty when the pair is acceptable; otherwise why not (translated).
QString problem(const QString& passphrase, const QString& repeated);

} // namespace PassphrasePolicy

} // namespace koordinera::core
