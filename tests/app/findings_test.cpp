// The findings panel: the plan's health on top, the same finding across weeks as one row, and
// that row's fix applied in every week as one undo step.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/templates.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {
// Back squats to failure on Monday in each of `weeks` weeks, as the user would build them.
void squats_to_failure(app::App& app, int weeks) {
    app.dispatch(act::AddSlot{SlotPos{0, 0, 0}, catalog_slot("back-squat", 3, Reps{5, 5}, 1, 1)});
    for (int w = 1; w < weeks; ++w) app.dispatch(act::CopyWeek{0, w});
}
int failure_slots(const Plan& plan) {
    int n = 0;
    for (const Week& w : plan.weeks)
        for (const Day& d : w.days)
            for (const Slot& s : d.slots) n += s.failure_count() > 0;
    return n;
}
}  // namespace

TEST_CASE("a finding in every week is one row with its weeks; the summary names it first") {
    for (ImVec2 screen : {test::kDesktop, test::kPhone}) {
        INFO("screen " << screen.x << "x" << screen.y);
        Harness h(screen);
        squats_to_failure(h.app(), 4);
        if (screen.x == test::kPhone.x) h.click("tab:Findings");
        h.frames(2);
        const app::FindingsCache& cache = h.app().ui().findings_cache;
        CHECK(h.has("findings-summary"));
        CHECK(cache.summary.rfind("1 error, ", 0) == 0);
        CHECK(cache.summary.find("first: Back squat is taken to failure (weeks 1-4)") != std::string::npos);
        REQUIRE(h.has("finding:0"));
        CHECK(cache.where.at(0) == "Weeks 1-4 Mon - Back squat");
        CHECK(cache.fix_labels.at(0) == "Stop 1 rep short (weeks 1-4)##fix");
        // One row per group, not per week: every finding is in one row, and the rows are far fewer
        // (the weekly ones are a quarter; the no-deload warning is once, in week 4).
        size_t grouped = 0;
        for (const auto& g : cache.groups) grouped += g.weeks.size();
        CHECK(grouped == h.app().analysis().findings.size());
        CHECK(cache.groups.size() * 3 < h.app().analysis().findings.size());
    }
}

TEST_CASE("a grouped row's fix applies in every week as one undo step") {
    Harness h;
    squats_to_failure(h.app(), 3);
    h.frames(2);
    REQUIRE(failure_slots(h.app().plan()) == 3);
    h.click("fix:0");
    CHECK(failure_slots(h.app().plan()) == 0);
    CHECK(h.app().analysis().count(Severity::error) == 0);
    CHECK(h.app().ui().findings_cache.summary.find("Back squat is taken to failure") == std::string::npos);
    h.key_command(true, false, 'z');
    CHECK(failure_slots(h.app().plan()) == 3);
    h.key_command(true, true, 'z');
    CHECK(failure_slots(h.app().plan()) == 0);
}

TEST_CASE("in a block, a finding's fix changes the block's base: every week, one undo step, no per-week copies") {
    Harness h;
    h.app().dispatch(act::AddSlot{SlotPos{0, 0, 0}, catalog_slot("back-squat", 3, Reps{5, 5}, 1, 1)});
    h.app().dispatch(act::MakeBlock{0, 5});
    Progression p = h.app().plan().block->progression;
    p.failure_weeks = 0b1100;  // weeks 3 and 4
    h.app().dispatch(act::SetProgression{p});
    h.frames(2);
    REQUIRE(failure_slots(h.app().plan()) == 2);
    REQUIRE(h.app().ui().findings_cache.where.at(0) == "Weeks 3-4 Mon - Back squat");
    h.click("fix:0");
    CHECK(failure_slots(h.app().plan()) == 0);
    CHECK(h.app().plan().block->overrides.empty());
    CHECK(h.app().plan().block->base.days[0].slots[0].failure_count() == 0);
    h.key_command(true, false, 'z');
    CHECK(failure_slots(h.app().plan()) == 2);
}
