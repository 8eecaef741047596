# Provides the target balcao::sqlcipher.
# A system SQLCipher is used when pkg-config finds 4.x or newer; otherwise the
# pinned amalgamation fetched by scripts/fetch-sqlcipher is built as a static
# library. Debian 12's SQLCipher 3.4.1 is too old (no UPSERT, window functions,
# JSON, FTS5), so on Debian the amalgamation is the normal case.
set(BALCAO_SQLCIPHER_AMALGAMATION_DIR "${PROJECT_SOURCE_DIR}/.deps/sqlcipher-amalgamation"
    CACHE PATH "Folder with SQLCipher's sqlite3.c and sqlite3.h")

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(SQLCIPHER QUIET IMPORTED_TARGET sqlcipher>=4.0)
endif()

if(SQLCIPHER_FOUND)
    message(STATUS "SQLCipher: system ${SQLCIPHER_VERSION}")
    add_library(balcao_sqlcipher INTERFACE)
    target_link_libraries(balcao_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
else()
    if(NOT EXISTS "${BALCAO_SQLCIPHER_AMALGAMATION_DIR}/sqlite3.c")
        message(FATAL_ERROR "SQLCipher 4 not found. Run scripts/fetch-sqlcipher (scripts/setup does) "
                            "or set BALCAO_SQLCIPHER_AMALGAMATION_DIR.")
    endif()
    message(STATUS "SQLCipher: amalgamation in ${BALCAO_SQLCIPHER_AMALGAMATION_DIR}")
    add_library(balcao_sqlcipher STATIC "${BALCAO_SQLCIPHER_AMALGAMATION_DIR}/sqlite3.c")
    target_include_directories(balcao_sqlcipher SYSTEM PUBLIC "${BALCAO_SQLCIPHER_AMALGAMATION_DIR}")
    target_compile_definitions(balcao_sqlcipher
        PUBLIC SQLITE_HAS_CODEC
        PRIVATE HAVE_STDINT_H=1 SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=2
                SQLITE_EXTRA_INIT=sqlcipher_extra_init SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
                SQLITE_THREADSAFE=1 SQLITE_ENABLE_COLUMN_METADATA SQLITE_ENABLE_FTS5 SQLITE_ENABLE_RTREE SQLITE_DQS=0
                SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_OMIT_LOAD_EXTENSION SQLITE_USE_URI=0)
    # Third-party code: its warnings are not ours to fix.
    target_compile_options(balcao_sqlcipher PRIVATE -w)
    if(CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_options(balcao_sqlcipher PRIVATE -O1)
    endif()
    set_target_properties(balcao_sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON)
    target_link_libraries(balcao_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
endif()
add_library(balcao::sqlcipher ALIAS balcao_sqlcipher)
