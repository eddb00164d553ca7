// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/Workspace.h"

#include "core/records/CaseDerived.h"
#include "core/records/FamilyRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SecretKey.h"
#include "core/storage/Storage.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"
#include "core/workspace/DemoData.h"

#include <QCoreApplication>

namespace koordinera::core {

Workspace::Workspace(std::unique_ptr<Database> db, const RehabRules& rules, const QString& userName)
    : Records(*db, rules, userName), m_db(std::move(db)), m_caseList(m_context), m_worklist(m_context),
      m_calendar(m_context), m_presence(m_context)
{
    connect(m_db.get(), &Database::changed, this, [this](QSet<QString> tables) {
        // A colleague entering or leaving a case is no change of the data.
        if (tables.remove(QString::fromLatin1(CasePresence::AnnouncedAs)))
            Q_EMIT presenceChanged();
        if (tables.isEmpty())
            return;
        Q_EMIT changed(tables);
        if (!onlyAccessLog(tables))
            Q_EMIT caseDataChanged();
    });
    // A later sjukfall may have started since the file was last open.
    CaseDerived::refreshChainsForToday(m_context);
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString& path, const QByteArray& passphrase, const RehabRules& rules,
                                           const QString& userName, bool forceLock, Storage::OpenReport* report,
                                           bool acceptAsItIs)
{
    Storage::OpenReport opened;
    std::unique_ptr<Workspace> workspace(
        new Workspace(Storage::openSealed(path, passphrase, forceLock, &opened, acceptAsItIs), rules, userName));
    if (opened.acceptedAsItIs) {
        const Witness::State& expected = opened.witness.expected;
        workspace->m_audit.record(AuditLog::Action::AcceptFile, 0, QStringLiteral("database"),
                                  QStringLiteral("file accepted as it is; last saved %1 on %2 (generation %3, save %4, "
                                                 "access log entry %5)")
                                      .arg(expected.savedAt.toString(Qt::ISODate), expected.computer,
                                           QString::number(expected.generation, 16), QString::number(expected.sequence),
                                           QString::number(expected.logEntry)));
    }
    if (report)
        *report = opened;
    return workspace;
}

std::unique_ptr<Workspace> Workspace::create(const QString& path, const QByteArray& passphrase, const RehabRules& rules,
                                             const QString& userName, const KdfParams& params, Profile profile)
{
    std::unique_ptr<Workspace> workspace(
        new Workspace(Storage::createSealed(path, passphrase, params), rules, userName));
    if (profile != Profile::Rehab)
        FileProfile::set(workspace->database(), profile);
    return workspace;
}

Profile Workspace::profile() const
{
    return FileProfile::of(*m_db);
}

std::unique_ptr<Workspace> Workspace::importPlain(const QString& plainPath, const QString& sealedPath,
                                                  const QByteArray& passphrase, const RehabRules& rules,
                                                  const QString& userName, const KdfParams& params)
{
    std::unique_ptr<Workspace> workspace(
        new Workspace(Storage::importPlain(plainPath, sealedPath, passphrase, params), rules, userName));
    workspace->audit().record(AuditLog::Action::Import, 0, QStringLiteral("database"),
                              QStringLiteral("sealed from a plain database"));
    return workspace;
}

void Workspace::handOverTo(QThread* thread)
{
    m_db->handOverTo(thread);
    moveToThread(thread);
}

void Workspace::recordCaseOpened(qint64 caseId)
{
    m_audit.record(AuditLog::Action::OpenCase, caseId, QStringLiteral("case"));
}

void Workspace::changePassphrase(const QByteArray& newPassphrase, const KdfParams& params)
{
    Storage::changePassphrase(*m_db, newPassphrase, params);
}

std::unique_ptr<Workspace> Workspace::inMemory(const RehabRules& rules, const QString& userName)
{
    return std::unique_ptr<Workspace>(new Workspace(Storage::createInMemory(), rules, userName));
}

std::unique_ptr<Workspace> Workspace::onServer(std::unique_ptr<Database> db, const RehabRules& rules,
                                               const QString& userName)
{
    Migrations::migrate(*db);
    return std::unique_ptr<Workspace>(new Workspace(std::move(db), rules, userName));
}

std::unique_ptr<Workspace> Workspace::openReadOnly(const QString& path, const QByteArray& passphrase,
                                                   const RehabRules& rules, const QString& userName,
                                                   Storage::OpenReport* report)
{
    std::unique_ptr<Workspace> workspace(
        new Workspace(Storage::openSealedReadOnly(path, passphrase, report), rules, userName));
    workspace->m_db->setQueryOnly(true);
    return workspace;
}

std::unique_ptr<Workspace> Workspace::demo(const RehabRules& rules, const QString& userName, int caseCount)
{
    auto workspace = inMemory(rules, userName);
    workspace->m_demo = true;
    DemoData::populate(*workspace, caseCount);
    return workspace;
}

bool Workspace::isOnServer() const
{
    return m_db->isServer();
}

bool Workspace::isReadOnly() const
{
    return m_db->isReadOnlyCopy();
}

QString Workspace::path() const
{
    return m_db->path();
}

void Workspace::setRules(const RehabRules& rules)
{
    m_context.rules = rules;
    CaseDerived::refreshChainsForToday(m_context); // all of them when the gap rule changed
}

void Workspace::setToday(const QDate& today)
{
    m_context.today = [today] {
        return today;
    };
    CaseDerived::refreshChainsForToday(m_context);
}

RehabChain Workspace::rehabChain(qint64 caseId)
{
    const auto record = m_cases.get(caseId).value_or(CaseRecord{});
    return RehabChain(record, m_sickLeave.periods(caseId), m_context.rules, today());
}

} // namespace koordinera::core

