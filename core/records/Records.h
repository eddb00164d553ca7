// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RehabChain.h"
#include "core/records/ActivityRepository.h"
#include "core/records/ActorRepository.h"
#include "core/records/AuditLog.h"
#include "core/records/CaseRepository.h"
#include "core/records/ConsentRepository.h"
#include "core/records/CorrectionLog.h"
#include "core/records/DocumentLog.h"
#include "core/records/FamilyRepository.h"
#include "core/records/MeetingRepository.h"
#include "core/records/PatientRepository.h"
#include "core/records/PlanRepository.h"
#include "core/records/Retention.h"
#include "core/records/ServiceContext.h"
#include "core/records/SickLeaveRepository.h"
#include "core/records/SickListRepository.h"
#include "core/records/StaffRepository.h"

namespace koordinera::core {

class Database;

// The records of one open database: every repository over one connection and one context. Documents and imports
// take this, not the Workspace, which adds opening, saving, the reports and the maintenance on top of it; that keeps
// the documents and exchange layers below the workspace layer (docs/architecture.md).
class Records
{
public:
    Records(Database& db, const RehabRules& rules, const QString& userName)
        : m_context{db, rules, userName, {}}, m_patients(m_context), m_cases(m_context), m_sickLeave(m_context),
          m_actors(m_context), m_consents(m_context), m_activities(m_context), m_audit(m_context),
          m_retention(m_context), m_plans(m_context), m_meetings(m_context), m_documents(m_context),
          m_sickList(m_context), m_corrections(m_context), m_staff(m_context), m_family(m_context)
    {}
    Records(const Records&) = delete;
    Records& operator=(const Records&) = delete;

    Database& database() { return m_context.db; }
    ServiceContext& context() { return m_context; }
    QDate today() const { return m_context.today(); }
    const RehabRules& rules() const { return m_context.rules; }
    // The synthetic demo database: documents say so on every page.
    bool isDemo() const { return m_demo; }

    PatientRepository& patients() { return m_patients; }
    CaseRepository& cases() { return m_cases; }
    SickLeaveRepository& sickLeave() { return m_sickLeave; }
    ActorRepository& actors() { return m_actors; }
    ConsentRepository& consents() { return m_consents; }
    ActivityRepository& activities() { return m_activities; }
    AuditLog& audit() { return m_audit; }
    PlanRepository& plans() { return m_plans; }
    MeetingRepository& meetings() { return m_meetings; }
    DocumentLog& documents() { return m_documents; }
    Retention& retention() { return m_retention; }
    SickListRepository& sickList() { return m_sickList; }
    CorrectionLog& corrections() { return m_corrections; }
    StaffRepository& staff() { return m_staff; }
    FamilyRepository& family() { return m_family; }

protected:
    ServiceContext m_context;
    PatientRepository m_patients;
    CaseRepository m_cases;
    SickLeaveRepository m_sickLeave;
    ActorRepository m_actors;
    ConsentRepository m_consents;
    ActivityRepository m_activities;
    AuditLog m_audit;
    Retention m_retention;
    PlanRepository m_plans;
    MeetingRepository m_meetings;
    DocumentLog m_documents;
    SickListRepository m_sickList;
    CorrectionLog m_corrections;
    StaffRepository m_staff;
    FamilyRepository m_family;
    bool m_demo = false;
};

} // namespace koordinera::core
