# SPDX-License-Identifier: GPL-3.0-or-later
# `koordinera statistics` and `koordinera case-list` write the unit's figures and the case list with no display,
# as PDF, CSV and XLSX; the spreadsheets are read back by Python (csv, openpyxl). Bad requests are refused.
set(dir "${WORK_DIR}/headless-statistics")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
set(ENV{XDG_CONFIG_HOME} "${dir}/config")
set(ENV{XDG_DATA_HOME} "${dir}/data")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})

function(run_ok)
    execute_process(COMMAND "${KOORDINERA}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "koordinera ${ARGN} failed (${rc}): ${out} ${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
endfunction()

run_ok(statistics --demo --period 2026-Q3 --out "${dir}/statistik.pdf")
execute_process(COMMAND "${PDFTOTEXT}" "${dir}/statistik.pdf" - OUTPUT_VARIABLE text)
foreach(expected "2026-07-01 – 2026-09-30" "Kvinnor" "Män" "Sjukfallets längd" "sida 1 av")
    if(NOT text MATCHES "${expected}")
        message(FATAL_ERROR "'${expected}' is missing from the statistics PDF")
    endif()
endforeach()

run_ok(statistics --demo --period 2026-Q3 --out "${dir}/statistik.csv")
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/tests/core/read_csv.py" "${dir}/statistik.csv"
                RESULT_VARIABLE rc OUTPUT_VARIABLE rows)
if(NOT rc EQUAL 0 OR NOT rows MATCHES "^Mått \\(2026-07-01 – 2026-09-30\\)\\|Kategori\\|Kvinnor\\|Män\\|Totalt"
   OR NOT rows MATCHES "\nÄrenden\\|aktiva\\|[0-9<]")
    message(FATAL_ERROR "the statistics CSV read back (${rc}): ${rows}")
endif()

run_ok(statistics --demo --period 2026 --out "${dir}/statistik.xlsx")
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/tests/core/read_xlsx.py" "${dir}/statistik.xlsx"
                RESULT_VARIABLE rc OUTPUT_VARIABLE sheets ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT sheets MATCHES "sheet\\|Statistik\\|freeze=A2" OR NOT sheets MATCHES "sheet\\|Per månad\\|"
   OR NOT sheets MATCHES "\nd:2026-01-01\\|n:[0-9]")
    message(FATAL_ERROR "the statistics workbook read back (${rc}): ${err} ${sheets}")
endif()

execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-Q5 --out "${dir}/x.csv" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "Ange perioden" OR EXISTS "${dir}/x.csv")
    message(FATAL_ERROR "a bad period was not refused (${rc}): ${err}")
endif()
# The unit report for the process support: sealed with the passphrase from standard input, nothing readable in it.
file(WRITE "${dir}/fras.txt" "korrekt häst batteri häftklammer\n")
execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-H1 --unit-code E0001 --out "${dir}/enhet.kstat"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "2026-01-01 – 2026-06-30")
    message(FATAL_ERROR "the unit report was not written (${rc}): ${out} ${err}")
endif()
file(READ "${dir}/enhet.kstat" head LIMIT 8 HEX) # "KSTATREP"
file(STRINGS "${dir}/enhet.kstat" readable REGEX "Vårdcentralen|aktiva|E0001")
if(NOT head STREQUAL "4b53544154524550" OR readable)
    message(FATAL_ERROR "the unit report is not sealed: '${head}' ${readable}")
endif()
execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-H1 --out "${dir}/utan-kod.kstat"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--unit-code" OR EXISTS "${dir}/utan-kod.kstat")
    message(FATAL_ERROR "a unit report without a unit code was not refused (${rc}): ${err}")
endif()
file(WRITE "${dir}/kort.txt" "kort\n")
execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-H1 --unit-code E0001 --out "${dir}/svag.kstat"
                INPUT_FILE "${dir}/kort.txt" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR EXISTS "${dir}/svag.kstat")
    message(FATAL_ERROR "a weak passphrase for the unit report was not refused (${rc}): ${err}")
endif()
# The region: two units' reports for the same half-year merge; a report of another period, a wrong passphrase and a
# unit given twice are refused.
execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-H1 --unit-code E0002 --out "${dir}/andra.kstat"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc)
execute_process(COMMAND "${KOORDINERA}" statistics --demo --period 2026-Q3 --unit-code E0003 --out "${dir}/tredje.kstat"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc3)
if(NOT rc EQUAL 0 OR NOT rc3 EQUAL 0)
    message(FATAL_ERROR "the unit reports for the region were not written (${rc}, ${rc3})")
