// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"

#include "core/documents/CaseDocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace koordinera::core {

namespace {

const QString VersionKey = QStringLiteral("settings/version");
const QString GapDaysKey = QStringLiteral("rehab/gapDays");
const QString CheckpointsKey = QStringLiteral("rehab/checkpointDays");
const QString CoordinatorKey = QStringLiteral("user/coordinatorName");
const QString LastDatabaseKey = QStringLiteral("databases/last");
const QString RecentDatabasesKey = QStringLiteral("databases/recent");
const QString HeaderStateKey = QStringLiteral("caseList/headerState");
const QString ColumnsSizedByUserKey = QStringLiteral("caseList/columnsSizedByUser");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString PatientNameInTitleKey = QStringLiteral("security/patientNameInTitle");
const QString BackupFolderKey = QStringLiteral("backup/folder");
const QString BackupGenerationsKey = QStringLiteral("backup/generations");
const QString LanguageKey = QStringLiteral("ui/language");
const QString UnitKey = QStringLiteral("user/unitName");
const QString TitleKey = QStringLiteral("user/coordinatorTitle");
const QString PartySignaturesKey = QStringLiteral("documents/partySignatureLines");
const QString LogoKey = QStringLiteral("documents/logoPath");
const QString LetterTemplateKey = QStringLiteral("documents/letterTemplate");
const QString ImportMappingKey = QStringLiteral("import/columnMapping");
const QString SmallNumberKey = QStringLiteral("statistics/smallNumberThreshold");
constexpr int DefaultSmallNumberThreshold = 4;
constexpr int MaxSmallNumberThreshold = 20;
const QString RetentionYearsKey = QStringLiteral("retention/years");
constexpr int MaxWorklistDays = 365;

QString osUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("koordinator") : user;
}

} // namespace

Settings::Settings() : Settings(std::make_unique<QSettings>()) {}

Settings::Settings(std::unique_ptr<QSettings> backing) : m_settings(std::move(backing))
{
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate()
{
    const int stored = m_settings->value(VersionKey, 0).toInt();
    if (stored == Version)
        return;
    // Version 0 is "no settings yet" (or written before versioning): nothing to convert, only stamp it.
    m_settings->setValue(VersionKey, Version);
}

RehabRules Settings::rehabRules() const
{
    RehabRules rules;
    rules.gapDays = std::clamp(m_settings->value(GapDaysKey, rules.gapDays).toInt(), 0, 90);
    const QStringList stored = m_settings->value(CheckpointsKey).toStringList();
    QList<int> days;
    for (const QString& value : stored) {
        bool ok = false;
        const int day = value.toInt(&ok);
        if (ok && day > 0 && day <= 3650 && !days.contains(day))
            days.append(day);
    }
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        rules.checkpointDays = days;
    }
    return rules;
}

void Settings::setRehabRules(const RehabRules& rules)
{
    m_settings->setValue(GapDaysKey, std::clamp(rules.gapDays, 0, 90));
    QStringList days;
    for (int day : rules.checkpointDays)
        days << QString::number(day);
    m_settings->setValue(CheckpointsKey, days);
}

QString Settings::coordinatorName() const
{
    const QString name = m_settings->value(CoordinatorKey).toString().trimmed();
    return name.isEmpty() ? osUserName() : name;
}

void Settings::setCoordinatorName(const QString& name)
{
    m_settings->setValue(CoordinatorKey, name.trimmed());
}

ServerProfile Settings::serverProfile() const
{
    ServerProfile profile;
    profile.host = m_settings->value(QStringLiteral("server/host")).toString();
    profile.port = m_settings->value(QStringLiteral("server/port"), 5432).toInt();
    profile.database = m_settings->value(QStringLiteral("server/database"), QStringLiteral("koordinera")).toString();
    profile.user = m_settings->value(QStringLiteral("server/user")).toString();
    profile.unit = m_settings->value(QStringLiteral("server/unit")).toString();
    profile.caFile = m_settings->value(QStringLiteral("server/caFile")).toString();
    profile.clientCertificate = m_settings->value(QStringLiteral("server/clientCertificate")).toString();
    profile.clientKey = m_settings->value(QStringLiteral("server/clientKey")).toString();
    return profile;
}

