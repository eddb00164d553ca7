// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace koordinera::app {

// `koordinera region (--in FILE.kstat ... | --demo) --out FILE.pdf|.xlsx|.csv`: the units' reports put together
// for the county, with small numbers hidden after summing (issue 22). The passphrase the units agreed with the
// process support is read from standard input.
int regionReport(const QStringList& arguments);

} // namespace koordinera::app
