#include <doctest/doctest.h>

#include <cmath>
#include <random>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
const MuscleWeek& mw(const Analysis& a, Muscle m, int week = 0) { return a.weeks[week].muscles[index(m)]; }

// Every day's fatigue in `hi` is at least that in `lo` (local per muscle and systemic).
void check_not_lower(const Analysis& lo, const Analysis& hi) {
    REQUIRE(lo.days.size() == hi.days.size());
    for (size_t d = 0; d < lo.days.size(); ++d) {
        for (int m = 0; m < kMuscleCount; ++m) {
            CHECK(hi.days[d].start[m] >= lo.days[d].start[m] - 1e-6f);
            CHECK(hi.days[d].after[m] >= lo.days[d].after[m] - 1e-6f);
        }
        CHECK(hi.days[d].systemic_after >= lo.days[d].systemic_after - 1e-6f);
    }
}
}  // namespace

TEST_CASE("hard sets and failure sets are counted by hand") {
    // Monday: bench 4x8 @2 (chest 1, triceps .5, front delts .5), fly 3x10 @1 last to failure.
    // Thursday: pull-up 3 @RIR4 (not hard), curl 3 @RIR0 (all failure), leg extension 2 @1 + drop set.
    Plan p = one_week({{0, Day{{catalog_slot("bench-press", 4, reps(8), 2), catalog_slot("dumbbell-fly", 3, reps(10), 1, 1)}}},
                       {3, Day{{catalog_slot("pull-up", 3, reps(8), 4), catalog_slot("biceps-curl", 3, reps(12), 0),
                                catalog_slot("leg-extension", 2, reps(15), 1, 0, Technique::drop_set)}}}});
    Analysis a = analyze(p);
    CHECK(mw(a, Muscle::chest).hard_sets == doctest::Approx(7));
    CHECK(mw(a, Muscle::chest).failure_sets == doctest::Approx(1));
    CHECK(mw(a, Muscle::triceps).hard_sets == doctest::Approx(2));
    CHECK(mw(a, Muscle::front_delts).hard_sets == doctest::Approx(2));
    CHECK(mw(a, Muscle::lats).hard_sets == doctest::Approx(0));      // RIR 4 is not a hard set
    CHECK(mw(a, Muscle::biceps).hard_sets == doctest::Approx(3));
    CHECK(mw(a, Muscle::biceps).failure_sets == doctest::Approx(3));
    CHECK(mw(a, Muscle::forearms).failure_sets == doctest::Approx(1.5));
    CHECK(mw(a, Muscle::quads).hard_sets == doctest::Approx(2.5));   // the drop set counts as half a set more
    CHECK(mw(a, Muscle::quads).failure_sets == doctest::Approx(1));  // the technique makes the last set a failure set
    CHECK(mw(a, Muscle::calves).hard_sets == 0);
}

TEST_CASE("fatigue is worked out by hand for one session a week") {
    // Chest: bench 4 sets @RIR2 (effort 0.5 each) + fly 2 @RIR1 (0.7) + 1 at failure (1.0).
    Plan p = one_week({{0, Day{{catalog_slot("bench-press", 4, reps(8), 2), catalog_slot("dumbbell-fly", 3, reps(10), 1, 1)}}}});
    Analysis a = analyze(p);
    const float load = (4 * 0.5f + 2 * 0.7f + 1.0f) * model::kLocalUnit;
    const float week_decay = std::exp2(-168.f / model::half_life(Muscle::chest));
    const float residual = load * week_decay / (1 - week_decay);  // the plan repeats every week
    CHECK(a.day(0, 0).start[index(Muscle::chest)] == doctest::Approx(residual).epsilon(0.01));
    CHECK(a.day(0, 0).after[index(Muscle::chest)] == doctest::Approx(residual + load).epsilon(0.001));
    CHECK(mw(a, Muscle::chest).fatigue_peak == doctest::Approx(residual + load).epsilon(0.001));
    // Two days later: 48 h of decay.
    const float wed = (residual + load) * std::exp2(-48.f / model::half_life(Muscle::chest));
    CHECK(a.day(0, 2).start[index(Muscle::chest)] == doctest::Approx(wed).epsilon(0.001));
    CHECK(fatigue_at(a, Muscle::chest, 2 * 24 + model::kSessionHour) == doctest::Approx(wed).epsilon(0.001));
    CHECK((a.day(0, 0).trained & (1u << index(Muscle::chest))) != 0);
    CHECK((a.day(0, 0).trained & (1u << index(Muscle::calves))) == 0);
}

TEST_CASE("a failure set costs more than the same set at RIR 2") {
    CHECK(model::effort(0) > model::effort(2));
    Plan easy = one_week({{0, Day{{catalog_slot("leg-extension", 3, reps(12), 2)}}}});
    Plan hard = one_week({{0, Day{{catalog_slot("leg-extension", 3, reps(12), 2, 1)}}}});
    CHECK(mw(analyze(hard), Muscle::quads).fatigue_peak > mw(analyze(easy), Muscle::quads).fatigue_peak);
    Plan drop = one_week({{0, Day{{catalog_slot("leg-extension", 3, reps(12), 2, 1, Technique::drop_set)}}}});
    CHECK(mw(analyze(drop), Muscle::quads).fatigue_peak > mw(analyze(hard), Muscle::quads).fatigue_peak);
}

TEST_CASE("more rest between the same two sessions lowers the fatigue the second one starts with") {
    const Day chest{{catalog_slot("dumbbell-press", 4, reps(10), 1, 1)}};
    Analysis mon_tue = analyze(one_week({{0, chest}, {1, chest}}));
    Analysis mon_thu = analyze(one_week({{0, chest}, {3, chest}}));
    CHECK(mon_thu.day(0, 3).start[index(Muscle::chest)] < mon_tue.day(0, 1).start[index(Muscle::chest)]);
    CHECK(mw(mon_thu, Muscle::chest).fatigue_peak < mw(mon_tue, Muscle::chest).fatigue_peak);
}

