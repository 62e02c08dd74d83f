// failsafe/utf8.hpp - the one rule for text in a plan: every name is valid UTF-8 (no overlong
// forms, no surrogates, nothing above U+10FFFF) of at most limits::kMaxNameLength bytes, cut only
// at a character boundary. Decoders refuse what breaks it; the editor cannot produce it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace failsafe::utf8 {

// True when `s` is well-formed UTF-8 (RFC 3629).
bool valid(std::string_view s);
// The longest prefix of `s` of at most `max_bytes` that ends on a character boundary. It also
// stops before the first malformed sequence, so the result is always valid.
std::string_view prefix(std::string_view s, size_t max_bytes);
// What the editor keeps of typed or pasted text: malformed sequences dropped, then cut to
// `max_bytes` at a character boundary.
std::string fit(std::string_view s, size_t max_bytes);
// Text quoted back to the user in a message: at most `max_bytes`, valid, "..." when cut.
std::string quote(std::string_view s, size_t max_bytes = 40);
// True for a character no name needs and that hides or disguises text: C0 and C1 controls
// (NUL, ESC, newline...), DEL, and the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) that can show "gnp.exe" as "exe.png". `s` must be valid.
bool has_control(std::string_view s);
// `s` (valid) without those characters.
std::string without_controls(std::string_view s);

}  // namespace failsafe::utf8
