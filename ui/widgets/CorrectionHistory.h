// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records/CorrectionLog.h"

#include <QList>
#include <QString>

class QPalette;
class QWidget;

namespace koordinera::ui {

// How a corrected record read before, newest first, each with who replaced it and when: a section for a record's
// own view, and a window of its own.
QString correctionHistoryHtml(const QList<core::Correction>& history, const QPalette& palette);
void showCorrectionHistory(QWidget* parent, const QString& title, const QList<core::Correction>& history);

} // namespace koordinera::ui
