// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/FamilyRepository.h"

#include "core/domain/DomainText.h"
#include "core/domain/Validation.h"
#include "core/records/AuditLog.h"
#include "core/records/PatientRepository.h"
#include "core/records/RowVersion.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace koordinera::core {

namespace FileProfile {

Profile of(Database& db)
{
    Statement row(db, "SELECT value FROM file_properties WHERE key = 'profile'");
    return row.step() ? text::fromKeyOr(row.columnText(0), Profile::Rehab) : Profile::Rehab;
}

void set(Database& db, Profile profile)
{
    Transaction transaction(db);
    Statement(db, "UPDATE file_properties SET value = ? WHERE key = 'profile'").bind(1, text::keyOf(profile)).run();
    transaction.commit();
}

} // namespace FileProfile

namespace {

constexpr auto SelectChild = "SELECT id, case_id, given_name, family_name, birth_date, impairment, school, "
                             "row_version FROM family_children ";

FamilyChild childFrom(const Statement& row)
{
    return {row.columnInt64(0), row.columnInt64(1), row.columnText(2), row.columnText(3),
            row.columnDate(4),  row.columnText(5),  row.columnText(6), row.columnInt64(7)};
}

std::optional<ParentOccupation> occupationFrom(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : text::fromKey<ParentOccupation>(row.columnText(column));
}

std::optional<QString> keyOf(const std::optional<ParentOccupation>& occupation)
{
    return occupation ? std::optional<QString>(text::keyOf(*occupation)) : std::nullopt;
}

} // namespace

QList<FamilyChild> FamilyRepository::children(qint64 caseId) const
{
    QList<FamilyChild> result;
    Statement rows(m_context.db, std::string(SelectChild) + "WHERE case_id = ? ORDER BY birth_date, id");
    rows.bind(1, caseId);
    while (rows.step())
        result.append(childFrom(rows));
    return result;
}

void FamilyRepository::saveChild(FamilyChild& child)
{
    Validation::require(FamilyRules::child(child, m_context.today()));
    Transaction transaction(m_context.db);
    qint64 version = 1;
    if (child.id == 0) {
        child.id = Statement(m_context.db, "INSERT INTO family_children (case_id, given_name, family_name, birth_date, "
                                           "impairment, school) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                       .bindAll(child.caseId, child.givenName.trimmed(), child.familyName.trimmed(), child.birthDate,
                                child.impairment.trimmed(), child.school.trimmed())
                       .insertedId();
        AuditLog(m_context).record(AuditLog::Action::Create, child.caseId, QStringLiteral("child"));
    } else {
        version = RowVersion::claim(m_context, "family_children", child.id, child.rowVersion);
        Statement(m_context.db, "UPDATE family_children SET given_name = ?, family_name = ?, birth_date = ?, "
                                "impairment = ?, school = ? WHERE id = ? AND case_id = ?")
            .bindAll(child.givenName.trimmed(), child.familyName.trimmed(), child.birthDate, child.impairment.trimmed(),
                     child.school.trimmed(), child.id, child.caseId)
            .run();
        AuditLog(m_context).record(AuditLog::Action::Change, child.caseId, QStringLiteral("child"));
    }
    transaction.commit();
    child.rowVersion = version;
}

void FamilyRepository::removeChild(qint64 childId)
{
    Statement owner(m_context.db, "SELECT case_id FROM family_children WHERE id = ?");
    owner.bind(1, childId);
    if (!owner.step())
        return;
    const qint64 caseId = owner.columnInt64(0);
    owner.reset();
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM family_children WHERE id = ?").bind(1, childId).run();
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("child"));
    transaction.commit();
}

qint64 FamilyRepository::firstParentOf(qint64 caseId) const
{
    Statement row(m_context.db, "SELECT patient_id FROM cases WHERE id = ?");
    row.bind(1, caseId);
    return row.step() ? row.columnInt64(0) : 0;
}

QList<FamilyParent> FamilyRepository::parents(qint64 caseId) const
{
    // The case's own patient is the first parent even before anything is recorded for them.
    QList<FamilyParent> result;
    const qint64 first = firstParentOf(caseId);
    if (first == 0)
        return result;
    result.append({caseId, first, 1, false, {}, {}, {}, {}});
    Statement rows(m_context.db, "SELECT patient_id, position, sick_listed, occupation_start, occupation_end, "
                                 "rating_start, rating_end FROM family_parents WHERE case_id = ? ORDER BY position");
    rows.bind(1, caseId);
    while (rows.step()) {
        FamilyParent parent{caseId,
                            rows.columnInt64(0),
                            rows.columnInt(1),
                            rows.columnInt(2) != 0,
                            occupationFrom(rows, 3),
                            occupationFrom(rows, 4),
                            rows.columnOptionalInt(5),
                            rows.columnOptionalInt(6)};
        if (parent.position == 1)
            result.first() = parent;
        else
            result.append(parent);
    }
    return result;
}

