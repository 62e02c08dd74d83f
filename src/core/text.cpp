#include "text.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "failsafe/plan.hpp"

namespace failsafe::text {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool parse_int(std::string_view s, int& out) {
    s = trim(s);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size() && !s.empty();
}

bool parse_float(std::string_view s, float& out) {
    // from_chars for float is missing in some standard libraries: parse digits by hand.
    s = trim(s);
    if (s.empty() || s.size() > 12) return false;
    double v = 0, scale = 0;
    bool any = false;
    for (char c : s) {
        if (c == '.' && scale == 0) { scale = 1; continue; }
        if (c < '0' || c > '9') return false;
        any = true;
        if (scale == 0) v = v * 10 + (c - '0');
        else { scale /= 10; v += (c - '0') * scale; }
    }
    if (!any) return false;
    out = static_cast<float>(v);
    return true;
}

bool is_slug(std::string_view s) {
    if (s.empty() || s.size() > static_cast<size_t>(limits::kMaxSlugLength) || s.front() == '-') return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string format_number(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(v));
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

std::string count_text(float n, std::string_view one, std::string_view many) {
    const std::string number = format_number(n);
    if (number == "1") return number + " " + std::string(one);
    return number + " " + (many.empty() ? std::string(one) + "s" : std::string(many));
}

}  // namespace failsafe::text
