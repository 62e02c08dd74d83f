// The gym log across tabs and plans: a set logged in another tab shows here at its storage event
// (through the page bridge, as the browser passes it); sets logged in both tabs at once all
// survive; a deleted plan's log goes with it and comes back with Undo; the unit of the loads is
// the user's, remembered, and shown with each load.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "bridge.hpp"
#include "steps.hpp"

using namespace failsafe;
using test::Harness;

namespace {
constexpr int kTuesday = 1;  // the fake clock's day

void squat_today(Harness& h) {
    h.drag("lib:back-squat", "day:" + std::to_string(kTuesday));
    h.app().ui().phone_tab = app::PhoneTab::today;
    h.frames(2);
    h.click("today-set-start");
    test::wait(h, test::kDebounce + 0.1);  // the plan saved: the other tab opens it
}

std::vector<LoggedSet> squats(const Log& log) {
    const failsafe::Session* s = log.session(0, kTuesday);
    return s && !s->entries.empty() ? s->entries[0].sets : std::vector<LoggedSet>();
}

LoggedSet set_of(int reps) { return {static_cast<uint8_t>(reps), 1, 100.f}; }

// The other tab: the same plan's log in a LogStore of its own, over the same storage.
struct OtherTab {
    app::LogStore log;
    explicit OtherTab(Harness& h) { log.follow(h.app().plan_id(), h.app().plan().name); }
    void logs(int reps) {
        std::string why;
        REQUIRE(log.edit(logact::AddSet{0, kTuesday, app::today(), 0, "back-squat", set_of(reps)}, &why));
    }
};

// The storage event for `key`, through the page bridge as shell.js calls it.
void storage_event(Harness& h, const std::string& key) {
    app::FrameStats stats;
    long frames = 0;
    const platform::Api api = app::page_bridge(h.app(), stats, frames, [](int) {}, [] {});
    api.storage_changed(key);
    h.frames(2);
}

std::string log_key(Harness& h) { return app::LogStore::kPrefix + h.app().plan_id(); }
}  // namespace

TEST_CASE("a set logged in another tab shows here at the storage event, and one logged here shows there") {
    Harness h;
    squat_today(h);
    OtherTab other(h);
    other.logs(8);
    storage_event(h, log_key(h));
    CHECK(squats(h.app().gym_log().log()) == std::vector{set_of(8)});
    CHECK(h.has("log-reps:0.0-"));  // on screen as logged

    h.click("log-set:0.1");
    other.log.stored_elsewhere(log_key(h));
    REQUIRE(squats(other.log.log()).size() == 2);
    CHECK(squats(other.log.log())[0] == set_of(8));
    // A key of another plan, or of something else, changes nothing here.
    const Log before = h.app().gym_log().log();
    storage_event(h, app::LogStore::kPrefix + std::string("another-plan"));
    CHECK(h.app().gym_log().log() == before);
}

TEST_CASE("sets logged in two tabs at once, each before seeing the other's, all survive") {
    Harness h;
    squat_today(h);
    const std::string key = log_key(h);
    OtherTab other(h);
    // The other tab logs; this one, before the event, logs too: it reads what is stored first.
    other.logs(8);
    h.click("log-set:0.0");
    REQUIRE(squats(h.app().gym_log().log()).size() == 2);
    CHECK(squats(h.app().gym_log().log())[0] == set_of(8));

    // The race the browser allows: the other tab still reads the version before this tab's
    // write (its copy of storage is behind) and writes over it, without this tab's set.
    const std::string before = h.platform().storage[key];
    const std::string mine = [&] {
        h.click("log-set:0.2");  // this tab's third set, written
        return h.platform().storage[key];
    }();
    h.platform().storage[key] = before;  // what the other tab still sees
    other.log.stored_elsewhere(key);
    other.logs(6);
    CHECK(h.platform().storage[key] != mine);  // this tab's last set is not in storage now
    // This tab gets the event of that write: its own set is merged back in and written.
    storage_event(h, key);
    const std::vector<LoggedSet> all = squats(h.app().gym_log().log());
    REQUIRE(all.size() == 4);
    CHECK(std::count(all.begin(), all.end(), set_of(8)) == 1);
    CHECK(std::count(all.begin(), all.end(), set_of(6)) == 1);
    const std::string stored = h.platform().storage[key];
    CHECK(*log_from_json(stored.substr(stored.find('\n') + 1)) == h.app().gym_log().log());
    // The other tab takes the merged log as it is (nothing of its own to add), and writes nothing.
    other.log.stored_elsewhere(key);
    CHECK(other.log.log() == h.app().gym_log().log());
    CHECK(h.platform().storage[key] == stored);
}

