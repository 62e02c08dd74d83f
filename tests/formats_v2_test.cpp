// Format version 2 (docs/formats.md): the plan settings in JSON files and share links, version 1
// migrated on open. Training blocks, also version 2, are tested in formats_block_test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "failsafe/formats.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
const std::string kEmptyWeeks = R"("weeks": [{"days": [[],[],[],[],[],[],[]]}])";

std::string file_with(int version, const std::string& fields) {
    return R"({"format": "failsafe.plan", "version": )" + std::to_string(version) + ", " + fields + (fields.empty() ? "" : ", ") +
           kEmptyWeeks + "}";
}

std::string refusal(const Result<Plan>& r) {
    REQUIRE_FALSE(r);
    return r.error();
}

// A link body of `version` with one empty week: version | name "A" | flags | 1 week | header 0 |
// no training days (src/core/link.cpp).
std::string link_with_flags(uint8_t version, uint8_t flags) {
    return seal_link_body({version, 1, 'A', flags, 1, 0, 0});
}

Plan with_settings(Plan p, Recovery r, Approach a) {
    p.recovery = r;
    p.approach = a;
    return p;
}
}  // namespace

TEST_CASE("every combination of settings round-trips through JSON and link") {
    const Plan base = template_plan("seed-004");
    for (int r = 0; r < kRecoveryCount; ++r)
        for (int a = 0; a < kApproachCount; ++a) {
            const Plan p = with_settings(base, static_cast<Recovery>(r), static_cast<Approach>(a));
            CAPTURE(recovery_id(p.recovery));
            CAPTURE(approach_id(p.approach));
            const std::string text = plan_to_json(p);
            CHECK(text.find("\"version\": 2,") != std::string::npos);
            CHECK(text.find("\"recovery\": \"" + std::string(recovery_id(p.recovery)) + "\",\n  \"approach\": \"" +
                            std::string(approach_id(p.approach)) + "\"") != std::string::npos);
            auto from_json = plan_from_json(text);
            REQUIRE_MESSAGE(from_json, from_json.error());
            CHECK(*from_json == p);
            const std::string link = encode_link(p);
            CHECK(link.size() == encode_link(base).size());  // the settings cost no character
            auto from_link = decode_link(link);
            REQUIRE_MESSAGE(from_link, from_link.error());
            CHECK(*from_link == p);
        }
}

TEST_CASE("JSON version 1 opens with the default settings; version 2 may leave them out") {
    for (int version : {1, 2}) {
        auto p = plan_from_json(file_with(version, R"("level": "advanced")"));
        REQUIRE_MESSAGE(p, p.error());
        CHECK(p->level == Level::advanced);
        CHECK(p->recovery == Recovery::typical);
        CHECK(p->approach == Approach::conservative);
    }
    auto v2 = plan_from_json(file_with(2, R"("recovery": "slower", "approach": "liberal")"));
    REQUIRE_MESSAGE(v2, v2.error());
    CHECK(v2->recovery == Recovery::slower);
    CHECK(v2->approach == Approach::liberal);
}

TEST_CASE("JSON settings: unknown values, v1 files with settings and newer versions are refused by name") {
    CHECK(refusal(plan_from_json(file_with(2, R"("recovery": "fast")"))) == "recovery: expected one of slower, typical, faster");
    CHECK(refusal(plan_from_json(file_with(2, R"("approach": 1)"))) == "approach: expected one of conservative, liberal");
    CHECK(refusal(plan_from_json(file_with(1, R"("recovery": "faster")"))).find("unknown field \"recovery\"") != std::string::npos);
    CHECK(refusal(plan_from_json(file_with(3, ""))) == "version: this file is format 3, made by a newer Failsafe; this one reads up to 2");
    CHECK(refusal(plan_from_json(file_with(0, ""))) == "version: expected 1 or 2");
}

TEST_CASE("link flags: only the bits a version defines, only values a writer makes") {
    // Version 1 has no settings: its links open with the defaults, and bits 4-7 are refused.
    auto v1 = decode_link(link_with_flags(1, 2));
    REQUIRE_MESSAGE(v1, v1.error());
    CHECK(v1->level == Level::advanced);
    CHECK(v1->recovery == Recovery::typical);
    CHECK(v1->approach == Approach::conservative);
    for (int bit = 4; bit < 8; ++bit)
        CHECK(refusal(decode_link(link_with_flags(1, static_cast<uint8_t>(1 | 1 << bit)))) ==
              "the link is damaged: it sets flags that link format 1 does not have");
    // Version 2: bits 4-5 recovery (3 is no value), bit 6 approach.
    auto v2 = decode_link(link_with_flags(2, 0 | 2 << 4 | 1 << 6));
    REQUIRE_MESSAGE(v2, v2.error());
    CHECK(v2->level == Level::beginner);
    CHECK(v2->recovery == Recovery::faster);
    CHECK(v2->approach == Approach::liberal);
    CHECK(refusal(decode_link(link_with_flags(2, 3 << 4))) == "the link is damaged (unknown recovery)");
    CHECK(refusal(decode_link(link_with_flags(2, 3))) == "the link is damaged (unknown level)");
    CHECK(refusal(decode_link(link_with_flags(3, 0))).find("made by a newer Failsafe (link format 3)") != std::string::npos);
    CHECK(refusal(decode_link(link_with_flags(0, 0))) == "unknown link format 0");
}
