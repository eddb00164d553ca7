# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer (an MSI made by CPack's WiX generator), included by packaging/CMakeLists.txt on WIN32.
# See packaging/windows/README.md for how a Windows build is made and what has and has not been tried.

# Qt's deployment (windeployqt underneath): copies the Qt DLLs, the platform, style, image-format and
# print-support plugins, and Qt's own translations next to koordinera.exe at install time.
qt_generate_deploy_app_script(TARGET koordinera FILENAME_VARIABLE koordinera_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${koordinera_deploy_script})

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Koordinera)
# Never change this: Windows Installer finds the earlier version to replace by it.
set(CPACK_WIX_UPGRADE_GUID "6F1D5A3E-8B2C-4E71-9A0D-3C5B7E2F4A91")
set(CPACK_WIX_PROGRAM_MENU_FOLDER Koordinera)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://koordinera.se/")
set(CPACK_WIX_CULTURES sv-SE en-US)
# WiX wants the licence as .txt or .rtf.
configure_file(${PROJECT_SOURCE_DIR}/COPYING ${CMAKE_CURRENT_BINARY_DIR}/COPYING.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/COPYING.txt)
# An .ico is made from the rendered PNGs (see README.md) and used when present.
if(EXISTS ${CMAKE_CURRENT_BINARY_DIR}/koordinera.ico)
    set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_BINARY_DIR}/koordinera.ico)
endif()
set_property(INSTALL "bin/koordinera.exe" PROPERTY CPACK_START_MENU_SHORTCUTS "Koordinera")
set_property(INSTALL "bin/koordinera.exe" PROPERTY CPACK_DESKTOP_SHORTCUTS "Koordinera")
