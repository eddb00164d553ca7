// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace koordinera::core {

// ICD-10-SE codes: a letter, two digits, then up to four more characters (digits or a letter, e.g. F41.9P).
namespace IcdCode {

// Upper-cases, drops the dot and spaces; nullopt when the text is not an ICD-10 code.
std::optional<QString> normalize(const QString& input);
// F329 -> F32.9
QString display(const QString& storedCode);
// The ICD-10 chapter a code belongs to, by its range and name ("F00–F99 Psykiska sjukdomar och syndrom
// samt beteendestörningar"), for statistics by diagnosis group; empty for a code outside every chapter.
QString chapterOf(const QString& storedCode);
// Every chapter as chapterOf names it, in order.
QStringList chapters();

} // namespace IcdCode

} // namespace koordinera::core
