// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace koordinera::core {

// One entry of the activity log (insatser och kontakter). Entries are never deleted: a correction stores a
// new version and keeps every earlier one with who wrote it and when.
struct Activity
{
    qint64 id = 0;
    qint64 caseId = 0;
    int version = 1;
    QDateTime occurredAt;
    ActivityKind kind = ActivityKind::PersonalSupport;
    ContactMode mode = ContactMode::Visit;
    qint64 actorId = 0;  // the counterpart when it is a registered actor
    QString counterpart; // free text, e.g. "patienten"
    QString kvaCode;     // e.g. GC001; empty when none applies
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

struct KvaCode
{
    QString code;
    QString text;
    bool active = true;
};

} // namespace koordinera::core
