// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentTemplates.h"
#include "core/domain/Activity.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Consent.h"
#include "core/domain/Family.h"
#include "core/domain/Meeting.h"
#include "core/domain/Patient.h"
#include "core/domain/Plan.h"
#include "core/domain/RehabChain.h"
#include "core/records/ActorRepository.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace koordinera::core {

class Records;

// Who a document comes from: the unit's letterhead, from settings.
struct Letterhead
{
    QString unitName;
    QString coordinatorName;
    QString logoPath;
    QString coordinatorTitle; // under the coordinator's signature line, e.g. "Fysioterapeut, rehabkoordinator"
    // The plan's signature block gets a line for each party at the meeting, not only the patient and coordinator.
    bool partySignatureLines = true;
    // The unit's own wording of letters, invitations and forms.
    DocumentTemplates templates;

    // Practice data is printed with a DEMO mark; until the user says who they are, a made-up unit and signer
    // stand on it (never the computer's user name). Real data is only printed once they are given.
    Letterhead forDemo() const;
};

// Everything the documents about one case draw on, read in one go so each document is a pure function of
// it (and tests can build one by hand).
// A parent in a family file, with the person the follow-up is about.
struct FamilyParentView
{
    Patient person;
    FamilyParent followUp;
};

struct CaseFile
{
    Patient patient;
    CaseRecord caseRecord;
    QString employerName;
    QList<SickLeavePeriod> periods; // oldest first
    QList<Diagnosis> diagnoses;     // the main diagnosis first
    std::optional<int> dayToday;    // "dag N i sjukperioden"
    std::optional<Checkpoint> nextCheckpoint;
    int degreeToday = 0;
    QList<CaseContactView> contacts;
    QHash<qint64, QString> actorNames;
    QList<Consent> consents;    // newest first
    QList<Activity> activities; // newest first
    QList<PlanVersion> plans;   // oldest first, with their actions
    QList<Meeting> meetings;    // latest first
    QList<Impulse> impulses;    // latest first
    // The work the file holds; a family's case names its parents, children and network (issue 23).
    Profile profile = Profile::Rehab;
    QList<FamilyParentView> parents; // a family's, the case's patient first
    QList<FamilyChild> children;
    FamilyNetwork network;
    Letterhead letterhead;
    bool demo = false;
    QDateTime printedAt;

    // Reads the case without writing to the access log: recording the print or export is the caller's.
    static CaseFile read(Records& records, qint64 caseId, const Letterhead& letterhead);

    QDate today() const { return printedAt.date(); }
    bool isFamily() const { return profile == Profile::Family; }
    const PlanVersion* plan(int version) const;
    const PlanVersion* currentPlan() const { return plans.isEmpty() ? nullptr : &plans.last(); }
    const Meeting* meeting(qint64 meetingId) const;
    const Consent* consent(qint64 consentId) const;
    // The meetings in the order they happen.
    QList<Meeting> meetingsInOrder() const;
    // The first meeting booked after `after`, if any.
    const Meeting* nextBookedAfter(const QDateTime& after) const;
};

} // namespace koordinera::core
