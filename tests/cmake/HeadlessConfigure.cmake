# cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DGENERATOR=... [-DSQLCIPHER_DIR=...] -P HeadlessConfigure.cmake
# Configures Balcão without the desktop app while Qt Widgets and PrintSupport
# cannot be found, and asks CMake's file API for the code model (LinkLines
# reads it).
cmake_minimum_required(VERSION 3.22)
file(REMOVE_RECURSE "${BINARY_DIR}")
file(WRITE "${BINARY_DIR}/.cmake/api/v1/query/codemodel-v2" "")
set(args -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}"
    -DBALCAO_BUILD_UI=OFF
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Widgets=ON
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6PrintSupport=ON)
if(SQLCIPHER_DIR)
    list(APPEND args "-DBALCAO_SQLCIPHER_AMALGAMATION_DIR=${SQLCIPHER_DIR}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" ${args}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "A headless configuration (BALCAO_BUILD_UI=OFF) needs something the UI "
                        "alone should need:\n${output}")
endif()
message(STATUS "Headless configuration without Qt Widgets and PrintSupport: fine.")
