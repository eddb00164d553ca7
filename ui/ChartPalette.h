// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace koordinera::ui::palette {

// Women and men in every chart, on screen and on paper: a light and a dark colour, so the two series stay
// apart on a black-and-white printer and for colour-blind readers.
inline QColor women()
{
    return QColor(0xe0, 0x88, 0x3a);
}
inline QColor men()
{
    return QColor(0x2b, 0x5f, 0x8a);
}
inline QColor ofSeries(int series)
{
    return series == 0 ? women() : men();
}

} // namespace koordinera::ui::palette
