// Every finding's message, rendered for every check and severity with counts of 1 and 2: plain
// language that reads right, names what it is about and cites its source. New checks are
// covered as they are added (the loop runs to kPlanCheckCount; the log's checks, which need the
// log for their words, are covered in log_analysis_test.cpp).
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "failsafe/analysis.hpp"
#include "failsafe/findings.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {

// A finding at Monday's leg press, about quads, with every field set.
Finding finding(Check c, Severity s, float value, float limit) {
    Finding f;
    f.check = c;
    f.severity = s;
    f.muscle = Muscle::quads;
    f.week = 0;
    f.day = 0;
    f.slot = 0;
    f.other_day = 5;
    f.value = value;
    f.limit = limit;
    return f;
}

// The count nouns messages use; each is checked in the singular and the plural.
constexpr const char* kNouns[] = {"set", "hard set", "build week", "week", "rep", "exercise", "session", "error", "warning", "note"};

// "1 sets", "1 hard sets": a plural after exactly 1 (not "1.5" or "21" or "1-2").
bool plural_after_one(const std::string& text) {
    for (const char* noun : kNouns)
        if (std::regex_search(text, std::regex(std::string("(^|[^0-9.\\-])1 ") + noun + "s\\b"))) return true;
    return false;
}
// "2 set ", "2 hard set.": a singular after 2.
bool singular_after_two(const std::string& text) {
    for (const char* noun : kNouns)
        if (std::regex_search(text, std::regex(std::string("(^|[^0-9.])2 ") + noun + "\\b(?!s)"))) return true;
    return false;
}

bool contains_lower(const std::string& text, std::string_view word) {
    std::string a = text, b(word);
    for (char& c : a) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : b) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return a.find(b) != std::string::npos;
}
}  // namespace

TEST_CASE("every check's message reads right for counts of 1 and 2 and names its subject and source") {
    const Plan plan = one_week({{0, Day{{catalog_slot("leg-press", 3, reps(10), 0, 0)}}}});
    const std::string exercise = "Leg press";
    for (int c = 0; c < kPlanCheckCount; ++c) {
        for (int s = 0; s < kSeverityCount; ++s) {
            for (float n : {1.f, 2.f}) {
                const Finding f = finding(static_cast<Check>(c), static_cast<Severity>(s), n, n);
                const std::string text = finding_message(plan, f);
                CAPTURE(f.code());
                CAPTURE(severity_id(f.severity));
                CAPTURE(n);
                CAPTURE(text);
                CHECK_FALSE(text.empty());
                CHECK(text != f.code());
                CHECK_FALSE(plural_after_one(text));
                CHECK_FALSE(singular_after_two(text));
                // The source, in parentheses at the end.
                CHECK(text.find(" (") != std::string::npos);
                CHECK(text.back() == ')');
                // What it is about: the exercise, the muscle, the day or the week.
                CHECK((contains_lower(text, exercise) || contains_lower(text, "quads") || contains_lower(text, "monday") ||
                       contains_lower(text, "week 1")));
            }
        }
    }
}

TEST_CASE("a message names the exercise at its slot, the muscle of its week, the day of its day") {
    const Plan plan = one_week({{0, Day{{catalog_slot("leg-press", 3, reps(10), 0, 0)}}}});
    for (Check c : {Check::failure_on_compound, Check::too_many_failure_sets, Check::every_set_to_failure,
                    Check::early_failure, Check::recovery_gap}) {
        CAPTURE(check_id(c));
        CHECK(contains_lower(finding_message(plan, finding(c, Severity::warning, 3, 2)), "Leg press"));
    }
    for (Check c : {Check::failure_budget_exceeded, Check::beginner_failure, Check::volume_above_range,
                    Check::volume_below_range, Check::early_failure, Check::recovery_gap}) {
        CAPTURE(check_id(c));
        CHECK(contains_lower(finding_message(plan, finding(c, Severity::warning, 3, 2)), "quads"));
    }
    CHECK(contains_lower(finding_message(plan, finding(Check::systemic_overload, Severity::warning, 1.2f, 1)), "Monday"));
}

TEST_CASE("the grammar checks above catch the mistakes they look for") {
    CHECK(plural_after_one("Forearms: 1 hard sets this week"));
    CHECK(plural_after_one("has 1 sets to failure"));
    CHECK_FALSE(plural_after_one("leave 1-2 reps in reserve, 1.5 sets, 21 sets, 1 set"));
    CHECK(singular_after_two("has 2 set to failure"));
    CHECK_FALSE(singular_after_two("has 2 sets, 2 hard sets."));
}

TEST_CASE("caution wording fits the exercise: machines are not compared with machines") {
    auto caution = [](const char* slug) {
        const Plan plan = one_week({{0, Day{{catalog_slot(slug, 3, reps(10), 0, 0)}}}});
        const Analysis a = analyze(plan);
        const Finding* f = find_code(a, "failure-on-compound");
        REQUIRE(f != nullptr);
        REQUIRE(f->severity == Severity::warning);
        return finding_message(plan, *f);
    };
    const std::string leg_press = caution("leg-press");
    CHECK(leg_press.find("than on machines") == std::string::npos);
    CHECK(leg_press.find("machine guides") != std::string::npos);
    const std::string goblet = caution("goblet-squat");
    CHECK(goblet.find("free-weight") != std::string::npos);
    CHECK(caution("dip").find("bodyweight") != std::string::npos);
}

TEST_CASE("budget findings cite the budget's source, not the recovery one") {
    const std::string text = finding_message(one_week({}), finding(Check::failure_budget_exceeded, Severity::warning, 6, 4));
    CHECK(text.find("48-72 h") == std::string::npos);
    CHECK(text.find("1-2 sets to failure per exercise") != std::string::npos);
}

TEST_CASE("a percentage over its limit never reads as the limit or under it") {
    CHECK(percent_text(1.0004f, 1.f) == "just over 100%");
    CHECK(percent_text(1.004f, 1.f) == "just over 100%");
    CHECK(percent_text(1.006f, 1.f) == "101%");
    CHECK(percent_text(1.2f, 1.f) == "120%");
    CHECK(percent_text(1.f, 1.f) == "100%");
    CHECK(percent_text(0.5f, 1.f) == "50%");
    const Plan plan = one_week({});
    const std::string text = finding_message(plan, finding(Check::systemic_overload, Severity::warning, 1.0004f, 1.f));
    CHECK(text.find("reaches just over 100% of capacity") != std::string::npos);
}
