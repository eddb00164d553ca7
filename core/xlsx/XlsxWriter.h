// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/about/BuildInfo.h"
#include "core/exchange/Sheet.h"

#include <QList>
#include <QString>

namespace koordinera::core::XlsxWriter {

// Writes the sheets as one Excel workbook (libxlsxwriter, issue 6): typed cells (numbers as numbers, dates as
// dates), a bold header row with an autofilter, frozen panes below the header and column widths from the
// sheet. The file appears only when complete; a cancelled or failed export leaves nothing behind.
//
// This lives in its own library (koordinera_xlsx) so that koordinera_core keeps to Qt Core, SQLite and
// libsodium. libxlsxwriter assembles each part in a temporary file before zipping; those files are unlinked
// as they are made and go to the user's runtime directory (memory on a systemd desktop), or failing that
// beside the target, never to a shared /tmp.
ExportResult write(const QList<Sheet>& sheets, const QString& path, const ExportProgress& progress = {});

// The libxlsxwriter this program runs with (version as linked, e.g. "1.1.4", and licence), for --version and About.
Component library();

// Excel's rules for a worksheet name: at most 31 characters, none of []:*?/\ .
QString sheetName(const QString& wanted);

} // namespace koordinera::core::XlsxWriter
