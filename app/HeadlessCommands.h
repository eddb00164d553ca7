// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Commands that run without a window: `koordinera create --db FILE [--demo-data]` and
// `koordinera check --db FILE` and `koordinera backup --db FILE --to FOLDER [--keep N]`, and
// `koordinera export` (ExportCommand.h).
namespace koordinera::app {

// Whether standard input is a terminal (then a passphrase is asked for twice).
bool stdinIsTerminal();
// One line from stdin; on a terminal without echo, so a passphrase is not shown or kept in scrollback. The caller
// wipes it after use.
QByteArray readLine(const QString& prompt);

// True when argv names a headless command; then `exitCode` is what main returns.
bool runHeadlessCommand(int argc, char* argv[], int& exitCode);

} // namespace koordinera::app
