# Translations. Sources are written in English; Indonesian (imbang_id.ts) is the default language.
# - imbang_id.ts holds every string of core/, ui/ and app/; it is compiled into imbang_core so both
#   executables (the CLI links core only) speak Indonesian.
# - qtbase_id.ts holds the strings of Qt itself that the app shows (standard buttons, file dialogs,
#   context menus): Qt ships no Indonesian qtbase translation. It is kept by hand.
# `cmake --build build --target update_translations` refreshes imbang_id.ts from the sources.
set(IMBANG_TS_FILE "${CMAKE_SOURCE_DIR}/translations/imbang_id.ts")
set(IMBANG_QT_TS_FILE "${CMAKE_SOURCE_DIR}/translations/qtbase_id.ts")

get_target_property(IMBANG_LUPDATE Qt6::lupdate IMPORTED_LOCATION)
get_target_property(IMBANG_LRELEASE Qt6::lrelease IMPORTED_LOCATION)

add_custom_target(update_translations
    COMMAND "${IMBANG_LUPDATE}" -locations none -no-obsolete -no-ui-lines
            "${CMAKE_SOURCE_DIR}/core" "${CMAKE_SOURCE_DIR}/ui" "${CMAKE_SOURCE_DIR}/app"
            -ts "${IMBANG_TS_FILE}"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "Updating translations/imbang_id.ts from the sources"
    VERBATIM)

# Compiles a .ts file to a .qm in the build tree and embeds it in `target` under :/i18n/.
function(imbang_embed_translation target ts_file)
    get_filename_component(name "${ts_file}" NAME_WE)
    set(qm "${CMAKE_CURRENT_BINARY_DIR}/i18n/${name}.qm")
    add_custom_command(OUTPUT "${qm}"
        COMMAND "${IMBANG_LRELEASE}" -silent "${ts_file}" -qm "${qm}"
        DEPENDS "${ts_file}"
        COMMENT "Compiling ${name}.ts"
        VERBATIM)
    qt_add_resources(${target} "${name}_translation"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}/i18n"
        FILES "${qm}")
endfunction()
