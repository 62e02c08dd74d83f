// Days with their own names ("Upper A", issue 15): the rule for a name, the action that sets one,
// and the names through both formats (JSON version 2's optional "day_names", link version 2's
// day mask bit 7), blocks included.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/actions.hpp"
#include "failsafe/formats.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
std::string refusal(const Result<Plan>& r) {
    REQUIRE_FALSE(r);
    return r.error();
}

Plan named(Plan p) {
    p.day_names[0] = "Upper A";
    p.day_names[3] = "Lower \xC3\x9C";  // "Lower Ü"
    p.day_names[6] = "Rest & walk";
    return p;
}

// 13 CJK characters (39 bytes) and the first byte of a 14th: 40 bytes, cut inside a character.
std::string cut_day_name() {
    std::string s;
    for (int i = 0; i < 14; ++i) s += "\xE4\xB8\xAD";
    return s.substr(0, limits::kMaxDayNameLength);
}
}  // namespace

TEST_CASE("a day's name: set and cleared by an action, held to 40 bytes of valid UTF-8") {
    Plan p = template_plan("upper-lower-4x");
    auto r = apply(p, act::NameDay{0, "Upper A"});
    REQUIRE(r);
    CHECK(r->day_names[0] == "Upper A");
    CHECK(describe(p, act::NameDay{0, "Upper A"}) == "Name Mon \"Upper A\"");
    auto cleared = apply(*r, act::NameDay{0, ""});
    REQUIRE(cleared);
    CHECK(cleared->day_names[0].empty());
    CHECK(describe(*r, act::NameDay{0, ""}) == "Unname Mon");

    CHECK(apply(p, act::NameDay{0, std::string(limits::kMaxDayNameLength, 'x')}));
    CHECK(refusal(apply(p, act::NameDay{0, std::string(limits::kMaxDayNameLength + 1, 'x')})) ==
          "the day's name is longer than 40 bytes");
    CHECK(refusal(apply(p, act::NameDay{2, cut_day_name()})) == "the day's name is not valid UTF-8 text");
    CHECK(refusal(apply(p, act::NameDay{2, "a\nb"})).find("control character") != std::string::npos);
    CHECK_FALSE(apply(p, act::NameDay{7, "x"}));
    CHECK(fit_name(cut_day_name(), limits::kMaxDayNameLength).size() == 39);  // what the editor keeps

    Plan bad = p;
    bad.day_names[4] = std::string(41, 'y');
    CHECK(validate_plan(bad) == "the name of Friday is longer than 40 bytes");
}

TEST_CASE("day names round-trip through JSON and link; a plan without names is written as before") {
    const Plan p = named(template_plan("upper-lower-4x"));
    const std::string json = plan_to_json(p);
    CHECK(json.find(R"("day_names": ["Upper A","","","Lower Ü","","","Rest & walk"])") != std::string::npos);
    auto from_json = plan_from_json(json);
    REQUIRE(from_json);
    CHECK(*from_json == p);
    auto from_link = decode_link(encode_link(p));
    REQUIRE(from_link);
    CHECK(*from_link == p);

    const Plan plain = template_plan("upper-lower-4x");
    CHECK(plan_to_json(plain).find("day_names") == std::string::npos);
    // The names cost their bytes, a length byte each and a mask: 30 bytes, 40 characters.
    const size_t name_bytes = 1 + (1 + 7) + (1 + 8) + (1 + 11);
    CHECK(encode_link(p).size() > encode_link(plain).size());
    CHECK(encode_link(p).size() <= encode_link(plain).size() + (name_bytes * 4 + 2) / 3 + 1);
}

TEST_CASE("a block carries its day names: the base week's names hold in every week") {
    Plan p = named(template_plan("upper-lower-4x"));
    auto block = apply(p, act::MakeBlock{0, 5});
    REQUIRE(block);
    CHECK(block->day_names == p.day_names);
    auto edited = apply(*block, act::NameDay{1, "Push"});
    REQUIRE(edited);
    CHECK(edited->weeks.size() == 5);
    CHECK(edited->day_names[1] == "Push");
    for (const Plan& round : {*plan_from_json(plan_to_json(*edited)), *decode_link(encode_link(*edited))}) {
        CHECK(round == *edited);
        CHECK(round.block);
    }
    auto ended = apply(*edited, act::EndBlock{});
    REQUIRE(ended);
    CHECK(ended->day_names == edited->day_names);
}

