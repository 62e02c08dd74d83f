// What the analysis reads from the log, with hand-worked cases on both sides of every threshold:
// logged failure against the budget, unplanned failure, reps falling, soreness that lingers,
// check-ins trending down, the recovery suggestion, the messages, and the history series.
#include <doctest/doctest.h>

#include <filesystem>

#include "failsafe/actions.hpp"
#include "failsafe/formats.hpp"
#include "failsafe/log_analysis.hpp"
#include "helpers.hpp"
#include "log_helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
// Four weeks of Monday and Thursday: bench press 4 x 8 at RIR 2 first, then leg extension (Monday:
// 3 x 12, the last set to failure; Thursday: no failure) and leg curl.
Plan two_days() {
    Plan p = one_week({{0, Day{{catalog_slot("bench-press", 4, reps(8), 2, 0), catalog_slot("leg-extension", 3, reps(12), 1, 1)}}},
                       {3, Day{{catalog_slot("bench-press", 4, reps(8), 2, 0), catalog_slot("leg-extension", 3, reps(12), 1, 0),
                                catalog_slot("leg-curl", 3, reps(12), 1, 0)}}}});
    p.weeks.resize(4, p.weeks[0]);
    return p;
}

LogAnalysis run(const Plan& plan, const Log& log) { return analyze_log(plan, analyze(plan), log); }

std::vector<const Finding*> of(const LogAnalysis& a, Check c) {
    std::vector<const Finding*> out;
    for (const Finding& f : a.findings)
        if (f.check == c) out.push_back(&f);
    return out;
}

// The n-th session of the plan's days in order: week n / 2, Monday then Thursday.
int week_of(int n) { return n / 2; }
int day_of_session(int n) { return n % 2 ? 3 : 0; }

// Bench press sessions in a row, each with `lead` as its first set and a second set after it.
Log bench_sessions(std::initializer_list<LoggedSet> leads) {
    Log log;
    int n = 0;
    for (const LoggedSet& lead : leads) {
        LoggedSet after = lead;
        after.reps = static_cast<uint8_t>(lead.reps > 0 ? lead.reps - 1 : 0);
        log = with_sets(log, week_of(n), day_of_session(n), 0, "bench-press", {lead, after});
        ++n;
    }
    return log;
}

int falling(std::initializer_list<LoggedSet> leads) { return static_cast<int>(of(run(two_days(), bench_sessions(leads)), Check::reps_falling).size()); }

// Sessions with a check-in each: `sleep` scores in order, motivation `motivation` (or the same).
Log check_ins(std::initializer_list<int> scores, bool as_motivation = false) {
    Log log;
    int n = 0;
    for (int v : scores) {
        log = with_sets(log, week_of(n), day_of_session(n), 0, "bench-press", {logged(8, 2, 80.f)});
        log = with_check_in(log, week_of(n), day_of_session(n), as_motivation ? 4 : v, as_motivation ? v : 4);
        ++n;
    }
    return log;
}
int sleep_falling(std::initializer_list<int> scores) { return static_cast<int>(of(run(two_days(), check_ins(scores)), Check::sleep_falling).size()); }
}  // namespace

