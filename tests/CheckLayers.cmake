# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that the build refuses an include that points up a layer of core: builds each planted probe (a file that
# includes a header of its own layer and then one of a layer above, see tests/CMakeLists.txt) and fails unless every
# probe fails to compile on exactly the upward include.
set(failures "")
foreach(probe IN LISTS PROBES)
    string(REPLACE ":" ";" parts "${probe}")
    list(GET parts 0 layer)
    list(GET parts 1 upper)
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target koordinera_planted_${layer}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(result EQUAL 0)
        list(APPEND failures "core/${layer} compiled an include of core/${upper}")
    elseif(NOT output MATCHES "core/${upper}/[A-Za-z]+\\.h: No such file")
        list(APPEND failures "core/${layer}'s probe failed for another reason than the upward include:\n${output}")
    else()
        message(STATUS "core/${layer} cannot include core/${upper}")
    endif()
endforeach()
if(failures)
    list(JOIN failures "\n" message)
    message(FATAL_ERROR "${message}")
endif()