endif()
execute_process(COMMAND "${KOORDINERA}" region --in "${dir}/enhet.kstat" --in "${dir}/andra.kstat"
                        --out "${dir}/region.csv"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ "${dir}/region.csv" region)
if(NOT rc EQUAL 0 OR NOT out MATCHES "2 enheter" OR NOT region MATCHES "Länet" OR region MATCHES "[0-9]{8}-[0-9]{4}")
    message(FATAL_ERROR "the regional report was not written (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" region "${dir}/enhet.kstat" "${dir}/tredje.kstat" --out "${dir}/blandat.csv"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "samma perioder" OR EXISTS "${dir}/blandat.csv")
    message(FATAL_ERROR "reports of different periods were merged (${rc}): ${err}")
endif()
file(WRITE "${dir}/fel.txt" "fel fras som inte stämmer\n")
execute_process(COMMAND "${KOORDINERA}" region --in "${dir}/enhet.kstat" --out "${dir}/fel.csv"
                INPUT_FILE "${dir}/fel.txt" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "enhet.kstat" OR EXISTS "${dir}/fel.csv")
    message(FATAL_ERROR "a wrong passphrase was not refused (${rc}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" region --in "${dir}/enhet.kstat" --in "${dir}/enhet.kstat"
                        --out "${dir}/dubbel.csv"
                INPUT_FILE "${dir}/fras.txt" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR EXISTS "${dir}/dubbel.csv")
    message(FATAL_ERROR "a unit given twice was not refused (${rc}): ${err}")
endif()
run_ok(region --demo --out "${dir}/region-demo.xlsx")
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/tests/core/read_xlsx.py" "${dir}/region-demo.xlsx"
                RESULT_VARIABLE rc OUTPUT_VARIABLE sheets ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT sheets MATCHES "sheet\\|Per enhet\\|" OR NOT sheets MATCHES "s:Länet"
   OR NOT sheets MATCHES "sheet\\|Statistik\\|" OR sheets MATCHES "[0-9]{8}-[0-9]{4}")
    message(FATAL_ERROR "the regional workbook read back (${rc}): ${err} ${sheets}")
endif()
run_ok(region --demo --out "${dir}/region-demo.pdf")
execute_process(COMMAND "${PDFTOTEXT}" "${dir}/region-demo.pdf" - OUTPUT_VARIABLE text)
foreach(expected "20 enheter" "Aktiva ärenden per enhet" "Länet" "period för period")
    if(NOT text MATCHES "${expected}")
        message(FATAL_ERROR "'${expected}' is missing from the regional demo report")
    endif()
endforeach()
message(STATUS "koordinera statistics works")

run_ok(case-list --demo --columns name,identity,start,degree --out "${dir}/ärenden.xlsx")
if(NOT last_output MATCHES "([0-9]+) ärenden")
    message(FATAL_ERROR "case-list did not say how many: ${last_output}")
endif()
set(count "${CMAKE_MATCH_1}")
execute_process(COMMAND /usr/bin/python3 "${SOURCE_DIR}/tests/core/read_xlsx.py" "${dir}/ärenden.xlsx"
                RESULT_VARIABLE rc OUTPUT_VARIABLE sheet ERROR_VARIABLE err)
string(REGEX MATCHALL "\ns:[^\n]*\\|s:[0-9]+-[0-9]+\\|d:[0-9-]+\\|n:[0-9]+" rows "${sheet}")
list(LENGTH rows typed)
if(NOT rc EQUAL 0 OR NOT sheet MATCHES "s:Namn\\|s:Personnummer\\|s:Start\\|s:Omfattning \\(%\\)" OR typed LESS 10)
    message(FATAL_ERROR "the case list workbook read back (${rc}, ${typed} typed rows of ${count}): ${err}")
endif()
execute_process(COMMAND "${KOORDINERA}" case-list --demo --columns name,shoe-size --out "${dir}/y.csv"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR EXISTS "${dir}/y.csv")
    message(FATAL_ERROR "an unknown column was not refused (${rc}): ${err}")
endif()
message(STATUS "koordinera case-list works")
