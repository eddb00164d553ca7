// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace koordinera::ui {

// The save dialog every spreadsheet export uses: Excel workbook or CSV for Excel, starting in Documents with the
// suggested name; a name without an ending gets .xlsx. Empty when cancelled.
QString chooseSpreadsheetFile(QWidget* parent, const QString& title, const QString& suggestedName);

} // namespace koordinera::ui
