// SPDX-License-Identifier: GPL-3.0-or-later
// The unit report for the county's process support (issue 22): raw counts only, sealed with a passphrase.
#include "core/exchange/UnitReport.h"

#include "TestWorkspace.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"
#include "core/workspace/DemoData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace koordinera::core;

namespace {

StorageError::Kind refusal(const QByteArray& sealed, const QByteArray& passphrase)
{
    try {
        UnitReportFile::open(sealed, passphrase, nullptr);
    } catch (const StorageError& error) {
        return error.kind();
    }
    return StorageError::Kind::Generic;
}

// Every identity number (as stored and as printed), full name and note text the database holds.
QStringList secretsOf(Workspace& workspace)
{
    QStringList secrets;
    Statement patients(workspace.database(), "SELECT identity, given_name, family_name FROM patients");
    while (patients.step()) {
        const QString identity = patients.columnText(0);
        secrets << identity << identity.mid(2) << identity.left(8) + QLatin1Char('-') + identity.mid(8);
        secrets << patients.columnText(1) + QLatin1Char(' ') + patients.columnText(2);
    }
    Statement notes(workspace.database(), "SELECT DISTINCT note FROM activity_versions WHERE trim(note) <> ''");
    while (notes.step())
        secrets << notes.columnText(0);
    return secrets;
}

} // namespace

TEST_CASE("The unit report carries the raw counts, sealed: it opens with its passphrase and refuses anything else",
          "[exchange][unitreport]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    DemoData::populate(*workspace, 120);
    const auto period = StatisticsPeriod::parse(QStringLiteral("2026-H1"));
    REQUIRE(period);
    CHECK(period->from == QDate(2026, 1, 1));
    CHECK(period->to == QDate(2026, 6, 30));
    const StatisticsReport figures = Statistics(workspace->context()).compute(*period);
    const UnitReport report =
        UnitReportFile::make(figures, QStringLiteral("Vårdcentralen Demo"),
                             QStringLiteral("SE2321000131-E000000000001"), QDateTime(QDate(2026, 7, 2), QTime(9, 0)));
    const QByteArray sealed = UnitReportFile::seal(report, "överenskommen fras", KdfParams::forTests());
    CHECK_FALSE(sealed.contains("Demo")); // nothing readable on the way

    QString error;
    const auto opened = UnitReportFile::open(sealed, "överenskommen fras", &error);
    REQUIRE(opened);
    CHECK(error.isEmpty());
    CHECK(opened->unitName == QStringLiteral("Vårdcentralen Demo"));
    CHECK(opened->unitCode == QStringLiteral("SE2321000131-E000000000001"));
    CHECK(opened->period.from == period->from);
    CHECK(opened->period.to == period->to);
    CHECK_FALSE(opened->programVersion.isEmpty());
    CHECK(opened->figures.active == figures.active);
    CHECK(opened->figures.withPlan == figures.withPlan);
    CHECK(opened->figures.months.size() == figures.months.size());
    CHECK(opened->figures.unitWork == figures.unitWork);
    REQUIRE(opened->figures.tables().size() == figures.tables().size());
    for (qsizetype index = 0; index < figures.tables().size(); ++index) {
        const StatisticsTable& before = *figures.tables().at(index);
        const StatisticsTable& after = *opened->figures.tables().at(index);
        CHECK(after.key == before.key);
        REQUIRE(after.rows.size() == before.rows.size());
        for (qsizetype row = 0; row < before.rows.size(); ++row)
            CHECK(after.rows.at(row).counts == before.rows.at(row).counts);
    }
    CHECK_FALSE(opened->figures.daysToFirstContact.total); // medians rest on single cases: not carried

    CHECK(refusal(sealed, "fel fras") == StorageError::Kind::WrongPassphrase);
    for (const qsizetype at : {qsizetype(2), qsizetype(40), qsizetype(100), sealed.size() / 2, sealed.size() - 1}) {
        QByteArray changed = sealed;
        changed[at] = char(changed.at(at) ^ 0x01);
        INFO("byte " << at);
        const StorageError::Kind kind = refusal(changed, "överenskommen fras");
        CHECK((kind == StorageError::Kind::Damaged || kind == StorageError::Kind::WrongPassphrase));
    }
    CHECK(refusal(sealed.left(sealed.size() - 1), "överenskommen fras") == StorageError::Kind::Damaged);
    CHECK(refusal(QByteArray("inte en rapport"), "överenskommen fras") == StorageError::Kind::Damaged);
}

TEST_CASE("A unit report holds no identity number, name or note text, and a wrong report is refused by name",
          "[exchange][unitreport]")
{
    auto workspace = koordinera::tests::makeWorkspace();
    DemoData::populate(*workspace, 120);
    const UnitReport report =
        UnitReportFile::make(Statistics(workspace->context()).compute(StatisticsPeriod::year(2026)),
                             QStringLiteral("Vårdcentralen Demo"), QStringLiteral("E1"), QDateTime::currentDateTime());
    const QString plain = QString::fromUtf8(UnitReportFile::plain(report));
    const QStringList secrets = secretsOf(*workspace);
    REQUIRE(secrets.size() > 200);
    for (const QString& secret : secrets) {
        INFO(secret.toStdString());
        CHECK_FALSE(plain.contains(secret));
    }

    QString error;
    CHECK_FALSE(UnitReportFile::fromPlain("{}", &error));
    CHECK(error == QStringLiteral("The file is not a unit report from Koordinera."));
    QJsonObject newer = QJsonDocument::fromJson(UnitReportFile::plain(report)).object();
    newer.insert(QStringLiteral("version"), UnitReportFile::FormatVersion + 1);
    CHECK_FALSE(UnitReportFile::fromPlain(QJsonDocument(newer).toJson(), &error));
    CHECK(error.contains(QStringLiteral("newer version")));
    QJsonObject negative = QJsonDocument::fromJson(UnitReportFile::plain(report)).object();
    QJsonObject counts = negative.value(QStringLiteral("counts")).toObject();
    counts.insert(QStringLiteral("active"), QJsonArray{-1, 2, 1});
    negative.insert(QStringLiteral("counts"), counts);
    CHECK_FALSE(UnitReportFile::fromPlain(QJsonDocument(negative).toJson(), &error));
}
