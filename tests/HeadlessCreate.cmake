# SPDX-License-Identifier: GPL-3.0-or-later
# `koordinera create` makes a sealed database from a passphrase on standard input, with the demo cases,
# and leaves no readable patient data in the file; a short passphrase or an existing file is refused.
set(dir "${WORK_DIR}/headless-create")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
set(ENV{XDG_CONFIG_HOME} "${dir}/config")
set(ENV{XDG_DATA_HOME} "${dir}/data")
file(WRITE "${dir}/passphrase" "en lång lösenfras för test\n")
file(WRITE "${dir}/short" "kort\n")
set(db "${dir}/övning.koordinera")

execute_process(COMMAND "${KOORDINERA}" create --db "${db}" --demo-data INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${db}")
    message(FATAL_ERROR "create failed (${rc}): ${err}")
endif()
if(NOT err MATCHES "240 ärenden")
    message(FATAL_ERROR "create did not report the demo cases in Swedish: ${err}")
endif()
file(READ "${db}" content HEX)
foreach(plain "Andersson" "Försäkringskassan" "SQLite format")
    string(HEX "${plain}" needle)
    string(FIND "${content}" "${needle}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "'${plain}' is readable in the sealed file")
    endif()
endforeach()

execute_process(COMMAND "${KOORDINERA}" create --db "${db}" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "finns redan")
    message(FATAL_ERROR "an existing file was not refused (${rc}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" create --db "${dir}/kort.koordinera" INPUT_FILE "${dir}/short"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR EXISTS "${dir}/kort.koordinera")
    message(FATAL_ERROR "a short passphrase was not refused (${rc}): ${err}")
endif()
# A database for the family profile, with fictional families; an unknown profile is refused.
execute_process(COMMAND "${KOORDINERA}" create --db "${dir}/familjer.koordinera" --profile familj --demo-data
                INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err MATCHES "60 familjer")
    message(FATAL_ERROR "create --profile familj failed (${rc}): ${err}")
endif()
# Its statistics: the follow-up report as PDF, the closed supports one row each without names as CSV; a unit report
# for the process support is a clinic's and is refused.
string(TIMESTAMP year "%Y")
math(EXPR previous "${year} - 1")
set(span "${previous}-01-01..${year}-12-31")
execute_process(COMMAND "${KOORDINERA}" statistics --db "${dir}/familjer.koordinera" --period "${span}"
                        --out "${dir}/familjer.pdf" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc ERROR_VARIABLE err)
execute_process(COMMAND "${PDFTOTEXT}" "${dir}/familjer.pdf" - OUTPUT_VARIABLE text)
if(NOT rc EQUAL 0 OR NOT text MATCHES "Stöd till föräldrar" OR NOT text MATCHES "Föräldrar i stöd")
    message(FATAL_ERROR "the family statistics PDF (${rc}): ${err} ${text}")
endif()
execute_process(COMMAND "${KOORDINERA}" statistics --db "${dir}/familjer.koordinera" --period "${span}"
                        --out "${dir}/uppfoljning.csv" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                        OUTPUT_VARIABLE out ERROR_VARIABLE err)
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/tests/core/read_csv.py" "${dir}/uppfoljning.csv"
                OUTPUT_VARIABLE rows)
if(NOT rc EQUAL 0 OR NOT rows MATCHES "^Stöd\\|Start \\(månad\\)\\|Avslut \\(månad\\)\\|Dagar i stöd\\|Avslutsorsak"
   OR NOT rows MATCHES "\n1\\|20[0-9][0-9]-[0-9][0-9]\\|")
    message(FATAL_ERROR "the follow-up CSV (${rc}): ${out} ${err} ${rows}")
endif()
foreach(named "Lind" "Förälder 1: namn" "19[0-9][0-9][0-9][0-9][0-9][0-9]-")
    if(rows MATCHES "${named}")
        message(FATAL_ERROR "the follow-up CSV names someone (${named}): ${rows}")
    endif()
endforeach()
execute_process(COMMAND "${KOORDINERA}" statistics --db "${dir}/familjer.koordinera" --unit-code X
                        --out "${dir}/familjer.kstat" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                        ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR EXISTS "${dir}/familjer.kstat" OR NOT err MATCHES "föräldrar")
    message(FATAL_ERROR "a unit report from a family file was not refused (${rc}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" create --db "${dir}/annat.koordinera" --profile skola
                INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR EXISTS "${dir}/annat.koordinera" OR NOT err MATCHES "--profile")
    message(FATAL_ERROR "an unknown profile was not refused (${rc}): ${err}")
endif()
message(STATUS "koordinera create works")

# `koordinera check` on the database just made.
execute_process(COMMAND "${KOORDINERA}" check --db "${db}" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "240 ärenden")
    message(FATAL_ERROR "check failed (${rc}): ${out} ${err}")
endif()
file(WRITE "${dir}/wrong" "inte den rätta frasen\n")
execute_process(COMMAND "${KOORDINERA}" check --db "${db}" INPUT_FILE "${dir}/wrong" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "Fel lösenfras")
    message(FATAL_ERROR "check with a wrong passphrase (${rc}): ${err}")
endif()
message(STATUS "koordinera check works")

# `koordinera backup` writes a backup that `check` accepts with the same passphrase.
file(MAKE_DIRECTORY "${dir}/backuper")
execute_process(COMMAND "${KOORDINERA}" backup --db "${db}" --to "${dir}/backuper" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc OUTPUT_VARIABLE written ERROR_VARIABLE err)
string(STRIP "${written}" written)
if(NOT rc EQUAL 0 OR NOT EXISTS "${written}")
    message(FATAL_ERROR "backup failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" check --db "${written}" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "240 ärenden")
    message(FATAL_ERROR "the backup does not check out (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" backup --db "${db}" --to "${dir}/saknas" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "saknas")
    message(FATAL_ERROR "a missing backup folder (${rc}): ${err}")
endif()
message(STATUS "koordinera backup works")

# A file put back as it was before its newest save: `check` says so with status 5 and changes nothing, and a
# command that would save to it refuses.
file(COPY_FILE "${db}" "${dir}/äldre.koordinera")
execute_process(COMMAND "${KOORDINERA}" backup --db "${db}" --to "${dir}/backuper" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the second backup failed (${rc}): ${err}")
endif()
file(COPY_FILE "${dir}/äldre.koordinera" "${db}")
file(SHA256 "${db}" before)
execute_process(COMMAND "${KOORDINERA}" check --db "${db}" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(SHA256 "${db}" after)
if(NOT rc EQUAL 5 OR NOT out MATCHES "saknar sin senaste sparning" OR NOT before STREQUAL after)
    message(FATAL_ERROR "check did not find the older file (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" backup --db "${db}" --to "${dir}/backuper" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SHA256 "${db}" after)
if(NOT rc EQUAL 1 OR NOT err MATCHES "saknar sin senaste sparning" OR NOT before STREQUAL after)
    message(FATAL_ERROR "backup did not refuse the older file (${rc}): ${err}")
endif()
message(STATUS "koordinera check finds a file older than its last save")
