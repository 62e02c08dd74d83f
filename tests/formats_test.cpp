#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "failsafe/actions.hpp"
#include "failsafe/formats.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
const std::filesystem::path kGolden = std::filesystem::path(FAILSAFE_SOURCE_DIR) / "tests" / "golden";

// A 12-week mesocycle where every week differs (push/pull/legs twice a week, sets rising
// through three 4-week blocks, each ending in a deload).
Plan twelve_week_plan() {
    auto p = plan_from_json(read_file(std::filesystem::path(FAILSAFE_SOURCE_DIR) / "tests" / "fixtures" / "ppl-12-weeks.json"));
    REQUIRE_MESSAGE(p, p.error());
    REQUIRE(p->weeks.size() == 12);
    return *p;
}
}  // namespace

TEST_CASE("JSON: the example from the format docs reads with its defaults") {
    auto p = plan_from_json(R"({
      "format": "failsafe.plan", "version": 1, "name": "Upper / lower",
      "weeks": [ { "days": [
          [ { "exercise": "bench-press", "sets": 4, "reps": 8 },
            { "exercise": "my-belt-squat", "sets": 3, "reps": "10-12", "rir": 1, "failure_sets": 1, "technique": "drop-set" } ],
          [], [], [], [], [], [] ] } ],
      "custom_exercises": [ { "id": "my-belt-squat", "name": "Belt squat", "muscles": { "quads": 1, "glutes": 0.5 },
                              "kind": "compound", "failure": "caution", "systemic": 0.4 } ] })");
    REQUIRE_MESSAGE(p, p.error());
    CHECK(p->level == Level::intermediate);
    const Slot& bench = p->weeks[0].days[0].slots[0];
    CHECK(bench.rir == 2);
    CHECK(bench.failure_sets == 0);
    CHECK(bench.technique == Technique::none);
    const Slot& belt = p->weeks[0].days[0].slots[1];
    CHECK(is_custom(belt.exercise));
    CHECK(p->exercise(belt.exercise)->name == "Belt squat");
    CHECK(belt.reps == Reps{10, 12});
    CHECK(belt.technique == Technique::drop_set);
    CHECK_FALSE(p->weeks[0].deload);
}

TEST_CASE("JSON: errors name the place and what was expected") {
    auto err = [](std::string_view text) {
        auto p = plan_from_json(text);
        REQUIRE_FALSE(p);
        return p.error();
    };
    CHECK(err("{\"format\": \"failsafe.plan\",\n \"version\": 1,\n \"weeks\": [ }").find("line 3, column") != std::string::npos);
    CHECK(err("").find("not valid JSON") != std::string::npos);
    CHECK(err("[1, 2]").find("expected an object") != std::string::npos);
    CHECK(err(R"({"format": "other"})").find("failsafe.plan") != std::string::npos);
    CHECK(err(R"({"format": "failsafe.plan", "version": 7, "weeks": []})").find("newer Failsafe") != std::string::npos);
    const std::string week = R"({"format": "failsafe.plan", "version": 1, "weeks": [{"days": [[%s],[],[],[],[],[],[]]}]})";
    auto with = [&](const std::string& slot) {
        std::string s = week;
        s.replace(s.find("%s"), 2, slot);
        return err(s);
    };
    CHECK(with(R"({"exercise": "bench-press", "sets": 12, "reps": 5})") == "weeks[0].days[0][0].sets: expected an integer from 1 to 10");
    CHECK(with(R"({"exercise": "bench-press", "sets": 3, "reps": "12-8"})").find("weeks[0].days[0][0].reps") == 0);
    CHECK(with(R"({"exercise": "moon-press", "sets": 3, "reps": 5})").find("unknown exercise \"moon-press\"") != std::string::npos);
    CHECK(with(R"({"exercise": "bench-press", "sets": 3, "reps": 5, "failure_sets": 4})").find("failure_sets") != std::string::npos);
    CHECK(with(R"({"exercise": "bench-press", "sets": 3, "reps": 5, "technique": "cheating"})").find("technique") != std::string::npos);
    CHECK(with(R"({"exercise": "bench-press", "sets": 3, "reps": 5, "tempo": "3010"})").find("unknown field \"tempo\"") != std::string::npos);
    CHECK(err(R"({"format": "failsafe.plan", "version": 1, "weeks": [{"days": [[],[],[]]}]})").find("exactly 7 days") != std::string::npos);
    CHECK(err(std::string(40, '[') + std::string(40, ']')).find("nested deeper") != std::string::npos);
    CHECK(err(std::string(100000, '[')).find("nested deeper") != std::string::npos);  // no stack overflow
}

