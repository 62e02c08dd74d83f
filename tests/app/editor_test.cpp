// The slot editor's steppers and the budgets dialog: each press is one undo step, a held press
// too; the steppers keep their values within the slot's limits.
#include <doctest/doctest.h>

#include "failsafe/catalog.hpp"
#include "harness.hpp"
#include "theme.hpp"

using namespace failsafe;
using test::Harness;

namespace {

const Slot& slot(Harness& h) { return h.app().plan().weeks[0].days[0].slots.at(0); }

// Holds the button `name` down for `frames` frames (it repeats after a moment), then lets go.
void hold(Harness& h, const std::string& name, int frames) {
    h.press_at(h.center(name));
    h.frames(frames);
    h.release();
    h.frame();
}

// A back squat on Monday, its editor open.
void open_editor(Harness& h) {
    h.drag("lib:back-squat", "day:0");
    REQUIRE(h.app().plan().weeks[0].days[0].slots.size() == 1);
    h.click("slot:0.0.0");
    REQUIRE(h.has("edit:sets"));
}

}  // namespace

TEST_CASE("a held stepper in the slot editor is one undo step, and each press another") {
    Harness h;
    h.drag("lib:back-squat", "day:0");
    const Plan added = h.app().plan();
    REQUIRE(slot(h).sets == 3);
    REQUIRE(slot(h).rir == 2);

    h.click("slot:0.0.0");  // opens the editor
    REQUIRE(h.has("edit:sets+"));
    hold(h, "edit:sets+", 90);
    CHECK(slot(h).sets == limits::kMaxSets);
    const Plan more_sets = h.app().plan();
    REQUIRE(h.has("edit:rir+"));  // the editor stays open
    h.click("edit:rir+");
    CHECK(slot(h).rir == 3);
    const Plan rir3 = h.app().plan();
    h.click("edit:rir+");
    CHECK(slot(h).rir == 4);
    CHECK(slot(h).sets == limits::kMaxSets);
    h.click("edit:done");
    CHECK_FALSE(h.has("edit:sets"));

    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == rir3);  // the second press
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == more_sets);  // the first
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == added);  // the whole held press, at once
    h.key_command(true, false, 'z');
    CHECK(h.app().plan().weeks[0].days[0].slots.empty());  // then the drop
    CHECK_FALSE(h.app().can_undo());
}

TEST_CASE("the slot editor's steppers stop at their limits") {
    Harness h;
    open_editor(h);
    hold(h, "edit:sets-", 60);
    CHECK(slot(h).sets == limits::kMinSets);
    hold(h, "edit:sets+", 120);
    CHECK(slot(h).sets == limits::kMaxSets);
    hold(h, "edit:rir-", 60);
    CHECK(slot(h).rir == 0);
    hold(h, "edit:rir+", 60);
    CHECK(slot(h).rir == limits::kMaxRir);

    // failure sets: 0 to the set count, and never more than it when the sets go down
    hold(h, "edit:failure+", 120);
    CHECK(slot(h).failure_sets == slot(h).sets);
    hold(h, "edit:sets-", 60);
    CHECK(slot(h).sets == limits::kMinSets);
    CHECK(slot(h).failure_sets == 1);
    hold(h, "edit:failure-", 60);
    CHECK(slot(h).failure_sets == 0);

    // reps: 1 to 100, the low end never above the high one
    hold(h, "edit:reps-low-", 120);
    CHECK(slot(h).reps.low == limits::kMinReps);
    hold(h, "edit:reps-high+", 400);
    CHECK(slot(h).reps.high == limits::kMaxReps);
    hold(h, "edit:reps-high-", 400);
    CHECK(slot(h).reps.high == slot(h).reps.low);
    h.click("edit:reps-high+");
    h.click("edit:reps-high+");
    hold(h, "edit:reps-low+", 120);
    CHECK(slot(h).reps.low == slot(h).reps.high);
    CHECK(slot(h).reps.high == 3);
}

TEST_CASE("the stepper buttons are finger-sized once a finger is used") {
    Harness h;
    open_editor(h);
    CHECK(h.rect("edit:sets+").h < theme::kTouchTarget);  // a mouse: a normal button
    h.app().touch().update(true);  // a tap
    h.frames(2);
    for (const char* name : {"edit:sets-", "edit:sets+", "edit:reps-low+", "edit:reps-high-", "edit:rir+", "edit:failure-"}) {
        CAPTURE(name);
        CHECK(h.rect(name).w >= theme::kTouchTarget);
        CHECK(h.rect(name).h >= theme::kTouchTarget);
    }
}

TEST_CASE("a held stepper in the budgets dialog is one undo step") {
    Harness h;
    const Plan before = h.app().plan();
    h.click("menu-plan");
    h.click("menu-budgets");
    REQUIRE(h.showing("Budgets"));
    const Muscle first = muscle_at(0);
    const float high = effective_budget(before, first).high;
    hold(h, "budget-edit:0.1+", 90);  // the first muscle's "High"
    const Plan after = h.app().plan();
    REQUIRE(after.budgets[0].has_value());
    CHECK(after.budgets[0]->high > high + 5);
    h.click("dialog-close");
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == before);  // one step undoes the whole press
}

TEST_CASE("on a phone or tablet (a coarse pointer) targets are finger-sized from the first frame") {
    {
        Harness mouse(test::kPhone);  // a narrow window with a mouse keeps mouse-sized targets until a touch
        CHECK(mouse.rect("day-menu:0").h < theme::kTouchTarget);
    }
    Harness h(test::kPhone, false);
    fake::platform().coarse_pointer = true;  // what matchMedia("(pointer: coarse)") says on a phone
    h.start();
    // Before any touch: the first tap must not land on a layout that changes under it.
    CHECK(h.rect("day-menu:0").h >= theme::kTouchTarget);
}
