# SPDX-License-Identifier: GPL-3.0-or-later
# `koordinera export` writes a case's documents with no display: from the demo data, and from a sealed
# database with the passphrase on standard input. Bad requests get a message in Swedish and a non-zero exit.
set(dir "${WORK_DIR}/headless-export")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
set(ENV{XDG_CONFIG_HOME} "${dir}/config")
set(ENV{XDG_DATA_HOME} "${dir}/data")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})

execute_process(COMMAND "${KOORDINERA}" export --demo --document summary --out "${dir}/sammanfattning.pdf"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${dir}/sammanfattning.pdf")
    message(FATAL_ERROR "export of the demo summary failed (${rc}): ${out} ${err}")
endif()
if(NOT out MATCHES "Sammanfattning av ärendet \\((K-[0-9]+-[0-9]+)\\).*SHA-256 [0-9a-f]+")
    message(FATAL_ERROR "export did not report what it wrote: ${out}")
endif()
set(reference "${CMAKE_MATCH_1}")
execute_process(COMMAND "${PDFTOTEXT}" "${dir}/sammanfattning.pdf" - OUTPUT_VARIABLE text)
foreach(expected "Sammanfattning av ärendet" "Tidslinje över kontakter och insatser" "${reference}")
    if(NOT text MATCHES "${expected}")
        message(FATAL_ERROR "'${expected}' is missing from the exported summary")
    endif()
endforeach()

execute_process(COMMAND "${KOORDINERA}" export --demo --case "${reference}" --document plan --out "${dir}/plan.txt"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(READ "${dir}/plan.txt" plan)
if(NOT rc EQUAL 0 OR NOT plan MATCHES "^Gemensam handlingsplan\n" OR NOT plan MATCHES "\n1\\. ")
    message(FATAL_ERROR "the plan as text (${rc}): ${err} ${plan}")
endif()

execute_process(COMMAND "${KOORDINERA}" export --demo --document brev --out "${dir}/x.pdf" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "Ange vilket dokument")
    message(FATAL_ERROR "an unknown document kind was not refused (${rc}): ${err}")
endif()
message(STATUS "koordinera export --demo works")

# From a sealed database: the same demo cases, the passphrase from standard input.
file(WRITE "${dir}/passphrase" "en lång lösenfras för test\n")
set(db "${dir}/enhet.koordinera")
execute_process(COMMAND "${KOORDINERA}" create --db "${db}" --demo-data INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "create failed (${rc}): ${err}")
endif()
# Real documents are signed: until the settings say who signs, nothing is exported.
execute_process(COMMAND "${KOORDINERA}" export --db "${db}" --case "${reference}" --document minutes
                        --out "${dir}/minnesanteckningar.pdf" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "vem som skriver under" OR EXISTS "${dir}/minnesanteckningar.pdf")
    message(FATAL_ERROR "a document without a signer was not refused (${rc}): ${out} ${err}")
endif()
file(WRITE "${dir}/config/Koordinera/Koordinera.conf"
     "[user]\ncoordinatorName=Anna Lindberg\ncoordinatorTitle=\"Fysioterapeut, rehabkoordinator\"\n"
     "unitName=Vårdcentralen Ekbacken\n")
execute_process(COMMAND "${KOORDINERA}" export --db "${db}" --case "${reference}" --document plan
                        --out "${dir}/plan-signerad.pdf" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
execute_process(COMMAND "${PDFTOTEXT}" "${dir}/plan-signerad.pdf" - OUTPUT_VARIABLE text)
if(NOT rc EQUAL 0 OR NOT text MATCHES "Anna Lindberg" OR NOT text MATCHES "Fysioterapeut, rehabkoordinator"
   OR NOT text MATCHES "Vårdcentralen Ekbacken")
    message(FATAL_ERROR "the plan is not signed by the settings' signer (${rc}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" export --db "${db}" --case "${reference}" --document minutes
                        --out "${dir}/minnesanteckningar.pdf" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${dir}/minnesanteckningar.pdf")
    message(FATAL_ERROR "export from the sealed database failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" export --db "${db}" --case K-1999-0001 --document plan
                        --out "${dir}/saknas.pdf" INPUT_FILE "${dir}/passphrase"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 3 OR NOT err MATCHES "inget ärende K-1999-0001" OR EXISTS "${dir}/saknas.pdf")
    message(FATAL_ERROR "a missing case (${rc}): ${err}")
endif()
message(STATUS "koordinera export --db works")
