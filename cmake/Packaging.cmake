# What gets installed and how CPack packs it (installer/README.md says what
# is built and tested where).
#  - Linux: two DEB packages, `balcao` (component desktop: the app and
#    balcaoctl, desktop file, icons, AppStream metainfo, man pages) and
#    `balcaod` (component server: the server, its systemd unit, its options
#    in /etc/default, maintainer scripts that add the balcaod user), with
#    dependencies found by dpkg-shlibdeps. scripts/package builds them.
#  - Windows: the desktop component with Qt's runtime next to it (windeployqt
#    through Qt's deploy script), as an NSIS installer and a ZIP.
#  - macOS: Balcao.app with Qt inside (macdeployqt through the same script),
#    signed by installer/macos/sign-bundle.cmake, as a DragNDrop .dmg.
# The SQLCipher driver is compiled into the programs (core/storage), so no
# SQL plugin has to be shipped with the app; balcaod does load Qt's QSQLITE
# and QPSQL plugins, which its package depends on by name because
# dpkg-shlibdeps cannot see a plugin.
include(GNUInstallDirs)

set(BALCAO_SCREENSHOT_URL "${BALCAO_HOMEPAGE_URL}/screenshots" CACHE STRING
    "Where docs/screenshots is published (AppStream screenshots)")
set(BALCAO_PACKAGE_MAINTAINER "Balcão developers <packages@balcao.app>" CACHE STRING
    "Maintainer field of the packages")
set(BALCAO_PACKAGE_VENDOR "Balcão developers")

