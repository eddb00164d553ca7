// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Commands that run without a window: `koordinera create --db FILE [--demo-data]` and
// `koordinera check --db FILE` and `koordinera backup --db FILE --to FOLDER [--keep N]`, and
// `koordinera export` (ExportCommand.h).
namespace koordinera::app {

// True when argv names a headless command; then `exitCode` is what main returns.
bool runHeadlessCommand(int argc, char* argv[], int& exitCode);

} // namespace koordinera::app
