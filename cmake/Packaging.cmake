# Desktop integration data files and CPack (.deb) configuration for Batscope.
# Included at the end of the top-level CMakeLists.txt when BATSCOPE_BUILD_UI is on.
include(GNUInstallDirs)

set(BATSCOPE_APP_ID "io.github.batscope.Batscope")
set(BATSCOPE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}/../packaging")
get_filename_component(BATSCOPE_PACKAGING_DIR "${BATSCOPE_PACKAGING_DIR}" ABSOLUTE)

install(FILES "${BATSCOPE_PACKAGING_DIR}/${BATSCOPE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${BATSCOPE_PACKAGING_DIR}/batscope-mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages")
install(FILES "${BATSCOPE_PACKAGING_DIR}/${BATSCOPE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/../resources/icons/batscope.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${BATSCOPE_APP_ID}.svg")

# --- CPack: Debian package -------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "batscope")
set(CPACK_PACKAGE_VENDOR "The Batscope developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop browser for batpak event stores")
set(CPACK_PACKAGE_DESCRIPTION
  "Batscope opens batpak event store data directories, segment files and store\n archives read-only, shows their events in a filterable table and verifies\n per-entity hash chains. Includes the batscope-cli command-line tool.")
set(CPACK_PACKAGE_CONTACT "Batscope developers <batscope@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/batscope/batscope")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
# Keep every CPack artefact inside the build tree.
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")

set(CPACK_DEBIAN_PACKAGE_NAME "batscope")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n ${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads the xcb/wayland platform plugins at run time;
# dpkg-shlibdeps cannot see those.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
execute_process(COMMAND dpkg --print-architecture
                OUTPUT_VARIABLE _batscope_deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE
                ERROR_QUIET RESULT_VARIABLE _batscope_deb_arch_rc)
if(NOT _batscope_deb_arch_rc EQUAL 0 OR _batscope_deb_arch STREQUAL "")
  set(_batscope_deb_arch "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(CPACK_PACKAGE_FILE_NAME "batscope_${PROJECT_VERSION}_${_batscope_deb_arch}")

include(CPack)
