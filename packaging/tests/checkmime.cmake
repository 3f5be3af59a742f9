# Builds a MIME database from MIME_FILE alone, in WORK_DIR, and checks that it maps *.imbang to
# application/x-imbang-package and that the desktop entry DESKTOP_FILE lists that type.
# update-mime-database exits 0 even when it cannot parse a file, so its messages are checked too.
cmake_minimum_required(VERSION 3.25)
set(type "application/x-imbang-package")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/mime/packages")
file(COPY "${MIME_FILE}" DESTINATION "${WORK_DIR}/mime/packages")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "XDG_DATA_DIRS=${WORK_DIR}" "XDG_DATA_HOME=${WORK_DIR}"
                        update-mime-database "${WORK_DIR}/mime"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "update-mime-database rejected ${MIME_FILE} (exit ${rc}):\n${out}${err}")
endif()
file(STRINGS "${WORK_DIR}/mime/globs2" globs REGEX "${type}")
if(NOT globs MATCHES "^[0-9]+:${type}:\\*\\.imbang$")
    message(FATAL_ERROR "the MIME database does not map *.imbang to ${type}; globs2 has: ${globs}")
endif()
if(NOT EXISTS "${WORK_DIR}/mime/${type}.xml")
    message(FATAL_ERROR "the MIME database has no entry ${type}.xml")
endif()
# (file(READ), not file(STRINGS): the latter would turn the ";" of the list into list separators.)
file(READ "${DESKTOP_FILE}" desktop)
if(NOT desktop MATCHES "\nMimeType=([^\n]*;)?${type};")
    message(FATAL_ERROR "${DESKTOP_FILE} does not list ${type} in MimeType=")
endif()
message(STATUS "*.imbang is ${type}, opened by the desktop entry")
