// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/StaffRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace koordinera::core {

namespace {

constexpr auto StaffColumns = "SELECT s.id, s.name, s.profession, s.active, s.row_version FROM staff s ";
// Doctors first, as the list and the case show them, then by name.
constexpr auto StaffOrder = " ORDER BY CASE s.profession WHEN 'doctor' THEN 0 WHEN 'nurse' THEN 1 "
                            "WHEN 'physiotherapist' THEN 2 WHEN 'psychologist' THEN 3 WHEN 'counsellor' THEN 4 "
                            "WHEN 'occupational_therapist' THEN 5 ELSE 6 END, s.name COLLATE swedish";

StaffMember staffFrom(const Statement& row)
{
    return {row.columnInt64(0), row.columnText(1), text::fromKeyOr(row.columnText(2), Profession::Other),
            row.columnInt(3) != 0, row.columnInt64(4)};
}

QList<StaffMember> readStaff(Statement& rows)
{
    QList<StaffMember> result;
    while (rows.step())
        result.append(staffFrom(rows));
    return result;
}

// Work for the unit holds no patient data; an identity number in its note is the one slip that can be caught. Ten
// or twelve digits that pass the check digit and make a date (a phone number seldom does both).
bool namesAnIdentity(const QString& note, const QDate& today)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)"));
    for (auto matches = pattern.globalMatch(note); matches.hasNext();) {
        if (IdentityNumber::parse(matches.next().captured(), today).isValid())
            return true;
    }
    return false;
}

} // namespace

QList<StaffMember> StaffRepository::staff(bool activeOnly) const
{
    Statement rows(m_context.db, std::string(StaffColumns) + (activeOnly ? "WHERE s.active = 1" : "") + StaffOrder);
    return readStaff(rows);
}

void StaffRepository::save(StaffMember& member)
{
    member.name = member.name.simplified();
    if (member.name.isEmpty())
        throw ValidationError({{QStringLiteral("name"), QCoreApplication::translate("Validation", "Enter the name.")}});
    Statement same(m_context.db, "SELECT id FROM staff WHERE name = ? AND profession = ? AND id <> ?");
    same.bindAll(member.name, text::keyOf(member.profession), member.id);
    if (same.step()) {
        throw ValidationError(
            {{QStringLiteral("name"), QCoreApplication::translate("Validation", "%1 is already on the list as %2.")
                                          .arg(member.name, text::labelOf(member.profession).toLower())}});
    }
    Transaction transaction(m_context.db);
    qint64 version = 1;
    if (member.id > 0) {
        version = RowVersion::claim(m_context, "staff", member.id, member.rowVersion);
        Statement(m_context.db, "UPDATE staff SET name = ?, profession = ?, active = ? WHERE id = ?")
            .bindAll(member.name, text::keyOf(member.profession), member.active, member.id)
            .run();
    } else {
        member.id =
            Statement(m_context.db, "INSERT INTO staff (name, profession, active) VALUES (?, ?, ?) RETURNING id")
                .bindAll(member.name, text::keyOf(member.profession), member.active)
                .insertedId();
    }
    transaction.commit();
    member.rowVersion = version;
}

QList<StaffMember> StaffRepository::team(qint64 caseId) const
{
    Statement rows(m_context.db, std::string(StaffColumns) +
                                     "JOIN case_team t ON t.staff_id = s.id WHERE t.case_id = ?" + StaffOrder);
    rows.bind(1, caseId);
    return readStaff(rows);
}

