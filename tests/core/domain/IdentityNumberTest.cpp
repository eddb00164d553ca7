// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IdentityNumber.h"

#include "QtCatch.h"

#include <catch2/catch.hpp>

using koordinera::core::IdentityKind;
using koordinera::core::IdentityNumber;
using koordinera::core::Sex;
using Error = IdentityNumber::Error;

namespace {

const QDate Today(2026, 11, 23);

// Completes nine digits (YYMMDDNNN) with their Luhn check digit.
QString withCheck(const QString& nine)
{
    return nine + QString::number(IdentityNumber::luhnCheckDigit(nine));
}

QString tenDigits(const QString& yymmdd, const QString& birthNumber, char separator = '-')
{
    const QString full = withCheck(yymmdd + birthNumber);
    return full.left(6) + QLatin1Char(separator) + full.right(4);
}

} // namespace

TEST_CASE("The check digit follows the Luhn rule (docs/domain.md §2)", "[identity]")
{
    CHECK(IdentityNumber::luhnCheckDigit(QStringLiteral("640823323")) == 4);
    CHECK(IdentityNumber::luhnValid(QStringLiteral("6408233234")));
    CHECK_FALSE(IdentityNumber::luhnValid(QStringLiteral("6408233235")));
}

TEST_CASE("Valid personnummer in every accepted form", "[identity]")
{
    for (const QString& input :
         {QStringLiteral("640823-3234"), QStringLiteral("6408233234"), QStringLiteral("19640823-3234"),
          QStringLiteral("196408233234"), QStringLiteral("  640823-3234 ")}) {
        INFO(input.toStdString());
        const auto number = IdentityNumber::parse(input, Today);
        REQUIRE(number.isValid());
        CHECK(number.stored() == QStringLiteral("196408233234"));
        CHECK(number.display() == QStringLiteral("19640823-3234"));
        CHECK(number.kind() == IdentityKind::Personnummer);
        CHECK(number.birthDate() == QDate(1964, 8, 23));
        CHECK(number.derivedSex() == Sex::Male);
        CHECK(number.ageOn(Today) == 62);
    }
}

TEST_CASE("Legal sex follows the birth number: odd is a man, even a woman", "[identity]")
{
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("850101"), QStringLiteral("123")), Today).derivedSex() ==
          Sex::Male);
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("850101"), QStringLiteral("124")), Today).derivedSex() ==
          Sex::Female);
}

TEST_CASE("Samordningsnummer has 60 added to the day", "[identity]")
{
    const auto number = IdentityNumber::parse(QStringLiteral("701063-2391"), Today);
    REQUIRE(number.isValid());
    CHECK(number.kind() == IdentityKind::Samordningsnummer);
    CHECK(number.stored() == QStringLiteral("197010632391"));
    CHECK(number.birthDate() == QDate(1970, 10, 3));
    // Day 92 is 32 after subtracting 60: no such date.
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("701092"), QStringLiteral("239")), Today).error() ==
          Error::BadDate);
}

TEST_CASE("Ten digits get the century that makes the person 0-99 years old", "[identity]")
{
    SECTION("born today is 0 years old, this century")
    {
        const auto number = IdentityNumber::parse(tenDigits(QStringLiteral("261123"), QStringLiteral("002")), Today);
        REQUIRE(number.isValid());
        CHECK(number.birthDate() == QDate(2026, 11, 23));
        CHECK(number.ageOn(Today) == 0);
    }
    SECTION("a birthday tomorrow means the previous century: 99 years old")
    {
        const auto number = IdentityNumber::parse(tenDigits(QStringLiteral("261124"), QStringLiteral("002")), Today);
        REQUIRE(number.isValid());
        CHECK(number.birthDate() == QDate(1926, 11, 24));
        CHECK(number.ageOn(Today) == 99);
    }
    SECTION("'+' from the calendar year the person turns 100")
    {
        const auto turnsHundredThisYear =
            IdentityNumber::parse(tenDigits(QStringLiteral("261124"), QStringLiteral("002"), '+'), Today);
        REQUIRE(turnsHundredThisYear.isValid());
        CHECK(turnsHundredThisYear.birthDate() == QDate(1926, 11, 24));

        const auto hundredAndTwo =
            IdentityNumber::parse(tenDigits(QStringLiteral("240105"), QStringLiteral("002"), '+'), Today);
        REQUIRE(hundredAndTwo.isValid());
        CHECK(hundredAndTwo.birthDate() == QDate(1924, 1, 5));
        CHECK(hundredAndTwo.display() == QStringLiteral("19240105-") + hundredAndTwo.stored().right(4));

        // Born 1927 turns 100 only in 2027, so "27...+" in 2026 means 1827 (199 years old).
        const auto notYet =
            IdentityNumber::parse(tenDigits(QStringLiteral("270105"), QStringLiteral("002"), '+'), Today);
        REQUIRE(notYet.isValid());
        CHECK(notYet.birthDate().year() == 1827);
    }
    SECTION("twelve digits keep their century whatever the separator")
    {
        const QString ten = withCheck(QStringLiteral("240105002"));
        const auto number =
            IdentityNumber::parse(QStringLiteral("19") + ten.left(6) + QLatin1Char('+') + ten.right(4), Today);
        REQUIRE(number.isValid());
        CHECK(number.birthDate() == QDate(1924, 1, 5));
    }
}

