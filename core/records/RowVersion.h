// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace koordinera::core {

struct ServiceContext;

// Optimistic concurrency on every record edited in place (issue 25). A record carries the version it was read at
// (rowVersion in its domain struct). A save claims the row first, in its own transaction: the claim moves the row to
// the next version, stamped with who saved and when, and succeeds only while the row is still at the version the
// saver read. On a region's server a colleague may have saved the same record in between; the claim then refuses the
// save with a StorageError (ChangedElsewhere) that names them and the time, so their change is never silently
// overwritten. On the server the claim also locks the row until the transaction ends, so two saves of the same
// version cannot both pass.
namespace RowVersion {

// Claims row `id` of `table` (one of Migrations::versionedTables()) and returns its new version. An `expected` of 0
// claims the row at whatever version it is: for a record the caller did not read from the database.
qint64 claim(const ServiceContext& context, const char* table, qint64 id, qint64 expected);

// What became of row `id` of `table` since it was read at `readVersion`, in words naming who saved it and when (or that
// it is gone); nothing while it is as read. For a dialog that stays open while colleagues work: it can say so before
// the coordinator types more into a save that would be refused.
std::optional<QString> changedSince(const ServiceContext& context, const char* table, qint64 id, qint64 readVersion);

} // namespace RowVersion

} // namespace koordinera::core
