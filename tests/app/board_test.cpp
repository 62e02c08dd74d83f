// The board with a mouse: library entries dragged into days, slots moved between days and
// within one, a slot dragged off the board removed with an Undo; undo and redo restore each.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "failsafe/catalog.hpp"
#include "harness.hpp"
#include "plans.hpp"

using namespace failsafe;
using test::Harness;

namespace {

ExerciseRef code(const char* slug) {
    const Exercise* e = builtin_catalog().by_slug(slug);
    REQUIRE(e != nullptr);
    return e->code;
}

// The exercises of a day of week 1, in order.
std::vector<ExerciseRef> day(const Harness& h, int d) {
    std::vector<ExerciseRef> out;
    for (const Slot& s : const_cast<Harness&>(h).app().plan().weeks[0].days[d].slots) out.push_back(s.exercise);
    return out;
}

using Refs = std::vector<ExerciseRef>;

}  // namespace

TEST_CASE("a library entry dragged onto a day is added there; undo and redo") {
    for (ImVec2 screen : {test::kDesktop, test::kPhone}) {
        INFO("screen " << screen.x << "x" << screen.y);
        Harness h(screen);
        h.drag("lib:back-squat", "day:2");
        CHECK(day(h, 2) == Refs{code("back-squat")});
        for (int d : {0, 1, 3, 4, 5, 6}) CHECK(day(h, d).empty());
        const Slot& s = h.app().plan().weeks[0].days[2].slots.at(0);
        CHECK(s.sets == 3);
        CHECK(h.has("slot:0.2.0"));  // drawn as a card in that day

        h.key_command(true, false, 'z');  // Ctrl+Z
        CHECK(day(h, 2).empty());
        CHECK_FALSE(h.has("slot:0.2.0"));
        h.key_command(true, true, 'z');  // Ctrl+Shift+Z
        CHECK(day(h, 2) == Refs{code("back-squat")});
        CHECK(h.has("slot:0.2.0"));
    }
}

TEST_CASE("while a library entry hovers a day, the budget shows the drop before it happens") {
    Harness h;
    h.press_at(h.center("lib:back-squat"));
    h.move_held(h.center("day:1"));
    CHECK(h.has("budget-preview"));
    CHECK(h.app().preview() != nullptr);
    CHECK(day(h, 1).empty());  // nothing changed yet
    h.move_held(h.center("lib:front-squat"));  // back over the library: no preview
    CHECK_FALSE(h.has("budget-preview"));
    h.release();
    h.frame();
    for (int d = 0; d < 7; ++d) CHECK(day(h, d).empty());  // let go off the board: nothing added
}

TEST_CASE("slots move between days and within a day; undo and redo") {
    Harness h;
    h.drag("lib:back-squat", "day:1");
    h.drag("lib:front-squat", "day:1");  // appended below the first
    REQUIRE(day(h, 1) == Refs{code("back-squat"), code("front-squat")});

    SUBCASE("to another day") {
        h.drag("slot:0.1.0", "day:4");
        CHECK(day(h, 1) == Refs{code("front-squat")});
        CHECK(day(h, 4) == Refs{code("back-squat")});
        CHECK(h.has("slot:0.4.0"));
        h.click("undo");
        CHECK(day(h, 1) == Refs{code("back-squat"), code("front-squat")});
        CHECK(day(h, 4).empty());
        h.click("redo");
        CHECK(day(h, 1) == Refs{code("front-squat")});
        CHECK(day(h, 4) == Refs{code("back-squat")});
    }
    SUBCASE("within the day: the first below the second") {
        const app::Rect second = h.rect("slot:0.1.1");
        h.drag(h.center("slot:0.1.0"), ImVec2(second.x + second.w / 2, second.y + second.h + 20));
        CHECK(day(h, 1) == Refs{code("front-squat"), code("back-squat")});
        h.key_command(true, false, 'z');
        CHECK(day(h, 1) == Refs{code("back-squat"), code("front-squat")});
        h.key_command(true, false, 'y');  // Ctrl+Y redoes too
        CHECK(day(h, 1) == Refs{code("front-squat"), code("back-squat")});
    }
    SUBCASE("dropped where it was: nothing changes, no undo step") {
        const std::string label = h.app().undo_label();
        h.drag(h.center("slot:0.1.0"), ImVec2(h.center("slot:0.1.0").x, h.rect("slot:0.1.0").y + 4));
        CHECK(day(h, 1) == Refs{code("back-squat"), code("front-squat")});
        CHECK(h.app().undo_label() == label);
    }
}

TEST_CASE("a slot dragged off the board is removed, with an Undo in the toast") {
    Harness h;
    h.drag("lib:back-squat", "day:3");
    h.drag("lib:front-squat", "day:3");
    REQUIRE(day(h, 3).size() == 2);

    h.drag("slot:0.3.0", "lib:goblet-squat");  // let go over the library
    CHECK(day(h, 3) == Refs{code("front-squat")});
    bool offered = false;
    for (const app::Toast& t : h.app().ui().toasts) offered |= t.offer_undo;
    CHECK(offered);
    h.frame();  // the toast's window settles on screen (it appeared in the drop's frame)
    h.click("toast-undo");
    CHECK(day(h, 3) == Refs{code("back-squat"), code("front-squat")});
    h.click("redo");
    CHECK(day(h, 3) == Refs{code("front-squat")});

    // Let go over the week strip: not off the board, so kept.
    h.drag("slot:0.3.0", "week-copy");
    CHECK(day(h, 3) == Refs{code("front-squat")});
}

TEST_CASE("Delete removes the selected slot, with an Undo in the toast") {
    Harness h;
    h.drag("lib:back-squat", "day:5");
    h.click("slot:0.5.0");  // selects it (and opens its editor)
    REQUIRE(h.app().ui().selected.has_value());
    h.key_command(false, false, '\b');
    CHECK(day(h, 5).empty());
    CHECK_FALSE(h.app().ui().selected.has_value());
    h.frame();
    h.click("toast-undo");
    CHECK(day(h, 5) == Refs{code("back-squat")});
}