TEST_CASE("Leap days are valid only in leap years", "[identity]")
{
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("000229"), QStringLiteral("002")), Today).birthDate() ==
          QDate(2000, 2, 29));
    const QString ten2024 = withCheck(QStringLiteral("240229002"));
    CHECK(IdentityNumber::parse(QStringLiteral("20") + ten2024, Today).isValid());
    const QString ten1900 = withCheck(QStringLiteral("000229002"));
    CHECK(IdentityNumber::parse(QStringLiteral("19") + ten1900, Today).error() == Error::BadDate);
    const QString ten2023 = withCheck(QStringLiteral("230229002"));
    CHECK(IdentityNumber::parse(QStringLiteral("20") + ten2023, Today).error() == Error::BadDate);
    // "000229+" would be 1900-02-29, which never existed.
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("000229"), QStringLiteral("002"), '+'), Today).error() ==
          Error::BadDate);
}

TEST_CASE("Invalid identity numbers are refused with the reason", "[identity]")
{
    CHECK(IdentityNumber::parse(QString(), Today).error() == Error::Empty);
    CHECK(IdentityNumber::parse(QStringLiteral("   "), Today).error() == Error::Empty);
    CHECK(IdentityNumber::parse(QStringLiteral("640823-3235"), Today).error() == Error::BadCheckDigit);
    CHECK(IdentityNumber::parse(QStringLiteral("abc"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(QStringLiteral("12345"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(QStringLiteral("640823-32345"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(QStringLiteral("640823--3234"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(QStringLiteral("64O823-3234"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(QStringLiteral("6408233234\n1"), Today).error() == Error::BadFormat);
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("641323"), QStringLiteral("323")), Today).error() ==
          Error::BadDate);
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("640832"), QStringLiteral("323")), Today).error() ==
          Error::BadDate);
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("640800"), QStringLiteral("323")), Today).error() ==
          Error::BadDate);
    const QString future = withCheck(QStringLiteral("270101002"));
    CHECK(IdentityNumber::parse(QStringLiteral("20") + future, Today).error() == Error::FutureDate);
    CHECK_FALSE(IdentityNumber::parse(QStringLiteral("640823-3235"), Today).errorMessage().isEmpty());
    // Found by the fuzzer: a century outside 18-20 once gave an 11-digit stored number.
    CHECK(IdentityNumber::parse(QStringLiteral("092204683334"), Today).error() == Error::BadCentury);
    CHECK(IdentityNumber::parse(QStringLiteral("21") + withCheck(QStringLiteral("640823323")), Today).error() ==
          Error::BadCentury);
    CHECK(IdentityNumber::parse(QStringLiteral("17") + withCheck(QStringLiteral("640823323")), Today).error() ==
          Error::BadCentury);
    CHECK(IdentityNumber::parse(QStringLiteral("17") + withCheck(QStringLiteral("640823323")), Today)
              .errorMessage()
              .contains(QStringLiteral("century")));
    // Digits from other scripts are not digits of an identity number.
    CHECK(IdentityNumber::parse(QStringLiteral("٦٤٠٨٢٣-٣٢٣٤"), Today).error() == Error::BadFormat);
}

TEST_CASE("A reservnummer is kept as free text and flagged", "[identity]")
{
    const auto number = IdentityNumber::reserve(QStringLiteral(" 99-123-ABC "));
    REQUIRE(number.isValid());
    CHECK(number.kind() == IdentityKind::Reservnummer);
    CHECK(number.stored() == QStringLiteral("99-123-ABC"));
    CHECK(number.display() == QStringLiteral("99-123-ABC"));
    CHECK(number.derivedSex() == Sex::Unknown);
    CHECK_FALSE(number.birthDate().isValid());
    CHECK_FALSE(IdentityNumber::reserve(QStringLiteral("  ")).isValid());
}

TEST_CASE("Birth number 000 and a '+' for someone under 100 are refused with what they mean", "[identity]")
{
    const auto zero = IdentityNumber::parse(tenDigits(QStringLiteral("640823"), QStringLiteral("000")), Today);
    CHECK(zero.error() == Error::BadBirthNumber);
    CHECK(zero.errorMessage().contains(QStringLiteral("000")));
    CHECK(IdentityNumber::parse(tenDigits(QStringLiteral("640823"), QStringLiteral("001")), Today).isValid());

    // Twelve digits keep their century; '+' then says the person is at least 100 this year.
    const QString ten = withCheck(QStringLiteral("640823323"));
    const auto plus = IdentityNumber::parse(QStringLiteral("19") + ten.left(6) + QLatin1Char('+') + ten.mid(6), Today);
    CHECK(plus.error() == Error::PlusUnderHundred);
    CHECK(plus.errorMessage().contains(QStringLiteral("100")));
    const QString old = withCheck(QStringLiteral("260101002"));
    CHECK(IdentityNumber::parse(QStringLiteral("19") + old.left(6) + QLatin1Char('+') + old.mid(6), Today).isValid());
}
