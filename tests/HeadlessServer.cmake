# SPDX-License-Identifier: GPL-3.0-or-later
# The region's DBA prepares a server as README's section says (issue 25): packaging/server/koordinera-server.sql
# run by psql, `koordinera server prepare` signed in as the owner (twice: the second finds it done), a unit and a
# coordinator added by hand, and that coordinator's own psql session seeing the unit's rows and unable to change the
# access log. On a throw-away PostgreSQL 15 (tests/server/pg-test-server.sh), stopped however the test ends.
set(dir "${WORK_DIR}/headless-server")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")
# The server runs as Debian's postgres user when the tests run as root: it must reach its folder.
file(CHMOD "${dir}" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ
                                           WORLD_EXECUTE)
set(ENV{XDG_CONFIG_HOME} "${dir}/config")
set(ENV{XDG_DATA_HOME} "${dir}/data")
set(server "${dir}/server")
execute_process(COMMAND bash "${SOURCE_DIR}/tests/server/pg-test-server.sh" start "${server}" RESULT_VARIABLE rc
                ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the test server did not start (${rc}): ${err}")
endif()
file(STRINGS "${server}/server.env" lines)
foreach(line IN LISTS lines)
    if(line MATCHES "^([A-Z_]+)=(.*)$")
        set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    endif()
endforeach()
set(psql /usr/lib/postgresql/15/bin/psql)
set(ENV{PGHOST} localhost)
set(ENV{PGPORT} "${KOORDINERA_PG_PORT}")
set(ENV{PGSSLMODE} verify-full)
set(ENV{PGSSLROOTCERT} "${KOORDINERA_PG_CA}")
set(owner_password "ägarens lösenord för testet")
file(WRITE "${dir}/owner-password" "${owner_password}\n")
file(WRITE "${dir}/wrong-password" "fel\n")
set(failure "")

# psql as `user`, with `password`, in `database`, working in `unit`; its output and status in out_VAR, rc_VAR.
function(psql_as user password database unit sql out_var rc_var)
    set(ENV{PGUSER} "${user}")
    set(ENV{PGPASSWORD} "${password}")
    set(ENV{PGDATABASE} "${database}")
    set(ENV{PGOPTIONS} "-c koordinera.unit=${unit}")
    execute_process(COMMAND ${psql} -v ON_ERROR_STOP=1 -X -q -t -A -c "${sql}" RESULT_VARIABLE rc
                    OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${out_var} "${out}${err}" PARENT_SCOPE)
    set(${rc_var} "${rc}" PARENT_SCOPE)
endfunction()

set(ENV{PGUSER} "${KOORDINERA_PG_ADMIN}")
set(ENV{PGPASSWORD} "${KOORDINERA_PG_ADMIN_PASSWORD}")
set(ENV{PGDATABASE} postgres)
execute_process(COMMAND ${psql} -v ON_ERROR_STOP=1 -X -q -v "owner_password=${owner_password}"
                        -f "${SOURCE_DIR}/packaging/server/koordinera-server.sql"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    string(APPEND failure "the DBA's script failed (${rc}): ${out}${err}\n")
endif()

set(prepare "${KOORDINERA}" server prepare --host localhost --port "${KOORDINERA_PG_PORT}" --database koordinera
            --user koordinera_owner --ca "${KOORDINERA_PG_CA}")
if(failure STREQUAL "")
    execute_process(COMMAND ${prepare} INPUT_FILE "${dir}/owner-password" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err MATCHES "version [0-9]+")
        string(APPEND failure "server prepare failed (${rc}): ${err}\n")
    endif()
    execute_process(COMMAND ${prepare} INPUT_FILE "${dir}/owner-password" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err MATCHES "redan")
        string(APPEND failure "a second server prepare did not find it done (${rc}): ${err}\n")
    endif()
    execute_process(COMMAND ${prepare} INPUT_FILE "${dir}/wrong-password" RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 1 OR NOT err MATCHES "gick inte att ansluta")
        string(APPEND failure "a wrong password was not refused in Swedish (${rc}): ${err}\n")
    endif()
endif()

if(failure STREQUAL "")
    psql_as("${KOORDINERA_PG_ADMIN}" "${KOORDINERA_PG_ADMIN_PASSWORD}" koordinera ""
            "INSERT INTO units (code, name) VALUES ('VC-EKBACKEN', 'Vårdcentralen Ekbacken'); CREATE ROLE anna_lindberg LOGIN PASSWORD 'annas lösenord' IN ROLE koordinera_coordinator; INSERT INTO grants (role, unit) VALUES ('anna_lindberg', 'VC-EKBACKEN');"
            out rc)
    if(NOT rc EQUAL 0)
        string(APPEND failure "the unit and its coordinator could not be added (${rc}): ${out}\n")
    endif()
    psql_as(anna_lindberg "annas lösenord" koordinera VC-EKBACKEN "SELECT count(*) FROM kva_codes" out rc)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "^3")
        string(APPEND failure "the coordinator does not see the unit's KVÅ codes (${rc}): ${out}\n")
    endif()
    psql_as(anna_lindberg "annas lösenord" koordinera OTHER "SELECT count(*) FROM kva_codes" out rc)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "^0")
        string(APPEND failure "the coordinator sees a unit not granted (${rc}): ${out}\n")
    endif()
    psql_as(anna_lindberg "annas lösenord" koordinera VC-EKBACKEN "DELETE FROM audit_log" out rc)
    if(rc EQUAL 0 OR NOT out MATCHES "permission denied")
        string(APPEND failure "the coordinator could delete from the access log (${rc}): ${out}\n")
    endif()
