# Qt for Sortie.
#
# The app links QGIS 3.22, which Debian 12 builds on Qt 5.15, so the app is Qt 5.
# models/ and widgets/ never include QGIS; they are built twice in the same tree,
# once per Qt major, so that the move to Qt 6 (with QGIS 4) is a relink, not a port.
#
# Versionless targets (Qt::Core) are switched off: with both majors found they would
# collide, and every target must name its major explicitly.

set(QT_NO_CREATE_VERSIONLESS_TARGETS ON)
set(QT_NO_CREATE_VERSIONLESS_FUNCTIONS ON)

find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Test Xml Network Svg PrintSupport Sql Concurrent)
set(SORTIE_QT_MAJORS 5)

if(SORTIE_BUILD_QT6)
  find_package(Qt6 6.2 COMPONENTS Core Concurrent Gui Widgets Test)
  if(NOT Qt6_FOUND)
    message(FATAL_ERROR "SORTIE_BUILD_QT6 is ON but Qt 6 was not found: install qt6-base-dev, "
                        "or configure with -DSORTIE_BUILD_QT6=OFF to build the Qt 5 side only.")
  endif()
  list(APPEND SORTIE_QT_MAJORS 6)
endif()

# Give a target the Qt code generators of one major explicitly, so that a Qt 5 and a
# Qt 6 target side by side never pick each other's moc/rcc/uic.
function(sortie_use_qt_tools target major)
  foreach(tool moc rcc uic)
    if(TARGET Qt${major}::${tool})
      get_target_property(location Qt${major}::${tool} IMPORTED_LOCATION)
      if(NOT location)
        get_target_property(location Qt${major}::${tool} IMPORTED_LOCATION_RELEASE)
      endif()
      string(TOUPPER ${tool} TOOL)
      if(location)
        set_target_properties(${target} PROPERTIES AUTO${TOOL}_EXECUTABLE "${location}")
      endif()
    endif()
  endforeach()
  set_target_properties(${target} PROPERTIES AUTOMOC ON AUTORCC ON AUTOUIC ON)
endfunction()

# Compile definitions every Sortie target gets for a given Qt major: no deprecated
# API (the build fails on it rather than warning), no implicit ASCII casts.
function(sortie_qt_strictness target major)
  if(major EQUAL 5)
    set(disable_before 0x050F00)
  else()
    set(disable_before 0x060000)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_DISABLE_DEPRECATED_BEFORE=${disable_before}
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
endfunction()

# sortie_add_layer_library(<layer>
#   SOURCES <files...>
#   QT_COMPONENTS <Core|Gui|Widgets...>
#   [LINK <layer-or-target...>]     # other Sortie layers by base name, or plain targets
#   [PUBLIC_LINK <targets...>])
#
# Creates one static library per Qt major in SORTIE_QT_MAJORS, named
# sortie_<layer>_qt5 and sortie_<layer>_qt6, and the alias Sortie::<layer>
# for the Qt 5 one (the one the app links).
function(sortie_add_layer_library layer)
  cmake_parse_arguments(ARG "" "" "SOURCES;QT_COMPONENTS;LINK;PUBLIC_LINK" ${ARGN})
  foreach(major IN LISTS SORTIE_QT_MAJORS)
    set(target sortie_${layer}_qt${major})
    add_library(${target} STATIC ${ARG_SOURCES})
    sortie_use_qt_tools(${target} ${major})
    sortie_qt_strictness(${target} ${major})
    target_include_directories(${target} PUBLIC
      "${PROJECT_SOURCE_DIR}"
      "${PROJECT_BINARY_DIR}/generated")
    foreach(component IN LISTS ARG_QT_COMPONENTS)
      target_link_libraries(${target} PUBLIC Qt${major}::${component})
    endforeach()
    foreach(dependency IN LISTS ARG_LINK)
      if(TARGET sortie_${dependency}_qt${major})
        target_link_libraries(${target} PUBLIC sortie_${dependency}_qt${major})
      else()
        target_link_libraries(${target} PUBLIC ${dependency})
      endif()
    endforeach()
    if(ARG_PUBLIC_LINK)
      target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LINK})
    endif()
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endforeach()
  add_library(Sortie::${layer} ALIAS sortie_${layer}_qt5)
endfunction()
