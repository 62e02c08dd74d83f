// Blocks in the UI: Plan > Block... makes one and edits its progression; the slot editor's edits
// reach all weeks, this week or this and later ones, and a week's own value shows on its card;
// the week strip shows each week's target RIR and keeps the deload on the last week.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/templates.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {

const Slot& slot(Harness& h, int week, int day, int index) {
    return h.app().plan().weeks.at(static_cast<size_t>(week)).days.at(static_cast<size_t>(day)).slots.at(static_cast<size_t>(index));
}

// The upper/lower template's week as a plain one-week plan, open.
void upper_lower(Harness& h) {
    for (const Template& t : templates())
        if (t.id == "upper-lower-4x") {
            Plan p = t.plan;  // a block: its designed week alone
            p.weeks.assign(1, p.block->base);
            p.block.reset();
            h.app().open_plan(p, "Started: upper / lower");
        }
    h.frames(2);
    REQUIRE_FALSE(h.app().plan().weeks[0].days[0].slots.empty());
}

void open_block_dialog(Harness& h) {
    h.click("menu-plan");
    h.click("menu-block");
    REQUIRE(h.showing("Block"));
}

// A 5-week block made through the dialog, the dialog closed again.
void five_week_block(Harness& h) {
    upper_lower(h);
    open_block_dialog(h);
    h.click("block-weeks+");
    h.click("block-weeks-");  // 5, as suggested
    h.click("block-make");
    REQUIRE(h.app().plan().block.has_value());
    h.click("dialog-close");
    REQUIRE_FALSE(h.any_modal());
}

}  // namespace

TEST_CASE("Plan > Block... makes a 5-week block of the week; the strip shows each week's target RIR") {
    Harness h;
    five_week_block(h);
    const Plan& p = h.app().plan();
    REQUIRE(p.weeks.size() == 5);
    CHECK(p.weeks[4].deload);
    CHECK_FALSE(p.weeks[3].deload);
    for (int w = 0; w < 5; ++w) CHECK(h.has("week:" + std::to_string(w)));
    // the target RIR comes down over the build (3-2-1-0): week 4's slots are closer to failure
    CHECK(slot(h, 0, 0, 0).rir == 3);
    CHECK(slot(h, 3, 0, 0).rir == 2);  // bench press: its own RIR 2 is above the week's 0
    // the deload is ticked on the last week only; elsewhere the tick does nothing
    h.click("week:1");
    const Plan before = h.app().plan();
    h.click("week-deload");
    CHECK(h.app().plan() == before);
    h.key_command(true, false, 'z');  // undo the whole block: the one week again
    CHECK_FALSE(h.app().plan().block.has_value());
    CHECK(h.app().plan().weeks.size() == 1);
}

TEST_CASE("an edit for all weeks in week 1 reaches week 4; undo restores every week") {
    Harness h;
    five_week_block(h);
    const Plan before = h.app().plan();
    h.click("slot:0.0.0");  // Monday's bench press
    REQUIRE(h.has("edit-scope:all"));
    h.click("edit:sets+");
    h.click("edit:reps-high+");
    h.click("edit:done");
    for (int w = 0; w < 4; ++w) {
        CAPTURE(w);
        CHECK(slot(h, w, 0, 0).sets == before.weeks[w].days[0].slots[0].sets + 1);
        CHECK(slot(h, w, 0, 0).reps.high == 9);
    }
    CHECK_FALSE(h.has("override:0.0.0"));
    h.key_command(true, false, 'z');
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == before);
}

TEST_CASE("the exercise's own RIR for all weeks: lowered in week 1, it shows where the schedule allows") {
    Harness h;
    five_week_block(h);
    h.click("slot:0.0.0");
    h.click("edit:rir-");  // the bench press's own 2 becomes 1: week 4 (target 0) goes to 1
    h.click("edit:done");
    CHECK(slot(h, 0, 0, 0).rir == 3);
    CHECK(slot(h, 3, 0, 0).rir == 1);
    CHECK(h.app().plan().block->base.days[0].slots[0].rir == 1);
}

