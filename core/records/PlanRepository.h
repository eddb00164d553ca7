// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Plan.h"

#include <QList>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// The joint action plan of a case as a series of versions (docs/domain.md §6). The newest version is edited
// freely while it is a draft; adopt() freezes it, and the next save starts a new draft copied from it.
// Adopted versions are never changed or removed.
class PlanRepository
{
public:
    explicit PlanRepository(ServiceContext& context) : m_context(context) {}

    // The draft if there is one, else the newest adopted version; nullopt when the case has no plan yet.
    std::optional<PlanVersion> current(qint64 caseId) const;
    std::optional<PlanVersion> version(qint64 caseId, int version) const;
    QList<PlanVersion> versions(qint64 caseId) const; // oldest first
    // A first draft for a case without a plan, not saved: the background is written from the case (sick
    // leave, degree, occupation) and the patient is on the distribution list.
    PlanVersion newDraft(qint64 caseId) const;

    // Saves `draft` as the case's draft: over the existing draft, or as a new version when the newest one is
    // adopted. Fills in ids, the version number and new actions' keys. Throws ValidationError.
    void saveDraft(PlanVersion& draft);
    // Freezes the draft as adopted on `on`; throws ValidationError when it is not ready (PlanRules::adoption).
    // `readVersion` is the draft's version as the one adopting it was shown it (rowVersion): a draft a colleague
    // changed since is refused (RowVersion), not adopted unseen. 0 adopts the draft as it is now.
    void adopt(qint64 caseId, const QDate& on, qint64 readVersion = 0);
    // The draft as adopt() would freeze it on `on`: without a follow-up of its own, the next booked meeting is it.
    PlanVersion withBookedFollowUp(PlanVersion draft, const QDate& on) const;
    // Removes the draft (e.g. undoing the first edit after an adoption); adopted versions stay.
    void discardDraft(qint64 caseId);
    // Adds actions agreed elsewhere (a meeting) to the end of the draft, starting one when needed.
    void appendActions(qint64 caseId, QList<PlanAction>& actions);

private:
    void loadActions(PlanVersion& version) const;

    ServiceContext& m_context;
};

} // namespace koordinera::core
