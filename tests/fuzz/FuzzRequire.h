// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdlib>

namespace koordinera::fuzz {

// A broken promise is a crash libFuzzer keeps as an artifact (assert() would vanish in a release build).
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace koordinera::fuzz
