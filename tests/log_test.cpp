// The gym log: dates, edits (a set logged, corrected, removed), matching against a plan that
// changed, and the file: golden, round trips, limits, and messages that name the place.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>

#include "failsafe/actions.hpp"
#include "failsafe/log.hpp"
#include "helpers.hpp"
#include "log_helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
const std::filesystem::path kGolden = std::filesystem::path(FAILSAFE_SOURCE_DIR) / "tests" / "golden";

std::string refused(std::string_view text) {
    auto r = log_from_json(text);
    REQUIRE_FALSE(r);
    CHECK_FALSE(r.error().empty());
    return r.error();
}

// A log file around one session's text.
std::string one_session(const std::string& session) {
    return R"({"format": "failsafe.log", "version": 1, "sessions": [)" + session + "]}";
}

// A random valid log: any week and day, sets with and without loads, check-ins and notes.
Log random_log(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const auto& cat = builtin_catalog().exercises();
    Log log;
    log.plan = pick(0, 1) ? "Random plan \xC3\xA9" : "";
    log.unit = static_cast<Unit>(pick(0, 1));
    const int sessions = pick(0, 12);
    for (int i = 0; i < sessions; ++i) {
        const int week = pick(0, limits::kMaxWeeks - 1), day = pick(0, 6);
        const Date date = day_of(pick(0, 400));
        const int entries = pick(0, 4);
        for (int k = 0; k < entries; ++k) {
            const int slot = pick(0, limits::kMaxSlotsPerDay - 1);
            const std::string id = cat[static_cast<size_t>(pick(0, static_cast<int>(cat.size()) - 1))].slug;
            for (int n = pick(1, 4); n > 0; --n) {
                LoggedSet s = logged(pick(0, 30), pick(0, 10));
                if (pick(0, 2)) s.load = static_cast<float>(pick(0, 4000)) / 4.f;
                auto r = failsafe::apply(log, logact::AddSet{week, day, date, slot, id, s});
                if (r) log = *r;  // a slot already holding another exercise is refused: fine
            }
        }
        if (pick(0, 1)) {
            CheckIn c;
            c.sleep = static_cast<uint8_t>(pick(0, 5));
            c.motivation = static_cast<uint8_t>(pick(0, 5));
            c.soreness[pick(0, kMuscleCount - 1)] = static_cast<uint8_t>(pick(1, 5));
            log = with(log, logact::SetCheckIn{week, day, date, c});
        }
        if (pick(0, 2) == 0) log = with(log, logact::SetNote{week, day, date, "Line one\nline \"two\" \xE2\x80\x94 ok"});
    }
    return log;
}
}  // namespace

TEST_CASE("dates: ISO text to days and back, weekdays, and what is refused") {
    CHECK(date_from_iso("1970-01-01") == std::nullopt);  // before 2000
    CHECK(date_from_iso("2000-01-01") == 10957);
    CHECK(date_iso(10957) == "2000-01-01");
    CHECK(weekday(*date_from_iso("2025-03-03")) == 0);  // a Monday
    CHECK(weekday(*date_from_iso("2025-03-09")) == 6);
    CHECK(date_from_iso("2024-02-29").has_value());
    CHECK_FALSE(date_from_iso("2025-02-29").has_value());
    CHECK_FALSE(date_from_iso("2100-01-01").has_value());
    for (const char* bad : {"2025-3-03", "2025-03-3", "2025/03/03", "2025-13-01", "2025-00-10", "2025-01-32", " 2025-01-01",
                            "2025-01-0a", "+025-01-01"})
        CHECK_MESSAGE(!date_from_iso(bad).has_value(), bad);
    for (Date d = *date_from_iso("2000-01-01"); d <= *date_from_iso("2099-12-31"); d += 37) {
        CAPTURE(d);
        CHECK(date_from_iso(date_iso(d)) == d);
    }
}

