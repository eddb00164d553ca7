# SPDX-License-Identifier: GPL-3.0-or-later
# `koordinera sick-list import` reads Rehabstöd's list as a CSV saved from Excel, filter rows and all: it reports
# what it did in Swedish, refuses a bad row with its number while importing the rest, stores nothing on a dry run,
# and exits non-zero when nothing could be imported.
set(dir "${WORK_DIR}/headless-sick-list")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
set(ENV{XDG_CONFIG_HOME} "${dir}/config")
set(ENV{XDG_DATA_HOME} "${dir}/data")
file(WRITE "${dir}/passphrase" "en lång lösenfras för test\n")
set(db "${dir}/enhet.koordinera")
execute_process(COMMAND "${KOORDINERA}" create --db "${db}" INPUT_FILE "${dir}/passphrase" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "create failed (${rc}): ${err}")
endif()
file(WRITE "${dir}/lista.csv"
     "Valda filter;Alla;\nSjukfallsinställning;5 dagar;\n;;\n"
     "#;Personnummer;Namn;Kön;Diagnos/diagnoser;Startdatum;Slutdatum;Längd;Grad;Läkare\n"
     "1;19900101-2344;Ek, Sara;Kvinna;F43.8 Andra specificerade reaktioner på svår stress;2026-11-02;2026-12-20;"
     "49 dagar;100% → 50%;Dr Berg\n"
     "2;19900101-2345;Fel, Nummer;Man;M54.5;2026-11-02;2026-12-20;49 dagar;100%;Dr Berg\n"
     "3;19850615-1128;Ek, Eva;Kvinna;M54.5 Lumbago;2026-10-01;2027-01-10;70 dagar;25%;Dr Al\n")

function(import expected_rc)
    execute_process(COMMAND "${KOORDINERA}" sick-list import --db "${db}" --file ${ARGN} INPUT_FILE "${dir}/passphrase"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL expected_rc)
        message(FATAL_ERROR "sick-list import ${ARGN} exited ${rc}, not ${expected_rc}: ${out} ${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

import(0 "${dir}/lista.csv" --date 2026-12-05 --dry-run)
foreach(expected "Provkörning" "Lästa patienter: 2" "nya på listan: 2" "rad 6:")
    if(NOT out MATCHES "${expected}")
        message(FATAL_ERROR "the dry run did not say '${expected}': ${out}")
    endif()
endforeach()
import(0 "${dir}/lista.csv" --date 2026-12-05)
if(NOT out MATCHES "importerad" OR NOT out MATCHES "nya på listan: 2")
    message(FATAL_ERROR "the import did not report what it did: ${out}")
endif()
# The same list a week later: the patients are known from before (the dry run stored nothing).
import(0 "${dir}/lista.csv" --date 2026-12-12)
if(NOT out MATCHES "fanns på listan förut: 2" OR NOT out MATCHES "nya på listan: 0")
    message(FATAL_ERROR "the second import did not find the patients from the first: ${out}")
endif()

file(WRITE "${dir}/annat.csv" "Namn;Telefon\nAnna;123\n")
import(1 "${dir}/annat.csv")
if(NOT err MATCHES "kolumnrubrikerna")
    message(FATAL_ERROR "a file that is no list was not explained: ${err}")
endif()
file(WRITE "${dir}/tom.csv" "#;Personnummer;Namn;Startdatum\n")
import(1 "${dir}/tom.csv")
import(2 "${dir}/lista.csv" --date 2026-13-01)
message(STATUS "koordinera sick-list import works")
