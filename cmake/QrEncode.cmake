# Provides the target balcao::qrencode: libqrencode, the QR encoder behind PIX
# codes (core/sales/QrMatrix), found through pkg-config. Debian:
# libqrencode-dev; vcpkg: libqrencode; Homebrew: qrencode.
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
message(STATUS "libqrencode: ${QRENCODE_VERSION}")
add_library(balcao_qrencode INTERFACE)
target_link_libraries(balcao_qrencode INTERFACE PkgConfig::QRENCODE)
add_library(balcao::qrencode ALIAS balcao_qrencode)