TEST_CASE("dates: a calendar day from its fields, across month, year and leap-day ends") {
    CHECK(date_from_civil(2025, 3, 3) == date_from_iso("2025-03-03"));
    CHECK(*date_from_civil(2025, 1, 1) - *date_from_civil(2024, 12, 31) == 1);
    CHECK(*date_from_civil(2024, 3, 1) - *date_from_civil(2024, 2, 29) == 1);
    CHECK(*date_from_civil(2025, 3, 1) - *date_from_civil(2025, 2, 28) == 1);
    CHECK(date_iso(*date_from_civil(2026, 11, 1)) == "2026-11-01");
    CHECK_FALSE(date_from_civil(2025, 2, 29).has_value());
    CHECK_FALSE(date_from_civil(2025, 4, 31).has_value());
    CHECK_FALSE(date_from_civil(2025, 0, 1).has_value());
    CHECK_FALSE(date_from_civil(1999, 12, 31).has_value());
}

TEST_CASE("logging: a set opens its session and entry; a set can be corrected and removed") {
    Log log = with_sets({}, 0, 0, 1, "bench-press", {logged(8, 2, 80.f), logged(8, 1, 80.f)});
    REQUIRE(log.sessions.size() == 1);
    const Session* s = log.session(0, 0);
    REQUIRE(s != nullptr);
    CHECK(s->date == day_of(0));
    REQUIRE(s->entries.size() == 1);
    CHECK(s->entries[0].slot == 1);
    CHECK(s->entries[0].sets.size() == 2);
    // A later set in the same session keeps the session's date.
    log = with(log, logact::AddSet{0, 0, day_of(1), 0, "pec-deck", logged(12, 0)});
    CHECK(log.session(0, 0)->date == day_of(0));
    CHECK(log.session(0, 0)->entries[0].exercise == "pec-deck");  // by slot
    // Corrected: 8 reps were really 7, at failure.
    log = with(log, logact::CorrectSet{0, 0, 1, 1, logged(7, 0, 80.f)});
    CHECK(log.session(0, 0)->entries[1].sets[1] == logged(7, 0, 80.f));
    // The slot holds bench press in this session: another exercise there is refused.
    auto other = failsafe::apply(log, logact::AddSet{0, 0, day_of(0), 1, "squat", logged(5, 2)});
    REQUIRE_FALSE(other);
    CHECK(other.error().find("already holds bench-press") != std::string::npos);
    CHECK_FALSE(apply(log, logact::CorrectSet{0, 0, 1, 2, logged(7, 0)}));     // no third set
    CHECK_FALSE(apply(log, logact::CorrectSet{0, 0, 1, 0, logged(7, 11)}));    // RIR above 10
    CHECK_FALSE(apply(log, logact::CorrectSet{0, 0, 1, 0, logged(7, 1, 80.1f)}));  // not a quarter step
    // Removing every set removes the entry, then the session (it has no note or check-in).
    log = with(log, logact::RemoveSet{0, 0, 0, 0});
    CHECK(log.session(0, 0)->entries.size() == 1);
    log = with(log, logact::RemoveSet{0, 0, 1, 0});
    log = with(log, logact::RemoveSet{0, 0, 1, 0});
    CHECK(log.sessions.empty());
}