TEST_CASE("systemic fatigue comes from compound and failure work and decays slower") {
    Plan heavy = one_week({{0, Day{{catalog_slot("deadlift", 5, reps(5), 2)}}}});
    Plan light = one_week({{0, Day{{catalog_slot("biceps-curl", 5, reps(12), 2)}}}});
    CHECK(analyze(heavy).weeks[0].systemic_peak > 4 * analyze(light).weeks[0].systemic_peak);
    CHECK(model::kSystemicHalfLife > model::half_life(Muscle::quads));
}

TEST_CASE("property: more or harder work never lowers fatigue") {
    std::mt19937 rng(1234);
    for (int iter = 0; iter < 300; ++iter) {
        Plan p = random_plan(rng);
        Plan q = p;
        auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        Week& w = q.weeks[static_cast<size_t>(pick(0, static_cast<int>(q.weeks.size()) - 1))];
        Day& d = w.days[pick(0, 6)];
        if (d.slots.empty() || pick(0, 4) == 0) {
            d.slots.push_back(catalog_slot("hack-squat", pick(1, 5), reps(10), pick(0, 5)));
        } else {
            Slot& s = d.slots[static_cast<size_t>(pick(0, static_cast<int>(d.slots.size()) - 1))];
            switch (pick(0, 3)) {
                case 0: if (s.sets < 10) ++s.sets; break;
                case 1: if (s.rir > 0) --s.rir; break;
                case 2: if (s.failure_sets < s.sets) ++s.failure_sets; break;
                default: if (s.technique == Technique::none) s.technique = static_cast<Technique>(pick(1, 6)); break;
            }
        }
        CAPTURE(iter);
        check_not_lower(analyze(p), analyze(q));
    }
}

TEST_CASE("property: an extra rest week between the same weeks never raises fatigue") {
    std::mt19937 rng(99);
    for (int iter = 0; iter < 200; ++iter) {
        Plan p = random_plan(rng, 6);
        if (p.weeks.size() < 2) continue;
        const int k = std::uniform_int_distribution<int>(1, static_cast<int>(p.weeks.size()) - 1)(rng);
        auto q = failsafe::apply(p, act::AddWeek{k});  // weeks k.. come 7 days later
        REQUIRE(q);
        Analysis a = analyze(p), b = analyze(*q);
        for (int w = 0; w < static_cast<int>(p.weeks.size()); ++w) {
            const int wq = w < k ? w : w + 1;
            for (int d = 0; d < 7; ++d)
                for (int m = 0; m < kMuscleCount; ++m) {
                    CHECK(b.day(wq, d).start[m] <= a.day(w, d).start[m] + 1e-6f);
                    CHECK(b.day(wq, d).after[m] <= a.day(w, d).after[m] + 1e-6f);
                }
        }
    }
}

TEST_CASE("property: making a week a deload never raises fatigue and lowers that week's peak") {
    std::mt19937 rng(7);
    for (int iter = 0; iter < 200; ++iter) {
        Plan p = random_plan(rng);
        const int k = std::uniform_int_distribution<int>(0, static_cast<int>(p.weeks.size()) - 1)(rng);
        if (p.weeks[k].deload) continue;
        auto q = failsafe::apply(p, act::SetDeload{k, true});
        REQUIRE(q);
        Analysis a = analyze(p), b = analyze(*q);
        check_not_lower(b, a);
        Week lighter = q->weeks[k];
        lighter.deload = false;
        if (lighter != p.weeks[k]) {  // the deload changed some slot
            float before = 0, after = 0;
            for (int m = 0; m < kMuscleCount; ++m) {
                before += a.weeks[k].muscles[m].fatigue_peak;
                after += b.weeks[k].muscles[m].fatigue_peak;
            }
            CHECK(after < before);
        }
    }
}

TEST_CASE("property: analysis of any valid plan is finite and its counts are non-negative") {
    std::mt19937 rng(42);
    for (int iter = 0; iter < 200; ++iter) {
        Plan p = random_plan(rng, 16);
        REQUIRE(validate_plan(p).empty());
        Analysis a = analyze(p);
        for (const auto& w : a.weeks)
            for (const auto& m : w.muscles) {
                CHECK(std::isfinite(m.fatigue_peak));
                CHECK(m.hard_sets >= m.failure_sets - 1e-4f);
                CHECK(m.failure_sets >= 0);
            }
        for (const auto& f : a.findings) {
            CHECK(finding_message(p, f).size() > 40);
            if (f.fix) CHECK(failsafe::apply(p, to_action(*f.fix)).ok());  // every offered fix applies
        }
    }
}

TEST_CASE("default budgets: beginners get less volume and less failure than advanced lifters") {
    for (int m = 0; m < kMuscleCount; ++m) {
        const Budget b = default_budget(Level::beginner, muscle_at(m));
        const Budget i = default_budget(Level::intermediate, muscle_at(m));
        const Budget a = default_budget(Level::advanced, muscle_at(m));
        CHECK(b.high <= i.high);
        CHECK(i.high <= a.high);
        CHECK(b.failure < i.failure);
        CHECK(i.failure < a.failure);
        CHECK(i.low <= i.high);
    }
    CHECK(default_budget(Level::intermediate, Muscle::chest).low == 6);    // RP MEV
    CHECK(default_budget(Level::intermediate, Muscle::chest).high == 20);  // RP MRV at 2x/week
}