TEST_CASE("reps falling: three sessions in a row, each with fewer reps at the same or more load and no more reps in reserve") {
    const LogAnalysis a = run(two_days(), bench_sessions({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 1, 80.f)}));
    const auto found = of(a, Check::reps_falling);
    REQUIRE(found.size() == 1);
    const Finding& f = *found[0];
    CHECK(f.severity == Severity::warning);
    CHECK(f.week == 1);  // the third session: week 2, Monday
    CHECK(f.day == 0);
    CHECK(f.slot == 0);
    CHECK(f.value == 6);
    CHECK(f.limit == 8);
    REQUIRE(f.fix.has_value());  // an early deload: week 3
    CHECK(std::get<act::SetDeload>(*f.fix).week == 2);
    CHECK(log_fix_label(f) == "Make next week a deload");
    // Applying the fix makes week 3 a deload.
    const Plan fixed = *failsafe::apply(two_days(), to_action(*f.fix));
    CHECK(fixed.weeks[2].deload);

    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f)}) == 0);                         // two sessions: one fall
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 2, 77.5f)}) == 0);    // lighter load
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 3, 80.f)}) == 0);     // more in reserve
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(7, 2, 80.f)}) == 0);     // reps held
    CHECK(falling({logged(8, 2, 80.f), logged(8, 2, 80.f), logged(7, 2, 80.f)}) == 0);     // one fall in three
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 82.5f), logged(6, 2, 85.f)}) == 1);    // heavier and fewer
    CHECK(falling({logged(12, 1), logged(11, 1), logged(10, 0)}) == 1);                      // no loads: reps and effort
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2), logged(6, 2, 80.f)}) == 0);             // a load missing: not comparable
    // Once per run: a fourth falling session adds nothing; a new run after a recovery does.
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 2, 80.f), logged(5, 2, 80.f)}) == 1);
    CHECK(falling({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 2, 80.f), logged(8, 2, 80.f), logged(7, 2, 80.f),
                   logged(6, 2, 80.f)}) == 2);
}

TEST_CASE("reps falling: a heavy and a light day of one lift are separate series") {
    Plan plan = two_days();
    for (auto& w : plan.weeks) w.days[3].slots[0].reps = reps(12);  // Thursday: light bench
    Log log;
    // Heavy Mondays fall 6, 5, 4 at 100; light Thursdays hold 12 at 70.
    for (int n = 0; n < 6; ++n)
        log = with_sets(log, week_of(n), day_of_session(n), 0, "bench-press",
                        {n % 2 ? logged(12, 2, 70.f) : logged(6 - n / 2, 2, 100.f)});
    const LogAnalysis a = run(plan, log);
    const auto found = of(a, Check::reps_falling);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->week == 2);
    CHECK(found[0]->day == 0);
    // Read as one series (one target on both days), the steady light sessions hide the fall.
    CHECK(of(run(two_days(), log), Check::reps_falling).empty());
}

TEST_CASE("soreness lingering: 3 of 5 or more before a session that trains the muscle again") {
    auto sore = [](int score, bool trains_quads, bool trained_before = true) {
        Log log;
        if (trained_before) log = with_sets(log, 0, 0, 1, "leg-extension", {logged(12, 1, 50.f), logged(11, 0, 50.f)});
        log = with_sets(log, 0, 3, 0, "bench-press", {logged(8, 2, 80.f)});
        if (trains_quads) log = with_sets(log, 0, 3, 1, "leg-extension", {logged(12, 2, 45.f)});
        log = with_check_in(log, 0, 3, 4, 4, {{Muscle::quads, score}});
        return run(two_days(), log);
    };
    const LogAnalysis a = sore(3, true);
    const auto found = of(a, Check::soreness_lingering);
    REQUIRE(found.size() == 1);
    const Finding& f = *found[0];
    CHECK(f.muscle == Muscle::quads);
    CHECK(f.week == 0);
    CHECK(f.day == 3);
    CHECK(f.other_day == 0);  // sore from Monday
    CHECK(f.value == 3);
    // The fix: Monday's failure set on leg extension stops a rep short next week.
    REQUIRE(f.fix.has_value());
    const auto& edit = std::get<act::EditSlot>(*f.fix);
    CHECK(edit.at == SlotPos{1, 0, 1});
    CHECK(edit.slot.failure_count() == 0);
    CHECK(log_fix_label(f) == "One failure set fewer next week");

    CHECK(of(sore(2, true), Check::soreness_lingering).empty());         // below 3
    CHECK(of(sore(5, false), Check::soreness_lingering).empty());        // quads not trained that session
    CHECK(of(sore(4, true, false), Check::soreness_lingering).empty());  // no earlier session trained them
}

