// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace koordinera::core::FileSync {

// Asks the operating system to put an open file's bytes on the disk; false when it reports that it could not
// (a full disk or a failing device can refuse only here, after every write seemed to succeed).
bool syncFile(int handle);
// Makes a rename or a new name in the folder of `path` durable: after a power cut the folder still names the
// new file. False when the folder cannot be opened or synced. On Windows a rename is durable once it returns.
bool syncFolderOf(const QString& path);

} // namespace koordinera::core::FileSync
