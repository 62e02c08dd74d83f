// tests/app/steps.hpp - what the headless app tests do often: wait on the wall clock, save a
// plan as an earlier visit (or another tab) would, open My plans, read what storage holds.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "harness.hpp"
#include "plan_store.hpp"

namespace failsafe::test {

inline constexpr double kDebounce = 1.0, kRetry = 5.0;  // Session::tick's pauses, seconds

inline std::string plan_key(const std::string& id) { return app::PlanStore::kPrefix + id; }

// The wall clock moves on `seconds` (autosave waits on it), and a frame is drawn.
inline void wait(Harness& h, double seconds) {
    h.platform().now += seconds;
    h.frame();
}

// A plan named `name` saved under `id` at `at` seconds, as an earlier visit or another tab would.
inline void saved_earlier(const std::string& id, const std::string& name, double at) {
    fake::platform().now = at;
    Plan p;
    p.name = name;
    app::PlanStore store;
    std::string why;
    REQUIRE(store.save(id, p, &why));
}

// Two saved plans, "open" (open at start) and "other" (saved later, so listed first).
inline void two_saved_plans() {
    saved_earlier("open", "The open plan", 1000);
    saved_earlier("other", "Another plan", 2000);
    app::PlanStore().set_current("open");
}

// Another tab (or window) renames saved plan `id` and saves it; returns its version.
inline Plan other_tab_renames(const std::string& id) {
    app::PlanStore other_tab;
    other_tab.scan();
    auto theirs = other_tab.load(id);
    REQUIRE(theirs);
    theirs->name = "Renamed in the other tab";
    std::string why;
    REQUIRE(other_tab.save(id, *theirs, &why));
    return *theirs;
}

// Back squat dragged to Monday and saved; returns the saved plan's id.
inline std::string saved_edit(Harness& h) {
    h.drag("lib:back-squat", "day:0");
    wait(h, kDebounce + 0.1);
    REQUIRE_FALSE(h.app().session().unsaved());
    return h.app().plan_id();
}

inline void open_my_plans(Harness& h) {
    h.click("menu-plan");
    h.click("menu-my-plans");
    REQUIRE(h.showing("My plans"));
}

// Every saved plan, read as the next visit would read it.
inline std::vector<Plan> stored_plans() {
    std::vector<Plan> out;
    app::PlanStore store;
    store.scan();
    for (const app::SavedPlan& p : store.plans())
        if (auto plan = store.load(p.id)) out.push_back(*plan);
    return out;
}

inline bool stored(const Plan& plan) {
    const std::vector<Plan> all = stored_plans();
    return std::find(all.begin(), all.end(), plan) != all.end();
}

}  // namespace failsafe::test