TEST_CASE("check-ins trending down: never rising over 3 or more check-ins and 2 points lower in all") {
    CHECK(sleep_falling({4, 3, 2}) == 1);
    CHECK(sleep_falling({4, 4, 3}) == 0);   // 1 point
    CHECK(sleep_falling({5, 3, 3}) == 1);
    CHECK(sleep_falling({4, 3, 4}) == 0);   // rose again
    CHECK(sleep_falling({4, 2}) == 0);      // two check-ins
    CHECK(sleep_falling({5, 5, 4, 4, 3}) == 1);
    CHECK(sleep_falling({5, 4, 3, 2, 1}) == 1);  // once per run
    const LogAnalysis a = run(two_days(), check_ins({5, 5, 4, 4, 3}));
    const Finding& f = *of(a, Check::sleep_falling).at(0);
    CHECK(f.week == 2);  // the fifth session: week 3, Monday
    CHECK(f.day == 0);
    CHECK(f.value == 3);
    CHECK(f.limit == 5);
    REQUIRE(f.fix.has_value());
    CHECK(std::get<act::SetDeload>(*f.fix).week == 3);
    const LogAnalysis m = run(two_days(), check_ins({4, 3, 2}, true));
    CHECK(of(m, Check::motivation_falling).size() == 1);
    CHECK(of(m, Check::sleep_falling).empty());
    // No early deload past the plan's last week, or onto a deload.
    Plan short_plan = two_days();
    short_plan.weeks.resize(1);
    CHECK_FALSE(of(run(short_plan, check_ins({4, 3, 2})), Check::sleep_falling).at(0)->fix.has_value());
}

TEST_CASE("logged failure against the budget, per muscle and week, and failure the plan did not ask for") {
    Plan plan = two_days();
    plan.budgets[index(Muscle::quads)] = BudgetOverride{0, 30, 2};
    auto quads = [&](std::initializer_list<LoggedSet> sets) { return run(plan, with_sets({}, 0, 0, 1, "leg-extension", sets)); };
    const LogAnalysis over = quads({logged(12, 0, 50.f), logged(10, 0, 50.f), logged(9, 0, 50.f)});
    REQUIRE(over.weeks.size() == 4);
    CHECK(over.weeks[0].muscles[index(Muscle::quads)].failure_sets == 3);
    CHECK(over.weeks[0].muscles[index(Muscle::quads)].hard_sets == 3);
    CHECK(over.weeks[0].muscles[index(Muscle::quads)].budget == 2);
    CHECK(over.weeks[0].sessions == 1);
    const auto budget = of(over, Check::logged_failure_over_budget);
    REQUIRE(budget.size() == 1);
    CHECK(budget[0]->muscle == Muscle::quads);
    CHECK(budget[0]->value == 3);
    CHECK(budget[0]->limit == 2);
    REQUIRE(budget[0]->fix.has_value());
    CHECK(std::get<act::EditSlot>(*budget[0]->fix).at == SlotPos{1, 0, 1});
    CHECK(of(quads({logged(12, 1, 50.f), logged(10, 0, 50.f), logged(9, 0, 50.f)}), Check::logged_failure_over_budget).empty());

    // Unplanned: the plan takes the last of three sets to failure.
    CHECK(of(quads({logged(12, 1), logged(11, 1), logged(10, 0)}), Check::unplanned_failure).empty());
    const LogAnalysis first_failed = quads({logged(12, 0), logged(11, 1), logged(10, 0)});
    const auto early = of(first_failed, Check::unplanned_failure);
    REQUIRE(early.size() == 1);
    CHECK(early[0]->value == 1);
    CHECK(early[0]->limit == 1);
    CHECK(early[0]->severity == Severity::info);  // leg extension: safe to fail
    CHECK(of(quads({logged(12, 1), logged(11, 1), logged(10, 0), logged(8, 0)}), Check::unplanned_failure).size() == 1);  // a 4th set
    const LogAnalysis benched = run(plan, with_sets({}, 0, 0, 0, "bench-press", {logged(8, 2), logged(8, 1), logged(7, 0)}));
    const auto bench = of(benched, Check::unplanned_failure);
    REQUIRE(bench.size() == 1);
    CHECK(bench[0]->severity == Severity::warning);  // bench press: avoid failure
    CHECK(bench[0]->limit == 0);
}

