// Training blocks in format version 2 (docs/formats.md, "Training blocks"): a block is stored as
// its base week, progression and overrides, never as its expanded weeks, and comes back exactly
// through JSON and links; anything malformed is refused with a message.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/formats.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
Plan applied(const Plan& p, const Action& a) {
    auto r = failsafe::apply(p, a);
    REQUIRE_MESSAGE(r, r.error());
    return *r;
}

Plan block_of(std::string_view template_id, int weeks) { return applied(template_plan(template_id), act::MakeBlock{0, weeks}); }

// Exact round trips through both formats; the JSON holds the block and no weeks.
void check_round_trip(const Plan& p) {
    const std::string text = plan_to_json(p);
    CHECK((text.find("\"weeks\"") == std::string::npos) == p.block.has_value());
    auto from_json = plan_from_json(text);
    REQUIRE_MESSAGE(from_json, from_json.error());
    CHECK(*from_json == p);
    auto from_link = decode_link(encode_link(p));
    REQUIRE_MESSAGE(from_link, from_link.error());
    CHECK(*from_link == p);
}

std::string refusal(const Result<Plan>& r) {
    REQUIRE_FALSE(r);
    return r.error();
}

// A random block: a random week made a block, a random progression, and edits of random slots
// in random weeks with every scope (the overrides the editor makes).
Plan random_block(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Plan p = random_plan(rng, 1);
    p.weeks[0].deload = false;
    Slot first;  // at least one slot to edit
    first.exercise = builtin_catalog().exercises().front().code;
    p.weeks[0].days[pick(0, 6)].slots.push_back(first);
    p = applied(p, act::MakeBlock{0, pick(2, 8)});
    Progression pr;
    pr.deload = pick(0, 1);
    pr.rir.resize(static_cast<size_t>(pick(pr.deload ? 2 : 1, 8)));
    for (auto& r : pr.rir) r = static_cast<uint8_t>(pick(0, limits::kMaxRir));
    pr.failure_weeks = static_cast<uint16_t>(pick(0, (1 << pr.weeks()) - 1));
    pr.sets_step = static_cast<uint8_t>(pick(0, kMaxSetsStep));
    pr.grow = static_cast<uint32_t>(pick(0, (1 << kMuscleCount) - 1));
    p = applied(p, act::SetProgression{pr});
    std::vector<SlotPos> places;
    for (int d = 0; d < limits::kDays; ++d)
        for (size_t i = 0; i < p.block->base.days[d].slots.size(); ++i) places.push_back({0, d, static_cast<int>(i)});
    for (int edits = pick(0, 6); edits > 0; --edits) {
        SlotPos at = places[static_cast<size_t>(pick(0, static_cast<int>(places.size()) - 1))];
        at.week = pick(0, pr.weeks() - 1);
        Slot s = p.weeks[static_cast<size_t>(at.week)].days[at.day].slots[at.index];
        s.sets = static_cast<uint8_t>(pick(1, limits::kMaxSets));
        s.reps = {static_cast<uint8_t>(pick(1, 12)), static_cast<uint8_t>(pick(12, 20))};
        s.rir = static_cast<uint8_t>(pick(0, limits::kMaxRir));
        s.failure_sets = static_cast<uint8_t>(pick(0, s.sets));
        p = applied(p, act::EditSlot{at, s, static_cast<EditScope>(pick(0, 2))});
    }
    return p;
}

// A link body (src/core/link.cpp) of a block: version 2 | name "A" | flags (intermediate, a block)
// | base week: Monday's one bench press, 3 x 10 @RIR2 | `progression` | `overrides`.
std::string block_link(std::vector<uint8_t> progression, std::vector<uint8_t> overrides = {0}) {
    const ExerciseRef bench = builtin_catalog().by_slug("bench-press")->code;
    REQUIRE(bench < 128);
    std::vector<uint8_t> body{2, 1, 'A', 0x80 | 1, 1, 1, static_cast<uint8_t>(bench), 2 | 2 << 4, 10};
    body.insert(body.end(), progression.begin(), progression.end());
    body.insert(body.end(), overrides.begin(), overrides.end());
    return seal_link_body(std::move(body));
}
// 5 weeks with a deload, RIR 3-2-1-0-3 packed 3 bits each, failure in week 4, no growth.
const std::vector<uint8_t> kProgression{5 | 0x20, 0x53, 0x30, 0x08, 0};
std::vector<uint8_t> with(std::vector<uint8_t> v, size_t at, uint8_t byte) {
    v[at] = byte;
    return v;
}

