// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IcdCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace koordinera::core::IcdCode {

std::optional<QString> normalize(const QString& input)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z])(\\d{2})(?:\\.?([0-9A-Z]{1,4}))?$"));
    QString text = input.trimmed().toUpper();
    text.remove(QLatin1Char(' '));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + match.captured(2) + match.captured(3);
}

QString display(const QString& storedCode)
{
    if (storedCode.size() <= 3)
        return storedCode;
    return storedCode.left(3) + QLatin1Char('.') + storedCode.mid(3);
}

namespace {

struct Chapter
{
    const char* first; // the first three characters of the range, inclusive
    const char* last;
    const char* name;
};

// ICD-10-SE's chapters (Socialstyrelsen), in code order.
constexpr Chapter Chapters[] = {
    {"A00", "B99", QT_TRANSLATE_NOOP("IcdCode", "Certain infectious and parasitic diseases")},
    {"C00", "D48", QT_TRANSLATE_NOOP("IcdCode", "Neoplasms")},
    {"D50", "D89", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the blood and immune mechanism")},
    {"E00", "E90", QT_TRANSLATE_NOOP("IcdCode", "Endocrine, nutritional and metabolic diseases")},
    {"F00", "F99", QT_TRANSLATE_NOOP("IcdCode", "Mental and behavioural disorders")},
    {"G00", "G99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the nervous system")},
    {"H00", "H59", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the eye and adnexa")},
    {"H60", "H95", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the ear and mastoid process")},
    {"I00", "I99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the circulatory system")},
    {"J00", "J99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the respiratory system")},
    {"K00", "K93", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the digestive system")},
    {"L00", "L99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the skin and subcutaneous tissue")},
    {"M00", "M99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the musculoskeletal system and connective tissue")},
    {"N00", "N99", QT_TRANSLATE_NOOP("IcdCode", "Diseases of the genitourinary system")},
    {"O00", "O99", QT_TRANSLATE_NOOP("IcdCode", "Pregnancy, childbirth and the puerperium")},
    {"P00", "P96", QT_TRANSLATE_NOOP("IcdCode", "Certain conditions originating in the perinatal period")},
    {"Q00", "Q99", QT_TRANSLATE_NOOP("IcdCode", "Congenital malformations and chromosomal abnormalities")},
    {"R00", "R99", QT_TRANSLATE_NOOP("IcdCode", "Symptoms, signs and abnormal findings not elsewhere classified")},
    {"S00", "T98", QT_TRANSLATE_NOOP("IcdCode", "Injury, poisoning and other consequences of external causes")},
    {"U00", "U99", QT_TRANSLATE_NOOP("IcdCode", "Codes for special purposes")},
    {"V01", "Y98", QT_TRANSLATE_NOOP("IcdCode", "External causes of morbidity and mortality")},
    {"Z00", "Z99", QT_TRANSLATE_NOOP("IcdCode", "Factors influencing health status and contact with health services")},
};

} // namespace

QStringList chapters()
{
    QStringList names;
    for (const Chapter& chapter : Chapters)
        names.append(chapterOf(QLatin1String(chapter.first)));
    return names;
}

QString chapterOf(const QString& storedCode)
{
    const QString category = storedCode.left(3).toUpper();
    if (category.size() < 3)
        return {};
    for (const Chapter& chapter : Chapters) {
        if (category >= QLatin1String(chapter.first) && category <= QLatin1String(chapter.last)) {
            return QStringLiteral("%1–%2 %3")
                .arg(QLatin1String(chapter.first), QLatin1String(chapter.last),
                     QCoreApplication::translate("IcdCode", chapter.name));
        }
    }
    return {};
}

} // namespace koordinera::core::IcdCode
