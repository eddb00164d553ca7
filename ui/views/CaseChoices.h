// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Meeting.h"
#include "ui/dialogs/ActionDialog.h"
#include "ui/dialogs/PlanDialog.h"

#include <QHash>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::ui {

// What the plan and meeting forms offer to pick from for one case, read from core in one place so the plan
// tab, the meeting record and the tests agree.
namespace CaseChoices {

// The care unit (with the coordinator), the patient, then each of the case's parties with its people.
QList<ResponsibleChoice> responsible(core::Workspace& workspace, qint64 caseId);
PlanChoices plan(core::Workspace& workspace, qint64 caseId);
// The patient, the coordinator and each of the case's contacts, as they would sit at the meeting.
QList<core::MeetingParticipant> participants(core::Workspace& workspace, qint64 caseId);
QHash<qint64, QString> actorNames(core::Workspace& workspace);
// The handläggare at Försäkringskassan the case has as a contact, or nothing.
QString fkOfficer(core::Workspace& workspace, qint64 caseId);

} // namespace CaseChoices

} // namespace koordinera::ui
