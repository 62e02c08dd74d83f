// Every dialog opens after every other dialog has been opened and closed, however it was
// closed: the fix for "+ Custom" (and "Edit custom exercise") doing nothing after a dialog.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "harness.hpp"
#include "plans.hpp"

using namespace failsafe;
using app::Dialog;
using test::Harness;

namespace {

struct Opener {
    std::string name;  // how the user opens it
    Dialog dialog;
    bool edits_custom;  // the custom-exercise dialog on an existing exercise
    std::function<void(Harness&)> open;
};

std::function<void(Harness&)> from_menu(const char* item) {
    return [item](Harness& h) {
        h.click("menu-plan");
        h.click(item);
    };
}

std::vector<Opener> openers() {
    return {
        {"Plan > Rename...", Dialog::rename, false, from_menu("menu-rename")},
        {"Plan > Budgets...", Dialog::budgets, false, from_menu("menu-budgets")},
        {"Plan > Import JSON...", Dialog::import_json, false, from_menu("menu-import")},
        {"Plan > Export JSON...", Dialog::export_json, false, from_menu("menu-export")},
        {"Plan > New custom exercise...", Dialog::custom_exercise, false, from_menu("menu-custom")},
        {"library + Custom", Dialog::custom_exercise, false, [](Harness& h) { h.click("library-custom"); }},
        {"Plan > My plans...", Dialog::my_plans, false, from_menu("menu-my-plans")},
        {"Plan > Share link...", Dialog::share, false, from_menu("menu-share")},
        {"Plan > Settings...", Dialog::settings, false, from_menu("menu-settings")},
        {"Plan > History...", Dialog::history, false, from_menu("menu-history")},
        {"Remove week", Dialog::confirm_remove_week, false, [](Harness& h) { h.click("week-remove"); }},
        {"library: Edit custom exercise", Dialog::custom_exercise, true,
         [](Harness& h) {
             h.click("lib:" + test::kCustomSlug);
             h.click("lib-edit-custom");
         }},
    };
}

// The dialog `o` opens is on screen, on top, and is the one the app means to show.
void check_open(Harness& h, const Opener& o) {
    INFO("opened with " << o.name);
    REQUIRE(h.app().ui().dialog == o.dialog);
    REQUIRE(h.showing(test::dialog_title(o.dialog)));
    REQUIRE(h.has("dialog-close"));
    if (o.dialog == Dialog::custom_exercise) CHECK((h.app().ui().custom_index >= 0) == o.edits_custom);
}

enum class CloseBy { button, title_bar, escape };

void close(Harness& h, const Opener& o, CloseBy how) {
    if (how == CloseBy::button) h.click("dialog-close");
    else if (how == CloseBy::escape) h.press(ImGuiKey_Escape);
    else h.close_window(test::dialog_title(o.dialog));
    INFO("closed " << o.name << (how == CloseBy::button ? " with its button" : how == CloseBy::escape ? " with Escape" : " from its title bar"));
    REQUIRE(h.app().ui().dialog == Dialog::none);
    REQUIRE_FALSE(h.any_modal());
}

void every_pair(ImVec2 screen, std::initializer_list<CloseBy> ways) {
    Harness h(screen);
    test::two_weeks_and_a_custom_exercise(h.app());
    h.frame();
    const Plan before = h.app().plan();
    const auto all = openers();
    for (CloseBy how : ways)
        for (const Opener& a : all)
            for (const Opener& b : all) {
                INFO(a.name << " then " << b.name);
                a.open(h);
                check_open(h, a);
                close(h, a, how);
                b.open(h);
                check_open(h, b);
                close(h, b, CloseBy::button);
            }
    CHECK(h.app().plan() == before);  // only opened and closed: nothing changed
}

}  // namespace

TEST_CASE("every dialog opens after every other dialog was closed with its button or its title bar (desktop)") {
    every_pair(test::kDesktop, {CloseBy::button, CloseBy::title_bar});
}

TEST_CASE("Escape closes every dialog, and the next one opens") { every_pair(test::kDesktop, {CloseBy::escape}); }

TEST_CASE("every dialog opens after every other dialog was closed (phone)") {
    every_pair(test::kPhone, {CloseBy::button});
}

TEST_CASE("the same dialog opens again and again") {
    Harness h;
    test::two_weeks_and_a_custom_exercise(h.app());
    h.frame();
    for (const Opener& o : openers())
        for (int i = 0; i < 3; ++i) {
            o.open(h);
            check_open(h, o);
            close(h, o, i % 2 ? CloseBy::title_bar : CloseBy::button);
        }
}
