// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace koordinera::core {

// A printable document as content: core writes it, ui turns it into paper or PDF, so print, preview and
// headless export share one source. The body is HTML that QTextDocument understands (tables with <thead>
// repeat their header on every page); the header and footer lines are drawn on every page by the renderer.
struct Document
{
    QString title;      // the PDF title and the suggested file name
    QString headerLeft; // e.g. the unit's name
    QString headerRight;
    QString footerLeft; // the renderer adds "sida X av Y" on the right
    QString bodyHtml;
};

} // namespace koordinera::core