set(installer_dir "${PROJECT_SOURCE_DIR}/installer")
set(BALCAO_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(icons_dir "${PROJECT_SOURCE_DIR}/resources/icons")
set(packaging_dir "${PROJECT_BINARY_DIR}/packaging")
# Month and RFC 2822 date of the release, for the man pages and the changelog.
string(SUBSTRING "${BALCAO_RELEASE_DATE}" 0 4 release_year)
string(SUBSTRING "${BALCAO_RELEASE_DATE}" 5 2 release_month)
string(SUBSTRING "${BALCAO_RELEASE_DATE}" 8 2 release_day)
set(month_names January February March April May June July August September October November
    December)
math(EXPR month_index "${release_month} - 1")
list(GET month_names ${month_index} month_name)
string(SUBSTRING "${month_name}" 0 3 month_short)
set(BALCAO_RELEASE_MONTH "${month_name} ${release_year}")
set(BALCAO_RELEASE_DATE_RFC2822 "${release_day} ${month_short} ${release_year} 12:00:00 +0000")

# ---------------------------------------------------------------- install
if(APPLE)
    install(TARGETS balcao BUNDLE DESTINATION . COMPONENT desktop)
    # balcaoctl inside the bundle, where macdeployqt fixes its Qt paths too.
    install(TARGETS balcaoctl RUNTIME DESTINATION "Balcao.app/Contents/MacOS" COMPONENT desktop)
elseif(BALCAO_BUILD_UI)
    install(TARGETS balcao balcaoctl RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT desktop)
else()
    install(TARGETS balcaoctl RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT desktop)
endif()
if(NOT WIN32 AND NOT APPLE)
    install(TARGETS balcaod RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT server)
endif()

if(WIN32 OR APPLE)
    # Qt's libraries and plugins (the platform plugin above all: qwindows.dll,
    # libqcocoa.dylib) next to the programs, found by windeployqt/macdeployqt.
    # Qt 6.4 can only deploy the one target of qt_generate_deploy_app_script;
    # from 6.5 on, qt_generate_deploy_script deploys balcaoctl with it.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        if(APPLE)
            set(deploy_main "Balcao.app")
            set(deploy_extra "\${QT_DEPLOY_PREFIX}/Balcao.app/Contents/MacOS/$<TARGET_FILE_NAME:balcaoctl>")
        else()
            set(deploy_main "\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:balcao>")
            set(deploy_extra "\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:balcaoctl>")
        endif()
        qt_generate_deploy_script(TARGET balcao OUTPUT_SCRIPT balcao_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${deploy_main}\"
    ADDITIONAL_EXECUTABLES \"${deploy_extra}\"
    GENERATE_QT_CONF
    VERBOSE)
")
    else()
        qt_generate_deploy_app_script(TARGET balcao FILENAME_VARIABLE balcao_deploy_script)
    endif()
    install(SCRIPT "${balcao_deploy_script}" COMPONENT desktop)
endif()

if(NOT WIN32 AND NOT APPLE)
    # Desktop integration, named after the AppStream id so that the desktop
    # file, the icon and the metainfo find each other.
    if(BALCAO_BUILD_UI)
        install(FILES "${installer_dir}/linux/${BALCAO_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
        configure_file("${installer_dir}/linux/${BALCAO_APP_ID}.metainfo.xml.in"
            "${packaging_dir}/${BALCAO_APP_ID}.metainfo.xml" @ONLY)
        install(FILES "${packaging_dir}/${BALCAO_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
        install(FILES "${icons_dir}/balcao.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${BALCAO_APP_ID}.svg" COMPONENT desktop)
        foreach(size IN LISTS BALCAO_ICON_SIZES)
            install(FILES "${icons_dir}/png/balcao-${size}.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
                RENAME "${BALCAO_APP_ID}.png" COMPONENT desktop)
        endforeach()
    endif()

    # Man pages and the changelog, gzipped without a time stamp (gzip -n) so
    # the package is the same from one build to the next.
    set(gzipped)
    foreach(page balcao.1 balcaoctl.1 balcaod.8)
        configure_file("${installer_dir}/linux/man/${page}.in" "${packaging_dir}/man/${page}" @ONLY)
        list(APPEND gzipped "man/${page}")
    endforeach()
    configure_file("${installer_dir}/linux/changelog.in" "${packaging_dir}/changelog" @ONLY)
    list(APPEND gzipped changelog)
    set(gzipped_outputs)
    foreach(file IN LISTS gzipped)
        add_custom_command(OUTPUT "${packaging_dir}/${file}.gz"
            COMMAND gzip -9nf -k "${packaging_dir}/${file}"
            DEPENDS "${packaging_dir}/${file}"
            COMMENT "Compressing ${file}" VERBATIM)
        list(APPEND gzipped_outputs "${packaging_dir}/${file}.gz")
    endforeach()
    add_custom_target(balcao_packaging_files ALL DEPENDS ${gzipped_outputs})

    if(BALCAO_BUILD_UI)
        install(FILES "${packaging_dir}/man/balcao.1.gz"
            DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT desktop)
    endif()
    install(FILES "${packaging_dir}/man/balcaoctl.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT desktop)
    install(FILES "${packaging_dir}/man/balcaod.8.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man8" COMPONENT server)
    foreach(package_component balcao:desktop balcaod:server)
        string(REPLACE ":" ";" pair "${package_component}")
        list(GET pair 0 package)
        list(GET pair 1 component)
        install(FILES "${installer_dir}/linux/copyright" "${packaging_dir}/changelog.gz"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
    endforeach()

    # The server's service. Absolute paths: /etc and the systemd unit folder
    # are outside the /usr prefix of the package.
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_get_variable(systemd_unit_dir systemd systemdsystemunitdir)
    endif()
    if(NOT systemd_unit_dir)
        set(systemd_unit_dir "/lib/systemd/system")
    endif()
    set(BALCAO_SYSTEMD_UNIT_DIR "${systemd_unit_dir}" CACHE PATH "Where balcaod.service is installed")
    install(FILES "${installer_dir}/linux/balcaod.service"
        DESTINATION "${BALCAO_SYSTEMD_UNIT_DIR}" COMPONENT server)
    install(FILES "${installer_dir}/linux/balcaod.default"
        DESTINATION "/${CMAKE_INSTALL_SYSCONFDIR}/default" RENAME balcaod COMPONENT server)
endif()

# ---------------------------------------------------------------- CPack
set(CPACK_PACKAGE_NAME "balcao")
set(CPACK_PACKAGE_VENDOR "${BALCAO_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${BALCAO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${BALCAO_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Balcão")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_PACKAGE_EXECUTABLES "balcao" "Balcão")
# Per generator (DEB: both components; the installers: the desktop only).
configure_file("${installer_dir}/CPackGenerators.cmake.in"
    "${PROJECT_BINARY_DIR}/CPackGenerators.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackGenerators.cmake")

set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Balcão")
set(CPACK_COMPONENT_DESKTOP_REQUIRED ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "balcaod")

# DEB -------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BALCAO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "balcao")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
# The first line is the synopsis; CPack indents the rest and turns an empty
# line into the " ." of a new paragraph.
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "point of sale and booking for salons, spas and clinics
Balcão runs the front desk of a business that books appointments and
sells at a counter: the agenda, clients, checkout with cash, card and PIX,
the cash drawer, products and stock. The whole business is kept on the
computer in an encrypted SQLCipher database, so the desk keeps working
through an internet outage; terminals reconcile through a balcaod server.

This package holds the desktop app, balcao, and balcaoctl, its command
line.")
# The Wayland platform plugin is a package of its own on Debian; the
# keychain needs a Secret Service (without one, a passphrase is asked for);
# Qt's own catalogues translate its standard buttons.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS
    "qt6-wayland, gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "balcaod")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "balcaod")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "sync server for the Balcão point of sale
balcaod keeps, for every business it serves, the changes its Balcão
terminals push and the merged state folded from them; terminals join a
business with a one-time code and then push and pull over HTTPS. It keeps
its data in SQLite or PostgreSQL.

The package runs it as a systemd service under its own balcaod user, with
its options in /etc/default/balcaod: by default a SQLite store in
/var/lib/balcaod, served on loopback only.")
# Qt's SQLite driver is loaded as a plugin (dpkg-shlibdeps cannot see it);
# PostgreSQL's is only needed with --postgres.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${installer_dir}/linux/balcaod/postinst;${installer_dir}/linux/balcaod/prerm;${installer_dir}/linux/balcaod/postrm;${installer_dir}/linux/balcaod/conffiles")

# NSIS (Windows) --------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "Balcão ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Balcão")
set(CPACK_NSIS_MUI_ICON "${icons_dir}/balcao.ico")
set(CPACK_NSIS_MUI_UNIICON "${icons_dir}/balcao.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\balcao.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${BALCAO_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${BALCAO_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${BALCAO_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "balcao.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
# Our own NSIS template (installer/windows/NSIS.template.in): CPack's, made
# Unicode, in English and Brazilian Portuguese, with our strings
# (installer/windows/strings.nsh: the menu entries, the uninstaller's
# question about the user's data).
set(CPACK_MODULE_PATH "${installer_dir}/windows")
set(CPACK_BALCAO_NSIS_STRINGS "${installer_dir}/windows/strings.nsh")
set(CPACK_NSIS_MENU_LINKS "${BALCAO_HOMEPAGE_URL}" "$(BalcaoWebsite)")
file(READ "${installer_dir}/windows/uninstall-data.nsh" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
# CPackConfig.cmake holds it in a quoted CMake string: keep its backslashes
# and quotes.
string(REPLACE "\\" "\\\\" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS}")
string(REPLACE "\"" "\\\"" CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS}")

# DragNDrop (macOS) -----------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Balcão ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# CPackGenerators.cmake runs installer/macos/sign-bundle.cmake on the
# staged Balcao.app before the image is made.

include(CPack)
cpack_add_component(desktop DISPLAY_NAME "Balcão" REQUIRED)
cpack_add_component(server DISPLAY_NAME "balcaod")
