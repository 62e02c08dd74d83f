# Writes a C++ source holding the bytes of IN as `failsafe::embedded::NAME[]` and NAME_size.
# Run as: cmake -DIN=file -DOUT=file.cpp -DNAME=symbol [-DDROP_COMMENTS=ON] -P EmbedFile.cmake
# DROP_COMMENTS leaves out the lines that start with '#' and the empty ones (a text format's
# documentation, which the binary does not need).
if(DROP_COMMENTS)
  file(READ "${IN}" text)
  string(REGEX REPLACE "\n#[^\n]*" "" text "\n${text}")
  string(REGEX REPLACE "\n\n+" "\n" text "${text}")
  string(REGEX REPLACE "^\n" "" text "${text}")
  string(HEX "${text}" hex)
else()
  file(READ "${IN}" hex HEX)
endif()
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by cmake/EmbedFile.cmake. Do not edit.\n#include <cstddef>\nnamespace failsafe::embedded {\nextern const unsigned char ${NAME}[];\nextern const size_t ${NAME}_size;\nalignas(4) const unsigned char ${NAME}[] = {\n${bytes}0};\nconst size_t ${NAME}_size = ${size};\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