void FamilyRepository::addSecondParent(qint64 caseId, Patient& parent)
{
    const qint64 first = firstParentOf(caseId);
    const auto alreadyTwo = [&] {
        return parents(caseId).size() >= FamilyRules::MaxParents;
    };
    if (first == 0 || alreadyTwo()) {
        throw ValidationError(
            {{QStringLiteral("parent"), QCoreApplication::translate("Family", "A family has at most two parents in the "
                                                                              "support.")}});
    }
    PatientRepository patients(m_context);
    Transaction transaction(m_context.db);
    if (const auto existing = patients.findByIdentity(parent.identityKind, parent.identity))
        parent.id = existing->id;
    if (parent.id == first) {
        throw ValidationError({{QStringLiteral("identity"),
                                QCoreApplication::translate("Family", "This is already the family's first parent.")}});
    }
    patients.save(parent); // validates, and logs the patient's creation or change
    Statement(m_context.db, "INSERT INTO family_parents (case_id, patient_id, position) VALUES (?, ?, 2)")
        .bindAll(caseId, parent.id)
        .run();
    AuditLog(m_context).record(AuditLog::Action::Change, caseId, QStringLiteral("parents"), {}, parent.id);
    transaction.commit();
}

void FamilyRepository::saveParent(const FamilyParent& parent)
{
    Validation::require(FamilyRules::parent(parent));
    const bool listed = [&] {
        for (const FamilyParent& known : parents(parent.caseId)) {
            if (known.patientId == parent.patientId && known.position == parent.position)
                return true;
        }
        return false;
    }();
    if (!listed) {
        throw ValidationError({{QStringLiteral("parent"),
                                QCoreApplication::translate("Family", "This person is not a parent in the family.")}});
    }
    Transaction transaction(m_context.db);
    Statement(m_context.db, "INSERT INTO family_parents (case_id, patient_id, position, sick_listed, occupation_start, "
                            "occupation_end, rating_start, rating_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (case_id, patient_id) DO UPDATE SET sick_listed = excluded.sick_listed, "
                            "occupation_start = excluded.occupation_start, occupation_end = excluded.occupation_end, "
                            "rating_start = excluded.rating_start, rating_end = excluded.rating_end")
        .bindAll(parent.caseId, parent.patientId, parent.position, parent.sickListed, keyOf(parent.occupationAtStart),
                 keyOf(parent.occupationAtEnd), parent.ratingAtStart, parent.ratingAtEnd)
        .run();
    AuditLog(m_context).record(AuditLog::Action::Change, parent.caseId, QStringLiteral("parents"), {},
                               parent.patientId);
    transaction.commit();
}

void FamilyRepository::removeSecondParent(qint64 caseId)
{
    Statement row(m_context.db, "SELECT patient_id FROM family_parents WHERE case_id = ? AND position = 2");
    row.bind(1, caseId);
    if (!row.step())
        return;
    const qint64 patientId = row.columnInt64(0);
    row.reset();
    Transaction transaction(m_context.db);
    Statement(m_context.db, "DELETE FROM family_parents WHERE case_id = ? AND position = 2").bind(1, caseId).run();
    AuditLog(m_context).record(AuditLog::Action::Remove, caseId, QStringLiteral("parents"), {}, patientId);
    transaction.commit();
}

void FamilyRepository::saveFollowUp(const QList<FamilyParent>& parents, const FamilyNetwork& network)
{
    Transaction transaction(m_context.db);
    for (const FamilyParent& parent : parents)
        saveParent(parent);
    saveNetwork(network);
    transaction.commit();
}

FamilyNetwork FamilyRepository::network(qint64 caseId) const
{
    FamilyNetwork result{caseId, {}, {}};
    Statement row(m_context.db, "SELECT works_start, works_end FROM family_network WHERE case_id = ?");
    row.bind(1, caseId);
    if (row.step()) {
        if (!row.isNull(0))
            result.atStart = text::fromKey<NetworkFunction>(row.columnText(0));
        if (!row.isNull(1))
            result.atEnd = text::fromKey<NetworkFunction>(row.columnText(1));
    }
    return result;
}

void FamilyRepository::saveNetwork(const FamilyNetwork& network)
{
    Validation::require(FamilyRules::network(network));
    const auto keyOfFunction = [](const std::optional<NetworkFunction>& value) {
        return value ? std::optional<QString>(text::keyOf(*value)) : std::nullopt;
    };
    Transaction transaction(m_context.db);
    Statement(m_context.db, "INSERT INTO family_network (case_id, works_start, works_end) VALUES (?, ?, ?) "
                            "ON CONFLICT (case_id) DO UPDATE SET works_start = excluded.works_start, "
                            "works_end = excluded.works_end")
        .bindAll(network.caseId, keyOfFunction(network.atStart), keyOfFunction(network.atEnd))
        .run();
    AuditLog(m_context).record(AuditLog::Action::Change, network.caseId, QStringLiteral("network"));
    transaction.commit();
}

} // namespace koordinera::core
