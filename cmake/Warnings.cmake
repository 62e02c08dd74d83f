# failsafe_warnings(<target>): the project's warnings, as errors, for a target of ours, natively
# and under Emscripten alike. Never for third-party code (ImGui, SDL2, qrcodegen), which is
# compiled with the compiler's defaults.
function(failsafe_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::string concatenation at -O3 as overlapping memcpy (GCC bug 105329).
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
