# Runs TOOL [ARGS...] on each FILE (lists joined with "|") and fails when it exits with an error or prints anything:
# validators that report warnings but exit 0 then fail the test as well.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" FILE "${FILE}")
foreach(file IN LISTS FILE)
    execute_process(COMMAND "${TOOL}" ${ARGS} "${file}"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
        message(FATAL_ERROR "${TOOL} ${file} (exit ${rc}):\n${out}${err}")
    endif()
    message(STATUS "${TOOL}: ${file} is clean")
endforeach()
