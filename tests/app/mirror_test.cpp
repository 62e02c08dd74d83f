// The screen-reader mirror (src/app/a11y_mirror.hpp): every muscle's budget with its state, the
// board's days and the findings, in the core's words; the page is told once per change.
#include <doctest/doctest.h>

#include <string>

#include "a11y_mirror.hpp"
#include "failsafe/templates.hpp"
#include "harness.hpp"

using namespace failsafe;
using test::Harness;

namespace {
bool has(const std::string& json, const std::string& text) { return json.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("the mirror names every muscle's budget with its state, the days, and the findings") {
    Harness h;
    const std::string empty = app::mirror_json(h.app());
    for (int m = 0; m < kMuscleCount; ++m) {
        const std::string label(muscle_label(muscle_at(m)));
        CAPTURE(label);
        CHECK(has(empty, "[\"" + label + "\",\"0\","));
        const std::string state(band_label(volume_band(h.app().analysis().weeks[0].muscles[m])));
        CHECK(has(empty, "\"" + label + ": 0 hard sets, " + state + " ("));
    }
    CHECK(has(empty, "\"Chest: 0 hard sets, under (")); // the states differ: no chest work is under its band,
    CHECK(has(empty, "\"Abs: 0 hard sets, in range (0-"));  // abs' band starts at 0
    CHECK(has(empty, "\"Monday\",[],\"Rest day\""));

    h.app().dispatch(act::AddSlot{SlotPos{0, 0, 0}, catalog_slot("back-squat", 3, Reps{10, 10}, 0)});
    h.frame();
    const std::string squat = app::mirror_json(h.app());
    CHECK(has(squat, "\"Monday\",[\"Back squat: 3 x 10 @RIR0, all to failure\"]"));
    CHECK(has(squat, "[\"Quads\",\"3\","));
    CHECK(has(squat, "[\"error\",\"Week 1 Mon - Back squat\""));  // a squat to failure, with its severity
}

TEST_CASE("the page hears of the mirror once per change: an edit, another week; not every frame") {
    Harness h;
    const int start = h.platform().mirror_changes;
    CHECK(start >= 1);
    h.frames(5);
    CHECK(h.platform().mirror_changes == start);
    h.app().dispatch(act::AddSlot{SlotPos{0, 0, 0}, catalog_slot("back-squat", 3, Reps{10, 10}, 2)});
    h.frames(3);
    CHECK(h.platform().mirror_changes == start + 1);
    h.app().dispatch(act::AddWeek{1});
    h.frame();
    h.app().ui().week = 1;
    h.frames(2);
    CHECK(h.platform().mirror_changes == start + 3);
}
