// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <string_view>

namespace koordinera::core {

// The repositories' SQL as PostgreSQL reads it (issue 25). The code writes SQLite's placeholders: `?`, `?NNN` and
// `:name`. PostgreSQL numbers them `$1, $2 …`. Each is numbered as SQLite numbers it, so the code binds the same
// indices on both engines: a plain `?` takes the next number, `?NNN` that number, a name the number it was first
// given. Quotes, quoted identifiers and comments are copied as they are. A unary plus on a column ("+c.opened_on"),
// which only tells SQLite's planner not to use an index, is left out: PostgreSQL has no + for text. So is CROSS in
// "CROSS JOIN … ON", which only tells SQLite the order to join in: PostgreSQL allows no ON after a CROSS JOIN.
// An upsert's key gains the unit ("ON CONFLICT (code)" → "ON CONFLICT (unit_code, code)"): on the server every
// table with rows of a unit has the unit first in its keys (ServerSchema).
struct ServerSql
{
    QByteArray text;
    QList<QByteArray> names; // names[i] is parameter i + 1's name (":from"), or empty
    int parameterCount = 0;

    static ServerSql translate(std::string_view sql);
    // The 1-based index of a named parameter (":from"), or 0.
    int indexOf(const char* name) const;
    // The table an INSERT, UPDATE or DELETE writes to, lower case; empty for any other statement. Announced as changed
    // once the transaction commits, as SQLite's update hook announces the local file's.
    static QByteArray writtenTable(std::string_view sql);
};

} // namespace koordinera::core
