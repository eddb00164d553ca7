// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TextColors.h"

namespace koordinera::ui {

QColor toneColor(TextTone tone, const QPalette& palette)
{
    const bool darkBackground = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case TextTone::Error:
        return darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case TextTone::Warning:
        return darkBackground ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case TextTone::Success:
        return darkBackground ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case TextTone::Quiet:
        return darkBackground ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x59, 0x59, 0x59);
    }
    return palette.color(QPalette::WindowText);
}

QString toneStyle(TextTone tone, const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone, palette).name());
}

} // namespace koordinera::ui
