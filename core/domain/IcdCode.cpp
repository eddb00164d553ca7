// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IcdCode.h"

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

} // namespace koordinera::core::IcdCode
