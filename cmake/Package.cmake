# `make package`: a Debian package on Linux (xhht_VERSION_amd64.deb), an installer on
# Windows (NSIS, or WiX with -G WIX; see docs/windows.md). Read by cmake everywhere.
set(CPACK_PACKAGE_NAME xhht)
set(CPACK_PACKAGE_VENDOR "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh")
set(CPACK_PACKAGE_CONTACT "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Follow the learning society movement 2024-2030 (xã hội học tập)")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "xhht records each unit's submission, scores the units against the learning unit rubric, "
    "writes the yearly summary report in the official Vietnamese document format, and follows "
    "the plan's tasks, phases and reviews with their commendation proposals.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY xhht)
set(CPACK_PACKAGE_EXECUTABLES xhht xhht)
set(CPACK_STRIP_FILES ON)

# Debian: the libraries the binary links are found by dpkg-shlibdeps; Qt's SQLite driver
# and SVG plugins are loaded at run time, so they are named.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-croscore, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# Windows: the program and the Qt libraries windeployqt collected next to it.
set(CPACK_NSIS_DISPLAY_NAME "xhht")
set(CPACK_NSIS_PACKAGE_NAME "xhht ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/xhht.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\xhht.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\xhht.lnk' '$INSTDIR\\\\bin\\\\xhht.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\xhht.lnk'")
set(CPACK_WIX_UPGRADE_GUID "6EC96AA8-3FA4-4725-819A-45C352C00037")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/xhht.ico")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    # windeployqt copies the Qt DLLs and plugins next to the installed program.
    find_program(XHHT_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    if(XHHT_WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${XHHT_WINDEPLOYQT}\" --release --no-compiler-runtime
            \"\${CMAKE_INSTALL_PREFIX}/bin/xhht.exe\")")
    endif()
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
