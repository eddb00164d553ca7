// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace koordinera::ui {

// Installs Koordinera's catalogue (and Swedish texts for the Qt dialogs Debian has no Swedish for).
// `language` is "sv" or "en"; anything else means Swedish, the program's default. Returns the language used.
QString installTranslations(const QString& language);

} // namespace koordinera::ui
