# One INTERFACE target that every Imbang target links: language standard, warnings, Qt defines,
# sanitizers. Keeping them in one place means no target can quietly build with weaker settings.
add_library(imbang_options INTERFACE)

target_compile_features(imbang_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(imbang_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wshadow=local -Wcast-qual -Wformat=2)
if(IMBANG_WERROR)
    target_compile_options(imbang_options INTERFACE -Werror)
endif()

# The application id names the desktop file, the AppStream component and the icon (reverse domain
# name of the homepage). Change it together with the homepage before the first release: a later change
# breaks desktop integration for installed copies.
set(IMBANG_APP_ID "invalid.example.imbang")

target_compile_definitions(imbang_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    IMBANG_VERSION="${PROJECT_VERSION}"
    IMBANG_APP_ID="${IMBANG_APP_ID}"
    IMBANG_HOMEPAGE_URL="${PROJECT_HOMEPAGE_URL}")

if(IMBANG_SANITIZE)
    target_compile_options(imbang_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(imbang_options INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (clang): coverage instrumentation for libFuzzer in every target, plus ASan and UBSan.
if(IMBANG_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "IMBANG_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(imbang_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(imbang_options INTERFACE -fsanitize=address,undefined)
endif()
