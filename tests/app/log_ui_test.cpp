// The gym log in the app: Today shows the session of the day; one tap logs a set as planned,
// steppers correct it; the check-in and the note; the log kept in storage (a reload finds it, a
// failed write keeps it); Import and Export log; the log's findings in the findings panel; a
// share link without it.
#include <doctest/doctest.h>

#include <string>

#include "steps.hpp"

using namespace failsafe;
using test::Harness;

namespace {
// The fake clock's day (1,700,000,000 s) is a Tuesday.
constexpr int kTuesday = 1;

// Back squat on Tuesday, Today open (from the Plan menu on the desktop, the tab on a phone), the
// block starting this week.
void squat_today(Harness& h) {
    REQUIRE(weekday(app::today()) == kTuesday);
    h.drag("lib:back-squat", "day:" + std::to_string(kTuesday));
    if (h.has("tab:Today")) h.click("tab:Today");
    else h.app().ui().phone_tab = app::PhoneTab::today;
    h.frames(2);
    h.click("today-set-start");
    REQUIRE(h.app().gym_log().start());
}

const LoggedSet& set_at(Harness& h, int i) {
    const failsafe::Session* s = h.app().gym_log().log().session(0, kTuesday);
    REQUIRE(s != nullptr);
    REQUIRE(s->entries.size() == 1);
    REQUIRE(s->entries[0].sets.size() > static_cast<size_t>(i));
    return s->entries[0].sets[static_cast<size_t>(i)];
}

std::string log_key(Harness& h) { return app::LogStore::kPrefix + h.app().plan_id(); }
}  // namespace

TEST_CASE("one tap logs a set as planned; its steppers correct reps, reps in reserve and load") {
    Harness h;
    squat_today(h);
    const Slot slot = h.app().plan().weeks[0].days[kTuesday].slots[0];
    CHECK(h.has("log-set:0.0"));
    CHECK_FALSE(h.has("log-set:0.1"));  // one set at a time, in order
    h.click("log-set:0.0");
    CHECK(set_at(h, 0).reps == slot.reps.high);
    CHECK(set_at(h, 0).rir == (slot.failure_count() == slot.sets ? 0 : slot.rir));
    CHECK(h.has("log-set:0.1"));
    CHECK(h.platform().storage.count(log_key(h)) == 1);  // saved at once

    h.click("log-reps:0.0-");
    h.click("log-reps:0.0-");
    CHECK(set_at(h, 0).reps == slot.reps.high - 2);
    for (int i = 0; i < slot.rir; ++i) h.click("log-rir:0.0-");
    CHECK(set_at(h, 0).rir == 0);
    CHECK(set_at(h, 0).failure());
    h.click("log-load:0.0+");
    h.click("log-load:0.0+");
    CHECK(set_at(h, 0).load == 5.f);
    // The next set starts from the last load.
    h.click("log-set:0.1");
    CHECK(set_at(h, 1).load == 5.f);
    h.click("log-remove:0.1");
    CHECK(h.app().gym_log().log().session(0, kTuesday)->entries[0].sets.size() == 1);
}

TEST_CASE("the check-in scores sleep, motivation and the soreness of the muscles about to be trained") {
    Harness h;
    squat_today(h);
    CHECK_FALSE(h.has("checkin-sore:biceps"));  // not trained today
    for (int i = 0; i < 3; ++i) h.click("checkin-sleep+");
    h.click("checkin-motivation+");
    h.click("checkin-sore:quads+");
    h.click("checkin-sore:quads+");
    const failsafe::Session* s = h.app().gym_log().log().session(0, kTuesday);
    REQUIRE(s != nullptr);
    CHECK(s->check_in.sleep == 3);
    CHECK(s->check_in.motivation == 1);
    CHECK(s->check_in.soreness[index(Muscle::quads)] == 2);
}

TEST_CASE("the log and the start date are there after a reload; a phone opens on Today") {
    Harness h(test::kPhone);
    h.platform().coarse_pointer = true;
    squat_today(h);
    h.click("log-set:0.0");
    h.click("log-set:0.1");
    test::wait(h, test::kDebounce + 0.1);  // the plan's autosave
    const Log logged = h.app().gym_log().log();
    const auto start = h.app().gym_log().start();
    h.app().ui().phone_tab = app::PhoneTab::plan;
    h.reload();
    CHECK(h.app().ui().phone_tab == app::PhoneTab::today);
    CHECK(h.app().gym_log().log() == logged);
    CHECK(h.app().gym_log().start() == start);
    CHECK(h.has("log-reps:0.1-"));
    CHECK(h.has("log-set:0.2"));
}

TEST_CASE("a log the browser did not keep stays on screen, unsaved, and goes with the next save") {
    Harness h;
    squat_today(h);
    h.platform().writes_fail = true;
    h.click("log-set:0.0");
    CHECK(h.app().gym_log().unsaved());
    CHECK(set_at(h, 0).reps > 0);  // not lost
    h.platform().writes_fail = false;
    h.click("log-set:0.1");
    CHECK_FALSE(h.app().gym_log().unsaved());
    auto stored = h.platform().storage[log_key(h)];
    CHECK(stored.find(log_to_json(h.app().gym_log().log())) != std::string::npos);
}

