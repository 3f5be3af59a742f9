# Builds the .deb and the .tar.gz with cpack (CONFIG) into WORK_DIR and checks them:
# - both contain the executables, the desktop entry, the metainfo, the MIME type, the icons (scalable
#   and every PNG size), the manual pages and the copyright file, and nothing from the build only;
# - the .deb has its section, its bilingual description, and dependencies that dpkg-shlibdeps found
#   in the binaries plus the Qt plugins named by hand.
cmake_minimum_required(VERSION 3.25)
string(REPLACE "|" ";" APP_SIZES "${APP_SIZES}")
string(REPLACE "|" ";" MIME_SIZES "${MIME_SIZES}")
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" --config "${CONFIG}" -B "${WORK_DIR}" -G "DEB;TGZ"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed (exit ${rc}):\n${out}${err}")
endif()
file(GLOB debs "${WORK_DIR}/*.deb")
file(GLOB tgzs "${WORK_DIR}/*.tar.gz")
list(LENGTH debs n_deb)
list(LENGTH tgzs n_tgz)
if(NOT n_deb EQUAL 1 OR NOT n_tgz EQUAL 1)
    message(FATAL_ERROR "expected one .deb and one .tar.gz in ${WORK_DIR}, found: ${debs} ${tgzs}\n${out}")
endif()

set(expected
    bin/imbang
    bin/imbang-cli
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/${APP_ID}.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/icons/hicolor/scalable/mimetypes/application-x-imbang-package.svg
    share/man/man1/imbang-cli.1.gz
    share/man/man1/imbang.1.gz
    share/doc/imbang/copyright
    share/doc/imbang/changelog.gz)
foreach(size IN LISTS APP_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(size IN LISTS MIME_SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/mimetypes/application-x-imbang-package.png)
endforeach()
# Build-only files that must never reach a package.
set(forbidden_regex "(imbang-svgtopng|/tst_|/include/|\\.a$|\\.cmake$)")

# Checks a list of paths (relative to the install prefix) against `expected` and `forbidden_regex`.
function(check_files what files)
    foreach(path IN LISTS expected)
        if(NOT path IN_LIST files)
            message(FATAL_ERROR "${what} lacks ${path}; it has:\n${files}")
        endif()
    endforeach()
    foreach(path IN LISTS files)
        if(path MATCHES "${forbidden_regex}")
            message(FATAL_ERROR "${what} contains the build-only file ${path}")
        endif()
    endforeach()
endfunction()

# --- the .deb ---
execute_process(COMMAND dpkg-deb --contents "${debs}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --contents ${debs} failed")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(deb_files "")
foreach(line IN LISTS lines)
    if(line MATCHES "^-([rwx-]+) ([^ ]+) .* \\./usr/(.*[^/])$")
        set(mode "${CMAKE_MATCH_1}")
        set(owner "${CMAKE_MATCH_2}")
        set(path "${CMAKE_MATCH_3}")
        list(APPEND deb_files "${path}")
        if(NOT owner STREQUAL "root/root")
            message(FATAL_ERROR "${path} belongs to ${owner}, not root/root")
        endif()
        if(path MATCHES "^bin/" AND NOT mode STREQUAL "rwxr-xr-x")
            message(FATAL_ERROR "${path} has mode ${mode}, not rwxr-xr-x")
        endif()
    elseif(NOT line STREQUAL "" AND NOT line MATCHES "^d.* \\./(usr/.*)?$")
        message(FATAL_ERROR "${debs} installs outside /usr: ${line}")
    endif()
endforeach()
check_files("${debs}" "${deb_files}")

foreach(field Package Version Section Depends Recommends Description)
    execute_process(COMMAND dpkg-deb --field "${debs}" ${field} OUTPUT_VARIABLE value RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "dpkg-deb --field ${debs} ${field} failed")
    endif()
    string(STRIP "${value}" ${field})
endforeach()
if(NOT Package STREQUAL "imbang" OR NOT Version STREQUAL "${VERSION}" OR NOT Section STREQUAL "misc")
    message(FATAL_ERROR "control data: Package ${Package}, Version ${Version}, Section ${Section}")
endif()
# Every shared library the packaged executables load must come from a package in Depends (that is
# what dpkg-shlibdeps is for), and Qt's plugins, which no binary names, must be listed by hand.
file(REMOVE_RECURSE "${WORK_DIR}/root")
execute_process(COMMAND dpkg-deb --extract "${debs}" "${WORK_DIR}/root" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --extract ${debs} failed")
endif()
set(needed_packages libqt6sql6-sqlite libqt6svg6)
foreach(program imbang imbang-cli)
    execute_process(COMMAND readelf --dynamic "${WORK_DIR}/root/usr/bin/${program}"
                    OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf failed on ${program}")
    endif()
    string(REGEX MATCHALL "\\(NEEDED\\)[^[]*\\[([^]]+)\\]" entries "${dynamic}")
    foreach(entry IN LISTS entries)
        string(REGEX REPLACE ".*\\[([^]]+)\\]" "\\1" soname "${entry}")
        execute_process(COMMAND dpkg-query --search "*/${MULTIARCH}/${soname}" OUTPUT_VARIABLE owners RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${program} needs ${soname}, which no installed Debian package provides")
        endif()
        string(REGEX MATCH "^[^:,]+" package "${owners}")
        list(APPEND needed_packages "${package}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES needed_packages)
foreach(package IN LISTS needed_packages)
    string(REPLACE "+" "\\+" package_regex "${package}")
    if(NOT Depends MATCHES "(^|, )${package_regex}( \\(|,|$)")
        message(FATAL_ERROR "Depends lacks ${package}: ${Depends}")
    endif()
endforeach()
if(NOT Description MATCHES "Imbang helps" OR NOT Description MATCHES "Imbang membantu")
    message(FATAL_ERROR "the description is not in English and Indonesian:\n${Description}")
endif()

# --- the .tar.gz ---
execute_process(COMMAND "${CMAKE_COMMAND}" -E tar tf "${tgzs}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot list ${tgzs}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(tgz_files "")
foreach(line IN LISTS lines)
    if(line MATCHES "^[^/]+/(.*[^/])$")
        list(APPEND tgz_files "${CMAKE_MATCH_1}")
    endif()
endforeach()
check_files("${tgzs}" "${tgz_files}")

message(STATUS "${debs} and ${tgzs} hold what they should\nDepends: ${Depends}\n"
               "(covers the packages of every library the executables load: ${needed_packages})")
