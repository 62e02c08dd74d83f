// The plan settings dialog: recovery and failure approach are chosen like the level, each change
// one undo step, and both are kept when the plan is saved and the page loaded again.
#include <doctest/doctest.h>

#include "steps.hpp"

using namespace failsafe;
using test::Harness;

TEST_CASE("plan settings: recovery and failure approach change the plan, undo one at a time, survive a reload") {
    Harness h;
    const Plan before = h.app().plan();
    REQUIRE(before.recovery == Recovery::typical);
    REQUIRE(before.approach == Approach::conservative);
    h.click("menu-plan");
    h.click("menu-settings");
    REQUIRE(h.showing("Plan settings"));

    h.click("settings-recovery:2");  // Faster
    CHECK(h.app().plan().recovery == Recovery::faster);
    h.click("settings-approach:1");  // Liberal
    CHECK(h.app().plan().approach == Approach::liberal);
    CHECK(h.app().plan().weeks == before.weeks);
    CHECK(h.app().undo_label() == "Failure approach: liberal");
    h.click("settings-approach:1");  // the choice already made: nothing to undo
    CHECK(h.app().undo_label() == "Failure approach: liberal");
    h.click("dialog-close");
    CHECK_FALSE(h.any_modal());

    h.key_command(true, false, 'z');
    CHECK(h.app().plan().approach == Approach::conservative);
    CHECK(h.app().plan().recovery == Recovery::faster);
    CHECK(h.app().undo_label() == "Recovery: faster");
    h.key_command(true, false, 'z');
    CHECK(h.app().plan() == before);
    h.key_command(true, true, 'z');
    h.key_command(true, true, 'z');
    const Plan chosen = h.app().plan();
    CHECK(chosen.recovery == Recovery::faster);
    CHECK(chosen.approach == Approach::liberal);

    test::wait(h, test::kDebounce * 1.1);
    REQUIRE_FALSE(h.app().session().unsaved());
    h.reload();
    CHECK(h.app().plan() == chosen);  // stored in a version 2 file, read back with its settings
}