TEST_CASE("Export log gives the core's file; Import log reads one back and names what is wrong with a bad one") {
    Harness h;
    squat_today(h);
    h.click("log-set:0.0");
    h.click("menu-plan");
    h.click("menu-export-log");
    CHECK(h.showing("Export log (JSON)"));
    const std::string file = h.app().ui().text;
    CHECK(file == log_to_json(h.app().gym_log().log()));
    h.click("export-log-download");
    REQUIRE_FALSE(h.platform().files.empty());
    CHECK(h.platform().files.back().name.find(".failsafe-log.json") != std::string::npos);
    h.click("dialog-close");

    h.click("log-remove:0.0");
    CHECK(h.app().gym_log().log().sessions.empty());
    h.click("menu-plan");
    h.click("menu-import-log");
    REQUIRE(h.showing("Import log (JSON)"));
    h.app().ui().text = "{\"format\": \"failsafe.log\", \"version\": 1, ";
    h.click("import-log-load");
    CHECK(h.showing("Import log (JSON)"));
    CHECK(h.app().ui().dialog_error.find("line") != std::string::npos);
    CHECK(h.app().gym_log().log().sessions.empty());
    h.app().ui().text = file;
    h.click("import-log-load");
    CHECK_FALSE(h.any_modal());
    CHECK(h.app().gym_log().log().sessions.size() == 1);
}

TEST_CASE("the findings panel shows the log's findings under their own heading, with their fix") {
    Harness h;
    squat_today(h);
    for (int w = 1; w < 4; ++w) h.app().dispatch(act::CopyWeek{0, w});
    h.frame();
    REQUIRE(h.app().plan().weeks.size() == 4);
    app::LogStore& log = h.app().gym_log();
    std::string why;
    for (int w = 0; w < 3; ++w)
        REQUIRE(log.edit(logact::AddSet{w, kTuesday, app::today() + 7 * w, 0, "back-squat", LoggedSet{uint8_t(8 - w), 2, 100.f}}, &why));
    h.app().ui().phone_tab = app::PhoneTab::plan;
    h.frames(2);
    REQUIRE(h.has("log-findings"));
    CHECK(h.text("log-finding:0").find("fell") != std::string::npos);
    REQUIRE(h.has("log-fix:0"));
    h.click("log-fix:0");
    CHECK(h.app().plan().weeks[3].deload);
}

TEST_CASE("the log's recovery suggestion is one click, undoable, and the toast names the setting") {
    Harness h(ImVec2(1280, 1300));  // the third finding's fix in view
    squat_today(h);
    for (int w = 1; w < 4; ++w) h.app().dispatch(act::CopyWeek{0, w});
    h.frame();
    app::LogStore& log = h.app().gym_log();
    std::string why;
    for (int w = 0; w < 3; ++w) {  // reps and sleep falling: two kinds of warning sign
        const Date date = app::today() + 7 * w;
        REQUIRE(log.edit(logact::AddSet{w, kTuesday, date, 0, "back-squat", LoggedSet{uint8_t(8 - w), 2, 100.f}}, &why));
        REQUIRE(log.edit(logact::SetCheckIn{w, kTuesday, date, CheckIn{uint8_t(4 - w), 4, {}}}, &why));
    }
    REQUIRE(h.app().plan().recovery == Recovery::typical);
    h.app().ui().phone_tab = app::PhoneTab::plan;
    h.frames(2);
    int at = -1;
    for (int i = 0; at < 0 && h.has("log-finding:" + std::to_string(i)); ++i)
        if (h.text("log-finding:" + std::to_string(i)).find("slower recovery setting") != std::string::npos) at = i;
    REQUIRE(at >= 0);
    h.click("log-fix:" + std::to_string(at));
    CHECK(h.app().plan().recovery == Recovery::slower);
    REQUIRE_FALSE(h.app().ui().toasts.empty());
    CHECK(h.app().ui().toasts.back().text == "Set recovery to slower");
    CHECK(h.app().ui().toasts.back().offer_undo);
    h.app().undo();
    CHECK(h.app().plan().recovery == Recovery::typical);
}

TEST_CASE("a share link never carries the log") {
    Harness h;
    squat_today(h);
    const std::string before = h.app().session().link();
    h.click("log-set:0.0");
    CHECK(h.app().session().link() == before);
}

TEST_CASE("a stored log that cannot be read is shown as such, never written over, and kept aside when a log is imported") {
    Harness h;
    squat_today(h);
    test::wait(h, test::kDebounce + 0.1);
    const std::string key = log_key(h);
    const std::string damaged = "start=\n{\"format\": \"failsafe.log\", \"version\": 1, \"sessions\": [";
    h.platform().storage[key] = damaged;
    h.reload();
    h.app().ui().phone_tab = app::PhoneTab::today;
    h.frames(2);
    CHECK_FALSE(h.app().gym_log().unreadable().empty());
    h.click("log-set:0.0");
    CHECK(h.platform().storage[key] == damaged);  // not written over
    Log imported;
    imported.plan = "Imported";
    std::string why;
    REQUIRE(h.app().gym_log().replace(imported, &why));
    CHECK(h.platform().storage[std::string(app::PlanStore::kKept) + "log/" + h.app().plan_id() + "/0"] == damaged);
    CHECK(h.platform().storage[key] != damaged);
}

TEST_CASE("a note typed for the session is kept with it") {
    Harness h(ImVec2(1280, 1300));  // the note in view under the check-in and the sets
    squat_today(h);
    h.click("today-note");
    h.type("Felt strong");
    h.click("today-title");  // leaves the field
    const failsafe::Session* s = h.app().gym_log().log().session(0, kTuesday);
    REQUIRE(s != nullptr);
    CHECK(s->note == "Felt strong");
}

TEST_CASE("another day is a step away, and Today comes back to the day of the date") {
    Harness h;
    squat_today(h);
    h.click("today-day+");
    CHECK_FALSE(h.has("log-set:0.0"));  // Wednesday: a rest day
    h.click("today-back");
    CHECK(h.has("log-set:0.0"));
}
