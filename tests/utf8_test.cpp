#include <doctest/doctest.h>

#include <random>

#include "failsafe/actions.hpp"
#include "failsafe/formats.hpp"
#include "failsafe/utf8.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
// Well-formed and malformed sequences from RFC 3629 and Unicode's table 3-7.
const char* const kValid[] = {"", "plain", "\xC3\xA9", "\xE4\xB8\xAD\xE6\x96\x87", "\xF0\x9F\x92\xAA", "\xEF\xBF\xBF",
                              "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF"};
const char* const kInvalid[] = {"\x80",       "\xC3",         "\xC0\xAF",     "\xC1\xBF",     "\xE0\x80\xAF", "\xED\xA0\x80",
                                "\xED\xBF\xBF", "\xF0\x80\x80\xAF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF",
                                "\xE4\xB8",     "a\xE4\xB8\x62"};

// A CJK name cut at 80 bytes in the middle of a character: the text a byte substr() made.
std::string cut_cjk_name() {
    std::string s;
    while (s.size() < 90) s += "\xE4\xB8\xAD";  // 中, 3 bytes
    return s.substr(0, limits::kMaxNameLength);  // 26 characters and 2 bytes of the 27th
}

Exercise custom(std::string name) {
    Exercise e;
    e.slug = "my-lift";
    e.name = std::move(name);
    e.muscles[0] = 1;
    return e;
}
}  // namespace

TEST_CASE("utf8: well-formed text is accepted, every malformed kind refused") {
    for (const char* s : kValid) CHECK_MESSAGE(utf8::valid(s), s);
    for (const char* s : kInvalid) CHECK_FALSE_MESSAGE(utf8::valid(s), s);
}

TEST_CASE("utf8: names are cut only at character boundaries") {
    const std::string cjk = cut_cjk_name();
    REQUIRE_FALSE(utf8::valid(cjk));
    CHECK(utf8::prefix(cjk, 80).size() == 78);
    CHECK(utf8::valid(utf8::prefix(cjk, 80)));
    CHECK(fit_name(cjk).size() == 78);
    std::string emoji;
    for (int i = 0; i < 30; ++i) emoji += "\xF0\x9F\x92\xAA";  // 120 bytes
    CHECK(fit_name(emoji).size() == 80);
    CHECK(fit_name("abc\xFF" "def") == "abcdef");  // malformed bytes dropped, the rest kept
    CHECK(utf8::quote("abc\xE4\xB8\xAD", 4) == "abc...");
    // Any bytes at all: the editor's result keeps the rule.
    std::mt19937 rng(7);
    for (int n = 0; n < 2000; ++n) {
        std::string s(static_cast<size_t>(rng() % 200), '\0');
        for (char& c : s) c = static_cast<char>(rng() & 0xFF);
        const std::string kept = fit_name(s);
        REQUIRE(utf8::valid(kept));
        REQUIRE(kept.size() <= static_cast<size_t>(limits::kMaxNameLength));
        REQUIRE(name_problem(kept, true).empty());
    }
}

TEST_CASE("utf8: a plan never holds invalid text; the editor refuses it") {
    Plan p;
    p.name = cut_cjk_name();
    CHECK(validate_plan(p).find("not valid UTF-8") != std::string::npos);
    CHECK_FALSE(apply(Plan{}, act::Rename{cut_cjk_name()}).ok());
    CHECK(apply(Plan{}, act::Rename{fit_name(cut_cjk_name())}).ok());
    CHECK_FALSE(apply(Plan{}, act::AddCustomExercise{custom(cut_cjk_name())}).ok());
    Exercise aliased = custom("Fine");
    aliased.aliases = {"\xC0\xAF"};
    CHECK(validate_exercise(aliased).find("alias 1") != std::string::npos);
}

