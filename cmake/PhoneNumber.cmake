# Provides the target balcao::phonenumber: Google's libphonenumber, which
# parses, checks and formats the phone numbers of every country
# (core/clients/PhoneNumber). Debian's libphonenumber-dev has neither a CMake
# package nor a pkg-config file, so its header and library are found by name.
# vcpkg: libphonenumber; Homebrew: libphonenumber.
find_path(BALCAO_PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(BALCAO_PHONENUMBER_LIBRARY phonenumber)
if(NOT BALCAO_PHONENUMBER_INCLUDE_DIR OR NOT BALCAO_PHONENUMBER_LIBRARY)
    message(FATAL_ERROR "libphonenumber not found (Debian: libphonenumber-dev). "
                        "Set BALCAO_PHONENUMBER_INCLUDE_DIR and BALCAO_PHONENUMBER_LIBRARY.")
endif()
message(STATUS "libphonenumber: ${BALCAO_PHONENUMBER_LIBRARY}")
add_library(balcao_phonenumber INTERFACE)
# Its headers pull in Protocol Buffers' and are not written for our warnings.
target_include_directories(balcao_phonenumber SYSTEM INTERFACE "${BALCAO_PHONENUMBER_INCLUDE_DIR}")
target_link_libraries(balcao_phonenumber INTERFACE "${BALCAO_PHONENUMBER_LIBRARY}")
add_library(balcao::phonenumber ALIAS balcao_phonenumber)