TEST_CASE("a log outlives plan changes: entries the plan lost still count for their muscles") {
    Plan plan = two_days();
    plan.budgets[index(Muscle::quads)] = BudgetOverride{0, 30, 2};
    Log log = with_sets({}, 0, 0, 1, "leg-extension", {logged(12, 0), logged(10, 0), logged(9, 0)});
    log = with_sets(log, 5, 0, 0, "leg-extension", {logged(12, 0), logged(10, 0), logged(9, 0)});  // week 6: the plan has 4
    const Plan without = *failsafe::apply(plan, act::RemoveSlot{{0, 0, 1}});
    const LogAnalysis a = run(without, log);
    CHECK(a.unmatched == 2);
    REQUIRE(a.weeks.size() == 6);
    CHECK(a.weeks[0].muscles[index(Muscle::quads)].failure_sets == 3);
    CHECK(a.weeks[5].muscles[index(Muscle::quads)].failure_sets == 3);
    CHECK(a.weeks[5].muscles[index(Muscle::quads)].budget == 2);  // the plan's budget for weeks past its end
    CHECK(of(a, Check::logged_failure_over_budget).size() == 2);
    CHECK(of(a, Check::unplanned_failure).empty());  // nothing to compare an unmatched entry with
}

TEST_CASE("recovery suggestion: slower after repeated warning signs, faster after weeks without, else the plan's") {
    // Reps falling and sleep falling: two kinds of signs.
    Log signs = bench_sessions({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 1, 80.f)});
    for (int n = 0; n < 3; ++n) signs = with_check_in(signs, week_of(n), day_of_session(n), 4 - n, 4);
    const LogAnalysis slower = run(two_days(), signs);
    CHECK(slower.suggested_recovery == Recovery::slower);
    const auto found = of(slower, Check::recovery_suggestion);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::info);
    CHECK(log_finding_message(two_days(), *found[0]).find("slower recovery setting instead of typical") != std::string::npos);
    // Its fix sets the plan's recovery setting to the one suggested.
    REQUIRE(found[0]->fix.has_value());
    CHECK(log_fix_label(*found[0]) == "Set recovery to slower");
    auto fixed = failsafe::apply(two_days(), to_action(*found[0]->fix));
    REQUIRE(fixed);
    CHECK(fixed->recovery == Recovery::slower);
    Plan already = two_days();
    already.recovery = Recovery::slower;
    CHECK(run(already, signs).suggested_recovery == Recovery::slower);
    CHECK(of(run(already, signs), Check::recovery_suggestion).empty());
    // One sign once: no change.
    CHECK(run(two_days(), bench_sessions({logged(8, 2, 80.f), logged(7, 2, 80.f), logged(6, 1, 80.f)})).suggested_recovery ==
          Recovery::typical);

    // Three weeks, six check-ins, soreness at most 2: faster. Soreness 3 once, or two weeks: typical.
    auto calm = [](int weeks, int soreness) {
        Log log;
        for (int n = 0; n < weeks * 2; ++n) {
            log = with_sets(log, week_of(n), day_of_session(n), 1, "leg-extension", {logged(12, 1, 50.f)});
            log = with_check_in(log, week_of(n), day_of_session(n), 4, 4, {{Muscle::quads, n == 3 ? soreness : 1}});
        }
        return run(two_days(), log).suggested_recovery;
    };
    CHECK(calm(3, 2) == Recovery::faster);
    CHECK(calm(3, 3) == Recovery::typical);
    CHECK(calm(2, 1) == Recovery::typical);
}