endif()

# The unit's file moved in (`koordinera server import`): the passphrase, then the owner's password, on standard input.
if(failure STREQUAL "")
    set(db "${dir}/ekbacken.kdb")
    file(WRITE "${dir}/passphrase" "en lång lösenfras för test\n")
    file(WRITE "${dir}/import-input" "en lång lösenfras för test\n${owner_password}\n")
    file(WRITE "${dir}/coordinator-input" "en lång lösenfras för test\nannas lösenord\n")
    execute_process(COMMAND "${KOORDINERA}" create --db "${db}" --demo-data INPUT_FILE "${dir}/passphrase"
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(APPEND failure "the unit's file could not be made (${rc}): ${err}\n")
    endif()
    set(import "${KOORDINERA}" server import --db "${db}" --server "localhost:${KOORDINERA_PG_PORT}/koordinera"
               --ca "${KOORDINERA_PG_CA}" --unit VC-EKBACKEN)
    execute_process(COMMAND ${import} --user anna_lindberg INPUT_FILE "${dir}/coordinator-input" RESULT_VARIABLE rc
                    ERROR_VARIABLE err)
    if(NOT rc EQUAL 1 OR NOT err MATCHES "äger")
        string(APPEND failure "a coordinator could move a unit in (${rc}): ${err}\n")
    endif()
    execute_process(COMMAND ${import} --user koordinera_owner INPUT_FILE "${dir}/import-input" RESULT_VARIABLE rc
                    ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err MATCHES "Flyttade ([0-9]+) ärenden")
        string(APPEND failure "server import failed (${rc}): ${err}\n")
    endif()
    set(moved "${CMAKE_MATCH_1}")
    psql_as(anna_lindberg "annas lösenord" koordinera VC-EKBACKEN "SELECT count(*) FROM cases" out rc)
    if(NOT rc EQUAL 0 OR NOT out MATCHES "^${moved}\n")
        string(APPEND failure "the coordinator does not see the ${moved} moved cases (${rc}): ${out}\n")
    endif()
    execute_process(COMMAND ${import} --user koordinera_owner INPUT_FILE "${dir}/import-input" RESULT_VARIABLE rc
                    ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err MATCHES "redan")
        string(APPEND failure "a second server import did not find it done (${rc}): ${err}\n")
    endif()
    psql_as(anna_lindberg "annas lösenord" koordinera VC-EKBACKEN "SELECT count(*) FROM cases" out rc)
    if(NOT out MATCHES "^${moved}\n")
        string(APPEND failure "a second server import changed the unit (${rc}): ${out}\n")
    endif()
endif()

execute_process(COMMAND bash "${SOURCE_DIR}/tests/server/pg-test-server.sh" stop "${server}")
if(NOT failure STREQUAL "")
    message(FATAL_ERROR "${failure}")
endif()
