// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace koordinera::ui {

QString installTranslations(const QString& language)
{
    const QString chosen = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("sv");
    // Month and day names, number formats: Swedish conventions whatever the UI language (domain.md §9).
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QStringList catalogues{QStringLiteral(":/i18n/koordinera_%1.qm").arg(chosen)};
    if (chosen == QLatin1String("sv"))
        catalogues << QStringLiteral(":/i18n/qt_extra_sv.qm");
    for (const QString& path : catalogues) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(path))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return chosen;
}

} // namespace koordinera::ui