TEST_CASE("logging: sessions stay in date order, one per week and day; notes keep the text rule") {
    Log log = with_sets({}, 1, 3, 0, "bench-press", {logged(8, 2)});
    log = with_sets(log, 0, 0, 0, "bench-press", {logged(8, 2)});
    log = with(log, logact::SetNote{1, 0, day_of(7), "Felt strong.\nShoulder fine."});
    REQUIRE(log.sessions.size() == 3);
    CHECK(log.sessions[0].week == 0);
    CHECK(log.sessions[1].day == 0);
    CHECK(log.sessions[2].day == 3);
    CHECK(validate_log(log).empty());
    CHECK_FALSE(apply(log, logact::SetNote{0, 0, day_of(0), std::string("bad \x1b[31m escape")}));
    CHECK_FALSE(apply(log, logact::SetNote{0, 0, day_of(0), std::string("\xC3")}));
    CHECK_FALSE(apply(log, logact::SetNote{0, 0, day_of(0), std::string(1001, 'a')}));
    CHECK(apply(log, logact::SetNote{0, 0, day_of(0), std::string(1000, 'a')}));
    CHECK_FALSE(apply(log, logact::AddSet{16, 0, day_of(0), 0, "bench-press", logged(8, 2)}));  // no week 17
    CHECK_FALSE(apply(log, logact::AddSet{0, 0, day_of(0), 24, "bench-press", logged(8, 2)}));  // no slot 25
    CHECK_FALSE(apply(log, logact::AddSet{0, 0, day_of(0), 0, "Bench Press", logged(8, 2)}));   // not an id
    CheckIn bad;
    bad.sleep = 6;
    CHECK_FALSE(apply(log, logact::SetCheckIn{0, 0, day_of(0), bad}));
}

TEST_CASE("matching: entries follow their exercise when the plan changes, and are kept when the slot is gone") {
    Plan plan = one_week({{0, Day{{catalog_slot("bench-press", 4, reps(8), 2, 0), catalog_slot("pec-deck", 3, reps(12), 1, 1)}}}});
    plan.weeks.resize(2, plan.weeks[0]);
    Log log = with_sets({}, 0, 0, 0, "bench-press", {logged(8, 2, 80.f)});
    log = with_sets(log, 0, 0, 1, "pec-deck", {logged(12, 0, 40.f)});
    log = with_sets(log, 1, 0, 1, "pec-deck", {logged(12, 0, 40.f)});
    auto m = match_log(plan, log);
    REQUIRE(m.size() == 3);
    CHECK(m[0].slot_index == 0);
    CHECK(m[1].slot_index == 1);
    CHECK(m[0].exercise->slug == "bench-press");

    // The plan's slots swapped: each entry follows its exercise.
    Plan moved = *failsafe::apply(plan, act::MoveSlot{{0, 0, 1}, {0, 0, 0}});
    m = match_log(moved, log);
    CHECK(m[0].slot_index == 1);
    CHECK(m[1].slot_index == 0);
    CHECK(m[1].slot->sets == 3);

    // The pec deck removed from week 1, and week 2 removed: those entries are kept, unmatched,
    // and still know their exercise (from the catalog).
    Plan removed = *failsafe::apply(plan, act::RemoveSlot{{0, 0, 1}});
    removed = *failsafe::apply(removed, act::RemoveWeek{1});
    m = match_log(removed, log);
    REQUIRE(m.size() == 3);
    CHECK(m[0].slot_index == 0);
    CHECK(m[1].slot == nullptr);
    CHECK(m[1].slot_index == -1);
    REQUIRE(m[1].exercise != nullptr);
    CHECK(m[1].exercise->slug == "pec-deck");
    CHECK(m[2].slot == nullptr);
    // An exercise neither the plan nor the catalog knows: kept, with no exercise.
    log = with_sets(log, 0, 1, 0, "my-gone-custom", {logged(10, 1)});
    m = match_log(removed, log);
    REQUIRE(m.size() == 4);
    CHECK(m[2].entry->exercise == "my-gone-custom");  // week 1 Tuesday comes before week 2 Monday
    CHECK(m[2].exercise == nullptr);
    CHECK(m[2].entry->sets.size() == 1);
}

