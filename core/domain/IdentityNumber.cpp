// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IdentityNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace koordinera::core {

namespace {

constexpr int SamordningsDayOffset = 60;

QDate dateOf(int year, int month, int day)
{
    const int realDay = day > SamordningsDayOffset ? day - SamordningsDayOffset : day;
    return QDate(year, month, realDay);
}

} // namespace

int IdentityNumber::luhnCheckDigit(const QString& nineDigits)
{
    int sum = 0;
    for (int i = 0; i < nineDigits.size(); ++i) {
        int product = nineDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
}

bool IdentityNumber::luhnValid(const QString& tenDigits)
{
    return tenDigits.size() == 10 && luhnCheckDigit(tenDigits.left(9)) == tenDigits.at(9).digitValue();
}

IdentityNumber IdentityNumber::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failed(Error::Empty);

    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2})?([0-9]{6})([-+]?)([0-9]{4})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return failed(Error::BadFormat);

    const QString century = match.captured(1);
    const QString yymmdd = match.captured(2);
    const bool hundredPlus = match.captured(3) == QLatin1String("+");
    const QString lastFour = match.captured(4);

    const int yy = yymmdd.left(2).toInt();
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    const bool samordning = day > SamordningsDayOffset;

    int year = 0;
    if (!century.isEmpty()) {
        // Skatteverket's 12-digit numbers are of people born 1800–2099 (docs/domain.md §2).
        if (century.toInt() < 18 || century.toInt() > 20)
            return failed(Error::BadCentury);
        year = century.toInt() * 100 + yy;
        // '+' says nothing of the century, but it is only written from the year the person turns 100.
        if (hundredPlus && today.year() - year < 100)
            return failed(Error::PlusUnderHundred);
    } else {
        if (hundredPlus) {
            // '+' is written from the calendar year the person turns 100: the latest year ending in yy that
            // is at least 100 years before this one.
            const int latest = today.year() - 100;
            year = latest - ((latest - yy) % 100 + 100) % 100;
        } else {
            // The person is 0–99 years old: the latest year ending in yy whose birth date is not in the future.
            year = today.year() - ((today.year() - yy) % 100 + 100) % 100;
            const QDate candidate = dateOf(year, month, day);
            if (candidate.isValid() && candidate > today)
                year -= 100;
        }
    }

    const QDate birth = dateOf(year, month, day);
    if (!birth.isValid())
        return failed(Error::BadDate);
    if (birth > today)
        return failed(Error::FutureDate);
    if (lastFour.startsWith(QLatin1String("000")))
        return failed(Error::BadBirthNumber);
    if (!luhnValid(yymmdd + lastFour))
        return failed(Error::BadCheckDigit);

    IdentityNumber result;
    result.m_value = QString::number(year / 100) + yymmdd + lastFour;
    result.m_kind = samordning ? IdentityKind::Samordningsnummer : IdentityKind::Personnummer;
    result.m_error = Error::None;
    return result;
}

IdentityNumber IdentityNumber::reserve(const QString& text)
{
    IdentityNumber result;
    result.m_kind = IdentityKind::Reservnummer;
    result.m_value = text.trimmed();
    result.m_error = result.m_value.isEmpty() ? Error::Empty : Error::None;
    return result;
}

IdentityNumber IdentityNumber::fromStored(const QString& stored, IdentityKind kind)
{
    if (kind == IdentityKind::Reservnummer)
        return reserve(stored);
    IdentityNumber result;
    result.m_value = stored;
    result.m_kind = kind;
    result.m_error = stored.size() == 12 ? Error::None : Error::BadFormat;
    return result;
}

QString IdentityNumber::display() const
{
    if (m_kind == IdentityKind::Reservnummer || m_value.size() != 12)
        return m_value;
    return m_value.left(8) + QLatin1Char('-') + m_value.right(4);
}

QDate IdentityNumber::birthDate() const
{
    if (m_kind == IdentityKind::Reservnummer || m_value.size() != 12)
        return {};
    return dateOf(m_value.left(4).toInt(), m_value.mid(4, 2).toInt(), m_value.mid(6, 2).toInt());
}

Sex IdentityNumber::derivedSex() const
{
    if (m_kind == IdentityKind::Reservnummer || m_value.size() != 12)
        return Sex::Unknown;
    return m_value.at(10).digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
}

int IdentityNumber::ageOn(const QDate& day) const
{
    const QDate birth = birthDate();
    if (!birth.isValid() || !day.isValid() || day < birth)
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QString IdentityNumber::errorMessage() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("IdentityNumber", "Enter an identity number.");
    case Error::BadFormat:
        return QCoreApplication::translate("IdentityNumber",
                                           "Write 10 or 12 digits, e.g. 19640823-3234 or 640823-3234.");
    case Error::BadDate:
        return QCoreApplication::translate("IdentityNumber", "The date in the number does not exist.");
    case Error::FutureDate:
        return QCoreApplication::translate("IdentityNumber", "The birth date lies in the future.");
    case Error::BadCheckDigit:
        return QCoreApplication::translate("IdentityNumber",
                                           "The check digit is wrong; a digit may have been mistyped.");
    case Error::BadCentury:
        return QCoreApplication::translate("IdentityNumber", "The century must be 18, 19 or 20 (the first two of "
                                                             "twelve digits).");
    case Error::BadBirthNumber:
        return QCoreApplication::translate("IdentityNumber",
                                           "The birth number (the three digits after the date) cannot be 000.");
    case Error::PlusUnderHundred:
        return QCoreApplication::translate("IdentityNumber", "'+' is written only from the year the person turns "
                                                             "100; with twelve digits, write '-'.");
    }
    return {};
}

IdentityNumber IdentityNumber::failed(Error error)
{
    IdentityNumber result;
    result.m_error = error;
    return result;
}

} // namespace koordinera::core
