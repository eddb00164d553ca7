// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"

#include <QList>

namespace koordinera::core {

struct ServiceContext;

// The activity log. There is no delete: a correction adds a version and keeps every earlier one, with who
// wrote it and when (docs/domain.md §8).
class ActivityRepository
{
public:
    explicit ActivityRepository(ServiceContext& context) : m_context(context) {}

    QList<Activity> activities(qint64 caseId) const;  // current versions, newest first
    QList<Activity> history(qint64 activityId) const; // every version, oldest first
    void add(Activity& activity);
    // Stores `corrected` as the next version of its activity.
    void correct(Activity& corrected);

    QList<KvaCode> kvaCodes(bool activeOnly) const;
    void saveKvaCode(const KvaCode& code);

private:
    void insertVersion(const Activity& activity);

    ServiceContext& m_context;
};

} // namespace koordinera::core