TEST_CASE("log file: the golden version 1 file reads as written and is written back byte for byte") {
    const std::string text = read_file(kGolden / "log-v1.json");
    auto log = log_from_json(text);
    REQUIRE_MESSAGE(log, log.error());
    CHECK(log->plan == "Upper / lower 4x");
    CHECK(log->unit == Unit::kg);
    REQUIRE(log->sessions.size() == 5);
    const Session& first = log->sessions[0];
    CHECK(date_iso(first.date) == "2025-03-03");
    CHECK(first.week == 0);
    CHECK(first.day == 0);
    CHECK(first.check_in.sleep == 4);
    REQUIRE(first.entries.size() == 2);
    CHECK(first.entries[0].exercise == "bench-press");
    CHECK(first.entries[0].sets[0] == logged(8, 3, 80.f));
    CHECK(first.entries[1].sets.back().failure());
    const Session* tue2 = log->session(1, 1);
    REQUIRE(tue2 != nullptr);
    CHECK(tue2->check_in.soreness[index(Muscle::quads)] == 3);
    CHECK(tue2->note.find("\xE2\x80\x94") != std::string::npos);  // an em dash, kept
    CHECK(tue2->entries[0].sets[1].load == std::nullopt);
    CHECK(tue2->entries[0].sets[0].load == 102.5f);
    CHECK(log_to_json(*log) == text);
}

TEST_CASE("log file: any valid log round-trips exactly, and so does its text") {
    std::mt19937 rng(17);
    for (int i = 0; i < 300; ++i) {
        const Log log = random_log(rng);
        REQUIRE(validate_log(log).empty());
        const std::string text = log_to_json(log);
        auto back = log_from_json(text);
        REQUIRE_MESSAGE(back, back.error());
        CHECK(*back == log);
        CHECK(log_to_json(*back) == text);
    }
}

TEST_CASE("log file: the largest log the limits allow reads, within the file limits") {
    Log log;
    log.plan = std::string(limits::kMaxNameLength, 'p');
    log.unit = Unit::lb;
    for (int w = 0; w < limits::kMaxWeeks; ++w)
        for (int d = 0; d < limits::kDays; ++d) {
            Session s;
            s.week = static_cast<uint8_t>(w);
            s.day = static_cast<uint8_t>(d);
            s.date = day_of(w * 7 + d);
            s.note = std::string(log_limits::kMaxNoteBytes, 'n');
            s.check_in.sleep = s.check_in.motivation = 5;
            s.check_in.soreness.fill(5);
            for (int i = 0; i < limits::kMaxSlotsPerDay; ++i) {
                LogEntry e{static_cast<uint8_t>(i), std::string(limits::kMaxSlugLength, 'x'), {}};
                e.sets.assign(log_limits::kMaxSets, logged(100, 10, 999.75f));
                s.entries.push_back(std::move(e));
            }
            log.sessions.push_back(std::move(s));
        }
    REQUIRE(validate_log(log).empty());
    const std::string text = log_to_json(log);
    CAPTURE(text.size());
    CHECK(text.size() <= kMaxLogBytes);
    auto back = log_from_json(text);
    REQUIRE_MESSAGE(back, back.error());
    CHECK(*back == log);
}

