// src/core/text.hpp - small string helpers shared by the core's parsers (internal).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace failsafe::text {

std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
std::string lower(std::string_view s);
bool parse_int(std::string_view s, int& out);
bool parse_float(std::string_view s, float& out);
// A slug: 1..48 of [a-z0-9-], starting with a letter or digit.
bool is_slug(std::string_view s);
// Decimal with up to 2 decimals and no trailing zeros: 0.5 -> "0.5", 1 -> "1".
std::string format_number(float v);
// A count and its noun, singular only for exactly 1: (1, "hard set") -> "1 hard set",
// (1.5, "hard set") -> "1.5 hard sets", (2, "set to failure", "sets to failure").
std::string count_text(float n, std::string_view one, std::string_view many = {});
// The ids of an enumeration's values first..count-1 in order, for messages that say what is
// allowed: "avoid, caution, safe", or with `last` = " or ", "avoid, caution or safe".
template <class E>
std::string list_ids(std::string_view (*id)(E), int count, std::string_view last = ", ", int first = 0) {
    std::string out;
    for (int i = first; i < count; ++i) {
        if (i > first) out += i + 1 == count ? last : std::string_view(", ");
        out += id(static_cast<E>(i));
    }
    return out;
}

}  // namespace failsafe::text
