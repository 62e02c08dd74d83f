#include "log_entry.hpp"

#include <cstdio>

namespace failsafe::app {
namespace {
constexpr std::string_view kStartTag = "start=", kBaseTag = " base=";
}  // namespace

uint64_t stored_log_id(std::string_view entry) {
    uint64_t h = 14695981039346656037ull;
    for (char c : entry) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h | 1;
}

bool split_stored_log(std::string_view entry, StoredLogParts& out) {
    const size_t nl = entry.find('\n');
    if (entry.substr(0, kStartTag.size()) != kStartTag || nl == std::string_view::npos) return false;
    const std::string_view head = entry.substr(kStartTag.size(), nl - kStartTag.size());
    const size_t base_at = head.find(kBaseTag);
    out.start = date_from_iso(head.substr(0, base_at));
    out.base = 0;
    if (base_at != std::string_view::npos)
        for (char c : head.substr(base_at + kBaseTag.size()))  // hex digits, as written below
            out.base = out.base * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    out.json = entry.substr(nl + 1);
    return true;
}

std::string stored_log_text(const Log& log, std::optional<Date> start, uint64_t base) {
    std::string head = std::string(kStartTag) + (start ? date_iso(*start) : std::string());
    if (base) {
        char hex[24];
        std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(base));
        head += std::string(kBaseTag) + hex;
    }
    return head + "\n" + log_to_json(log);
}

}  // namespace failsafe::app
