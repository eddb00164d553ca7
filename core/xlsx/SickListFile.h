// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/SickLeaveList.h"

#include <QDate>
#include <QString>

namespace koordinera::core::SickListFile {

// The unit's sick-leave list from a file: Rehabstöd's Excel export, a copy re-saved in Excel, or a CSV saved from
// it. A file that cannot be read, is too large or holds no such list comes back with a translated `error`; rows
// that cannot be used are listed in `refused` and the others read.
SickLeaveList::List read(const QString& path, const QDate& today);

} // namespace koordinera::core::SickListFile
