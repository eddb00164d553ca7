// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Actor.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Patient.h"
#include "core/domain/SickLeave.h"

#include <QList>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// What the new-case dialog registers in one go.
struct NewCase
{
    Patient patient; // id 0: a new patient, or matched by identity number when already registered
    CaseRecord caseRecord;
    std::optional<SickLeavePeriod> firstPeriod;
    std::optional<Diagnosis> mainDiagnosis;
    // An employer typed in the dialog that is not registered yet: created in the same transaction.
    QString newEmployerName;
    // The case's employer becomes one of its contacts, with this person when a name is given (e.g. the manager).
    ContactPerson employerContact;
    // Where an imported case came from ("CSV line 12"): the access log then has one entry, Import, for the case
    // and its patient ("…, new patient" when the patient was created with it) instead of Create entries for
    // both followed by Import.
    QString importedFrom;
};

struct NewCaseResult
{
    qint64 patientId = 0;
    qint64 caseId = 0;
    QString reference;
    bool patientExisted = false;
};

class CaseRepository
{
public:
    explicit CaseRepository(ServiceContext& context) : m_context(context) {}

    std::optional<CaseRecord> get(qint64 id) const;
    std::optional<CaseRecord> findByReference(const QString& reference) const;
    QList<CaseRecord> casesOfPatient(qint64 patientId) const;
    // Every case that is not closed or declined.
    QList<CaseRecord> openCases() const;

    // Registers patient (or reuses the one with the same identity number), case, first period and main
    // diagnosis in one transaction: all of it or nothing.
    NewCaseResult create(NewCase newCase);
    // Updates an existing case; a case changed to Avböjt gets that outcome, and a reopened case loses its
    // closing date and outcome.
    void save(CaseRecord& caseRecord);

private:
    QString nextReference(int year) const;
    void addEmployerContact(const CaseRecord& record, ContactPerson person);

    ServiceContext& m_context;
};

} // namespace koordinera::core