const std::string kBase = R"("base": {"days": [[{"exercise": "bench-press", "sets": 3, "reps": 10}], [], [], [], [], [], []]})";
std::string block_file(const std::string& block_fields, const std::string& more = "") {
    return R"({"format": "failsafe.plan", "version": 2, )" + more + R"("block": {)" + kBase +
           (block_fields.empty() ? "" : ", " + block_fields) + "}}";
}
const std::string kOverride = R"({"week": 2, "day": 0, "slot": 0, "exercise": "bench-press", "sets": 4, "reps": 8})";
}  // namespace

TEST_CASE("a block is stored as its progression, and the template blocks round-trip exactly") {
    for (const char* id : {"seed-004", "full-body-3x", "upper-lower-4x", "push-pull-legs-6x"}) {
        CAPTURE(id);
        const Plan b = block_of(id, 5);
        check_round_trip(b);
        const std::string text = plan_to_json(b);
        CHECK(text.find("\"rir\": [3,2,1,0,3]") != std::string::npos);
        CHECK(text.find("\"failure_weeks\": [4]") != std::string::npos);
    }
}

TEST_CASE("random blocks with random progressions and overrides round-trip through JSON and link") {
    std::mt19937 rng(1414);
    for (int i = 0; i < 150; ++i) {
        const Plan p = random_block(rng);
        CAPTURE(i);
        CHECK(validate_plan(p).empty());
        check_round_trip(p);
    }
}

TEST_CASE("a plain deload keeps the week it replaced in JSON and links, so unticking restores it") {
    std::mt19937 rng(7);
    for (int i = 0; i < 60; ++i) {
        Plan p = random_plan(rng, 4);
        for (auto& w : p.weeks) w.deload = false;
        p = applied(p, act::CopyWeek{0, static_cast<int>(p.weeks.size())});
        p = applied(p, act::SetDeload{static_cast<int>(p.weeks.size()) - 1, true});
        REQUIRE(p.weeks.back().before_deload);
        CAPTURE(i);
        check_round_trip(p);
        const Plan opened = *plan_from_json(plan_to_json(p));
        const Plan unticked = applied(opened, act::SetDeload{static_cast<int>(p.weeks.size()) - 1, false});
        CHECK(unticked.weeks.back().days == p.weeks.front().days);
    }
    const Plan seed = applied(template_plan("seed-004"), act::SetDeload{0, true});
    CHECK(plan_to_json(seed).find("\"before_deload\": [") != std::string::npos);
}

TEST_CASE("the golden block opens from its link and its file as the same block") {
    const auto golden = std::filesystem::path(FAILSAFE_SOURCE_DIR) / "tests" / "golden";
    auto from_link = decode_link(read_file(golden / "v2-block.link"));
    REQUIRE_MESSAGE(from_link, from_link.error());
    auto from_json = plan_from_json(read_file(golden / "v2-block.json"));
    REQUIRE_MESSAGE(from_json, from_json.error());
    CHECK(*from_link == *from_json);
    REQUIRE(from_link->block);
    const Block& b = *from_link->block;
    CHECK(b.progression.rir == std::vector<uint8_t>{3, 2, 1, 0, 3});
    CHECK(b.progression.failure_weeks == 0b1100);  // weeks 3 and 4
    CHECK(b.progression.sets_step == 1);
    CHECK(b.progression.grow == (1u << index(Muscle::chest) | 1u << index(Muscle::lats)));
    CHECK(b.overrides.size() >= 2);
    CHECK(from_link->weeks == expand_block(*from_link));
    CHECK(from_link->weeks.size() == 5);
}