TEST_CASE("an edit for this week only in week 2 is an override: tagged there, the block's value restores it") {
    Harness h;
    five_week_block(h);
    const Plan before = h.app().plan();
    h.click("week:1");
    h.click("slot:1.0.1");  // Monday's barbell row in week 2
    h.click("edit-scope:this");
    h.click("edit:sets+");
    CHECK(slot(h, 1, 0, 1).sets == before.weeks[1].days[0].slots[1].sets + 1);
    CHECK(slot(h, 0, 0, 1) == before.weeks[0].days[0].slots[1]);
    CHECK(slot(h, 2, 0, 1) == before.weeks[2].days[0].slots[1]);
    CHECK(h.has("edit:use-block"));
    h.click("edit:done");
    CHECK(h.has("override:1.0.1"));  // the card says the week has its own value
    CHECK_FALSE(h.has("override:1.0.0"));
    for (int w : {0, 2}) {
        h.click("week:" + std::to_string(w));
        CHECK_FALSE(h.has("override:" + std::to_string(w) + ".0.1"));
    }
    h.click("week:1");
    h.click("slot:1.0.1");
    h.click("edit:use-block");
    CHECK(h.app().plan() == before);
    CHECK_FALSE(h.has("edit:use-block"));
    h.click("edit:done");
    CHECK_FALSE(h.has("override:1.0.1"));
}

TEST_CASE("this and later weeks: week 3 on, the deload following") {
    Harness h;
    five_week_block(h);
    const Plan before = h.app().plan();
    h.click("week:2");
    h.click("slot:2.1.0");  // Tuesday's back squat in week 3
    h.click("edit-scope:later");
    h.click("edit:reps-low-");
    h.click("edit:done");
    CHECK(slot(h, 1, 1, 0) == before.weeks[1].days[1].slots[0]);
    for (int w : {2, 3, 4}) CHECK(slot(h, w, 1, 0).reps.low == before.weeks[w].days[1].slots[0].reps.low - 1);
}

TEST_CASE("the progression's RIR for week 2, raised in the dialog: week 2's slots follow; undo restores") {
    Harness h;
    five_week_block(h);
    const Plan before = h.app().plan();
    open_block_dialog(h);
    h.click("block-rir:1+");  // week 2: 2 -> 3
    CHECK(h.app().plan().block->progression.rir[1] == 3);
    for (int d = 0; d < 7; ++d)
        for (const Slot& s : h.app().plan().weeks[1].days[static_cast<size_t>(d)].slots) CHECK(s.rir >= 3);
    CHECK(h.app().plan().weeks[0] == before.weeks[0]);
    CHECK(h.app().plan().weeks[2] == before.weeks[2]);
    h.click("block-failure:1");  // failure allowed in week 2 too
    CHECK(h.app().plan().block->progression.failure_in(1));
    h.click("dialog-close");
    h.key_command(true, false, 'z');
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == before);
}

TEST_CASE("growing muscles and the sets step add sets week by week") {
    Harness h;
    five_week_block(h);
    open_block_dialog(h);
    h.click("block-sets-step+");
    h.click("block-grow:" + std::to_string(index(Muscle::lats)));
    const Progression& p = h.app().plan().block->progression;
    CHECK(p.sets_step == 1);
    CHECK(((p.grow >> index(Muscle::lats)) & 1u) == 1u);
    // Thursday's pull-up (lats directly) grows from week 1 to week 2
    CHECK(slot(h, 1, 3, 1).sets > slot(h, 0, 3, 1).sets);
    h.click("block-end");  // the weeks stay as they read
    const Plan ended = h.app().plan();
    CHECK_FALSE(ended.block.has_value());
    CHECK(ended.weeks.size() == 5);
    CHECK(slot(h, 1, 3, 1).sets > slot(h, 0, 3, 1).sets);
}

TEST_CASE("a block's deload ticked and unticked on its last week") {
    Harness h;
    five_week_block(h);
    h.click("week:4");
    const Plan block = h.app().plan();
    h.click("week-deload");  // off: the last week is a build week
    CHECK_FALSE(h.app().plan().weeks[4].deload);
    CHECK(slot(h, 4, 0, 0).sets == slot(h, 3, 0, 0).sets);
    h.click("week-deload");
    CHECK(h.app().plan() == block);
}

TEST_CASE("a plain plan's deload ticked and unticked: unticking restores the week it replaced") {
    Harness plain;
    upper_lower(plain);
    const Plan week = plain.app().plan();
    plain.click("week-deload");
    CHECK(plain.app().plan().weeks[0].deload);
    CHECK(slot(plain, 0, 0, 0).sets == 2);  // 4 sets halved
    plain.click("week-deload");
    CHECK(plain.app().plan() == week);  // the week it replaced
}

TEST_CASE("the block dialog fits a phone") {
    Harness h(test::kPhone);
    five_week_block(h);
    open_block_dialog(h);
    for (const char* name : {"block-rir:0+", "block-failure:0", "block-end", "dialog-close"}) {
        CAPTURE(name);
        const app::Rect r = h.rect(name);
        CHECK(r.x >= 0);
        CHECK(r.x + r.w <= test::kPhone.x);
        CHECK(r.y + r.h <= test::kPhone.y);
    }
}
