// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseChoice.h"

#include <QStringList>

namespace koordinera::app {

// `koordinera statistics (--db FILE | --demo) [--period P] --out FILE.pdf|.csv|.xlsx`: the unit's statistics for a
// period, split by women and men, small numbers hidden as the settings say.
int exportStatistics(const QStringList& arguments, const OpenWorkspace& open);

// `koordinera case-list (--db FILE | --demo) [--columns a,b,...] [--closed] --out FILE.csv|.xlsx`: the case list
// with its columns; every case exported goes to the access log.
int exportCaseList(const QStringList& arguments, const OpenWorkspace& open);

} // namespace koordinera::app
