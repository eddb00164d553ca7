// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/ActivityRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseDerived.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace koordinera::core {

namespace {

constexpr auto SelectVersion = "SELECT a.id, a.case_id, v.version, v.occurred_at, v.kind, v.mode, v.actor_id, "
                               "v.counterpart, v.kva_code, v.note, v.recorded_by, v.recorded_at "
                               "FROM activities a JOIN activity_versions v ON v.activity_id = a.id ";

Activity activityFrom(const Statement& row)
{
    Activity activity;
    activity.id = row.columnInt64(0);
    activity.caseId = row.columnInt64(1);
    activity.version = row.columnInt(2);
    activity.occurredAt = row.columnDateTime(3);
    activity.kind = text::fromKeyOr(row.columnText(4), ActivityKind::PersonalSupport);
    activity.mode = text::fromKeyOr(row.columnText(5), ContactMode::Visit);
    activity.actorId = row.columnInt64(6);
    activity.counterpart = row.columnText(7);
    activity.kvaCode = row.columnText(8);
    activity.note = row.columnText(9);
    activity.recordedBy = row.columnText(10);
    activity.recordedAt = row.columnDateTime(11);
    return activity;
}

} // namespace

QList<Activity> ActivityRepository::activities(qint64 caseId) const
{
    QList<Activity> result;
    Statement rows(m_context.db, std::string(SelectVersion) + "AND v.version = a.current_version WHERE a.case_id = ? "
                                                              "ORDER BY v.occurred_at DESC, a.id DESC");
    rows.bind(1, caseId);
    while (rows.step())
        result.append(activityFrom(rows));
    return result;
}

QList<Activity> ActivityRepository::history(qint64 activityId) const
{
    QList<Activity> result;
    Statement rows(m_context.db, std::string(SelectVersion) + "WHERE a.id = ? ORDER BY v.version");
    rows.bind(1, activityId);
    while (rows.step())
        result.append(activityFrom(rows));
    return result;
}

void ActivityRepository::insertVersion(const Activity& activity)
{
    Statement(m_context.db, "INSERT INTO activity_versions (activity_id, version, occurred_at, kind, mode, actor_id, "
                            "counterpart, kva_code, note, recorded_by, recorded_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(activity.id, activity.version, activity.occurredAt, text::keyOf(activity.kind),
                 text::keyOf(activity.mode))
        .bindId(6, activity.actorId)
        .bind(7, activity.counterpart.trimmed())
        .bind(8, activity.kvaCode.trimmed().toUpper())
        .bind(9, activity.note.trimmed())
        .bind(10, activity.recordedBy)
        .bind(11, activity.recordedAt)
        .run();
}

void ActivityRepository::add(Activity& activity)
{
    activity.recordedBy = m_context.userName;
    activity.recordedAt = QDateTime::currentDateTime();
    activity.version = 1;
    Validation::require(Validation::activity(activity));
    Transaction transaction(m_context.db);
    activity.id =
        Statement(m_context.db, "INSERT INTO activities (case_id, current_version) VALUES (?, 1) RETURNING id")
            .bind(1, activity.caseId)
            .insertedId();
    insertVersion(activity);
    CaseDerived::refresh(m_context, activity.caseId);
    AuditLog(m_context).record(AuditLog::Action::Create, activity.caseId,
                               QStringLiteral("activity %1").arg(activity.id));
    transaction.commit();
}

void ActivityRepository::correct(Activity& corrected)
{
    corrected.recordedBy = m_context.userName;
    corrected.recordedAt = QDateTime::currentDateTime();
    Validation::require(Validation::activity(corrected));
    Transaction transaction(m_context.db);
    Statement current(m_context.db, "SELECT case_id, current_version FROM activities WHERE id = ?");
    current.bind(1, corrected.id);
    if (!current.step()) {
        throw ValidationError({{QStringLiteral("note"),
                                QCoreApplication::translate("Validation", "The entry to correct no longer exists.")}});
    }
    corrected.caseId = current.columnInt64(0);
    corrected.version = current.columnInt(1) + 1;
    insertVersion(corrected);
    Statement(m_context.db, "UPDATE activities SET current_version = ? WHERE id = ?")
        .bindAll(corrected.version, corrected.id)
        .run();
    CaseDerived::refresh(m_context, corrected.caseId);
    AuditLog(m_context).record(AuditLog::Action::Change, corrected.caseId,
                               QStringLiteral("activity %1").arg(corrected.id),
                               QStringLiteral("version %1").arg(corrected.version));
    transaction.commit();
}

QList<KvaCode> ActivityRepository::kvaCodes(bool activeOnly) const
{
    QList<KvaCode> result;
    Statement rows(m_context.db, activeOnly ? "SELECT code, text, active FROM kva_codes WHERE active = 1 ORDER BY code"
                                            : "SELECT code, text, active FROM kva_codes ORDER BY code");
    while (rows.step())
        result.append({rows.columnText(0), rows.columnText(1), rows.columnInt(2) != 0});
    return result;
}

void ActivityRepository::saveKvaCode(const KvaCode& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}\\d{3}$"));
    const QString normalized = code.code.trimmed().toUpper();
    if (!pattern.match(normalized).hasMatch()) {
        throw ValidationError({{QStringLiteral("code"),
                                QCoreApplication::translate("Validation", "A KVÅ code is two letters and three digits, "
                                                                          "e.g. GC001.")}});
    }
    if (code.text.trimmed().isEmpty()) {
        throw ValidationError({{QStringLiteral("text"),
                                QCoreApplication::translate("Validation", "Describe what the code stands for.")}});
    }
    Transaction transaction(m_context.db);
    Statement(m_context.db, "INSERT INTO kva_codes (code, text, active) VALUES (?, ?, ?) "
                            "ON CONFLICT (code) DO UPDATE SET text = excluded.text, active = excluded.active")
        .bindAll(normalized, code.text.trimmed(), code.active)
        .run();
    transaction.commit();
}

} // namespace koordinera::core