TEST_CASE("the golden log against its plan: the signs, each with its message and source") {
    const std::filesystem::path root(FAILSAFE_SOURCE_DIR);
    auto plan = plan_from_json(read_file(root / "tests" / "fixtures" / "upper-lower-block.json"));
    auto log = log_from_json(read_file(root / "tests" / "golden" / "log-v1.json"));
    REQUIRE(plan);
    REQUIRE(log);
    const LogAnalysis a = run(*plan, *log);
    CHECK(a.unmatched == 0);
    CHECK(of(a, Check::reps_falling).size() == 1);
    CHECK(of(a, Check::soreness_lingering).size() == 1);
    CHECK(of(a, Check::sleep_falling).size() == 1);
    CHECK(of(a, Check::unplanned_failure).size() == 2);  // failure weeks are week 4 only
    CHECK(a.suggested_recovery == Recovery::slower);
    for (const Finding& f : a.findings) {
        const std::string text = log_finding_message(*plan, f);
        CAPTURE(text);
        CHECK(is_log_check(f.check));
        CHECK(text.back() == ')');
        CHECK(text.find(" (") != std::string::npos);
        CHECK(text.find("1 sets") == std::string::npos);
        CHECK(text.find("1 reps") == std::string::npos);
    }
    const Finding& reps = *of(a, Check::reps_falling)[0];
    CHECK(log_finding_message(*plan, reps) ==
          "Bench press: the first set fell from 8 reps to 6 over 3 sessions, at the same or a heavier load and no more reps in "
          "reserve. A decline in performance is a sign of overreaching: take fewer sets to failure, or deload early. (Iron "
          "Alliances guide: watch for a decline in performance, persistent soreness, trouble sleeping and mood swings)");
    const Finding& sore = *of(a, Check::soreness_lingering)[0];
    CHECK(log_finding_message(*plan, sore).rfind("Quads: still sore (3 of 5) before Tuesday's session in week 2, after Tuesday's", 0) == 0);
}

TEST_CASE("every log check has words: its subject, a remedy where there is one, and its source") {
    const Plan plan = two_days();
    for (int c = kPlanCheckCount; c < kCheckCount; ++c) {
        for (float n : {1.f, 2.f}) {
            Finding f;
            f.check = static_cast<Check>(c);
            f.severity = Severity::warning;
            f.muscle = Muscle::quads;
            f.week = 0, f.day = 0, f.slot = 1, f.other_day = 3;
            f.value = n, f.limit = n + 1;
            const std::string text = log_finding_message(plan, f);
            CAPTURE(check_id(f.check));
            CAPTURE(text);
            CHECK(text != std::string(f.code()));
            CHECK(text.back() == ')');
            CHECK(text.find("1 sets") == std::string::npos);
            CHECK(text.find("1 reps") == std::string::npos);
            CHECK(text.find("2 set ") == std::string::npos);
        }
    }
}

TEST_CASE("history: per exercise and week, sets, failure sets and the best set; per muscle and week, the tallies") {
    const Plan plan = two_days();
    Log log = with_sets({}, 0, 0, 0, "bench-press", {logged(8, 3, 80.f), logged(8, 2, 80.f), logged(7, 0, 80.f)});
    log = with_sets(log, 0, 3, 0, "bench-press", {logged(5, 1, 90.f)});
    log = with_sets(log, 2, 0, 0, "bench-press", {logged(10, 0)});
    const LogHistory h = log_history(plan, analyze(plan), log);
    REQUIRE(h.exercises.size() == 1);
    const ExerciseHistory& bench = h.exercises[0];
    CHECK(bench.exercise == "bench-press");
    REQUIRE(bench.info != nullptr);
    REQUIRE(bench.weeks.size() == 2);
    CHECK(bench.weeks[0].week == 0);
    CHECK(bench.weeks[0].sets == 4);
    CHECK(bench.weeks[0].failure_sets == 1);
    // 8 @ 80 with 3 in reserve: 80 x (1 + 11/30) = 109.3; 5 @ 90 with 1: 90 x (1 + 6/30) = 108.
    CHECK(bench.weeks[0].best == logged(8, 3, 80.f));
    CHECK(bench.weeks[0].best_1rm == doctest::Approx(109.333f));
    CHECK(bench.weeks[1].week == 2);
    CHECK(bench.weeks[1].best_1rm == 0);  // no load
    CHECK(bench.weeks[1].best == logged(10, 0));
    REQUIRE(h.muscles.size() == 4);
    CHECK(h.muscles[0].muscles[index(Muscle::chest)].hard_sets == 4);
    CHECK(h.muscles[0].muscles[index(Muscle::chest)].failure_sets == 1);
    CHECK(h.muscles[0].muscles[index(Muscle::triceps)].hard_sets == 2);  // worked at 0.5
    CHECK(estimated_1rm(logged(1, 0, 100.f)) == 100.f);
    CHECK(estimated_1rm(logged(0, 0, 100.f)) == 0.f);
}