TEST_CASE("deleting a plan takes its log with it; Undo delete brings both back") {
    Harness h;
    squat_today(h);
    h.click("log-set:0.0");
    const std::string id = h.app().plan_id();
    const std::string key = log_key(h);
    const std::string stored = h.platform().storage[key];
    h.app().open_plan(Plan{}, "Another plan");
    h.frames(2);
    REQUIRE(h.app().plan_id() != id);
    test::open_my_plans(h);
    int row = -1;
    for (size_t i = 0; i < h.app().store().plans().size(); ++i)
        if (h.app().store().plans()[i].id == id) row = static_cast<int>(i);
    REQUIRE(row >= 0);
    h.click("plans-delete:" + std::to_string(row));
    CHECK(h.platform().storage.count(test::plan_key(id)) == 0);
    CHECK(h.platform().storage.count(key) == 0);  // no log left behind without its plan
    REQUIRE_FALSE(h.app().ui().toasts.empty());
    CHECK(h.app().ui().toasts.back().text == "Deleted a saved plan and its gym log");
    h.click("plans-undo-delete");
    CHECK(h.platform().storage.count(test::plan_key(id)) == 1);
    CHECK(h.platform().storage[key] == stored);  // as it was
    h.app().switch_to(id);
    h.frames(2);
    CHECK(squats(h.app().gym_log().log()).size() == 1);
}

TEST_CASE("a load off the stepper's steps (an imported 101.25 kg) is shown as written and never changed by drawing it") {
    Harness h(test::kPhone);
    squat_today(h);
    h.click("log-set:0.0");
    std::string why;
    REQUIRE(h.app().gym_log().edit(logact::CorrectSet{0, kTuesday, 0, 0, LoggedSet{8, 1, 101.25f}}, &why));
    h.frames(3);
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 101.25f);
    CHECK(h.text("log-load:0.0=") == "101.25 kg");
    h.click("log-load:0.0-");
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 100.f);
}

TEST_CASE("loads: in the unit the user picks, remembered for the next log, shown as a lifter writes them") {
    Harness h(test::kPhone);
    squat_today(h);
    h.click("log-set:0.0");
    for (int i = 0; i < 5; ++i) h.click("log-load:0.0+");
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 12.5f);  // 2.5 kg steps
    CHECK(h.text("log-load:0.0=") == "12.5 kg");
    h.click("today-unit:lb");
    CHECK(h.app().gym_log().log().unit == Unit::lb);
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 12.5f);  // the number as written, now in lb
    CHECK(h.text("log-load:0.0=") == "12.5 lb");
    h.click("log-load:0.0+");
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 15.f);  // to the 5 lb steps
    h.click("log-load:0.0+");
    CHECK(squats(h.app().gym_log().log())[0].load.value_or(0) == 20.f);
    CHECK(h.text("log-load:0.0=") == "20 lb");
    for (int i = 0; i < 4; ++i) h.click("log-load:0.0-");
    CHECK(h.text("log-load:0.0=") == "no load");
    CHECK_FALSE(squats(h.app().gym_log().log())[0].load.has_value());
    CHECK(h.platform().storage[log_key(h)].find("\"unit\": \"lb\"") != std::string::npos);

    // A new plan's log starts in lb; a reload keeps it.
    h.app().open_plan(Plan{}, "Another plan");
    h.frames(2);
    CHECK(h.app().gym_log().log().unit == Unit::lb);
    h.reload();
    CHECK(h.app().gym_log().log().unit == Unit::lb);
}
