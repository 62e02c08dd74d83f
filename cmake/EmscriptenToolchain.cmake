# The Emscripten toolchain for the web presets: an emsdk's when EMSDK is set (emsdk_env.sh sets
# it), Debian's emscripten package otherwise. CMake reads this file again for every try_compile,
# with the same environment, so both reads pick the same toolchain.
if(NOT "$ENV{EMSDK}" STREQUAL "")
  set(FAILSAFE_EMSCRIPTEN_TOOLCHAIN "$ENV{EMSDK}/upstream/emscripten/cmake/Modules/Platform/Emscripten.cmake")
  set(fix "EMSDK=$ENV{EMSDK} is not an emsdk folder with emscripten installed: fix it, or unset it for Debian's")
else()
  set(FAILSAFE_EMSCRIPTEN_TOOLCHAIN "/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake")
  set(fix "install Debian's emscripten package, or set EMSDK to an emsdk folder")
endif()
if(NOT EXISTS "${FAILSAFE_EMSCRIPTEN_TOOLCHAIN}")
  message(FATAL_ERROR "Emscripten's CMake toolchain not found at ${FAILSAFE_EMSCRIPTEN_TOOLCHAIN}: ${fix}.")
endif()
unset(fix)
# Emscripten.cmake finds emcc relative to its own folder (CMAKE_CURRENT_LIST_DIR), so including
# it from here works as if the preset named it directly.
include("${FAILSAFE_EMSCRIPTEN_TOOLCHAIN}")
