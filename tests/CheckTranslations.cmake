# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string has no Swedish translation: refreshes a copy of koordinera_sv.ts from
# the sources with lupdate and looks for unfinished entries. Fix with scripts/update-translations.sh.
set(copy "${WORK_DIR}/koordinera_sv_check.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/koordinera_sv.ts" "${copy}")
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}"
                        "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
if(count GREATER 0)
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing "${content}")
    list(JOIN missing "\n" listing)
    message(FATAL_ERROR "${count} Swedish translation(s) missing:\n${listing}")
endif()
message(STATUS "Swedish translation complete")
