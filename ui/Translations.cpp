// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace koordinera::ui {

QString chooseLanguage(const QString& setting, const QStringList& systemLanguages)
{
    if (setting == QLatin1String("sv") || setting == QLatin1String("en"))
        return setting;
    // Follow the system: the first of its languages Koordinera speaks; Swedish when it speaks none of them.
    for (const QString& language : systemLanguages) {
        const QString code = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (code == QLatin1String("sv") || code == QLatin1String("en"))
            return code;
    }
    return QStringLiteral("sv");
}

QString installTranslations(const QString& language)
{
    const QString chosen = chooseLanguage(language, QLocale::system().uiLanguages());
    // Month and day names, number formats: Swedish conventions whatever the UI language (docs/domain.md §9).
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    // Installed first = asked last: Koordinera's own texts win, then our Swedish texts for Qt's dialogs, then
    // Qt's own Swedish catalogue (Debian's qt6-translations-l10n; windeployqt ships it on Windows).
    QStringList catalogues;
    if (chosen == QLatin1String("sv")) {
        catalogues << QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qt_sv.qm")
                   << QStringLiteral(":/i18n/qt_extra_sv.qm");
    }
    catalogues << QStringLiteral(":/i18n/koordinera_%1.qm").arg(chosen);
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