TEST_CASE("utf8: names hold no control characters or direction overrides; the editor drops them") {
    using namespace std::string_literals;
    for (const std::string& bad : {"a\x1b[31mred"s, "a\0b"s, "line\nbreak"s, "del\x7f"s, "csi\xC2\x9B"s,
                                  "a\xE2\x80\xAEgnp.exe"s, "iso\xE2\x81\xA6late"s}) {
        CHECK_MESSAGE(name_problem(bad).find("control character") != std::string::npos, bad);
        CHECK(name_problem(fit_name(bad)).empty());
    }
    CHECK(fit_name("a\xE2\x80\xAEgnp.exe") == "agnp.exe");
    CHECK(fit_name("Upper A \xE2\x80\x94 \xD7\xA2\xD7\x91") == "Upper A \xE2\x80\x94 \xD7\xA2\xD7\x91");  // dashes, Hebrew: kept
    auto p = plan_from_json(R"({"format": "failsafe.plan", "version": 1, "name": "a\u001b[2Jb",
                                "weeks": [{"days": [[],[],[],[],[],[],[]]}]})");
    REQUIRE_FALSE(p);
    CHECK(p.error().find("control character") != std::string::npos);
}

TEST_CASE("utf8: writing JSON never aborts, whatever text a plan holds") {
    // Every string field a plan writes, each given malformed text: the writer must finish, and
    // what it writes is valid JSON that names the field's problem when read back.
    for (const char* bad : kInvalid) {
        Plan named;
        named.name = std::string("Plan ") + bad;
        Plan custom_name = template_plan("seed-004");
        custom_name.custom_exercises.push_back(custom(std::string("Lift ") + bad));
        Plan alias = custom_name;
        alias.custom_exercises.back().name = "Lift";
        alias.custom_exercises.back().aliases = {std::string("alias ") + bad};
        Plan slug = custom_name;
        slug.custom_exercises.back().name = "Lift";
        slug.custom_exercises.back().slug = std::string("my-") + bad;
        for (const Plan* p : {&named, &custom_name, &alias, &slug}) {
            const std::string text = plan_to_json(*p);
            CHECK(utf8::valid(text));
            (void)analysis_to_json(*p, analyze(*p));
        }
        // The replacement character stands where the bytes were; the name reads back as text.
        auto back = plan_from_json(plan_to_json(named));
        REQUIRE_MESSAGE(back, back.error());
        CHECK(back->name.find("\xEF\xBF\xBD") != std::string::npos);
    }
}

TEST_CASE("utf8: both decoders refuse invalid text and name the field") {
    SUBCASE("JSON") {
        auto err = [](const std::string& text) {
            auto p = plan_from_json(text);
            REQUIRE_FALSE(p);
            return p.error();
        };
        const std::string head = R"({"format": "failsafe.plan", "version": 1, "name": ")";
        const std::string weeks = R"(, "weeks": [{"days": [[],[],[],[],[],[],[]]}])";
        CHECK(err(head + cut_cjk_name() + "\"" + weeks + "}").find("name: text that is not valid UTF-8") != std::string::npos);
        CHECK(err(head + "\\ud800\"" + weeks + "}").find("name: text that is not valid UTF-8") != std::string::npos);
        const std::string alias = R"({"format": "failsafe.plan", "version": 1, "weeks": [{"days": [[],[],[],[],[],[],[]]}],
            "custom_exercises": [{"id": "x", "name": "X", "kind": "compound", "failure": "safe", "muscles": {"quads": 1},
                                  "aliases": ["ok", ")" "\xED\xA0\x80" R"("]}]})";
        CHECK(err(alias).find("custom_exercises[0].aliases[1]: text that is not valid UTF-8") != std::string::npos);
    }
    SUBCASE("link") {
        // Sealed with a valid check value: only the decoder's own checks stand in the way.
        Plan p;
        p.name = cut_cjk_name();
        auto r = decode_link(encode_link(p));
        REQUIRE_FALSE(r);
        CHECK(r.error().find("the plan name in the link is not valid UTF-8") != std::string::npos);
        Plan c = template_plan("seed-004");
        c.custom_exercises.push_back(custom("Lift"));
        c.custom_exercises.back().aliases = {"fine", "\xF0\x80\x80\xAF"};
        r = decode_link(encode_link(c));
        REQUIRE_FALSE(r);
        CHECK(r.error().find("alias 2 of custom exercise 1") != std::string::npos);
    }
}
