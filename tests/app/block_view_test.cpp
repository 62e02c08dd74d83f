// The block view: per muscle and week, the hard and failure sets a user reads in each cell, the
// week a click shows on the board, the deload marked, a drag's effect outlined in every week it
// changes, and the same grid in the phone's Block tab.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "failsafe/templates.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {

// Bench press on Monday of each of `weeks` weeks, 3 sets, and 6 sets with one to failure in week 2;
// the last week a deload.
Plan bench_block(int weeks) {
    Plan p;
    p.name = "Bench block";
    p.weeks.assign(static_cast<size_t>(weeks), Week{});
    for (int w = 0; w < weeks; ++w)
        p.weeks[static_cast<size_t>(w)].days[0].slots.push_back(w == 1 ? catalog_slot("bench-press", 6, Reps{8, 10}, 1, 1)
                                                                        : catalog_slot("bench-press", 3, Reps{8, 10}, 2));
    p.weeks.back().deload = true;
    return p;
}

void open_block(Harness& h, int weeks) {
    h.app().open_plan(bench_block(weeks), "Bench block");
    h.frames(2);
    if (h.app().ui().phone_tab == app::PhoneTab::plan && h.has("tab:Block")) h.click("tab:Block");
    else if (h.has("view:Block")) h.click("view:Block");
    REQUIRE(h.has("block-view"));
}

int percent(float f) { return static_cast<int>(std::lround(f * 100)); }

}  // namespace

TEST_CASE("the block view: each week's sets per muscle, the deload marked, a click shows the week") {
    Harness h;
    CHECK_FALSE(h.has("block-view"));  // the desktop starts on the fatigue curves
    open_block(h, 4);
    CHECK_FALSE(h.has("fatigue-plot"));  // the grid took the panel's place
    CHECK(h.text("block:chest:W1") == "3");
    CHECK(h.text("block:chest:W2") == "6 \u00b7 1F");  // more sets, and the failure set
    CHECK(h.text("block:chest:W3") == "3");
    CHECK(h.text("block:triceps:W2") == "3 \u00b7 0.5F");  // half of each bench set
    CHECK_FALSE(h.has("block:systemic:W2"));  // below the panel's fold...
    for (int i = 0; i < 10 && !h.has("block:systemic:W2"); ++i) h.wheel(h.center("block-view"), 0.f, -3.f);
    CHECK(h.text("block:systemic:W2").back() == '%');  // ...until scrolled down
    CHECK(h.text("block:quads:W2") == "0");
    CHECK(h.text("block:quads") == "Quads");
    CHECK(h.rect("block:W1").y + h.rect("block:W1").h <= h.rect("block:quads:W1").y);  // the headers stay on top
    CHECK(h.text("block:W1") == "W1");
    CHECK(h.text("block:W4") == "W4 D");  // the deload week
    CHECK(h.text("block:W3") == "W3");

    h.click("block:W3");
    CHECK(h.app().week() == 2);
    CHECK(h.has("slot:2.0.0"));  // the board shows week 3
    CHECK(h.has("block-view"));  // and the grid stays
    h.click("block:quads:W2");   // a cell selects its week too
    CHECK(h.app().week() == 1);
    CHECK(h.has("slot:1.0.0"));

    h.click("view:Fatigue");  // back to the curves; the choice is kept
    CHECK(h.has("fatigue-plot"));
    CHECK_FALSE(h.has("block-view"));
    CHECK_FALSE(h.app().ui().block_view);
}

TEST_CASE("while an exercise hovers a day, the block view shows the drop, outlining every cell it changes") {
    Harness h;
    open_block(h, 4);
    h.click("block:W2");
    REQUIRE_FALSE(h.has("block-preview"));
    for (const char* cell : {"block:chest:W2", "block:chest:W3", "block:triceps:W2"}) CHECK_FALSE(h.has(std::string(cell) + ":changed"));

    h.click("search");
    h.type("bench press");
    h.frames(2);
    h.press_at(h.center("lib:bench-press"));
    h.move_held(h.center("day:6"));  // week 2's Sunday: its fatigue reaches into week 3's Monday
    REQUIRE(h.app().preview() != nullptr);
    CHECK(h.has("block-preview"));
    CHECK(h.text("block:chest:W2") == "9 \u00b7 1F");  // the preview's sets: 6 + 3
    CHECK(h.has("block:chest:W2:changed"));
    CHECK_FALSE(h.has("block:chest:W1:changed"));  // the week before does not change
    // Every cell whose figures change is outlined, and no other: here week 3's peak fatigue too.
    const Analysis& now = h.app().analysis();
    const Analysis& after = *h.app().preview();
    int changed_weeks = 0;
    for (int w = 0; w < 4; ++w) {
        bool week_changed = false;
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek &a = now.weeks[w].muscles[m], &b = after.weeks[w].muscles[m];
            const bool changes = !nearly_equal(a.hard_sets, b.hard_sets) || !nearly_equal(a.failure_sets, b.failure_sets) ||
                                 percent(a.fatigue_peak) != percent(b.fatigue_peak);
            const std::string cell = "block:" + std::string(muscle_id(muscle_at(m))) + ":W" + std::to_string(w + 1);
            INFO(cell);
            if (!h.has(cell)) continue;  // below the panel's fold
            CHECK(h.has(cell + ":changed") == changes);
            week_changed |= changes;
        }
        changed_weeks += week_changed;
    }
    CHECK(changed_weeks >= 2);
    CHECK(h.has("block:front-delts:W2:changed"));
    CHECK(h.has("block:chest:W3:changed"));

    h.move_held(h.center("search"));  // back over the library: no preview, nothing outlined
    CHECK_FALSE(h.has("block-preview"));
    CHECK_FALSE(h.has("block:chest:W2:changed"));
    CHECK(h.text("block:chest:W2") == "6 \u00b7 1F");
    h.release();
    h.frame();
}

TEST_CASE("the phone has a Block tab with the grid; with many weeks it scrolls sideways, the names stay") {
    Harness h(test::kPhone);
    CHECK(h.has("tab:Block"));
    open_block(h, 16);
    CHECK(h.app().ui().phone_tab == app::PhoneTab::block);
    const app::Rect view = h.rect("block-view");
    CHECK(view.x >= 0);
    CHECK(view.x + view.w <= test::kPhone.x);
    CHECK(h.text("block:chest:W2") == "6 \u00b7 1F");
    CHECK(h.has("block:chest"));
    CHECK(h.has("block:systemic:W1"));  // the whole grid fits the height
    CHECK_FALSE(h.has("block:W16"));    // too wide for the screen
    const float name_x = h.rect("block:chest").x;

    for (int i = 0; i < 20 && !h.has("block:W16"); ++i) h.wheel(h.center("block-view"), -3.f, 0.f);
    h.frame();
    CHECK(h.text("block:W16") == "W16 D");
    CHECK(h.has("block:chest:W16"));
    CHECK_FALSE(h.has("block:chest:W1"));             // scrolled away...
    CHECK(h.rect("block:chest").x == name_x);          // ...while the names stay where they were
    CHECK(h.text("block:chest") == "Chest");
    CHECK(h.rect("block:chest:W16").x >= h.rect("block:chest").x + h.rect("block:chest").w);  // not under them
    h.click("block:W16");
    CHECK(h.app().week() == 15);
}
