// Findings as people read them: a finding repeated across weeks is one group with its weeks,
// errors come first, and the plan's health fits on one line.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/findings.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
// `weeks` copies of one week.
Plan repeated(const Plan& week, int weeks) {
    Plan p = week;
    p.weeks.assign(static_cast<size_t>(weeks), week.weeks[0]);
    return p;
}
const FindingGroup* group_of(const std::vector<FindingGroup>& groups, Check c, std::optional<Muscle> m = std::nullopt) {
    for (const FindingGroup& g : groups)
        if (g.first->check == c && (!m || g.first->muscle == m)) return &g;
    return nullptr;
}
}  // namespace

TEST_CASE("weeks read as a reader counts them") {
    CHECK(weeks_text({}) == "");
    CHECK(weeks_text({2}) == "week 3");
    CHECK(weeks_text({0, 1, 2, 3}) == "weeks 1-4");
    CHECK(weeks_text({0, 1, 4}) == "weeks 1-2, 5");
    CHECK(weeks_text({0, 2}) == "weeks 1, 3");
    CHECK(weeks_text({0, 2, 3, 4, 6}) == "weeks 1, 3-5, 7");
}

TEST_CASE("a note repeated in every week of a 5-week plan is one group, weeks 1-5") {
    // Curls only: every other muscle gets a volume-below-range note each week.
    const Plan plan = repeated(one_week({{0, Day{{catalog_slot("biceps-curl", 3, reps(12), 2, 0)}}}}), 5);
    const Analysis a = analyze(plan);
    CHECK(count_code(a, "volume-below-range") >= 5 * 10);
    const auto groups = group_findings(plan, a);
    const FindingGroup* chest = group_of(groups, Check::volume_below_range, Muscle::chest);
    REQUIRE(chest != nullptr);
    CHECK(chest->all.size() == 5);
    CHECK(weeks_text(chest->weeks) == "weeks 1-5");
    CHECK(chest->first->week == 0);
    CHECK(group_place(plan, *chest) == "Weeks 1-5 - Chest");
    CHECK(group_place(plan, *chest, PlaceStyle::ids) == "weeks 1-5 chest");
    int chest_groups = 0;
    for (const FindingGroup& g : groups) chest_groups += g.first->muscle == Muscle::chest;
    CHECK(chest_groups == 1);
    CHECK(groups.size() * 5 == a.findings.size());
}

TEST_CASE("a finding only in some weeks lists those; a different exercise at the slot is another group") {
    Plan plan = repeated(one_week({{0, Day{{catalog_slot("back-squat", 3, reps(5), 0, 1)}}}}), 5);
    plan.weeks[2].days[0].slots[0] = catalog_slot("front-squat", 3, reps(5), 0, 1);
    plan.weeks[3].days[0].slots[0].rir = 2;
    plan.weeks[3].days[0].slots[0].failure_sets = 0;
    const Analysis a = analyze(plan);
    const auto groups = group_findings(plan, a);
    const FindingGroup& first = groups.front();
    CHECK(first.first->check == Check::failure_on_compound);
    CHECK(weeks_text(first.weeks) == "weeks 1-2, 5");
    CHECK(group_place(plan, first) == "Weeks 1-2, 5 Mon - Back squat");
    const FindingGroup& second = groups.at(1);
    CHECK(second.first->check == Check::failure_on_compound);
    CHECK(group_place(plan, second) == "Week 3 Mon - Front squat");
}

TEST_CASE("groups come errors first, then warnings, then notes, each by first week") {
    // Week 1: a leg press to failure (a warning); week 2 adds a back squat to failure (an error).
    Plan plan = repeated(one_week({{0, Day{{catalog_slot("leg-press", 3, reps(10), 1, 1)}}}}), 2);
    plan.weeks[1].days[2].slots.push_back(catalog_slot("back-squat", 3, reps(5), 1, 1));
    const Analysis a = analyze(plan);
    const auto groups = group_findings(plan, a);
    REQUIRE(groups.size() >= 3);
    CHECK(groups.front().first->severity == Severity::error);
    CHECK(groups.front().weeks == std::vector<int>{1});
    for (size_t i = 1; i < groups.size(); ++i) {
        const Finding& a = *groups[i - 1].first;
        const Finding& b = *groups[i].first;
        CHECK(a.severity <= b.severity);
        if (a.severity == b.severity) CHECK(a.week <= b.week);
    }
}

TEST_CASE("the health summary counts groups, names the first, and reads right for 1 and 2") {
    const Plan squat = repeated(one_week({{0, Day{{catalog_slot("back-squat", 3, reps(5), 1, 1)}}}}), 4);
    const Analysis a = analyze(squat);
    const std::string line = health_summary(squat, group_findings(squat, a));
    CAPTURE(line);
    CHECK(line.rfind("1 error, ", 0) == 0);
    CHECK(line.find(" - first: Back squat is taken to failure (weeks 1-4)") != std::string::npos);

    // Two exercises to failure that must not be: 2 errors.
    const Plan two = repeated(one_week({{0, Day{{catalog_slot("back-squat", 3, reps(5), 1, 1)}}},
                                        {3, Day{{catalog_slot("deadlift", 3, reps(5), 1, 1)}}}}), 1);
    const Analysis b = analyze(two);
    const std::string both = health_summary(two, group_findings(two, b));
    CAPTURE(both);
    CHECK(both.rfind("2 errors, ", 0) == 0);
    CHECK(both.find("(week 1)") != std::string::npos);

    // Nothing but notes.
    const Plan curls = one_week({{0, Day{{catalog_slot("biceps-curl", 3, reps(12), 2, 0)}}}});
    const Analysis c = analyze(curls);
    const auto notes = group_findings(curls, c);
    REQUIRE(!notes.empty());
    CHECK(health_summary(curls, notes) == "No errors or warnings (" + std::to_string(notes.size()) + " notes)");
    CHECK(health_summary(curls, {notes.front()}) == "No errors or warnings (1 note)");
    CHECK(health_summary(curls, {}) == "Nothing to flag");
}

TEST_CASE("a group's message reads for all its weeks, not for the first alone") {
    // Chest over the top of its range in four weeks: the same figures, then growing ones.
    Plan p = one_week({{0, Day{{catalog_slot("bench-press", 8, reps(10), 2), catalog_slot("incline-dumbbell-press", 8, reps(10), 2),
                                 catalog_slot("dumbbell-fly", 8, reps(12), 2)}}}});
    for (int i = 0; i < 3; ++i) p = *failsafe::apply(p, act::CopyWeek{0, 0});
    const auto message_of = [](const Plan& plan, std::string_view code) {
        const Analysis a = analyze(plan);
        for (const FindingGroup& g : group_findings(plan, a))
            if (g.first->code() == code) return std::pair{weeks_text(g.weeks), group_message(plan, g)};
        return std::pair{std::string(), std::string()};
    };
    auto [weeks, message] = message_of(p, "volume-above-range");
    CHECK(weeks == "weeks 1-4");
    CHECK(message.find("each of these weeks") != std::string::npos);
    CHECK(message.find("this week") == std::string::npos);
    // Week 4 gets more sets: the message names week 1's figure and the range of the others.
    p.weeks[3].days[0].slots[0].sets = 10;
    std::tie(weeks, message) = message_of(p, "volume-above-range");
    CHECK(weeks == "weeks 1-4");
    CHECK(message.find("in week 1,") != std::string::npos);
    CHECK(message.find("Also weeks 2-4 (from 24 to 26).") != std::string::npos);
}
