// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace koordinera::ui {

// Coloured text on the window's own background (an error under a field, a passphrase's strength, the quiet line
// under a note): a dark shade on a light theme and a light shade on a dark or high-contrast one, so the text
// always stands out from what is behind it (at least 4.5:1).
enum class TextTone
{
    Error,
    Warning,
    Success,
    Quiet,
};

QColor toneColor(TextTone tone, const QPalette& palette);
// "color: #b3261e;" for a widget's style sheet.
QString toneStyle(TextTone tone, const QPalette& palette);

} // namespace koordinera::ui
