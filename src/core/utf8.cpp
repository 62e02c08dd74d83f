#include "failsafe/utf8.hpp"

#include <cstdint>

namespace failsafe::utf8 {
namespace {
// Length of the well-formed sequence at s[i], or 0 when it is malformed or cut short.
size_t sequence_at(std::string_view s, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
    const uint8_t b0 = byte(i);
    if (b0 < 0x80) return 1;
    size_t n = 0;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629, table 3-7)
    if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
    else if (b0 == 0xE0) n = 3, lo = 0xA0;              // no overlong forms
    else if (b0 >= 0xE1 && b0 <= 0xEC) n = 3;
    else if (b0 == 0xED) n = 3, hi = 0x9F;              // no surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) n = 3;
    else if (b0 == 0xF0) n = 4, lo = 0x90;              // no overlong forms
    else if (b0 >= 0xF1 && b0 <= 0xF3) n = 4;
    else if (b0 == 0xF4) n = 4, hi = 0x8F;              // nothing above U+10FFFF
    else return 0;
    if (i + n > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return n;
}
}  // namespace

bool valid(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t n = sequence_at(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string_view prefix(std::string_view s, size_t max_bytes) {
    size_t end = 0;
    while (end < s.size()) {
        const size_t n = sequence_at(s, end);
        if (n == 0 || end + n > max_bytes) break;
        end += n;
    }
    return s.substr(0, end);
}

std::string fit(std::string_view s, size_t max_bytes) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        const size_t n = sequence_at(s, i);
        if (n == 0) { ++i; continue; }
        if (out.size() + n > max_bytes) break;
        out.append(s.substr(i, n));
        i += n;
    }
    return out;
}

namespace {
// Whether the well-formed sequence of `n` bytes at s[i] is a control character (see has_control).
bool control_at(std::string_view s, size_t i, size_t n) {
    const auto b = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
    if (n == 1) return b(0) < 0x20 || b(0) == 0x7F;
    if (n == 2) return b(0) == 0xC2 && b(1) <= 0x9F;  // U+0080..U+009F
    if (n == 3 && b(0) == 0xE2 && b(1) == 0x80) return b(2) >= 0xAA && b(2) <= 0xAE;  // U+202A..U+202E
    if (n == 3 && b(0) == 0xE2 && b(1) == 0x81) return b(2) >= 0xA6 && b(2) <= 0xA9;  // U+2066..U+2069
    return false;
}
}  // namespace

bool has_control(std::string_view s) {
    for (size_t i = 0, n = 0; i < s.size(); i += n) {
        n = sequence_at(s, i);
        if (n == 0) return false;
        if (control_at(s, i, n)) return true;
    }
    return false;
}

std::string without_controls(std::string_view s) {
    std::string out;
    for (size_t i = 0, n = 0; i < s.size(); i += n) {
        n = sequence_at(s, i);
        if (n == 0) break;
        if (!control_at(s, i, n)) out.append(s.substr(i, n));
    }
    return out;
}

std::string quote(std::string_view s, size_t max_bytes) {
    const std::string_view kept = prefix(s, max_bytes);
    return std::string(kept) + (kept.size() < s.size() ? "..." : "");
}

}  // namespace failsafe::utf8
