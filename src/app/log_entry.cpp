#include "log_entry.hpp"

#include <cstdio>
#include <cstdlib>

#include "failsafe/utf8.hpp"

namespace failsafe::app {
namespace {
constexpr std::string_view kStartTag = "start=", kBaseTag = " base=";

// FNV-1a, 64 bits: the same in every tab and build, unlike std::hash.
uint64_t content_id(std::string_view start, std::string_view json) {
    uint64_t h = 14695981039346656037ull;
    for (std::string_view part : {start, std::string_view("\n"), json})
        for (char c : part) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h | 1;  // never 0, which means "not known"
}
}  // namespace

Result<StoredLog> read_stored_log(const std::string& value) {
    const size_t nl = value.find('\n');
    if (value.rfind(kStartTag, 0) != 0 || nl == std::string::npos) return Result<StoredLog>::fail("not a saved log");
    const std::string_view head = std::string_view(value).substr(kStartTag.size(), nl - kStartTag.size());
    const size_t base_at = head.find(kBaseTag);
    const std::string_view start = head.substr(0, base_at);
    const std::string_view json = std::string_view(value).substr(nl + 1);
    auto log = log_from_json(json);
    if (!log) return Result<StoredLog>::fail(utf8::quote(log.error(), 120));
    StoredLog out;
    out.id = content_id(start, json);
    if (base_at != std::string_view::npos) out.base = std::strtoull(std::string(head.substr(base_at + kBaseTag.size())).c_str(), nullptr, 16);
    out.start = date_from_iso(start);
    out.log = std::move(*log);
    return out;
}

std::string stored_log_text(const Log& log, std::optional<Date> start, uint64_t base, uint64_t* id) {
    const std::string start_text = start ? date_iso(*start) : std::string();
    const std::string json = log_to_json(log);
    *id = content_id(start_text, json);
    std::string head = std::string(kStartTag) + start_text;
    if (base) {
        char hex[24];
        std::snprintf(hex, sizeof hex, "%llx", static_cast<unsigned long long>(base));
        head += std::string(kBaseTag) + hex;
    }
    return head + "\n" + json;
}

}  // namespace failsafe::app