void StaffRepository::setTeam(qint64 caseId, const QList<qint64>& staffIds)
{
    QList<qint64> before;
    for (const StaffMember& member : team(caseId))
        before.append(member.id);
    QList<qint64> after = staffIds;
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    after.erase(std::unique(after.begin(), after.end()), after.end());
    if (before == after)
        return; // nothing changed, nothing to log
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM case_team WHERE case_id = ?").bind(1, caseId).run();
    Statement insert(m_context.db, "INSERT INTO case_team (case_id, staff_id) VALUES (?, ?)");
    for (const qint64 staffId : std::as_const(after)) {
        insert.reset();
        insert.bindAll(caseId, staffId).run();
    }
    QStringList names;
    for (const StaffMember& member : team(caseId))
        names.append(member.name);
    AuditLog(m_context).record(AuditLog::Action::Change, caseId, QStringLiteral("case_team"),
                               names.join(QStringLiteral(", ")));
    transaction.commit();
}

QHash<qint64, QString> StaffRepository::doctorsByCase() const
{
    Statement rows(m_context.db, "SELECT t.case_id, group_concat(s.name, ', ') FROM case_team t "
                                 "JOIN staff s ON s.id = t.staff_id WHERE s.profession = 'doctor' GROUP BY t.case_id");
    QHash<qint64, QString> result;
    while (rows.step())
        result.insert(rows.columnInt64(0), rows.columnText(1));
    return result;
}

QList<UnitWork> StaffRepository::unitWork(const QDate& from, const QDate& to) const
{
    Statement rows(m_context.db,
                   "SELECT id, done_on, kind, kva_code, minutes, note, recorded_by, row_version FROM unit_work "
                   "WHERE (CAST(?1 AS TEXT) IS NULL OR done_on >= ?1) AND (CAST(?2 AS TEXT) IS NULL OR done_on <= ?2) "
                   "ORDER BY done_on DESC, id DESC");
    rows.bind(1, from).bind(2, to);
    QList<UnitWork> result;
    while (rows.step()) {
        result.append({rows.columnInt64(0), rows.columnDate(1),
                       text::fromKeyOr(rows.columnText(2), UnitWorkKind::Other), rows.columnText(3), rows.columnInt(4),
                       rows.columnText(5), rows.columnText(6), rows.columnInt64(7)});
    }
    return result;
}

void StaffRepository::saveUnitWork(UnitWork& work)
{
    FieldErrors errors;
    if (!work.on.isValid())
        errors.append({QStringLiteral("on"), QCoreApplication::translate("Validation", "Enter the day.")});
    else if (work.on > m_context.today())
        errors.append({QStringLiteral("on"), QCoreApplication::translate("Validation", "The day has not come yet.")});
    if (work.minutes <= 0 || work.minutes > 24 * 60)
        errors.append({QStringLiteral("minutes"),
                       QCoreApplication::translate("Validation", "Enter the time it took, at most a whole day.")});
    if (namesAnIdentity(work.note, m_context.today()))
        errors.append(
            {QStringLiteral("note"),
             QCoreApplication::translate("Validation", "Leave out identity numbers: work for the unit belongs "
                                                       "to no patient.")});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    if (work.recordedBy.isEmpty())
        work.recordedBy = m_context.userName;
    Transaction transaction(m_context.db);
    qint64 version = 1;
    if (work.id > 0) {
        version = RowVersion::claim(m_context, "unit_work", work.id, work.rowVersion);
        Statement(m_context.db,
                  "UPDATE unit_work SET done_on = ?, kind = ?, kva_code = ?, minutes = ?, note = ? WHERE id = ?")
            .bindAll(work.on, text::keyOf(work.kind), work.kvaCode.trimmed(), work.minutes, work.note.trimmed(),
                     work.id)
            .run();
    } else {
        work.id = Statement(m_context.db, "INSERT INTO unit_work (done_on, kind, kva_code, minutes, note, recorded_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                      .bindAll(work.on, text::keyOf(work.kind), work.kvaCode.trimmed(), work.minutes,
                               work.note.trimmed(), work.recordedBy)
                      .insertedId();
    }
    transaction.commit();
    work.rowVersion = version;
}

void StaffRepository::removeUnitWork(qint64 id)
{
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM unit_work WHERE id = ?").bind(1, id).run();
    transaction.commit();
}

} // namespace koordinera::core
