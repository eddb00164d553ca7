// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseChoice.h"

#include <QStringList>

namespace koordinera::app {

// `koordinera sick-list import --db FILE --file LIST.xlsx|.csv [--date YYYY-MM-DD] [--dry-run]`: imports the unit's
// sick-leave list from Rehabstöd and prints what it did (rows, matched cases, periods added, differences to check,
// patients new on the list, rows refused with their reasons). Exits 1 when nothing could be imported. With
// --dry-run it prints the same and stores nothing (`openReadOnly` opens the file without writing it).
int sickList(const QStringList& arguments, const OpenWorkspace& openForWriting, const OpenWorkspace& openForReading);

} // namespace koordinera::app
