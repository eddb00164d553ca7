// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <functional>
#include <memory>

namespace koordinera::core {
class Workspace;
}

namespace koordinera::app {

// `koordinera export (--db FILE | --demo) --case REF --document plan|form|minutes|summary|letter --out FILE`:
// writes one of a case's documents as a PDF (or, for FILE.txt, as plain text) with no display, and records it
// on the case. `open` opens the database named by --db (asking for the passphrase).
int exportDocument(const QStringList& arguments,
                   const std::function<std::unique_ptr<core::Workspace>(const QString& path)>& open);

} // namespace koordinera::app
