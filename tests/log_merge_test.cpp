// Two tabs' edits to one log merged (merge_logs): what each side logged, corrected or removed
// since the version both saw survives; worked by hand, case by case.
#include <doctest/doctest.h>

#include "failsafe/log.hpp"
#include "log_helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
// The sets logged at (week, day, slot), empty when none.
std::vector<LoggedSet> sets_at(const Log& log, int week, int day, int slot) {
    if (const Session* s = log.session(week, day))
        for (const LogEntry& e : s->entries)
            if (e.slot == slot) return e.sets;
    return {};
}

Log corrected(const Log& log, int week, int day, int slot, int index, LoggedSet set) {
    return with(log, logact::CorrectSet{week, day, slot, index, set});
}
Log removed(const Log& log, int week, int day, int slot, int index) { return with(log, logact::RemoveSet{week, day, slot, index}); }

const LoggedSet a = logged(8, 2, 100.f), b = logged(7, 1, 100.f), c = logged(6, 0, 100.f);
}  // namespace

TEST_CASE("merge: a side that changed nothing takes the other's log as it is") {
    const Log base = with_sets({}, 0, 0, 0, "back-squat", {a});
    const Log mine = with_sets(base, 0, 0, 0, "back-squat", {b});
    CHECK(merge_logs(base, base, mine) == mine);
    CHECK(merge_logs(base, mine, base) == mine);
    CHECK(merge_logs(base, mine, mine) == mine);
}

TEST_CASE("merge: both tabs log a set on the same slot at once - both sets survive") {
    const Log base = with_sets({}, 0, 0, 0, "back-squat", {a});
    const Log mine = with_sets(base, 0, 0, 0, "back-squat", {b});
    const Log theirs = with_sets(base, 0, 0, 0, "back-squat", {c});
    CHECK(sets_at(merge_logs(base, mine, theirs), 0, 0, 0) == std::vector{a, c, b});  // theirs, then mine
    CHECK(sets_at(merge_logs(base, theirs, mine), 0, 0, 0) == std::vector{a, b, c});
    // From an empty log too: the first set of a session, logged in two tabs.
    const Log first_mine = with_sets({}, 0, 0, 0, "back-squat", {a});
    const Log first_theirs = with_sets({}, 0, 0, 0, "back-squat", {c});
    CHECK(sets_at(merge_logs({}, first_mine, first_theirs), 0, 0, 0) == std::vector{c, a});
    // A set removed on one side while the other logged one: the removal and the new set.
    CHECK(sets_at(merge_logs(base, removed(base, 0, 0, 0, 0), theirs), 0, 0, 0) == std::vector{c});
}

TEST_CASE("merge: different slots, days and weeks are simply both kept, in the log's order") {
    const Log base;
    const Log mine = with_sets(base, 1, 2, 0, "bench-press", {a});
    const Log theirs = with_sets(with_sets(base, 0, 0, 1, "back-squat", {b}), 1, 2, 1, "barbell-row", {c});
    const Log merged = merge_logs(base, mine, theirs);
    REQUIRE(merged.sessions.size() == 2);
    CHECK(merged.sessions[0].week == 0);  // by date
    CHECK(sets_at(merged, 1, 2, 0) == std::vector{a});
    CHECK(sets_at(merged, 1, 2, 1) == std::vector{c});
    CHECK(sets_at(merged, 0, 0, 1) == std::vector{b});
    CHECK(validate_log(merged).empty());
}

TEST_CASE("merge: a correction or a removal on one side applies where the other only added") {
    const Log base = with_sets({}, 0, 0, 0, "back-squat", {a, b});
    const Log theirs = with_sets(base, 0, 0, 0, "back-squat", {c});
    const LoggedSet fixed = logged(9, 2, 100.f);
    CHECK(sets_at(merge_logs(base, corrected(base, 0, 0, 0, 1, fixed), theirs), 0, 0, 0) == std::vector{a, fixed, c});
    CHECK(sets_at(merge_logs(base, removed(base, 0, 0, 0, 0), theirs), 0, 0, 0) == std::vector{b, c});
    // Theirs corrected, mine added: their correction and my set.
    const Log mine = with_sets(base, 0, 0, 0, "back-squat", {c});
    CHECK(sets_at(merge_logs(base, mine, corrected(base, 0, 0, 0, 0, fixed)), 0, 0, 0) == std::vector{fixed, b, c});
    // Both corrected other sets: both corrections.
    const LoggedSet other = logged(5, 3, 90.f);
    CHECK(sets_at(merge_logs(base, corrected(base, 0, 0, 0, 0, fixed), corrected(base, 0, 0, 0, 1, other)), 0, 0, 0) ==
          std::vector{fixed, other});
    // The last set of a session removed on one side, nothing changed on the other: the session goes.
    const Log one = with_sets({}, 0, 0, 0, "back-squat", {a});
    CHECK(merge_logs(one, removed(one, 0, 0, 0, 0), one).sessions.empty());
}

TEST_CASE("merge: a check-in, a note and the unit take the side that changed them, mine when both did") {
    const Log base = with_check_in(with_sets({}, 0, 0, 0, "back-squat", {a}), 0, 0, 3, 3);
    const Log mine = with_check_in(base, 0, 0, 5, 3);
    const Log theirs = with_sets(base, 0, 0, 0, "back-squat", {b});
    const Log merged = merge_logs(base, mine, theirs);
    const Session* s = merged.session(0, 0);
    REQUIRE(s != nullptr);
    CHECK(s->check_in.sleep == 5);
    CHECK(s->entries[0].sets == std::vector{a, b});
    CHECK(merge_logs(base, mine, with_check_in(base, 0, 0, 3, 1)).session(0, 0)->check_in.sleep == 5);

    Log lb = base;
    lb.unit = Unit::lb;
    CHECK(merge_logs(base, lb, theirs).unit == Unit::lb);
    CHECK(merge_logs(base, theirs, lb).unit == Unit::lb);

    const Log my_note = with(theirs, logact::SetNote{0, 0, day_of(0), "Knees fine"});
    const Log their_note = with(base, logact::SetNote{0, 0, day_of(0), "Belt on"});
    const Log both = merge_logs(base, my_note, their_note);
    CHECK(both.session(0, 0)->note == "Knees fine");
    CHECK(both.session(0, 0)->entries[0].sets == std::vector{a, b});
}

TEST_CASE("merge: a slot logged as two exercises (the plan changed in one tab) keeps theirs") {
    const Log base;
    const Log merged = merge_logs(base, with_sets(base, 0, 0, 0, "front-squat", {a}), with_sets(base, 0, 0, 0, "back-squat", {b}));
    REQUIRE(merged.sessions.size() == 1);
    CHECK(merged.sessions[0].entries[0].exercise == "back-squat");
    CHECK(sets_at(merged, 0, 0, 0) == std::vector{b});
}

TEST_CASE("merge: never more sets in a slot than a log holds") {
    Log base;
    for (int i = 0; i < log_limits::kMaxSets - 1; ++i) base = with_sets(base, 0, 0, 0, "back-squat", {a});
    const Log merged = merge_logs(base, with_sets(base, 0, 0, 0, "back-squat", {b}), with_sets(base, 0, 0, 0, "back-squat", {c}));
    CHECK(sets_at(merged, 0, 0, 0).size() == static_cast<size_t>(log_limits::kMaxSets));
    CHECK(validate_log(merged).empty());
}
