// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace koordinera::app {

// `koordinera server prepare --host HOST [--port PORT] --database NAME --user OWNER --ca CA.pem`: for the region's
// DBA (issue 25). Signs in as the role that owns Koordinera's database (its password from standard input) and makes
// the schema, or brings it to this version, with the units' row-level security and the coordinators' rights.
// `koordinera server import --db FILE --server HOST[:PORT]/DATABASE --user OWNER --unit CODE --ca CA.pem` moves a
// unit's sealed file into its unit (core/workspace/ServerImport), the file's passphrase and then the password read from
// standard input. README's section on a region's server and packaging/server/koordinera-server.sql say what comes
// before and after.
int serverCommand(const QStringList& arguments);

} // namespace koordinera::app
