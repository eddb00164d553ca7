// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Format.h"

// The screen formats dates the way the printed documents do: one definition, in core.
namespace koordinera::ui {
namespace format = core::format;
}
