# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a test of PROGRAM has a ';' in its name. ctest's discovery splits such a name in two, and each half then
# matches no test: Catch reports that as a pass, so the test silently never runs.
# Usage: cmake -DPROGRAM=<test program> -P CheckTestNames.cmake
# Catch's exit code is the number of tests listed.
execute_process(COMMAND "${PROGRAM}" --list-test-names-only OUTPUT_VARIABLE names)
if(names STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} listed no tests")
endif()
string(REPLACE ";" "<SEMICOLON>" names "${names}")
string(REPLACE "\n" ";" names "${names}")
set(split "")
foreach(name IN LISTS names)
    if(name MATCHES "<SEMICOLON>")
        string(REPLACE "<SEMICOLON>" ";" name "${name}")
        string(APPEND split "  ${name}\n")
    endif()
endforeach()
if(NOT split STREQUAL "")
    message(FATAL_ERROR "Test names with a ';', which ctest would never run: use another mark\n${split}")
endif()
