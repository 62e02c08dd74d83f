// Today is the user's calendar day, not UTC's: a lifter in UTC-8 at 8 pm sees that day's session;
// the day turns at local midnight, and daylight saving moves it with the clocks.
#include <doctest/doctest.h>

#include <string>

#include "steps.hpp"

using namespace failsafe;
using test::Harness;

namespace {
constexpr int kTuesday = 1;
constexpr const char* kLosAngeles = "America/Los_Angeles";

// `hours` into the UTC day `y-m-d`, in seconds since the epoch.
double utc(int y, int m, int d, double hours) { return *date_from_civil(y, m, d) * 86400.0 + hours * 3600.0; }
Date day(int y, int m, int d) { return *date_from_civil(y, m, d); }

Date today_at(const char* zone, double seconds) {
    fake::platform().time_zone = zone;
    fake::platform().now = seconds;
    return app::today();
}
}  // namespace

TEST_CASE("today: the local calendar day, turning at local midnight") {
    fake::reset();
    // Tuesday 2026-11-24, 8 pm in Los Angeles, is already Wednesday in UTC.
    CHECK(today_at(kLosAngeles, utc(2026, 11, 25, 4)) == day(2026, 11, 24));
    CHECK(today_at("UTC0", utc(2026, 11, 25, 4)) == day(2026, 11, 25));
    CHECK(today_at(kLosAngeles, utc(2026, 11, 25, 7.99)) == day(2026, 11, 24));  // 11:59 pm
    CHECK(today_at(kLosAngeles, utc(2026, 11, 25, 8)) == day(2026, 11, 25));     // midnight
    // East of Greenwich the day starts before UTC's: 11:30 UTC is 00:30 the next day in Auckland (UTC+13).
    CHECK(today_at("Pacific/Auckland", utc(2026, 11, 24, 11.5)) == day(2026, 11, 25));
    CHECK(today_at("Pacific/Auckland", utc(2026, 11, 24, 10.5)) == day(2026, 11, 24));
}

TEST_CASE("today: daylight saving moves midnight with the clocks") {
    fake::reset();
    // Spring forward, Sunday 2026-03-08: the evening is UTC-7, so 00:30 on Monday is 07:30 UTC
    // (at the winter offset it would still be Sunday).
    CHECK(today_at(kLosAngeles, utc(2026, 3, 9, 6.5)) == day(2026, 3, 8));  // 11:30 pm PDT
    CHECK(today_at(kLosAngeles, utc(2026, 3, 9, 7.5)) == day(2026, 3, 9));  // 00:30 am PDT
    // Fall back, Sunday 2026-11-01: the day is 25 hours long; 11:30 pm is 07:30 UTC on Monday.
    CHECK(today_at(kLosAngeles, utc(2026, 11, 1, 7.5)) == day(2026, 11, 1));  // 00:30 am PDT
    CHECK(today_at(kLosAngeles, utc(2026, 11, 2, 7.5)) == day(2026, 11, 1));  // 11:30 pm PST
    CHECK(today_at(kLosAngeles, utc(2026, 11, 2, 8.5)) == day(2026, 11, 2));  // 00:30 am PST
}

TEST_CASE("a lifter in UTC-8 at 8 pm logs tonight's session, in the right week across the change of clocks") {
    Harness h(ImVec2(1280, 720), false);
    h.platform().time_zone = kLosAngeles;
    h.platform().now = utc(2026, 10, 28, 3);  // Tuesday 2026-10-27, 8 pm PDT
    h.start();
    h.drag("lib:back-squat", "day:" + std::to_string(kTuesday));
    h.app().ui().phone_tab = app::PhoneTab::today;  // Today, as the Plan menu opens it
    h.frames(2);
    h.click("today-set-start");
    REQUIRE(h.app().gym_log().start() == day(2026, 10, 26));  // that week's Monday
    REQUIRE(h.has("log-set:0.0"));                           // Tuesday's squats, not Wednesday's rest
    h.click("log-set:0.0");
    const failsafe::Session* first = h.app().gym_log().log().session(0, kTuesday);
    REQUIRE(first != nullptr);
    CHECK(first->date == day(2026, 10, 27));

    h.app().dispatch(act::CopyWeek{0, 1});
    h.platform().now = utc(2026, 11, 4, 4);  // a week on, the clocks back: Tuesday 2026-11-03, 8 pm PST
    h.frames(2);
    REQUIRE(h.has("log-set:0.0"));
    h.click("log-set:0.0");
    const failsafe::Session* second = h.app().gym_log().log().session(1, kTuesday);
    REQUIRE(second != nullptr);
    CHECK(second->date == day(2026, 11, 3));
}
