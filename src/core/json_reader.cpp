// The JSON readers' shared first pass (src/core/json_reader.hpp).
#include "json_reader.hpp"

#include <algorithm>

namespace failsafe::detail {
namespace {
// Refuses, before any document is built: nesting deeper than limits.depth, more than limits.keys
// fields in one object, the same field twice, and more than limits.tokens values. Errors name the
// JSON path where they happen.
class SyntaxCheck : public nlohmann::json_sax<json> {
public:
    explicit SyntaxCheck(const JsonLimits& limits) : limits_(limits) {}
    size_t error_at = std::string::npos;  // byte offset of a syntax error
    std::string error;                     // "path: what is wrong"

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool key(string_t& k) override {
        Frame& f = stack_.back();
        const bool too_many = f.keys.size() >= limits_.keys;
        const bool twice = std::find(f.keys.begin(), f.keys.end(), k) != f.keys.end();
        f.keys.push_back(k);  // the path of an error below is then the object's, with this key last
        f.awaiting_value = true;
        if (too_many) return fail(object_path() + ": has more than " + std::to_string(limits_.keys) + " fields");
        if (twice) return fail(object_path() + ": the field \"" + utf8::quote(k) + "\" appears twice");
        return count();
    }
    bool start_object(std::size_t) override { return enter(false); }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(true); }
    bool end_array() override { return leave(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        error_at = position;
        // nlohmann's message: "... parse error at line L, column C: <what> - <why>; last read: '<input>'".
        // Only its own words are kept: the input it quotes may be cut in the middle of a character.
        std::string what = ex.what();
        if (const size_t cut = what.find("; last read"); cut != std::string::npos) what.resize(cut);
        if (const size_t dash = what.rfind(" - "); dash != std::string::npos) what.erase(0, dash + 3);
        else what = "syntax error";
        if (what.find("UTF-8") != std::string::npos || what.find("surrogate") != std::string::npos)
            what = "text that is not valid UTF-8";
        const bool in_field_name = !stack_.empty() && !stack_.back().array && !stack_.back().awaiting_value;
        if (in_field_name) return fail(object_path() + ": a field name: " + what);
        return fail_here(what);
    }

private:
    struct Frame {
        bool array = false;
        size_t items = 0;               // arrays: values completed (the index of the next)
        std::vector<std::string> keys;  // objects: fields so far (the last is being read)
        bool awaiting_value = false;    // objects: the last key's value is not complete yet
    };
    const JsonLimits& limits_;
    std::vector<Frame> stack_;
    size_t tokens_ = 0;

    // Where the reader is: "weeks[0].days[2][1].sets"; `depth` frames deep.
    std::string path(size_t depth) const {
        std::string p;
        for (size_t i = 0; i < depth; ++i) {
            const Frame& f = stack_[i];
            if (f.array) p += "[" + std::to_string(f.items) + "]";
            else if (!f.keys.empty()) p += (p.empty() ? "" : ".") + utf8::quote(f.keys.back());
        }
        return p.empty() ? "top level" : p;
    }
    std::string object_path() const { return path(stack_.size() - 1); }  // the innermost object
    bool fail(const std::string& path_and_what) {
        if (error.empty()) error = path_and_what;
        return false;
    }
    bool fail_here(const std::string& what) { return fail(path(stack_.size()) + ": " + what); }
    bool count() {
        return ++tokens_ <= limits_.tokens ||
               fail_here("more than " + std::to_string(limits_.tokens) + " values; " + limits_.what + " has far fewer");
    }
    void completed() {  // a value of the innermost container is complete
        if (stack_.empty()) return;
        if (stack_.back().array) stack_.back().items++;
        else stack_.back().awaiting_value = false;
    }
    bool value() {
        completed();
        return count();
    }
    bool enter(bool array) {
        if (stack_.size() >= limits_.depth) return fail_here("nested deeper than " + std::to_string(limits_.depth) + " levels");
        if (!count()) return false;
        stack_.push_back({array, 0, {}, false});
        return true;
    }
    bool leave() {
        stack_.pop_back();
        completed();
        return true;
    }
};

std::string line_column(std::string_view text, size_t pos) {
    int line = 1, col = 1;
    for (size_t i = 0; i < pos && i < text.size(); ++i) {
        if (text[i] == '\n') line++, col = 1;
        else col++;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(col);
}
}  // namespace

std::string parse_json(std::string_view text, const JsonLimits& limits, json& doc) {
    if (text.size() > limits.bytes)
        return "the file is larger than " + std::to_string(limits.mib) + " MiB; " + limits.what + " is far smaller";
    SyntaxCheck check(limits);
    const bool ok = json::sax_parse(text.begin(), text.end(), &check, nlohmann::detail::input_format_t::json, true);
    if (!ok || !check.error.empty()) {
        const std::string why = check.error.empty() ? std::string("syntax error") : check.error;
        if (check.error_at == std::string::npos) return why;  // a limit, not a syntax error
        return "not valid JSON at " + line_column(text, check.error_at > 0 ? check.error_at - 1 : 0) + ": " + why;
    }
    // The document, built by nlohmann's plain DOM builder: json::parse() also links the builder
    // for parse callbacks, which nothing here uses (3 KB of download).
    nlohmann::detail::json_sax_dom_parser<json> builder(doc, false);
    if (!json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json, true) || doc.is_discarded())
        return "not valid JSON";
    return {};
}

}  // namespace failsafe::detail
