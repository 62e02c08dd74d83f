// A layout for every width (no day column under theme::kMinDayWidth, the budget beside the
// board from tablet width on) and the keyboard: Tab between panels, '?' for the shortcuts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "harness.hpp"
#include "theme.hpp"

using namespace failsafe;
using test::Harness;

TEST_CASE("from 320 px up, no day column is narrower than the minimum; tablets and desktops show seven and the budget") {
    for (const float width : {320.f, 390.f, 693.f, 694.f, 768.f, 900.f, 1024.f, 1219.f, 1220.f, 1280.f, 1920.f}) {
        CAPTURE(width);
        Harness h(ImVec2(width, 800));
        int shown = 0;
        for (int d = 0; d < 7; ++d) {
            if (!h.has("day:" + std::to_string(d))) continue;
            ++shown;
            CHECK(h.rect("day:" + std::to_string(d)).w >= theme::kMinDayWidth);
            CHECK(h.rect("day:" + std::to_string(d)).x + h.rect("day:" + std::to_string(d)).w <= width);
        }
        CHECK(shown >= 1);
        if (width >= 694) {
            CHECK(shown == 7);
            CHECK(h.has("budget:chest"));  // beside the board: no tab to switch to
        } else {
            CHECK(h.has("budget-strip"));  // a phone: the strip on the Plan tab
        }
    }
}

TEST_CASE("Tab and Shift+Tab move the keyboard's focus between the panels, round the end") {
    Harness h(test::kDesktop);
    CHECK_FALSE(h.has("nav-focus"));
    const auto tab = [&](bool shift) {
        CHECK(h.app().key_command(false, shift, '\t'));
        h.frames(2);
        REQUIRE(h.has("nav-focus"));
        return h.rect("nav-focus");
    };
    // An empty plan: the board, library, fatigue and budget (findings has nothing to focus).
    std::vector<app::Rect> seen;
    for (int i = 0; i < 5; ++i) seen.push_back(tab(false));
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j) CHECK((seen[i].x != seen[j].x || seen[i].y != seen[j].y));  // four panels
    CHECK(seen[4].x == seen[0].x);  // and round again
    CHECK(seen[4].y == seen[0].y);
    const app::Rect back = tab(true);
    CHECK(back.x == seen[3].x);
    CHECK(back.y == seen[3].y);
}

TEST_CASE("? opens the shortcuts, unless a text field has the keyboard") {
    Harness h(test::kDesktop);
    h.key_command(false, false, '?');
    h.frames(2);
    CHECK(h.app().ui().dialog == app::Dialog::shortcuts);
    CHECK(h.showing("Keyboard shortcuts"));
    h.press(ImGuiKey_Escape);
    CHECK(h.app().ui().dialog == app::Dialog::none);
    h.click("search");
    CHECK_FALSE(h.app().key_command(false, false, '?'));  // typed into the search instead
    CHECK(h.app().ui().dialog == app::Dialog::none);
}
