// Share links through the app: the link in the address bar, a shared plan viewed read-only,
// and a copy of it kept.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/formats.hpp"
#include "steps.hpp"

using namespace failsafe;
using test::Harness;

TEST_CASE("sharing puts the plan's link in the address bar, and the next edit takes it out") {
    Harness h;
    h.drag("lib:back-squat", "day:0");
    h.click("menu-plan");
    h.click("menu-share");
    REQUIRE(h.showing("Share this plan"));
    CHECK(h.platform().fragment == "p=" + encode_link(h.app().plan()));
    CHECK(h.app().ui().share_link == "https://failsafe.test/#" + h.platform().fragment);
    h.click("share-copy");
    REQUIRE_FALSE(h.platform().copied.empty());
    CHECK(h.platform().copied.back() == h.app().ui().share_link);
    h.click("dialog-close");

    h.drag("lib:front-squat", "day:0");
    CHECK(h.platform().fragment.empty());
    test::wait(h, test::kDebounce + 0.1);
    h.reload();
    CHECK_FALSE(h.app().viewing_shared());
    CHECK(h.app().plan().weeks[0].days[0].slots.size() == 2);
}

TEST_CASE("a shared plan opens read-only; keeping a copy makes it a saved plan of the user's") {
    Harness h(test::kDesktop, false);
    Plan shared;
    shared.name = "A friend's plan";
    shared.weeks[0].days[2].slots.push_back(Slot{});
    shared.weeks[0].days[2].slots[0].exercise = builtin_catalog().exercises().front().code;
    h.platform().fragment = "p=" + encode_link(shared);
    h.start();
    REQUIRE(h.app().viewing_shared());
    CHECK(h.app().plan() == shared);
    CHECK(h.has("shared-keep"));

    h.drag("lib:back-squat", "day:0");  // refused: read-only
    CHECK(h.app().plan() == shared);
    CHECK(h.platform().keys(app::PlanStore::kPrefix).empty());

    h.click("shared-keep");
    CHECK_FALSE(h.app().viewing_shared());
    CHECK(h.app().plan() == shared);
    CHECK(h.platform().fragment.empty());
    CHECK(test::stored(shared));
    h.drag("lib:back-squat", "day:0");  // now it is the user's own
    CHECK(h.app().plan().weeks[0].days[0].slots.size() == 1);
}
