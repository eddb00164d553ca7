// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/records/RowVersion.h"

#include "core/domain/Format.h"
#include "core/records/ServiceContext.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/Statement.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cstring>
#include <string>

namespace koordinera::core::RowVersion {

namespace {

// Who saved row `id` last and when ("2026-12-05 14:02"), and the version that left it; nothing when the row is gone.
struct LastChange
{
    qint64 version = 0;
    QString who;
    QString when;
};

std::optional<LastChange> lastChange(const ServiceContext& context, const std::string& table, qint64 id)
{
    Statement last(context.db, "SELECT row_version, changed_by, changed_at FROM " + table + " WHERE id = ?");
    last.bind(1, id);
    if (!last.step())
        return std::nullopt;
    const QString who = last.isNull(1) ? QCoreApplication::translate("Storage", "Someone else") : last.columnText(1);
    const QDateTime when = QDateTime::fromString(last.columnText(2), Qt::ISODate).toLocalTime();
    return LastChange{last.columnInt64(0), who, format::dateTime(when)};
}

[[noreturn]] void refuse(const ServiceContext& context, const std::string& table, qint64 id)
{
    const auto last = lastChange(context, table, id);
    if (!last) {
        throw StorageError(StorageError::Kind::ChangedElsewhere,
                           QCoreApplication::translate("Storage",
                                                       "Someone else removed this after you opened it. Your change "
                                                       "was not saved."),
                           QStringLiteral("%1 row gone").arg(QString::fromStdString(table)));
    }
    throw StorageError(StorageError::Kind::ChangedElsewhere,
                       QCoreApplication::translate("Storage",
                                                   "%1 saved a change to this at %2, after you opened it. Your "
                                                   "change was not saved: close it and open it again to see theirs, "
                                                   "then make yours anew.")
                           .arg(last->who, last->when),
                       QStringLiteral("%1 row version moved on").arg(QString::fromStdString(table)));
}

// On the server the saver is named as the region knows them too: by the role they signed in with.
const char* changedBySql(const Database& db)
{
    return db.isServer() ? "CAST(? AS TEXT) || ' (' || session_user || ')'" : "?";
}

} // namespace

qint64 claim(const ServiceContext& context, const char* table, qint64 id, qint64 expected)
{
    const auto& known = Migrations::versionedTables();
    Q_ASSERT(
        std::any_of(known.begin(), known.end(), [table](const char* name) { return std::strcmp(name, table) == 0; }));
    const std::string name(table);
    Statement claimed(
        context.db, "UPDATE " + name + " SET row_version = row_version + 1, changed_by = " + changedBySql(context.db) +
                        ", changed_at = ? WHERE id = ? AND (row_version = ? OR ? = 0) RETURNING row_version");
    claimed.bindAll(context.userName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), id, expected, expected);
    if (!claimed.step())
        refuse(context, name, id);
    return claimed.columnInt64(0);
}

std::optional<QString> changedSince(const ServiceContext& context, const char* table, qint64 id, qint64 readVersion)
{
    const auto last = lastChange(context, table, id);
    if (last && last->version == readVersion)
        return std::nullopt;
    if (!last) {
        return QCoreApplication::translate("Storage", "Someone else removed this while you had it open: it can no "
                                                      "longer be saved.");
    }
    return QCoreApplication::translate("Storage", "%1 saved a change to this at %2, while you had it open. Saving "
                                                  "now would be refused: close it and open it again to see theirs.")
        .arg(last->who, last->when);
}

} // namespace koordinera::core::RowVersion
