// Text fields typed through the page's own text input (src/app/page_text.hpp), over the fake
// page: it is placed over the active field, what the user types there is what the field holds,
// the field's rules send corrected text back, and it hides when the field is done. Natively
// (no page input) text fields work as before.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/plan.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {
// A harness whose page has a text input.
struct PageHarness : Harness {
    PageHarness() { platform().input.on = true; }
    fake::Platform::PageInput& input() { return platform().input; }
};
}  // namespace

TEST_CASE("a click on the search places the page's input over it; what is typed there filters the library") {
    PageHarness h;
    const app::Rect search = h.rect("search");
    CHECK_FALSE(h.input().shown);
    h.click("search");
    REQUIRE(h.input().shown);
    CHECK(h.input().box.x == doctest::Approx(search.x));
    CHECK(h.input().box.y == doctest::Approx(search.y));
    CHECK(h.input().box.w == doctest::Approx(search.w));
    CHECK(h.input().box.h == doctest::Approx(search.h));
    CHECK_FALSE(h.input().box.multiline);
    CHECK(h.input().text.empty());

    h.input().type("pec deck");
    h.frames(2);
    CHECK(std::string(h.app().ui().search) == "pec deck");
    CHECK(h.has("lib:pec-deck"));
    CHECK_FALSE(h.has("lib:back-squat"));
    const int places = h.input().places;
    h.frames(3);
    CHECK(h.input().places == places);  // placed again only when the field moves

    h.click("day:0");  // elsewhere: the field is done, the input hides
    CHECK_FALSE(h.input().shown);
    CHECK(std::string(h.app().ui().search) == "pec deck");
}

TEST_CASE("the search keeps what fits its buffer, cut at a character boundary, and the page is told") {
    PageHarness h;
    h.click("search");
    std::string long_text;
    for (int i = 0; i < 100; ++i) long_text += "\xC3\xA9";  // e acute, two bytes
    h.input().type(long_text);
    h.frame();
    const std::string kept = h.app().ui().search;
    CHECK(kept.size() == sizeof h.app().ui().search - 2);  // 62 of 63 bytes: the 32nd e does not fit
    CHECK(kept == long_text.substr(0, kept.size()));
    CHECK(h.input().text == kept);
}

TEST_CASE("rename: the page's input opens with the name selected; a name keeps the core's rule; Enter confirms") {
    PageHarness h;
    h.click("menu-plan");
    h.click("menu-rename");
    REQUIRE(h.input().shown);
    CHECK(h.input().text == "My plan");
    CHECK(h.input().sel_start == 0);
    CHECK(h.input().sel_end == 7);  // all selected: typing replaces it

    const std::string too_long(limits::kMaxNameLength + 20, 'x');
    h.input().type(too_long);
    h.frame();
    CHECK(h.input().text == fit_name(too_long));  // the page shows what the name keeps
    h.input().type("Upper A");
    h.frame();
    h.press(ImGuiKey_Enter);
    CHECK(h.app().plan().name == "Upper A");
    CHECK_FALSE(h.any_modal());
    CHECK_FALSE(h.input().shown);
}

TEST_CASE("Escape in the page's input cancels the edit and hides it") {
    PageHarness h;
    h.click("search");
    h.input().type("squat");
    h.frame();
    h.click("menu-plan");
    h.click("menu-rename");
    h.input().type("Never mind");
    h.frame();
    h.press(ImGuiKey_Escape);
    CHECK(h.app().plan().name == "My plan");
    CHECK_FALSE(h.input().shown);
}

TEST_CASE("the import dialog's text is a multiline page input") {
    PageHarness h;
    h.click("menu-plan");
    h.click("menu-import");
    h.click("import-text");
    REQUIRE(h.input().shown);
    CHECK(h.input().box.multiline);
    h.input().type("{\n  \"name\": \"x\"\n}");
    h.frame();
    CHECK(h.app().ui().text == "{\n  \"name\": \"x\"\n}");
}

TEST_CASE("without a page input (natively) nothing is placed and typing reaches the field as before") {
    Harness h;
    h.click("search");
    h.type("squat");
    CHECK(std::string(h.app().ui().search) == "squat");
    CHECK(h.platform().input.places == 0);
}