TEST_CASE("log file: refusals name the place and what was expected") {
    CHECK(refused("{\"format\": \"failsafe.log\",\n \"version\": 1,\n \"sessions\": [ }").find("line 3, column") != std::string::npos);
    CHECK(refused(R"({"format": "failsafe.plan", "version": 2})").find("failsafe.log") != std::string::npos);
    CHECK(refused(R"({"format": "failsafe.log", "version": 2})").find("newer Failsafe") != std::string::npos);
    CHECK(refused(R"({"format": "failsafe.log", "version": 18446744073709551615})").find("newer Failsafe") != std::string::npos);
    CHECK(refused(R"({"format": "failsafe.log", "version": 0})").find("version") == 0);
    CHECK(refused(R"({"format": "failsafe.log", "version": 1, "extra": 1})") ==
          "top level: unknown field \"extra\" (allowed: format, version, plan, unit, sessions)");
    CHECK(refused(R"({"format": "failsafe.log", "version": 1, "unit": "stone"})") == "unit: expected one of kg, lb");
    const std::string session = R"({"week": 1, "day": 0, "date": "2025-03-03", "entries": [{"slot": 0, "exercise": "bench-press", "sets": [)";
    CHECK(refused(one_session(session + R"({"reps": 8, "rir": 11}]}]})")) ==
          "sessions[0].entries[0].sets[0].rir: expected an integer from 0 to 10");
    CHECK(refused(one_session(session + R"({"reps": 8, "rir": 1, "load": -5}]}]})")) ==
          "sessions[0].entries[0].sets[0].load: expected a number from 0 to 1000");
    CHECK(refused(one_session(session + R"({"rir": 1}]}]})")).find("sessions[0].entries[0].sets[0].reps: expected the reps done") == 0);
    CHECK(refused(one_session(session + R"(]}]})")) == "sessions[0].entries[0].sets: expected a list of 1 to 10 sets");
    CHECK(refused(one_session(R"({"week": 17, "day": 0, "date": "2025-03-03"})"))== "sessions[0].week: expected an integer from 1 to 16");
    CHECK(refused(one_session(R"({"day": 0, "date": "2025-03-03"})")) == "sessions[0].week: expected the plan's week, 1 to 16");
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-02-30"})")).find("sessions[0].date: expected a date") == 0);
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-03-03", "check_in": {"sleep": 0}})")) ==
          "sessions[0].check_in.sleep: expected an integer from 1 to 5");
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-03-03", "check_in": {"soreness": {"neck": 2}}})"))
              .find("sessions[0].check_in.soreness.neck: unknown muscle") == 0);
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-03-03", "note": "a\u001bb"})")) ==
          "sessions[0].note: text that contains a control character other than a line break");
    CHECK(refused(one_session("{\"week\": 1, \"day\": 0, \"date\": \"2025-03-03\", \"note\": \"\xC3\"}")).find("not valid UTF-8") !=
          std::string::npos);
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-03-03"}, {"week": 1, "day": 0, "date": "2025-03-04"})")) ==
          "sessions[1]: week 1 Monday is logged twice (also sessions[0]); a log holds one pass through its plan");
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "date": "2025-03-03", "entries": [{"slot": 0, "exercise": "bench-press", "sets": [{"reps": 8, "rir": 1}]}, {"slot": 0, "exercise": "squat", "sets": [{"reps": 8, "rir": 1}]}]})")) ==
          "sessions[0].entries[1].slot: slot 0 is logged twice in this session");
    CHECK(refused(one_session(R"({"week": 1, "day": 0, "day": 1, "date": "2025-03-03"})")) ==
          "sessions[0]: the field \"day\" appears twice");
    // Limits: the size, before anything else, and the values.
    CHECK(refused(std::string(kMaxLogBytes + 1, ' ')) == "the file is larger than 2 MiB; a log is far smaller");
    std::string many = R"({"format": "failsafe.log", "version": 1, "plan": [)";
    for (size_t i = 0; i < kMaxLogTokens; ++i) many += "0,";
    many += "0]}";
    CHECK(refused(many).find("values; a log has far fewer") != std::string::npos);
}

TEST_CASE("log file: sessions listed out of order are kept in date order; a missing load stays missing") {
    auto log = log_from_json(one_session(R"({"week": 2, "day": 0, "date": "2025-03-10"}, {"week": 1, "day": 3, "date": "2025-03-06", "entries": [{"slot": 2, "exercise": "pec-deck", "sets": [{"reps": 12, "rir": 0, "load": null}, {"reps": 10, "rir": 0, "load": 42.3}]}]})"));
    REQUIRE_MESSAGE(log, log.error());
    REQUIRE(log->sessions.size() == 2);
    CHECK(log->sessions[0].week == 0);
    CHECK(log->sessions[0].entries[0].sets[0].load == std::nullopt);
    CHECK(log->sessions[0].entries[0].sets[1].load == 42.25f);  // quarter steps
    CHECK(log->sessions[1].week == 1);
}