namespace koordinera::core {

void Workspace::saveCaseAndPatient(Patient& patient, CaseRecord& caseRecord, const QString& newEmployerName)
{
    Transaction transaction(*m_db);
    if (!newEmployerName.trimmed().isEmpty()) {
        Actor employer{0, ActorKind::Employer, newEmployerName.trimmed(), {}, {}, {}};
        m_actors.saveActor(employer);
        caseRecord.employerId = employer.id;
    }
    m_patients.save(patient);
    m_cases.save(caseRecord);
    transaction.commit();
}

} // namespace koordinera::core

namespace koordinera::core {

void Workspace::restoreFrom(Workspace& backup, const QString& backupName)
{
    const AuditLog::ChainPoint backupEnd = backup.m_audit.newest();
    if (backupEnd.id > 0 && m_audit.hashOf(backupEnd.id) != backupEnd.hash) {
        throw StorageError(StorageError::Kind::NotKoordinera,
                           QCoreApplication::translate("Workspace", "The backup belongs to another database (its "
                                                                    "access log does not match this one). Nothing "
                                                                    "has been restored."));
    }
    // The restored content is prepared in the backup's working copy, which lives only in memory, and then
    // replaces this database in one atomic step.
    backup.m_db->setQueryOnly(false);
    backup.m_context.userName = m_context.userName;
    backup.m_context.unit = m_context.unit;
    {
        Transaction transaction(*backup.m_db);
        const qint64 kept = m_audit.copyEntriesAfter(backupEnd.id, *backup.m_db);
        // Cases purged after the backup was made stay purged: the decisions are in the entries just carried over.
        const int purged = backup.m_retention.reapplyPurgesAfter(backupEnd.id);
        backup.m_audit.record(AuditLog::Action::Restore, 0, QStringLiteral("database"),
                              QStringLiteral("backup %1; %2 later log entries kept; %3 cases purged since stay purged")
                                  .arg(backupName, QString::number(kept), QString::number(purged)));
        transaction.commit();
    }
    QByteArray snapshot = backup.m_db->serialize();
    const WipeOnExit wipeSnapshot(snapshot);
    backup.m_db->setQueryOnly(true);
    m_db->replaceContents(snapshot);
    CaseDerived::refreshAllChains(m_context);
}

Workspace::Health Workspace::check()
{
    Health health;
    health.structureIntact = m_db->integrityOk();
    health.firstBrokenLogEntry = m_audit.firstBrokenEntry();
    health.logEntries = m_audit.count();
    health.cases = m_caseList.totalCases();
    return health;
}

void Workspace::purgeCases(const QList<qint64>& caseIds, int retentionYears, const QString& reason)
{
    m_retention.purge(caseIds, retentionYears, reason);
    // The local file's journal still holds the purged rows until it is written anew. A server keeps no journal of
    // ours.
    if (!m_db->isServer())
        m_db->compact();
}

bool Workspace::onlyAccessLog(const QSet<QString>& tables)
{
    // A new entry may add a word (a user, an object) to the log's own table of them.
    const QSet<QString> log{QStringLiteral("audit_log"), QStringLiteral("audit_words")};
    return !tables.isEmpty() && log.contains(tables);
}

} // namespace koordinera::core
