// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace koordinera::ui {

// The language to use: the setting when it is "sv" or "en"; otherwise (empty: follow the system) the first
// of the system's languages that Koordinera has, and Swedish, the program's own language, when none is.
QString chooseLanguage(const QString& setting, const QStringList& systemLanguages);

// Installs Koordinera's catalogue for chooseLanguage(language, the system's languages) and, in Swedish,
// Qt's own Swedish texts plus ours for the Qt dialogs those lack. Returns the language used.
QString installTranslations(const QString& language);

} // namespace koordinera::ui