TEST_CASE("a day name that breaks the rule is refused with the day named, in both formats") {
    const std::string head = R"({"format": "failsafe.plan", "version": 2, "weeks": [{"days": [[],[],[],[],[],[],[]]}], "day_names": )";
    const auto err = [&](const std::string& names) { return refusal(plan_from_json(head + names + "}")); };
    CHECK(err(R"(["", "", ")" + cut_day_name() + R"(", "", "", "", ""])").find("day_names[2]: text that is not valid UTF-8") !=
          std::string::npos);
    CHECK(err(R"(["", "", "", "", "", "", ")" + std::string(41, 'x') + R"("])") == "day_names[6]: longer than 40 bytes");
    CHECK(err(R"(["a", "b"])").find("day_names: expected exactly 7 names, Monday first") != std::string::npos);
    CHECK(err(R"(["", 3, "", "", "", "", ""])") == "day_names[1]: expected a string");
    CHECK(err(R"(["", "a\u0007b", "", "", "", "", ""])").find("day_names[1]: the name of Tuesday contains a control character") == 0);
    // Version 1 has no day names: its files are read as they were, and one with names is refused.
    const std::string v1 = R"({"format": "failsafe.plan", "version": 1, "weeks": [{"days": [[],[],[],[],[],[],[]]}], "day_names": ["","","","","","",""]})";
    CHECK(refusal(plan_from_json(v1)).find("unknown field \"day_names\"") != std::string::npos);

    // A link sealed with a valid check value: only the decoder's own checks stand in the way.
    Plan cut = template_plan("seed-004");
    cut.day_names[2] = cut_day_name();
    CHECK(refusal(decode_link(encode_link(cut))) == "the name of Wednesday in the link is not valid UTF-8 text; the link is damaged");
    Plan control = template_plan("seed-004");
    control.day_names[5] = "a\x1b";
    CHECK(refusal(decode_link(encode_link(control))).find("the name of Saturday in the link contains a control character") == 0);
    // Names only after the first day mask: bit 7 of a later one is damage. Version 1 links have no names.
    CHECK(refusal(decode_link(seal_link_body({2, 1, 'A', 0, 2, 0, 0, 0, 0x80}))) == "the link is damaged (day mask)");
    CHECK(refusal(decode_link(seal_link_body({1, 1, 'A', 0, 1, 0, 0x80, 1, 'X'}))) == "the link is damaged (day mask)");
    CHECK(refusal(decode_link(seal_link_body({2, 1, 'A', 0, 1, 0, 0x80, 0}))) == "the link is damaged (day names)");
    auto ok = decode_link(seal_link_body({2, 1, 'A', 0, 1, 0, 0x80, 0x01, 1, 'X'}));
    REQUIRE(ok);
    CHECK(ok->day_names[0] == "X");
}

TEST_CASE("one of the user's own exercises added to a day: the plan takes a copy once") {
    Plan p = template_plan("seed-004");
    Exercise mine;
    mine.slug = "my-belt-squat";
    mine.name = "Belt squat";
    mine.kind = Kind::compound;
    mine.muscles[index(Muscle::quads)] = 1.f;
    auto once = apply(p, act::AddCustomSlot{{0, 1, 0}, mine});
    REQUIRE(once);
    REQUIRE(once->custom_exercises.size() == 1);
    CHECK(once->custom_exercises[0].slug == "my-belt-squat");
    CHECK(once->weeks[0].days[1].slots[0].exercise == custom_ref(0));
    CHECK(describe(p, act::AddCustomSlot{{0, 1, 0}, mine}) == "Add Belt squat to Tue");
    auto twice = apply(*once, act::AddCustomSlot{{0, 2, 0}, mine});
    REQUIRE(twice);
    CHECK(twice->custom_exercises.size() == 1);  // the plan's own copy is used again
    CHECK(twice->weeks[0].days[2].slots[0].exercise == custom_ref(0));
    auto linked = decode_link(encode_link(*twice));  // the link carries it: complete
    REQUIRE(linked);
    CHECK(linked->custom_exercises[0].name == "Belt squat");
    Exercise broken = mine;
    broken.muscles = {};
    CHECK_FALSE(apply(p, act::AddCustomSlot{{0, 1, 0}, broken}));
}
