# Signs the staged Balcao.app before CPack's DragNDrop generator makes the
# image (CPACK_PRE_BUILD_SCRIPTS, set for DragNDrop in CPackGenerators.cmake).
# The identity comes from the environment, never from the repository:
#   BALCAO_MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)";
#                               unset: an ad-hoc signature ("-"), which runs
#                               on the machine that built it and nowhere else
#   BALCAO_MACOS_KEYCHAIN       optional keychain holding that identity
# Hardened runtime and a secure time stamp, as notarization requires; the
# workflow notarizes the .dmg afterwards with notarytool.
set(app "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/Balcao.app")
if(NOT EXISTS "${app}")
    # Component staging puts it one folder deeper.
    file(GLOB app LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/Balcao.app")
endif()
if(NOT app OR NOT EXISTS "${app}")
    message(FATAL_ERROR "sign-bundle: no Balcao.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()

set(identity "$ENV{BALCAO_MACOS_SIGN_IDENTITY}")
if(identity STREQUAL "")
    set(identity "-")
    message(WARNING "sign-bundle: BALCAO_MACOS_SIGN_IDENTITY is not set; signing ad hoc (not for distribution)")
endif()
set(keychain_args)
if(NOT "$ENV{BALCAO_MACOS_KEYCHAIN}" STREQUAL "")
    set(keychain_args --keychain "$ENV{BALCAO_MACOS_KEYCHAIN}")
endif()
set(runtime_args)
if(NOT identity STREQUAL "-")
    set(runtime_args --options runtime --timestamp)
endif()

# Inside out: the frameworks, plugins and balcaoctl first, the bundle last
# (--deep is deprecated for signing).
file(GLOB_RECURSE nested LIST_DIRECTORIES false
    "${app}/Contents/Frameworks/*.dylib" "${app}/Contents/PlugIns/*.dylib")
file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
list(APPEND nested ${frameworks} "${app}/Contents/MacOS/balcaoctl")
foreach(item IN LISTS nested)
    if(EXISTS "${item}")
        execute_process(COMMAND codesign --force --sign "${identity}" ${keychain_args} ${runtime_args}
                "${item}"
            RESULT_VARIABLE failed)
        if(failed)
            message(FATAL_ERROR "sign-bundle: codesign failed on ${item}")
        endif()
    endif()
endforeach()
execute_process(COMMAND codesign --force --sign "${identity}" ${keychain_args} ${runtime_args} "${app}"
    RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "sign-bundle: codesign failed on ${app}")
endif()
execute_process(COMMAND codesign --verify --strict --verbose=2 "${app}" RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "sign-bundle: the signature of ${app} does not verify")
endif()
message(STATUS "sign-bundle: signed ${app} as ${identity}")
