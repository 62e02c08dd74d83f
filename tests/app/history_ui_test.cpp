// History (log_charts.cpp): the log week by week as charts, per exercise and per muscle, opened
// from Today and from the Plan menu; what it says with nothing logged and with one week; on a
// phone, finger-sized and within the screen.
#include <doctest/doctest.h>

#include <string>

#include "a11y_mirror.hpp"
#include "harness.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

using namespace failsafe;
using test::Harness;

namespace {
constexpr int kTuesday = 1;  // the fake clock's day

LoggedSet set(int reps, int rir, float load) { return {static_cast<uint8_t>(reps), static_cast<uint8_t>(rir), load}; }

void log_sets(Harness& h, int week, std::initializer_list<LoggedSet> sets) {
    std::string why;
    for (const LoggedSet& s : sets)
        REQUIRE_MESSAGE(h.app().gym_log().edit(logact::AddSet{week, kTuesday, app::today() + 7 * week, 0, "back-squat", s}, &why), why);
}

// Back squat on Tuesdays of a two-week plan: week 1 two sets at 100 kg (the second to failure),
// week 2 one set at 105 kg; Today open.
void two_weeks_of_squats(Harness& h) {
    h.drag("lib:back-squat", "day:" + std::to_string(kTuesday));
    h.app().dispatch(act::AddWeek{1});
    log_sets(h, 0, {set(8, 2, 100.f), set(8, 0, 100.f)});
    log_sets(h, 1, {set(8, 1, 105.f)});
    if (h.has("tab:Today")) h.click("tab:Today");
    else h.app().ui().phone_tab = app::PhoneTab::today;
    h.frames(2);
}
}  // namespace

TEST_CASE("with nothing logged, History says how to fill it") {
    Harness h;
    h.click("menu-plan");
    h.click("menu-history");
    REQUIRE(h.showing("History"));
    CHECK(h.has("history-empty"));
    CHECK_FALSE(h.has("history-chart:0"));
    CHECK_FALSE(h.has("history-pick"));
    h.click("dialog-close");
    CHECK_FALSE(h.any_modal());
}

TEST_CASE("an exercise's history: sets and failure sets a week, and the best set's estimated 1RM") {
    Harness h;
    two_weeks_of_squats(h);
    h.click("today-history");
    REQUIRE(h.showing("History"));
    CHECK_FALSE(h.has("history-empty"));
    CHECK(h.text("history-chart:0") == "W1 2 \u00b7 1F; W2 1");
    // 8 reps at 100 kg with 2 in reserve: 100 x (1 + 10/30) = 133.3; 8 at 105 with 1: 105 x 1.3 = 136.5.
    CHECK(h.text("history-chart:1") == "W1 133.3; W2 136.5");
    CHECK(h.text("history-detail") == "Week 2: 1 set, 0 to failure. Best set: 8 reps x 105 kg, 1 in reserve: estimated 1RM 136.5 kg.");
    h.click("history-week-");  // the week before
    CHECK(h.text("history-detail").rfind("Week 1: 2 sets, 1 to failure. Best set: 8 reps x 100 kg, 2 in reserve", 0) == 0);
}

TEST_CASE("a muscle's history: logged hard sets against the band, failure sets against the budget") {
    Harness h;
    two_weeks_of_squats(h);
    h.click("menu-plan");
    h.click("menu-history");
    h.click("history-pick");
    h.click("history-pick:quads");
    REQUIRE(h.app().ui().history_muscle == index(Muscle::quads));
    const MuscleWeek& planned = h.app().analysis().weeks[0].muscles[index(Muscle::quads)];
    MuscleWeek logged = planned;
    logged.hard_sets = logged.stimulus = 2;
    const std::string glyph = theme::band_glyph(volume_band(logged));
    CHECK(h.text("history-chart:0").rfind("W1 2" + glyph + "; W2 1", 0) == 0);
    CHECK(h.text("history-chart:1").rfind("W1 1=; W2 0=", 0) == 0);  // within the failure budget
    CHECK(h.text("history-detail").find("of " + app::sets_text(planned.budget.failure) + " failure sets") != std::string::npos);
    const app::HistoryTable t = app::history_table(h.app());
    CHECK(t.title == "History: Quads");
    CHECK(t.rows.size() == 2);
    // The screen-reader mirror carries the same sentences while History is open, and not after.
    CHECK(app::mirror_json(h.app()).find("\"history\":{\"title\":\"History: Quads\",\"items\":[\"" + t.rows[0]) != std::string::npos);
    h.click("dialog-close");
    CHECK(app::mirror_json(h.app()).find("\"history\"") == std::string::npos);
}

TEST_CASE("one week logged: the charts and a word that the trend comes later") {
    Harness h;
    two_weeks_of_squats(h);
    std::string why;
    REQUIRE(h.app().gym_log().edit(logact::RemoveSet{1, kTuesday, 0, 0}, &why));
    h.click("today-history");
    CHECK(h.has("history-empty"));
    CHECK(h.text("history-chart:0") == "W1 2 \u00b7 1F");
}

TEST_CASE("on a phone History fits the screen and its controls are finger-sized") {
    Harness h(test::kPhone, false);
    h.platform().coarse_pointer = true;
    h.start();
    two_weeks_of_squats(h);
    h.click("today-history");
    REQUIRE(h.showing("History"));
    for (std::string name : {"history-pick", "history-week-", "history-week+", "dialog-close"}) {
        CAPTURE(name);
        CHECK(h.rect(name).h >= theme::kTouchTarget);
    }
    for (std::string name : {"history-chart:0", "history-chart:1", "history-detail", "dialog-close"}) {
        CAPTURE(name);
        const app::Rect r = h.rect(name);
        CHECK(r.x >= 0);
        CHECK(r.x + r.w <= test::kPhone.x);
        CHECK(r.y + r.h <= test::kPhone.y);
    }
}
