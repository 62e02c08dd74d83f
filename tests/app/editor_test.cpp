// The slot editor's sliders and the budgets dialog: a drag over many frames is one undo step.
#include <doctest/doctest.h>

#include "failsafe/catalog.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {

const Slot& slot(Harness& h) { return h.app().plan().weeks[0].days[0].slots.at(0); }

// Drags the slider `name` from its left end to `fraction` of its width over many frames.
void slide(Harness& h, const std::string& name, float fraction) {
    const app::Rect r = h.rect(name);
    const float y = r.y + r.h / 2;
    h.press_at(ImVec2(r.x + 3, y));
    h.move_held(ImVec2(r.x + r.w * fraction, y), 24);
    h.release();
    h.frame();
}

}  // namespace

TEST_CASE("a slider drag in the slot editor is one undo step, and the next drag another") {
    Harness h;
    h.drag("lib:back-squat", "day:0");
    REQUIRE(h.app().plan().weeks[0].days[0].slots.size() == 1);
    const Plan added = h.app().plan();
    REQUIRE(slot(h).sets == 3);
    REQUIRE(slot(h).rir == 2);

    h.click("slot:0.0.0");  // opens the editor
    REQUIRE(h.has("edit:sets"));
    slide(h, "edit:sets", 0.97f);
    CHECK(slot(h).sets == limits::kMaxSets);
    const Plan more_sets = h.app().plan();
    REQUIRE(h.has("edit:rir"));  // the editor stays open
    slide(h, "edit:rir", 0.97f);
    CHECK(slot(h).rir == limits::kMaxRir);
    CHECK(slot(h).sets == limits::kMaxSets);
    h.click("edit:done");
    CHECK_FALSE(h.has("edit:sets"));

    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == more_sets);  // the whole RIR drag, at once
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == added);      // the whole sets drag, at once
    h.key_command(true, false, 'z');
    CHECK(h.app().plan().weeks[0].days[0].slots.empty());  // then the drop
    CHECK_FALSE(h.app().can_undo());
}

TEST_CASE("a drag in the budgets dialog is one undo step") {
    Harness h;
    const Plan before = h.app().plan();
    h.click("menu-plan");
    h.click("menu-budgets");
    REQUIRE(h.showing("Budgets"));
    const Muscle first = muscle_at(0);
    const float high = effective_budget(before, first).high;
    slide(h, "budget-edit:0.1", 2.f);  // the first muscle's "High", dragged right past its field
    const Plan after = h.app().plan();
    REQUIRE(after.budgets[0].has_value());
    CHECK(after.budgets[0]->high > high + 5);
    h.click("dialog-close");
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == before);  // one step undoes the whole drag
}
