// No change lands in the middle of a frame: what a panel asks for is applied when the frame
// ends, so every panel drawn after it in the same frame draws the plan the frame began with,
// and storage is written only between frames.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plans.hpp"
#include "steps.hpp"

using namespace failsafe;
using app::PlanStore;
using test::Harness;

namespace {

size_t slots(Harness& h, int week, int d) { return h.app().plan().weeks.at(static_cast<size_t>(week)).days[d].slots.size(); }

}  // namespace

TEST_CASE("a slot moved from Sunday to Monday: Sunday, drawn later in the same frame, still shows it") {
    Harness h;
    h.drag("lib:back-squat", "day:6");
    REQUIRE(slots(h, 0, 6) == 1);
    h.press_at(h.center("slot:0.6.0"));
    h.move_held(h.center("day:0"));
    h.frames(2);
    h.release();  // the frame of the drop: Monday takes it, Sunday is drawn after
    CHECK(h.has("slot:0.6.0"));
    CHECK_FALSE(h.has("slot:0.0.0"));
    CHECK(slots(h, 0, 0) == 1);  // landed when that frame ended
    CHECK(slots(h, 0, 6) == 0);
    h.frame();
    CHECK(h.has("slot:0.0.0"));
    CHECK_FALSE(h.has("slot:0.6.0"));
}

TEST_CASE("a week copied from the strip: the board drawn after it in the same frame shows the week the frame began with") {
    Harness h;
    h.drag("lib:back-squat", "day:0");
    h.move_to(h.center("week-copy"));
    h.mouse_down(true);
    h.mouse_down(false);  // the click's frame: the strip asks for the copy and shows week 2
    CHECK(h.has("slot:0.0.0"));  // the board still drew week 1 of the one-week plan
    CHECK_FALSE(h.has("slot:1.0.0"));
    CHECK(h.app().plan().weeks.size() == 2);
    h.frame();
    CHECK(h.has("slot:1.0.0"));  // now the copy, on the week the strip chose
    CHECK(h.app().week() == 1);
}

TEST_CASE("opening a plan from My plans lands when the frame ends") {
    Harness h(test::kDesktop, false);
    test::two_saved_plans();
    h.start();
    h.click("menu-plan");
    h.click("menu-my-plans");
    REQUIRE(h.has("plans-open:0"));

    struct Seen {
        bool in_frame;
        std::string plan_id;
    };
    std::vector<Seen> seen;
    h.platform().observer = [&](const std::string&, const std::string&) { seen.push_back({h.app().in_frame(), h.app().plan_id()}); };
    h.move_to(h.center("plans-open:0"));
    h.mouse_down(true);
    seen.clear();
    h.mouse_down(false);  // the frame in which Open is clicked
    h.platform().observer = nullptr;
    CHECK(h.app().plan_id() == "other");
    CHECK(h.app().plan().name == "Another plan");
    int during = 0, after = 0;
    for (const Seen& s : seen) {
        if (s.in_frame) {
            ++during;
            CHECK(s.plan_id == "open");  // the whole frame drew the plan it began with
        } else {
            ++after;
        }
    }
    CHECK(during > 0);  // the dialog read storage while drawing
    CHECK(after > 0);   // and the switch read and wrote it after the frame
    CHECK(h.platform().writes_in_frame.empty());
}

TEST_CASE("storage is written only between frames, whatever the user does") {
    Harness h;
    test::two_weeks_and_a_custom_exercise(h.app());
    h.frame();
    auto wait = [&] { test::wait(h, test::kDebounce + 0.1); };
    // The row of the one plan in My plans that is not open.
    auto other_row = [&](const char* button) { return std::string(button) + (h.has(std::string(button) + "0") ? "0" : "1"); };
    h.drag("lib:back-squat", "day:0");
    wait();
    h.drag("slot:0.0.0", "day:3");
    wait();
    h.click("menu-plan");
    h.click("menu-rename");
    h.type("Push day");  // replaces the selected name
    h.press(ImGuiKey_Enter);
    CHECK(h.app().plan().name == "Push day");
    CHECK_FALSE(h.any_modal());
    wait();
    h.click("menu-plan");
    h.click("menu-share");
    h.click("dialog-close");
    h.click("week-remove");
    h.click("confirm-remove");
    CHECK(h.app().plan().weeks.size() == 1);
    wait();
    const std::string first = h.app().plan_id();
    h.app().open_plan(Plan{}, "Started a new plan");  // as Plan > New does
    const std::string second = h.app().plan_id();
    REQUIRE(second != first);

    h.click("menu-plan");
    h.click("menu-my-plans");
    h.click(other_row("plans-open:"));
    CHECK(h.app().plan_id() == first);
    CHECK(h.app().plan().name == "Push day");
    h.click("menu-plan");
    h.click("menu-my-plans");
    h.click(other_row("plans-delete:"));
    CHECK(h.platform().storage.count(PlanStore::kPrefix + second) == 0);
    h.click("plans-undo-delete");
    CHECK(h.platform().storage.count(PlanStore::kPrefix + second) == 1);
    h.click("dialog-close");
    h.key_command(true, false, 'z');
    wait();
    CHECK_FALSE(h.app().session().unsaved());
    CHECK(h.platform().writes_in_frame.empty());
}
