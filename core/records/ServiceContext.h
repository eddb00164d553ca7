// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/RehabChain.h"

#include <QDate>
#include <QString>
#include <functional>

namespace koordinera::core {

class Database;

// What every service needs besides the database: the rules from settings, who is working, and what day it
// is (a seam, so rules are tested against a fixed "today").
struct ServiceContext
{
    Database& db;
    RehabRules rules;
    QString userName;
    // The unit (vårdcentral) the coordinator works at, as the access log records it.
    QString unit;
    std::function<QDate()> today = [] {
        return QDate::currentDate();
    };
};

} // namespace koordinera::core
