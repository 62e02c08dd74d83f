// Issue 15's smaller things, as a user meets them: Undo and Redo greyed with nothing to do, a
// fix that says what it changed, budgets typed with one click and explained in the app, search
// ranked and cleared, a shared plan that is visibly read-only, named days, and My exercises.
#include <doctest/doctest.h>

#include <string>

#include "failsafe/formats.hpp"
#include "failsafe/templates.hpp"
#include "harness.hpp"
#include "steps.hpp"

using namespace failsafe;
using test::Harness;

TEST_CASE("Undo and Redo are greyed and do nothing with nothing to undo or redo") {
    Harness h;
    CHECK(h.text("undo") == "Nothing to undo");
    CHECK(h.text("redo") == "Nothing to redo");
    const Plan before = h.app().plan();
    h.click("undo");
    h.click("redo");
    CHECK(h.app().plan() == before);
    CHECK(h.app().ui().toasts.empty());  // no "Undone: ..." for nothing
    h.drag("lib:back-squat", "day:0");
    CHECK(h.text("undo") == "Undo Add Back squat to Mon");
    h.click("undo");
    CHECK(h.text("redo") == "Redo Add Back squat to Mon");
    CHECK(h.text("undo") == "Nothing to undo");
}

TEST_CASE("a one-click fix says what it changed, with an Undo") {
    Harness h;
    h.app().dispatch(act::AddSlot{SlotPos{0, 0, 0}, catalog_slot("back-squat", 3, Reps{5, 5}, 1, 1)});
    h.frames(2);
    const Plan before = h.app().plan();
    h.click("fix:0");
    REQUIRE_FALSE(h.app().plan() == before);
    REQUIRE(h.app().ui().toasts.size() == 1);
    CHECK(h.app().ui().toasts[0].text == "Stop 1 rep short (Week 1 Mon - Back squat)");
    CHECK(h.app().ui().toasts[0].offer_undo);
    h.frame();
    h.click("toast-undo");
    CHECK(h.app().plan() == before);
}

TEST_CASE("the budgets dialog: one click on a value types it; the help is in the app") {
    for (ImVec2 screen : {test::kDesktop, test::kPhone}) {
        INFO("screen " << screen.x << "x" << screen.y);
        Harness h(screen);
        h.click("menu-plan");
        h.click("menu-budgets");
        const std::string help = h.text("budgets-help");
        CHECK(help.find("docs/") == std::string::npos);
        CHECK(help.find("below Low is too little to grow") != std::string::npos);
        CHECK(help.find("level (intermediate)") != std::string::npos);
        h.click("budget-edit:0.1=");  // chest, High: one click
        h.frame();
        REQUIRE(ImGui::GetIO().WantTextInput);  // a field has the keyboard: typing goes there
        h.type("24");  // the old value is selected, so typing replaces it
        h.press(ImGuiKey_Enter);
        REQUIRE(h.app().plan().budgets[index(Muscle::chest)]);
        CHECK(h.app().plan().budgets[index(Muscle::chest)]->high == 24.f);
        CHECK(h.app().undo_label() == "Edit Chest budget");
        h.frame();
        CHECK_FALSE(ImGui::GetIO().WantTextInput);  // the field is gone: the value shows again
    }
}

TEST_CASE("search: the name as typed comes first; the clear button empties it and keeps the field") {
    Harness h;
    h.click("search");
    h.type("chest press");
    h.frames(2);
    REQUIRE(h.has("lib:machine-chest-press"));
    REQUIRE(h.has("lib:bench-press"));
    CHECK(h.rect("lib:machine-chest-press").y < h.rect("lib:bench-press").y);
    h.click("search-clear");
    h.frames(2);
    CHECK(std::string(h.app().ui().search).empty());
    CHECK_FALSE(h.has("search-clear"));
    CHECK(ImGui::GetIO().WantTextInput);  // still typing in the search field
    h.type("dip");
    CHECK(std::string(h.app().ui().search) == "dip");
}

TEST_CASE("a shared plan is visibly read-only: no edit starts, a drag is refused before it previews") {
    Harness h(test::kDesktop, false);
    Plan shared = templates().front().plan;
    shared.name = "A friend's plan";
    h.platform().fragment = "p=" + encode_link(shared);
    h.start();
    REQUIRE(h.app().viewing_shared());
    h.press_at(h.center("lib:back-squat"));
    h.move_held(h.center("day:0"));
    CHECK(h.app().preview() == nullptr);  // nothing previewed over the day
    CHECK_FALSE(h.app().ui().hover);
    h.release();
    h.frames(2);
    CHECK(h.app().plan() == shared);
    h.click("day-menu:0");  // greyed: its menu does not open
    CHECK_FALSE(h.has("day-name:0"));
    h.click("slot:0.0.0");  // no editor on a shared plan
    CHECK_FALSE(h.app().ui().selected);
    h.click("menu-plan");
    h.click("menu-budgets");  // greyed
    CHECK(h.app().ui().dialog == app::Dialog::none);
    CHECK(h.app().plan() == shared);
}

TEST_CASE("a day is named from its menu; the name shows in its header and stays with the plan") {
    Harness h;
    h.click("day-menu:0");
    h.click("day-name:0");
    REQUIRE(h.showing("Name day"));
    h.frame();
    h.type("Upper A");
    h.click("day-name-save");
    CHECK(h.app().plan().day_names[0] == "Upper A");
    CHECK(h.text("day-title:0") == "Upper A");
    h.key_command(true, false, 'z');
    h.frames(2);
    CHECK(h.app().plan().day_names[0].empty());
    CHECK_FALSE(h.has("day-title:0"));
}

TEST_CASE("My exercises: made in one plan, offered in another, copied into it when used") {
    Harness h;
    h.click("menu-plan");
    h.click("menu-custom");
    h.click("custom-name");
    h.type("Belt squat");
    h.click("custom-save");
    REQUIRE(h.app().plan().custom_exercises.size() == 1);
    REQUIRE(h.app().my_exercises().exercises().size() == 1);
    const std::string slug = h.app().my_exercises().exercises()[0].slug;
    CHECK(slug == "my-belt-squat");

    h.app().open_plan(Plan{}, "Started a new plan");  // plan B knows nothing of it
    h.frames(2);
    REQUIRE(h.app().plan().custom_exercises.empty());
    REQUIRE(h.has("lib:" + slug));  // but the library offers it
    h.drag("lib:" + slug, "day:2");
    REQUIRE(h.app().plan().custom_exercises.size() == 1);
    CHECK(h.app().plan().custom_exercises[0].name == "Belt squat");
    CHECK(h.app().plan().weeks[0].days[2].slots.at(0).exercise == custom_ref(0));
    CHECK(h.app().undo_label() == "Add Belt squat to Wed");

    // Kept in storage: after a reload, in a third plan too; deleted from the list, plans keep theirs.
    test::wait(h, test::kDebounce + 0.1);
    h.reload();
    CHECK(h.app().my_exercises().exercises().size() == 1);
    h.click("menu-plan");
    h.click("menu-my-exercises");
    REQUIRE(h.showing("My exercises"));
    h.click("mine-delete:0");
    CHECK(h.app().my_exercises().exercises().empty());
    CHECK(h.app().plan().custom_exercises.size() == 1);
}
