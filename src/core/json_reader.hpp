// src/core/json_reader.hpp - what the JSON formats (plans, logs) share (internal): a first SAX
// pass that bounds the work and finds the first error, naming its place, before any document is
// built; a walk over the document that checks each value's type and range before reading it; and
// a finding as JSON.
#pragma once
#define JSON_NOEXCEPTION 1
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "failsafe/analysis.hpp"
#include "failsafe/utf8.hpp"
#include "text.hpp"

namespace failsafe::detail {
using json = nlohmann::ordered_json;

// What one format allows; `what` names a document of it in messages ("a plan").
struct JsonLimits {
    size_t bytes, depth, keys, tokens;
    size_t mib;        // bytes, in MiB, for the message
    const char* what;
};

// Walks a document with a JSON path for messages: each read checks the type and range first.
class Reader {
public:
    std::string error;  // first error, "path: what was expected"

    bool fail(const std::string& path, const std::string& what) {
        if (error.empty()) error = (path.empty() ? std::string("top level") : path) + ": " + what;
        return false;
    }
    bool object(const json& v, const std::string& path, std::initializer_list<const char*> allowed) {
        if (!v.is_object()) return fail(path, "expected an object");
        for (auto it = v.begin(); it != v.end(); ++it) {
            bool known = false;
            for (const char* k : allowed) known = known || it.key() == k;
            if (!known) return fail(path, "unknown field \"" + utf8::quote(it.key()) + "\" (allowed: " + join(allowed) + ")");
        }
        return true;
    }
    bool integer(const json& v, const std::string& path, int lo, int hi, int& out) {
        const bool huge = v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(hi);
        if (!v.is_number_integer() || huge || v.get<int64_t>() < lo || v.get<int64_t>() > hi)
            return fail(path, "expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
        out = static_cast<int>(v.get<int64_t>());
        return true;
    }
    bool number(const json& v, const std::string& path, double lo, double hi, float& out) {
        if (!v.is_number() || !(v.get<double>() >= lo && v.get<double>() <= hi))
            return fail(path, "expected a number from " + text::format_number(static_cast<float>(lo)) + " to " +
                                  text::format_number(static_cast<float>(hi)));
        out = static_cast<float>(v.get<double>());
        return true;
    }
    bool string(const json& v, const std::string& path, size_t max, std::string& out) {
        if (!v.is_string()) return fail(path, "expected a string");
        const auto& s = v.get_ref<const std::string&>();
        if (s.size() > max) return fail(path, "longer than " + std::to_string(max) + " bytes");
        out = s;
        return true;
    }
    // One of an enumeration's ids; `allowed` lists them (text::list_ids).
    template <class E, class F>
    bool enumerated(const json& v, const std::string& path, F from_id, const std::string& allowed, E& out) {
        if (!v.is_string()) return fail(path, "expected one of " + allowed);
        auto e = from_id(v.get_ref<const std::string&>());
        if (!e) return fail(path, "expected one of " + allowed);
        out = *e;
        return true;
    }

private:
    static std::string join(std::initializer_list<const char*> keys) {
        std::string s;
        for (const char* k : keys) s += (s.empty() ? "" : ", ") + std::string(k);
        return s;
    }
};

// A finding as `failsafe analyze --json` prints it, with its words (indexes from 0, null where a
// place does not apply). Shared by the plan's analysis and the log's.
json finding_json(const Finding& f, std::string message, std::string_view fix);

// Checks `text` against `limits` and builds its document into `doc`: empty, or the message
// ("not valid JSON at line 3, column 13: ...", "weeks[0]: the field "deload" appears twice").
std::string parse_json(std::string_view text, const JsonLimits& limits, json& doc);

}  // namespace failsafe::detail
