// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"

namespace koordinera::tests {

std::unique_ptr<core::Workspace> makeWorkspace(const core::RehabRules& rules)
{
    auto workspace = core::Workspace::inMemory(rules, QStringLiteral("Testkoordinator"));
    workspace->setToday(FixedToday);
    return workspace;
}

core::NewCaseResult addCase(core::Workspace& workspace, const QString& identity, const QString& given,
                            const QString& family, const QDate& sickStart, const QDate& sickEnd)
{
    core::NewCase newCase;
    newCase.patient.identity = identity;
    newCase.patient.givenName = given;
    newCase.patient.familyName = family;
    newCase.patient.sex = core::IdentityNumber::parse(identity, FixedToday).derivedSex();
    newCase.caseRecord.status = core::CaseStatus::Active;
    newCase.caseRecord.openedOn = sickStart.isValid() ? sickStart : FixedToday;
    if (sickStart.isValid())
        newCase.firstPeriod = core::SickLeavePeriod{0, 0, 100, sickStart, sickEnd};
    return workspace.cases().create(newCase);
}

} // namespace koordinera::tests
