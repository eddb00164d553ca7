// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace koordinera::core {

class Workspace;

// Synthetic practice data: fictional people with valid-looking identity numbers (birth numbers 980–999),
// cases across every status, sick-leave length and checkpoint, with contacts, consents and notes.
// Deterministic for a given seed and "today".
namespace DemoData {

void populate(Workspace& workspace, int caseCount, quint32 seed = 20260201);

} // namespace DemoData

} // namespace koordinera::core
