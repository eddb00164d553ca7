// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"
#include "core/records/CasePresence.h"
#include "core/records/Records.h"
#include "core/reporting/Calendar.h"
#include "core/reporting/CaseListQuery.h"
#include "core/reporting/Worklist.h"
#include "core/storage/Storage.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace koordinera::core {

class Database;

// An open database with its records and reports: what the GUI and headless commands work with. Opening goes through
// Storage, so the on-disk format is invisible from here up.
class Workspace : public QObject, public Records
{
    Q_OBJECT

public:
    // A sealed database file (see Storage): the passphrase unlocks it; `forceLock` takes over a lock held on
    // another computer; `report` says whether an unfinished last save was left out. A file that lacks saves made to
    // it on this computer is refused (StorageError::Kind::NotNewest) unless `acceptAsItIs`; accepting it is written
    // to the access log, with what was missing.
    static std::unique_ptr<Workspace> open(const QString& path, const QByteArray& passphrase, const RehabRules& rules,
                                           const QString& userName, bool forceLock = false,
                                           Storage::OpenReport* report = nullptr, bool acceptAsItIs = false);
    // `profile`: the work the file holds, chosen now and kept for the file's life (issue 23).
    static std::unique_ptr<Workspace> create(const QString& path, const QByteArray& passphrase, const RehabRules& rules,
                                             const QString& userName, const KdfParams& params = KdfParams::standard(),
                                             Profile profile = Profile::Rehab);
    // Seals a plain database from before the sealed format into a new file and opens that.
    static std::unique_ptr<Workspace> importPlain(const QString& plainPath, const QString& sealedPath,
                                                  const QByteArray& passphrase, const RehabRules& rules,
                                                  const QString& userName,
                                                  const KdfParams& params = KdfParams::standard());
    // A sealed file opened for looking: no lock, the file is never written, and the working copy refuses changes.
    // Used to preview a backup before restoring it, by `check`, and for what can be done with a database that may
    // only be read (statistics, a backup of it).
    static std::unique_ptr<Workspace> openReadOnly(const QString& path, const QByteArray& passphrase,
                                                   const RehabRules& rules, const QString& userName,
                                                   Storage::OpenReport* report = nullptr);
    // An in-memory database filled with synthetic demo cases; nothing is written to disk.
    static std::unique_ptr<Workspace> demo(const RehabRules& rules, const QString& userName, int caseCount = 240);
    static std::unique_ptr<Workspace> inMemory(const RehabRules& rules, const QString& userName);
    // A unit's database on a region's server (issue 25), brought to this version's schema first.
    static std::unique_ptr<Workspace> onServer(std::unique_ptr<Database> db, const RehabRules& rules,
                                               const QString& userName);
    ~Workspace() override;

    // Opened with openReadOnly(): nothing can be saved, not even to the access log.
    bool isReadOnly() const;
    // The work the file holds: rehabilitation coordination, or support to parents (issue 23).
    Profile profile() const;
    QString path() const;
    // A unit's database on a region's server (issue 25): no file, no backups, no passphrase.
    bool isOnServer() const;

    CaseListQuery& caseList() { return m_caseList; }
    Worklist& worklist() { return m_worklist; }
    Calendar& calendar() { return m_calendar; }
    // Who else has a case open, on a server (nobody on a file).
    CasePresence& casePresence() { return m_presence; }
    // New thresholds or gap rule from settings: recomputes every case's current sjukfall.
    void setRules(const RehabRules& rules);
    // Who is working: stamped on notes and consents from now on.
    void setUserName(const QString& userName) { m_context.userName = userName; }
    void setUnit(const QString& unit) { m_context.unit = unit; }
    // For tests: pin "today".
    void setToday(const QDate& today);

    RehabChain rehabChain(qint64 caseId);
    // Records that the user opened a case (the access log), and returns its record.
    void recordCaseOpened(qint64 caseId);
    void changePassphrase(const QByteArray& newPassphrase, const KdfParams& params = KdfParams::standard());

    // Replaces this database by `backup` (from openReadOnly). Access-log entries written after the backup
    // was made are carried over, so the log loses nothing; a backup whose log does not share this
    // database's history is refused (StorageError, nothing changed). The file is rewritten atomically.
    void restoreFrom(Workspace& backup, const QString& backupName);

    struct Health
    {
        bool structureIntact = false;   // SQLite's integrity check
        qint64 firstBrokenLogEntry = 0; // 0 when the access log's chain is whole
        qint64 logEntries = 0;
        int cases = 0;
        bool whole() const { return structureIntact && firstBrokenLogEntry == 0; }
    };
    // What "Kontrollera databasen" and `koordinera check` report. How the file compares with its witness is in the
    // report of the opening (Storage::OpenReport::witness).
    Health check();

    // Purges the cases (see Retention::purge) and rewrites the file, so the removed content is not left in
    // the journal of earlier saves.
    void purgeCases(const QList<qint64>& caseIds, int retentionYears, const QString& reason);

    // Saves the patient and the case together: both or neither. A new employer typed in the dialog is
    // registered in the same transaction.
    void saveCaseAndPatient(Patient& patient, CaseRecord& caseRecord, const QString& newEmployerName = {});

    // True when only the access log changed: not even the open case shows anything new.
    static bool onlyAccessLog(const QSet<QString>& tables);

    // Hands the workspace and its database to `thread`; called on the thread that made them. A large file is
    // opened on a worker thread (decrypting and loading 200 MB takes seconds) and then used on the GUI thread.
    void handOverTo(QThread* thread);

Q_SIGNALS:
    // After every committed change, with the tables it touched.
    void changed(const QSet<QString>& tables);
    // After a committed change to more than the access log (opening a case writes to it): what the case list, Idag,
    // the calendar and the statistics show may have changed. A recorded copy of a plan counts: Idag watches that
    // every recipient gets one.
    void caseDataChanged();
    // Someone else on the server entered or left a case (CasePresence); nothing in the data changed.
    void presenceChanged();

private:
    Workspace(std::unique_ptr<Database> db, const RehabRules& rules, const QString& userName);

    std::unique_ptr<Database> m_db;
    CaseListQuery m_caseList;
    Worklist m_worklist;
    Calendar m_calendar;
    CasePresence m_presence;
};

} // namespace koordinera::core
