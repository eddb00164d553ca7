// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseFile.h"
#include "core/domain/RehabChain.h"
#include "core/reporting/Worklist.h"
#include "core/storage/ServerLink.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace koordinera::core {

// The one typed facade over QSettings: every key with its default in one place, a version, and a
// migration step for older layouts. Tests pass their own QSettings on a temporary file.
class Settings
{
public:
    static constexpr int Version = 1;
    static constexpr int MaxRecentDatabases = 6;
    // Journal retention is at least ten years after the last entry (docs/domain.md §8); a unit may keep longer.
    static constexpr int MinRetentionYears = 10;

    Settings();                                            // the user's settings
    explicit Settings(std::unique_ptr<QSettings> backing); // e.g. a temporary file in tests
    ~Settings();

    RehabRules rehabRules() const;
    void setRehabRules(const RehabRules& rules);

    // Who writes notes and records consents; the OS user name until the coordinator gives theirs.
    QString coordinatorName() const;
    void setCoordinatorName(const QString& name);

    // The unit (vårdcentral) the coordinator works at: in the access log and on printed documents.
    QString unitName() const;
    void setUnitName(const QString& name);
    // The coordinator's title under their signature, e.g. "Fysioterapeut, rehabkoordinator".
    QString coordinatorTitle() const;
    void setCoordinatorTitle(const QString& title);
    // Whether the coordinator has said who signs: their own name, title and unit, all given. Documents are
    // produced only then (the OS user name that coordinatorName() falls back on is no signature).
    bool signerGiven() const;
    // Signature lines on the plan for the parties at the meeting (on by default).
    bool partySignatureLines() const;
    void setPartySignatureLines(bool on);
    // The unit's logo (an image file) at the top of printed documents; empty = none.
    QString logoPath() const;
    void setLogoPath(const QString& path);
    // The unit's wording of letters, invitations and forms; the built-in text for each it has not written.
    DocumentTemplates documentTemplates() const;
    void setDocumentTemplates(const DocumentTemplates& templates);
    // The cover letter sent with a plan, with {mottagare}, {patient}... (CaseDocuments::fillTemplate).
    QString letterTemplate() const;
    // How the columns of an imported case list were mapped last time: heading in lower case -> field key.
    QMap<QString, QString> importMapping() const;
    void setImportMapping(const QMap<QString, QString>& mapping);
    void setLetterTemplate(const QString& text);
    // Counts from 1 up to this are shown as "<N+1>" in statistics that leave the program (0 = off; at most 20).
    int smallNumberThreshold() const;
    void setSmallNumberThreshold(int threshold);
    // Everything printed documents say about who they come from.
    Letterhead letterhead() const;

    // Closed cases become eligible for purging (gallring) this many years after they were closed.
    int retentionYears() const;
    // How far ahead and back Idag looks; each window is 1–365 days.
    WorklistSettings worklistSettings() const;
    void setWorklistSettings(const WorklistSettings& windows);
    void setRetentionYears(int years);

    QString lastDatabase() const;
    QStringList recentDatabases() const;
    // Remembers a database as the last one opened and first among the recent ones.
    void rememberDatabase(const QString& path);
    // The region's server last connected to (issue 25): where, as whom, in which unit. Never the password.
    ServerProfile serverProfile() const;
    void setServerProfile(const ServerProfile& profile);
    void forgetDatabase(const QString& path);

    QByteArray caseListHeaderState() const;
    void setCaseListHeaderState(const QByteArray& state);
    // Whether the user has set the case list's column widths by hand (else they follow the content).
    bool caseListColumnsSizedByUser() const;
    void setCaseListColumnsSizedByUser(bool byUser);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    // Minutes without keyboard or mouse before Koordinera locks itself; 0 turns it off.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Whether the window title names the patient of the open case. Off by default: the title shows in the task bar,
    // in the window switcher and in screen shares; the case's reference stands there instead.
    bool patientNameInTitle() const;
    void setPatientNameInTitle(bool shown);

    // Where automatic backups go (empty: none) and how many are kept.
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    int backupGenerations() const;
    void setBackupGenerations(int generations);

    // "sv", "en", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString& language);

    void sync();

    // "30, 90, 180, 365" -> {30, 90, 180, 365}; nullopt (with a translated reason) when it is not a list of
    // whole days between 1 and 3650.
    static std::optional<QList<int>> parseCheckpointDays(const QString& text, QString* error = nullptr);
    static QString formatCheckpointDays(const QList<int>& days);

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace koordinera::core