TEST_CASE("property: JSON -> plan -> JSON and plan -> JSON -> plan are exact") {
    std::mt19937 rng(2024);
    for (int i = 0; i < 300; ++i) {
        const Plan p = random_plan(rng, 16);
        REQUIRE(validate_plan(p).empty());
        const std::string text = plan_to_json(p);
        auto back = plan_from_json(text);
        REQUIRE_MESSAGE(back, back.error());
        CHECK(*back == p);
        CHECK(plan_to_json(*back) == text);
    }
}

TEST_CASE("property: plan -> link -> plan is exact") {
    std::mt19937 rng(77);
    for (int i = 0; i < 300; ++i) {
        Plan p = random_plan(rng, 16);
        if (i % 3 == 0 && p.weeks.size() < 16) p = *failsafe::apply(p, act::CopyWeek{0, static_cast<int>(p.weeks.size())});
        auto back = decode_link(encode_link(p));
        REQUIRE_MESSAGE(back, back.error());
        CHECK(*back == p);
    }
    for (int t = 0; t < kTechniqueCount; ++t) {  // every technique
        Plan p = one_week({{2, Day{{catalog_slot("pec-deck", 3, reps(12), 1, 1, static_cast<Technique>(t))}}}});
        CHECK(*decode_link(encode_link(p)) == p);
    }
}

TEST_CASE("links accept a whole URL or the payload alone") {
    const Plan p = template_plan("seed-004");
    const std::string payload = encode_link(p);
    CHECK(*decode_link(payload) == p);
    CHECK(*decode_link("https://example.org/some/path/#p=" + payload) == p);
    CHECK(*decode_link("https://example.org/#p=" + payload + "\n") == p);
}

TEST_CASE("a damaged or truncated link is detected, never a different plan") {
    const std::string payload = encode_link(twelve_week_plan());
    for (size_t n = 0; n < payload.size(); n += 7) {
        auto r = decode_link(payload.substr(0, n));
        CHECK_FALSE(r);
        CHECK_FALSE(r.error().empty());
    }
    std::mt19937 rng(5);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 500; ++i) {  // any one character changed
        std::string bad = payload;
        const size_t at = std::uniform_int_distribution<size_t>(0, bad.size() - 1)(rng);
        const char c = alphabet[std::uniform_int_distribution<size_t>(0, 63)(rng)];
        if (c == bad[at]) continue;
        bad[at] = c;
        CHECK_FALSE(decode_link(bad).ok());
    }
    CHECK(decode_link("#p=").error().find("no plan") != std::string::npos);
    CHECK(decode_link("#p=abc$def").error().find("damaged") != std::string::npos);
    CHECK(decode_link(std::string(kMaxLinkChars + 1, 'A')).error().find("too long") != std::string::npos);
}

TEST_CASE("golden links of every released format still open") {
    int checked = 0, v2 = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kGolden)) {
        if (entry.path().extension() != ".link") continue;
        CAPTURE(entry.path().filename().string());
        auto from_link = decode_link(read_file(entry.path()));
        REQUIRE_MESSAGE(from_link, from_link.error());
        auto expected = plan_from_json(read_file(std::filesystem::path(entry.path()).replace_extension(".json")));
        REQUIRE_MESSAGE(expected, expected.error());
        CHECK(*from_link == *expected);
        ++checked;
        if (entry.path().filename().string().rfind("v2-", 0) == 0) {
            ++v2;
            CHECK((from_link->recovery != Recovery::typical || from_link->approach != Approach::conservative));
        }
    }
    CHECK(checked >= 5);
    CHECK(v2 >= 2);  // version 2 goldens hold settings other than the defaults
}

