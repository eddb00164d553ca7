// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace koordinera::fuzz {

// The seeds are sealed with this, so the reader gets past the key check into the snapshot and journal.
inline const QByteArray Passphrase = QByteArrayLiteral("fuzzing passphrase");

} // namespace koordinera::fuzz
