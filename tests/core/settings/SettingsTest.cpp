// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"

#include "QtCatch.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using koordinera::core::RehabRules;
using koordinera::core::Settings;

namespace {

std::unique_ptr<QSettings> iniIn(const QTemporaryDir& dir)
{
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
}

} // namespace

TEST_CASE("Settings have the domain's defaults and remember changes", "[settings]")
{
    QTemporaryDir dir;
    {
        Settings settings(iniIn(dir));
        CHECK(settings.rehabRules().gapDays == 5);
        CHECK(settings.rehabRules().checkpointDays == QList<int>{30, 90, 180, 365});
        RehabRules rules;
        rules.gapDays = 14;
        rules.checkpointDays = {8, 30, 60};
        settings.setRehabRules(rules);
        settings.setCoordinatorName(QStringLiteral("  Åsa Koordinator "));
        CHECK(settings.worklistSettings().checkpointDays == 14);
        CHECK(settings.worklistSettings().idleDays == 21);
        settings.setWorklistSettings({30, 7, 28, 10});
        CHECK_FALSE(settings.patientNameInTitle()); // the task bar and screen shares show the title
        settings.setPatientNameInTitle(true);
        settings.rememberDatabase(dir.filePath(QStringLiteral("a.koordinera")));
        settings.rememberDatabase(dir.filePath(QStringLiteral("b.koordinera")));
        settings.rememberDatabase(dir.filePath(QStringLiteral("a.koordinera")));
        settings.sync();
    }
    Settings reread(iniIn(dir));
    CHECK(reread.rehabRules().gapDays == 14);
    CHECK(reread.rehabRules().checkpointDays == QList<int>{8, 30, 60});
    CHECK(reread.coordinatorName() == QStringLiteral("Åsa Koordinator"));
    CHECK(reread.worklistSettings().checkpointDays == 30);
    CHECK(reread.worklistSettings().consentDays == 7);
    CHECK(reread.worklistSettings().idleDays == 28);
    CHECK(reread.worklistSettings().sickLeaveEndDays == 10);
    CHECK(reread.patientNameInTitle());
    CHECK(reread.lastDatabase().endsWith(QStringLiteral("a.koordinera")));
    CHECK(reread.recentDatabases().size() == 2);
    reread.forgetDatabase(dir.filePath(QStringLiteral("a.koordinera")));
    CHECK(reread.lastDatabase().isEmpty());
    CHECK(QSettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
              .value(QStringLiteral("settings/version"))
              .toInt() == Settings::Version);
}

TEST_CASE("Hand-edited or damaged settings fall back to safe values", "[settings]")
{
    QTemporaryDir dir;
    {
        auto raw = iniIn(dir);
        raw->setValue(QStringLiteral("rehab/gapDays"), 500);
        raw->setValue(QStringLiteral("rehab/checkpointDays"), QStringList{QStringLiteral("x"), QStringLiteral("-4")});
        raw->setValue(QStringLiteral("worklist/idleDays"), QStringLiteral("många"));
        raw->setValue(QStringLiteral("worklist/consentDays"), -3);
    }
    Settings settings(iniIn(dir));
    CHECK(settings.rehabRules().gapDays == 90);
    CHECK(settings.rehabRules().checkpointDays == QList<int>{30, 90, 180, 365});
    CHECK(settings.worklistSettings().idleDays == 21);
    CHECK(settings.worklistSettings().consentDays == 1);
}

TEST_CASE("Checkpoint days are parsed from what the user types", "[settings]")
{
    CHECK(Settings::parseCheckpointDays(QStringLiteral("365, 90 30;180 90")) == QList<int>{30, 90, 180, 365});
    QString reason;
    CHECK_FALSE(Settings::parseCheckpointDays(QStringLiteral("30, nittio"), &reason));
    CHECK(reason.contains(QStringLiteral("nittio")));
    CHECK_FALSE(Settings::parseCheckpointDays(QStringLiteral("0"), &reason));
    CHECK_FALSE(Settings::parseCheckpointDays(QStringLiteral("  "), &reason));
    CHECK(Settings::formatCheckpointDays({30, 90}) == QStringLiteral("30, 90"));
}

TEST_CASE("The region's server is remembered where and as whom, never with a password", "[settings]")
{
    QTemporaryDir dir;
    {
        Settings settings(iniIn(dir));
        CHECK(settings.serverProfile().port == 5432);
        CHECK(settings.serverProfile().database == QStringLiteral("koordinera"));
        koordinera::core::ServerProfile profile;
        profile.host = QStringLiteral(" db.region.se ");
        profile.port = 6543;
        profile.database = QStringLiteral("koordinera");
        profile.user = QStringLiteral("anna_lindberg");
        profile.unit = QStringLiteral("VC-ÖSTER");
        profile.caFile = QStringLiteral("/etc/region/ca.pem");
        settings.setServerProfile(profile);
    }
    Settings settings(iniIn(dir));
    const auto profile = settings.serverProfile();
    CHECK(profile.host == QStringLiteral("db.region.se"));
    CHECK(profile.port == 6543);
    CHECK(profile.user == QStringLiteral("anna_lindberg"));
    CHECK(profile.unit == QStringLiteral("VC-ÖSTER"));
    CHECK(profile.caFile == QStringLiteral("/etc/region/ca.pem"));
    QFile file(dir.filePath(QStringLiteral("s.ini")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().toLower().contains("password"));
}