TEST_CASE("block links stay within the issue's targets") {
    // tests/fixtures/*-block.json are these blocks, for the CLI's size lines (tests/cli).
    const auto fixtures = std::filesystem::path(FAILSAFE_SOURCE_DIR) / "tests" / "fixtures";
    for (const auto& fixture : {std::pair{"upper-lower-4x", "upper-lower-block.json"}, {"full-body-3x", "full-body-block.json"},
                                {"push-pull-legs-6x", "push-pull-legs-block.json"}}) {
        const char* file = fixture.second;  // not a structured binding: clang 14 cannot capture one
        CHECK_MESSAGE(read_file(fixtures / file) == plan_to_json(block_of(fixture.first, 5)), file << " is out of date");
    }
    const size_t upper_lower = encode_link(block_of("upper-lower-4x", 5)).size();
    const size_t full_body = encode_link(block_of("full-body-3x", 5)).size();
    const size_t ppl = encode_link(block_of("push-pull-legs-6x", 5)).size();
    MESSAGE("block link chars: upper/lower 5 weeks " << upper_lower << " (target 300), full body 5 weeks " << full_body
                                                     << " (target 300), push/pull/legs 5 weeks " << ppl << " (target 500)");
    CHECK(upper_lower <= 300);
    CHECK(full_body <= 300);
    CHECK(ppl <= 500);
    // The templates as shipped (set growth, two failure weeks; push/pull/legs over 6 weeks).
    CHECK(encode_link(template_block("upper-lower-4x")).size() <= 300);
    CHECK(encode_link(template_block("full-body-3x")).size() <= 300);
    CHECK(encode_link(template_block("push-pull-legs-6x")).size() <= 500);
    MESSAGE("shipped template links: upper/lower " << encode_link(template_block("upper-lower-4x")).size() << ", full body "
                                                    << encode_link(template_block("full-body-3x")).size() << ", push/pull/legs "
                                                    << encode_link(template_block("push-pull-legs-6x")).size());
}

TEST_CASE("the largest block's link and file open: every place of 16 weeks overridden") {
    Plan p = largest_plan();
    Block b;
    b.base = p.weeks[0];
    b.base.deload = false;
    b.base.before_deload.reset();
    b.progression = default_progression(limits::kMaxWeeks);
    for (int w = 0; w < limits::kMaxWeeks; ++w)
        for (int d = 0; d < limits::kDays; ++d)
            for (int i = 0; i < limits::kMaxSlotsPerDay; ++i)
                b.overrides.push_back({static_cast<uint8_t>(w), static_cast<uint8_t>(d), static_cast<uint8_t>(i),
                                       p.weeks[static_cast<size_t>(w)].days[d].slots[static_cast<size_t>(i)]});
    p.block = std::move(b);
    p.weeks = expand_block(p);
    REQUIRE(validate_plan(p).empty());
    const std::string link = encode_link(p);
    MESSAGE("largest block's link: " << link.size() << " chars (limit " << kMaxLinkChars << ")");
    CHECK(link.size() <= kMaxLinkChars);
    check_round_trip(p);
}

TEST_CASE("link: a malformed block is refused with a message, even with a valid check value") {
    auto opened = decode_link(block_link(kProgression));
    REQUIRE_MESSAGE(opened, opened.error());
    CHECK(opened->weeks.size() == 5);
    CHECK(opened->block->progression == default_progression(5));

    CHECK(refusal(decode_link(seal_link_body({2, 1, 'A', 0x80 | 1}))) == "the link is cut short");
    CHECK(refusal(decode_link(block_link({5 | 0x20, 0x53}, {}))) == "the link is cut short");
    CHECK(refusal(decode_link(block_link(with(kProgression, 0, 0 | 0x20)))) == "the link is damaged (a block of 0 weeks)");
    CHECK(refusal(decode_link(block_link(with(kProgression, 0, 17)))) == "the link is damaged (a block of 17 weeks)");
    CHECK(refusal(decode_link(block_link(with(kProgression, 1, 0x57)))) == "the link is damaged (reps in reserve are 0 to 5)");
    CHECK(refusal(decode_link(block_link(with(kProgression, 2, 0xB0)))) == "the link is damaged (block padding)");
    CHECK(refusal(decode_link(block_link(with(kProgression, 3, 0x20)))) == "the link is damaged (failure weeks must be weeks of the block)");
    CHECK(refusal(decode_link(block_link(with(kProgression, 0, 5 | 0x20 | 3 << 6)))) ==
          "the link is damaged (a block adds at most 2 sets a week)");
    // Overrides: count, then week | day << 4, slot index, the slot (bench press, 4 x 8 @RIR2).
    const uint8_t bench = static_cast<uint8_t>(builtin_catalog().by_slug("bench-press")->code);
    const std::vector<uint8_t> one{1, 1, 0, bench, 3 | 2 << 4, 8};
    CHECK(decode_link(block_link(kProgression, one)).ok());
    CHECK(refusal(decode_link(block_link(kProgression, with(one, 2, 1)))) ==
          "the link is damaged (the block: override 1: the base week has no slot 2 on Monday)");
    CHECK(refusal(decode_link(block_link(kProgression, with(one, 1, 5)))) ==
          "the link is damaged (the block: override 1: week 6 is not a week of the block)");
    CHECK(refusal(decode_link(block_link(kProgression, with(one, 1, 1 | 1 << 4)))) ==
          "the link is damaged (the block: override 1: the base week has no slot 1 on Tuesday)");
    std::vector<uint8_t> twice{2, 1, 0, bench, 3 | 2 << 4, 8, 1, 0, bench, 4 | 2 << 4, 8};
    CHECK(refusal(decode_link(block_link(kProgression, twice))) ==
          "the link is damaged (the block: the overrides are not in order of week, day and slot, or one place has two)");
    CHECK(refusal(decode_link(block_link(kProgression, {1, 1, 0, bench, 3 | 2 << 4}))) == "the link is cut short");
    std::vector<uint8_t> extra = one;
    extra.push_back(0);
    CHECK(refusal(decode_link(block_link(kProgression, extra))) == "the link is damaged (extra data at the end)");
}

