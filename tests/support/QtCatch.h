// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Waiting in a test: REQUIRE(QTest::qWaitFor([&] { return condition; })), never QTRY_VERIFY. QtTest's macros
// report to QtTest and then just return, so under Catch2 a wait that timed out ended the test as if it passed.

// Lets Catch2 print Qt values in failed assertions instead of "{?}".
namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& value) { return value.toString(Qt::ISODate).toStdString(); }
};

} // namespace Catch
