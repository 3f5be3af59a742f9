# Builds a manual page from its template: fills in @VARIABLES@ and, for imbang-cli, puts the command
# sections (COMMANDS_DIR/*.man, one file a command, alphabetical) where the template says
# @IMBANG_MAN_COMMANDS@. With GZIP it also writes OUTPUT.gz (gzip -n: no time stamp, so the package
# is reproducible); the plain page stays for the tests.
#   cmake -DTEMPLATE=in -DOUTPUT=out [-DCOMMANDS_DIR=dir] [-DGZIP=gzip] -DPROJECT_VERSION=...
#         -DIMBANG_RELEASE_DATE=... -DPROJECT_HOMEPAGE_URL=... -P assemblemanpage.cmake
cmake_minimum_required(VERSION 3.25)
set(IMBANG_MAN_COMMANDS "")
if(COMMANDS_DIR)
    file(GLOB parts "${COMMANDS_DIR}/*.man")
    list(SORT parts)
    foreach(part IN LISTS parts)
        file(READ "${part}" text)
        if(NOT text MATCHES "^\\.SS ")
            message(FATAL_ERROR "${part} must begin with \".SS <command>\"")
        endif()
        string(APPEND IMBANG_MAN_COMMANDS "${text}")
    endforeach()
    string(REGEX REPLACE "\n$" "" IMBANG_MAN_COMMANDS "${IMBANG_MAN_COMMANDS}")
endif()

configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
if(GZIP)
    execute_process(COMMAND "${GZIP}" -9 -n -c "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip failed on ${OUTPUT}")
    endif()
endif()