void Settings::setServerProfile(const ServerProfile& profile)
{
    m_settings->setValue(QStringLiteral("server/host"), profile.host.trimmed());
    m_settings->setValue(QStringLiteral("server/port"), profile.port);
    m_settings->setValue(QStringLiteral("server/database"), profile.database.trimmed());
    m_settings->setValue(QStringLiteral("server/user"), profile.user.trimmed());
    m_settings->setValue(QStringLiteral("server/unit"), profile.unit.trimmed());
    m_settings->setValue(QStringLiteral("server/caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("server/clientCertificate"), profile.clientCertificate);
    m_settings->setValue(QStringLiteral("server/clientKey"), profile.clientKey);
}

QString Settings::unitName() const
{
    return m_settings->value(UnitKey).toString().trimmed();
}

void Settings::setUnitName(const QString& name)
{
    m_settings->setValue(UnitKey, name.trimmed());
}

QString Settings::coordinatorTitle() const
{
    return m_settings->value(TitleKey).toString().trimmed();
}

void Settings::setCoordinatorTitle(const QString& title)
{
    m_settings->setValue(TitleKey, title.trimmed());
}

bool Settings::signerGiven() const
{
    return !m_settings->value(CoordinatorKey).toString().trimmed().isEmpty() && !unitName().isEmpty() &&
           !coordinatorTitle().isEmpty();
}

bool Settings::partySignatureLines() const
{
    return m_settings->value(PartySignaturesKey, true).toBool();
}

void Settings::setPartySignatureLines(bool on)
{
    m_settings->setValue(PartySignaturesKey, on);
}

QString Settings::logoPath() const
{
    return m_settings->value(LogoKey).toString().trimmed();
}

void Settings::setLogoPath(const QString& path)
{
    m_settings->setValue(LogoKey, path.trimmed());
}

QMap<QString, QString> Settings::importMapping() const
{
    QMap<QString, QString> mapping;
    const QVariantMap stored = m_settings->value(ImportMappingKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void Settings::setImportMapping(const QMap<QString, QString>& mapping)
{
    // Merged with what was remembered before, so lists with different headings each keep their choices.
    QVariantMap stored = m_settings->value(ImportMappingKey).toMap();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(ImportMappingKey, stored);
}

namespace {

// The cover letter keeps the key it had before the other templates came.
QString templateKey(TemplateKind kind)
{
    return kind == TemplateKind::CoverLetter ? LetterTemplateKey
                                             : QStringLiteral("documents/templates/") + DocumentTemplates::key(kind);
}

} // namespace

DocumentTemplates Settings::documentTemplates() const
{
    DocumentTemplates templates;
    for (TemplateKind kind : DocumentTemplates::kinds())
        templates.setText(kind, m_settings->value(templateKey(kind)).toString());
    return templates;
}

void Settings::setDocumentTemplates(const DocumentTemplates& templates)
{
    // A kind left at the built-in text keeps following it (and its translation).
    for (TemplateKind kind : DocumentTemplates::kinds()) {
        if (templates.isOwn(kind))
            m_settings->setValue(templateKey(kind), templates.text(kind));
        else
            m_settings->remove(templateKey(kind));
    }
}

QString Settings::letterTemplate() const
{
    return documentTemplates().text(TemplateKind::CoverLetter);
}

void Settings::setLetterTemplate(const QString& text)
{
    DocumentTemplates templates = documentTemplates();
    templates.setText(TemplateKind::CoverLetter, text);
    setDocumentTemplates(templates);
}

int Settings::smallNumberThreshold() const
{
    bool ok = false;
    const int value = m_settings->value(SmallNumberKey, DefaultSmallNumberThreshold).toInt(&ok);
    return ok ? std::clamp(value, 0, MaxSmallNumberThreshold) : DefaultSmallNumberThreshold;
}

void Settings::setSmallNumberThreshold(int threshold)
{
    m_settings->setValue(SmallNumberKey, std::clamp(threshold, 0, MaxSmallNumberThreshold));
}

Letterhead Settings::letterhead() const
{
    return {unitName(),
            m_settings->value(CoordinatorKey).toString().trimmed(),
            logoPath(),
            coordinatorTitle(),
            partySignatureLines(),
            documentTemplates()};
}

int Settings::retentionYears() const
{
    return std::clamp(m_settings->value(RetentionYearsKey, 10).toInt(), MinRetentionYears, 100);
}

void Settings::setRetentionYears(int years)
{
    m_settings->setValue(RetentionYearsKey, std::clamp(years, MinRetentionYears, 100));
}

WorklistSettings Settings::worklistSettings() const
{
    WorklistSettings windows;
    for (const auto& window : WorklistSettings::Windows) {
        const QString key = QStringLiteral("worklist/") + QLatin1String(window.key);
        bool ok = false;
        const int value = m_settings->value(key, windows.*window.days).toInt(&ok);
        if (ok)
            windows.*window.days = std::clamp(value, 1, MaxWorklistDays);
    }
    return windows;
}

void Settings::setWorklistSettings(const WorklistSettings& windows)
{
    for (const auto& window : WorklistSettings::Windows) {
        m_settings->setValue(QStringLiteral("worklist/") + QLatin1String(window.key),
                             std::clamp(windows.*window.days, 1, MaxWorklistDays));
    }
}

QString Settings::lastDatabase() const
{
    return m_settings->value(LastDatabaseKey).toString();
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(RecentDatabasesKey).toStringList();
}

void Settings::rememberDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentDatabases)
        recent.removeLast();
    m_settings->setValue(RecentDatabasesKey, recent);
    m_settings->setValue(LastDatabaseKey, absolute);
}

void Settings::forgetDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    m_settings->setValue(RecentDatabasesKey, recent);
    if (lastDatabase() == absolute)
        m_settings->remove(LastDatabaseKey);
}

bool Settings::caseListColumnsSizedByUser() const
{
    return m_settings->value(ColumnsSizedByUserKey, false).toBool();
}

void Settings::setCaseListColumnsSizedByUser(bool byUser)
{
    m_settings->setValue(ColumnsSizedByUserKey, byUser);
}

QByteArray Settings::caseListHeaderState() const
{
    return m_settings->value(HeaderStateKey).toByteArray();
}

void Settings::setCaseListHeaderState(const QByteArray& state)
{
    m_settings->setValue(HeaderStateKey, state);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

int Settings::autoLockMinutes() const
{
    return std::clamp(m_settings->value(AutoLockKey, 10).toInt(), 0, 240);
}

void Settings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(AutoLockKey, std::clamp(minutes, 0, 240));
}

bool Settings::patientNameInTitle() const
{
    return m_settings->value(PatientNameInTitleKey, false).toBool();
}

void Settings::setPatientNameInTitle(bool shown)
{
    m_settings->setValue(PatientNameInTitleKey, shown);
}

QString Settings::backupFolder() const
{
    return m_settings->value(BackupFolderKey).toString();
}

void Settings::setBackupFolder(const QString& folder)
{
    m_settings->setValue(BackupFolderKey, folder.trimmed());
}

int Settings::backupGenerations() const
{
    return std::clamp(m_settings->value(BackupGenerationsKey, 14).toInt(), 1, 365);
}

void Settings::setBackupGenerations(int generations)
{
    m_settings->setValue(BackupGenerationsKey, std::clamp(generations, 1, 365));
}

QString Settings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(LanguageKey, language);
}

void Settings::sync()
{
    m_settings->sync();
}

std::optional<QList<int>> Settings::parseCheckpointDays(const QString& text, QString* error)
{
    QList<int> days;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.toInt(&ok);
        if (!ok || day < 1 || day > 3650) {
            if (error) {
                *error = QCoreApplication::translate("Settings", "“%1” is not a day between 1 and 3650.").arg(part);
            }
            return std::nullopt;
        }
        if (!days.contains(day))
            days.append(day);
    }
    if (days.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Settings", "Give at least one day, e.g. 30, 90, 180, 365.");
        return std::nullopt;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString Settings::formatCheckpointDays(const QList<int>& days)
{
    QStringList parts;
    for (int day : days)
        parts << QString::number(day);
    return parts.join(QStringLiteral(", "));
}

} // namespace koordinera::core
