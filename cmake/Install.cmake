# What `cmake --install` (and so the package) puts where: the program, its desktop entry,
# AppStream metadata, icons, manual pages and bash completion. Translations, seed data,
# fonts and icons used inside the program are built into the binary (Qt resources).
include(GNUInstallDirs)

install(TARGETS xhht RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

if(UNIX AND NOT APPLE)
    set(xhht_app_id vn.gov.tayninh.svhttdl.xhht)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/xhht.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/xhht.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo RENAME ${xhht_app_id}.metainfo.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/xhht.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/xhht.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # The manual pages (English and Vietnamese) and the bash completion are made from
    # the built program's own --help, so they never drift from it.
    find_package(Python3 REQUIRED COMPONENTS Interpreter)
    set(xhht_docs ${CMAKE_BINARY_DIR}/docs)
    add_custom_command(
        OUTPUT ${xhht_docs}/man/man1/xhht.1 ${xhht_docs}/man/vi/man1/xhht.1 ${xhht_docs}/bash-completion/xhht
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tools/make-docs.py $<TARGET_FILE:xhht> ${xhht_docs}
        DEPENDS xhht ${PROJECT_SOURCE_DIR}/tools/make-docs.py
        COMMENT "Manual pages and bash completion from xhht --help"
        VERBATIM)
    add_custom_target(xhht_docs ALL
        DEPENDS ${xhht_docs}/man/man1/xhht.1 ${xhht_docs}/man/vi/man1/xhht.1 ${xhht_docs}/bash-completion/xhht)
    install(FILES ${xhht_docs}/man/man1/xhht.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${xhht_docs}/man/vi/man1/xhht.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/vi/man1)
    install(FILES ${xhht_docs}/bash-completion/xhht DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
endif()