TEST_CASE("link sizes stay within their targets") {
    const size_t seed = encode_link(template_plan("seed-004")).size();
    const Plan ul = template_plan("upper-lower-4x");
    int slots = 0;
    for (const auto& d : ul.weeks[0].days) slots += static_cast<int>(d.slots.size());
    REQUIRE(slots == 24);
    const size_t upper_lower = encode_link(ul).size();
    const size_t twelve = encode_link(twelve_week_plan()).size();
    MESSAGE("link chars: seed 004 " << seed << " (target 80), upper/lower " << upper_lower << " (target 200), 12 weeks "
                                    << twelve << " (target 2000)");
    CHECK(seed <= 80);
    CHECK(upper_lower <= 200);
    CHECK(twelve <= 2000);
}

TEST_CASE("analysis JSON has the documented shape") {
    const Plan p = one_week({{0, Day{{catalog_slot("back-squat", 4, reps(8), 0)}}}});
    const std::string j = analysis_to_json(p, analyze(p));
    CHECK(j.find("\"weeks\":[{\"muscles\":{\"chest\":{\"hard_sets\":") != std::string::npos);
    CHECK(j.find("\"code\":\"failure-on-compound\",\"severity\":\"error\",\"week\":0,\"day\":0,\"slot\":0,\"muscle\":null") !=
          std::string::npos);
}

TEST_CASE("every valid plan's link opens: the largest plan and random ones within the limit") {
    const Plan big = largest_plan();
    REQUIRE_MESSAGE(validate_plan(big).empty(), validate_plan(big));
    const std::string link = encode_link(big);
    MESSAGE("largest plan's link: " << link.size() << " chars (limit " << kMaxLinkChars << ")");
    CHECK(link.size() <= kMaxLinkChars);
    CHECK(link.size() > kMaxLinkChars * 9 / 10);  // the limit is taken from this plan, not far above it
    auto back = decode_link(link);
    REQUIRE_MESSAGE(back, back.error());
    CHECK(*back == big);
    // Random plans at the limits' scale: 16 weeks of random days and custom exercises.
    std::mt19937 rng(2026);
    for (int i = 0; i < 40; ++i) {
        Plan p = random_plan(rng, limits::kMaxWeeks);
        for (auto& w : p.weeks)
            for (auto& d : w.days)
                while (d.slots.size() < static_cast<size_t>(limits::kMaxSlotsPerDay) && !d.slots.empty()) d.slots.push_back(d.slots.back());
        const std::string l = encode_link(p);
        REQUIRE(l.size() <= kMaxLinkChars);
        auto r = decode_link(l);
        REQUIRE_MESSAGE(r, r.error());
        CHECK(*r == p);
    }
}

TEST_CASE("JSON reading is bounded: fields per object, duplicate fields, values in all") {
    auto err = [](const std::string& text) {
        auto p = plan_from_json(text);
        REQUIRE_FALSE(p);
        return p.error();
    };
    const std::string weeks = R"("weeks": [{"days": [[],[],[],[],[],[],[]]}])";
    CHECK(err(R"({"format": "failsafe.plan", "version": 1, "name": "A", "name": "B", )" + weeks + "}") ==
          "top level: the field \"name\" appears twice");
    CHECK(err(R"({"format": "failsafe.plan", "version": 1, )" + weeks.substr(0, weeks.size() - 2) + R"(, "deload": true, "deload": false}]})")
              .find("weeks[0]: the field \"deload\" appears twice") != std::string::npos);
    std::string many = "{";
    for (int i = 0; i < 90000; ++i) many += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    CHECK(err(many + "}") == "top level: has more than 64 fields");
    std::string values = "[";
    for (int i = 0; i < 200000; ++i) values += i ? ",0" : "0";
    CHECK(err(values + "]").find("more than 100000 values") != std::string::npos);
    // The largest valid plan is well inside every bound, and reads back whole.
    const std::string biggest = plan_to_json(largest_plan());
    MESSAGE("largest plan's JSON: " << biggest.size() << " bytes (limit " << kMaxJsonBytes << ")");
    CHECK(biggest.size() < kMaxJsonBytes);
    auto back = plan_from_json(biggest);
    REQUIRE_MESSAGE(back, back.error());
    CHECK(*back == largest_plan());
}
