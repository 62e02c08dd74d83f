// src/cli/escape.cpp - control characters and invalid UTF-8 as visible escapes
// (see escape.hpp); a small UTF-8 reader decides what a byte belongs to.
#include "escape.hpp"

namespace failsafe::cli {
namespace {
unsigned byte_at(std::string_view s, size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }

// Bytes in the well-formed UTF-8 sequence at s[i] (1 to 4), or 0 when it is not one
// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, cut short).
size_t sequence_length(std::string_view s, size_t i) {
    const unsigned lead = byte_at(s, i), second = byte_at(s, i + 1);
    if (lead < 0x80) return 1;
    if (lead < 0xC2 || lead > 0xF4) return 0;
    const size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const unsigned low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) return 0;
    for (size_t k = 2; k < length; ++k)
        if ((byte_at(s, i + k) & 0xC0) != 0x80) return 0;
    return length;
}

std::string hex(unsigned byte) {
    constexpr const char* kDigits = "0123456789abcdef";
    return {kDigits[byte >> 4], kDigits[byte & 15]};
}

std::string escaped(std::string_view s, bool json) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const size_t length = sequence_length(s, i);
        const unsigned lead = byte_at(s, i);
        const bool c1 = lead == 0xC2 && length == 2 && byte_at(s, i + 1) < 0xA0;
        if (c1 || (json && lead == 0x7F)) out += "\\u00" + hex(c1 ? byte_at(s, i + 1) : lead);
        else if (!json && (length == 0 || lead < 0x20 || lead == 0x7F)) out += "\\x" + hex(lead);
        else out.append(s.substr(i, length > 0 ? length : 1));
        i += length > 0 ? length : 1;
    }
    return out;
}
}  // namespace

std::string visible(std::string_view text) { return escaped(text, false); }
std::string visible_json(std::string_view json) { return escaped(json, true); }

}  // namespace failsafe::cli
