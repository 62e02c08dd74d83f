# failsafe_embed(<target> <name> <file> [DROP_COMMENTS]): compiles <file> into <target> as
# failsafe::embedded::<name>[] and <name>_size, regenerated when the file changes. With
# DROP_COMMENTS, a text file's lines that start with '#', and its empty lines, are left out.
function(failsafe_embed target name file)
  cmake_parse_arguments(PARSE_ARGV 3 arg "DROP_COMMENTS" "" "")
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DNAME=${name} -DDROP_COMMENTS=${arg_DROP_COMMENTS} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake
    DEPENDS "${file}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