TEST_CASE("JSON: a malformed block is refused with the path of what is wrong") {
    auto opened = plan_from_json(block_file(R"("rir": [3, 2, 1, 0, 3], "failure_weeks": [4], "overrides": [)" + kOverride + "]"));
    REQUIRE_MESSAGE(opened, opened.error());
    CHECK(opened->weeks.size() == 5);
    CHECK(opened->weeks[1].days[0].slots[0].sets == 4);

    auto refused = [](const std::string& text) { return refusal(plan_from_json(text)); };
    CHECK(refused(block_file(R"("rir": [3, 3])", R"("weeks": [], )")) == "weeks: a block's weeks follow from its progression; leave them out");
    CHECK(refused(block_file("")).find("block.rir: expected 1 to 16 weeks") == 0);
    CHECK(refused(block_file(R"("rir": [3])")) == "block.rir: a block has 2 to 16 weeks");
    CHECK(refused(block_file(R"("rir": [3, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3])")).find("block.rir: expected 1 to 16") == 0);
    CHECK(refused(block_file(R"("rir": [3, 6])")) == "block.rir[1]: expected an integer from 0 to 5");
    CHECK(refused(block_file(R"("rir": [3, 3], "failure_weeks": [3])")) == "block.failure_weeks[0]: expected an integer from 1 to 2");
    CHECK(refused(block_file(R"("rir": [3, 3], "sets_step": 3)")) == "block.sets_step: expected an integer from 0 to 2");
    CHECK(refused(block_file(R"("rir": [3, 3], "grow": ["wings"])")).find("block.grow[0]: expected one of chest,") == 0);
    CHECK(refused(block_file(R"("rir": [3, 3], "weeks": 2)")).find("block: unknown field \"weeks\"") == 0);
    const std::string past = R"({"week": 1, "day": 0, "slot": 1, "exercise": "bench-press", "sets": 4, "reps": 8})";
    CHECK(refused(block_file(R"("rir": [3, 3], "overrides": [)" + past + "]")) == "block.overrides[0]: the base week has no slot 2 on Monday");
    CHECK(refused(block_file(R"("rir": [3, 3], "overrides": [)" + kOverride + "," + kOverride + "]")) ==
          "block.overrides: two overrides of week 2, Monday, slot 0");
    const std::string late = R"({"week": 3, "day": 0, "slot": 0, "exercise": "bench-press", "sets": 4, "reps": 8})";
    CHECK(refused(block_file(R"("rir": [3, 3], "overrides": [)" + late + "]")) == "block.overrides[0].week: expected an integer from 1 to 2");
    const std::string heavy = R"({"week": 1, "day": 0, "slot": 0, "exercise": "bench-press", "sets": 11, "reps": 8})";
    CHECK(refused(block_file(R"("rir": [3, 3], "overrides": [)" + heavy + "]")) == "block.overrides[0].sets: expected an integer from 1 to 10");
    CHECK(refused(R"({"format": "failsafe.plan", "version": 2, "weeks": [{"deload": false, "days": [[],[],[],[],[],[],[]],
                      "before_deload": [[],[],[],[],[],[],[]]}]})") == "weeks[0].before_deload: only a deload week keeps the days it replaced");
    CHECK(refused(R"({"format": "failsafe.plan", "version": 1, "block": {}, "weeks": []})").find("unknown field \"block\"") != std::string::npos);
}
