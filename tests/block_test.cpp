// Blocks (issue 14): a designed week progressed across the weeks, edits that reach the right
// weeks, a deload derived from the build.
#include <algorithm>
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
Plan block_of(const Plan& one_week_plan, int weeks) { return *failsafe::apply(one_week_plan, act::MakeBlock{0, weeks}); }
const Slot& slot(const Plan& p, int week, int day, int index) { return p.weeks[week].days[day].slots[index]; }
int failure_slots(const Week& w) {
    int n = 0;
    for (const auto& d : w.days)
        for (const auto& s : d.slots) n += s.failure_count() > 0;
    return n;
}
Plan upper_lower_block() { return block_of(template_plan("upper-lower-4x"), 5); }
}  // namespace

TEST_CASE("a default block: RIR comes down week by week, failure in the last build week, then a deload") {
    const Progression p = default_progression(5);
    CHECK(p.rir == std::vector<uint8_t>{3, 2, 1, 0, 3});
    CHECK(p.failure_in(3));
    CHECK_FALSE(p.failure_in(2));
    CHECK(p.deload);
    const Plan b = upper_lower_block();
    REQUIRE(b.weeks.size() == 5);
    CHECK(failure_slots(b.weeks[0]) == 0);
    CHECK(failure_slots(b.weeks[2]) == 0);
    CHECK(failure_slots(b.weeks[3]) > 0);  // the template's failure sets, in week 4 only
    CHECK(b.weeks[4].deload);
    CHECK(failure_slots(b.weeks[4]) == 0);
    for (int d = 0; d < 7; ++d)
        for (size_t i = 0; i < b.weeks[0].days[d].slots.size(); ++i) {
            CHECK(slot(b, 0, d, static_cast<int>(i)).rir >= 3);                      // week 1 at RIR 3 or more
            CHECK(slot(b, 3, d, static_cast<int>(i)).rir == b.block->base.days[d].slots[i].rir);  // week 4 at each slot's own
            CHECK(slot(b, 4, d, static_cast<int>(i)).sets == (slot(b, 3, d, static_cast<int>(i)).sets + 1) / 2);
        }
    CHECK(validate_plan(b).empty());
}

TEST_CASE("an edit reaches every week by default, or this week, or this and the later build weeks") {
    const Plan b = upper_lower_block();
    Slot squat = slot(b, 0, 1, 0);  // Tuesday's back squat
    REQUIRE(b.exercise(squat.exercise)->slug == "back-squat");
    squat.reps = Reps{5, 5};
    const Plan all = *failsafe::apply(b, act::EditSlot{{0, 1, 0}, squat, EditScope::all_weeks});
    for (int w = 0; w < 5; ++w) CHECK(slot(all, w, 1, 0).reps == Reps{5, 5});  // week 4 too (the example)
    CHECK(all.block->overrides.empty());

    const Plan one = *failsafe::apply(b, act::EditSlot{{1, 1, 0}, squat, EditScope::this_week});
    CHECK(slot(one, 1, 1, 0).reps == Reps{5, 5});
    CHECK(slot(one, 0, 1, 0).reps == slot(b, 0, 1, 0).reps);
    CHECK(slot(one, 3, 1, 0).reps == slot(b, 3, 1, 0).reps);
    REQUIRE(one.block->overrides.size() == 1);  // kept as an override, shown as such
    CHECK(one.block->overrides[0].week == 1);

    // Later weeks take the change on top of their own progression: week 4 keeps its RIR.
    Slot curl = slot(b, 2, 3, 5);  // Thursday's hammer curl in week 3
    REQUIRE(b.exercise(curl.exercise)->slug == "hammer-curl");
    curl.reps = Reps{15, 15};
    const Plan on = *failsafe::apply(b, act::EditSlot{{2, 3, 5}, curl, EditScope::following_weeks});
    CHECK(slot(on, 3, 3, 5).reps == Reps{15, 15});
    CHECK(slot(on, 3, 3, 5).rir == slot(b, 3, 3, 5).rir);
    CHECK(slot(on, 3, 3, 5).failure_sets == slot(b, 3, 3, 5).failure_sets);
    CHECK(slot(on, 1, 3, 5).reps == slot(b, 1, 3, 5).reps);
    // An all-weeks edit reaches a week's own value too, keeping what else it changed.
    Slot sets_up = slot(on, 0, 3, 5);
    sets_up.sets = static_cast<uint8_t>(sets_up.sets + 1);
    const Plan both = *failsafe::apply(on, act::EditSlot{{0, 3, 5}, sets_up, EditScope::all_weeks});
    CHECK(slot(both, 3, 3, 5).sets == slot(on, 3, 3, 5).sets + 1);
    CHECK(slot(both, 3, 3, 5).reps == Reps{15, 15});

    const Plan later = *failsafe::apply(b, act::EditSlot{{1, 1, 0}, squat, EditScope::following_weeks});
    CHECK(slot(later, 0, 1, 0).reps == slot(b, 0, 1, 0).reps);
    for (int w = 1; w < 4; ++w) CHECK(slot(later, w, 1, 0).reps == Reps{5, 5});
    CHECK(slot(later, 4, 1, 0).reps == Reps{5, 5});  // the deload follows week 4
    CHECK(later.weeks[4].deload);

    // An all-weeks edit of sets in week 3 moves the base by the difference.
    Slot more = slot(b, 2, 1, 0);
    more.sets = static_cast<uint8_t>(more.sets + 1);
    const Plan plus = *failsafe::apply(b, act::EditSlot{{2, 1, 0}, more, EditScope::all_weeks});
    for (int w = 0; w < 4; ++w) CHECK(slot(plus, w, 1, 0).sets == slot(b, w, 1, 0).sets + 1);
}

TEST_CASE("adding, moving and removing in a block reach every week, and overrides follow their slot") {
    const Plan b = upper_lower_block();
    const Plan added = *failsafe::apply(b, act::AddSlot{{2, 2, 0}, catalog_slot("leg-extension", 3, reps(12), 1, 1)});
    for (int w = 0; w < 5; ++w) CHECK(added.weeks[w].days[2].slots.size() == 1);  // Wednesday, every week
    CHECK(slot(added, 0, 2, 0).failure_count() == 0);  // failure only in the failure week
    CHECK(slot(added, 3, 2, 0).failure_count() == 1);

    Slot light = slot(b, 1, 0, 1);
    light.reps = Reps{15, 15};
    Plan with = *failsafe::apply(b, act::EditSlot{{1, 0, 1}, light, EditScope::this_week});
    with = *failsafe::apply(with, act::MoveSlot{{0, 0, 1}, {0, 0, 0}});
    CHECK(slot(with, 1, 0, 0).reps == Reps{15, 15});  // the override moved with its slot
    with = *failsafe::apply(with, act::RemoveSlot{{3, 0, 0}});
    CHECK(with.block->overrides.empty());
    for (int w = 0; w < 5; ++w) CHECK(with.weeks[w].days[0].slots.size() == b.weeks[w].days[0].slots.size() - 1);
}

TEST_CASE("unticking a deload restores the week it replaced") {
    // A plan without a block: the deload keeps the week it replaced.
    Plan p = template_plan("upper-lower-4x");
    const Plan deload = *failsafe::apply(p, act::SetDeload{0, true});
    CHECK(deload.weeks[0].days[0].slots[0].sets < p.weeks[0].days[0].slots[0].sets);
    const Plan back = *failsafe::apply(deload, act::SetDeload{0, false});
    CHECK(back.weeks[0].days == p.weeks[0].days);
    CHECK_FALSE(back.weeks[0].deload);
    // A block: the last week is the deload; unticking makes it a build week, ticking derives it again.
    const Plan b = upper_lower_block();
    const Plan built = *failsafe::apply(b, act::SetDeload{4, false});
    CHECK_FALSE(built.weeks[4].deload);
    CHECK(built.weeks[4].days == built.weeks[3].days);  // the build goes on like the week before it
    CHECK(failure_slots(built.weeks[4]) > 0);
    CHECK(*failsafe::apply(built, act::SetDeload{4, true}) == b);
    CHECK_FALSE(failsafe::apply(b, act::SetDeload{2, true}));  // only the last week
}

TEST_CASE("weeks added to or removed from a block follow its schedule") {
    const Plan b = upper_lower_block();
    const Plan six = *failsafe::apply(b, act::CopyWeek{3, 4});
    REQUIRE(six.weeks.size() == 6);
    CHECK(six.block->progression.rir == std::vector<uint8_t>{3, 2, 1, 0, 0, 3});
    CHECK(six.weeks[5].deload);
    const Plan four = *failsafe::apply(b, act::RemoveWeek{0});
    CHECK(four.block->progression.rir == std::vector<uint8_t>{2, 1, 0, 3});
    CHECK(four.block->progression.failure_in(2));
    CHECK(four.weeks.size() == 4);
    const Plan ended = *failsafe::apply(b, act::EndBlock{});
    CHECK_FALSE(ended.block);
    CHECK(ended.weeks == b.weeks);
}

TEST_CASE("sets grow for chosen muscles, never past the top of their band nor faster than the volume-jump check allows") {
    Plan b = upper_lower_block();
    Progression p = b.block->progression;
    p.sets_step = 1;
    p.grow = (1u << index(Muscle::chest)) | (1u << index(Muscle::biceps));
    b = *failsafe::apply(b, act::SetProgression{p});
    const Analysis a = analyze(b);
    CHECK(a.weeks[1].muscles[index(Muscle::chest)].hard_sets > a.weeks[0].muscles[index(Muscle::chest)].hard_sets);
    CHECK(a.weeks[1].muscles[index(Muscle::quads)].hard_sets == doctest::Approx(a.weeks[0].muscles[index(Muscle::quads)].hard_sets));
    // Property: over random bases and growth, a muscle within its band without the growth stays
    // within it with the growth, in every build week.
    std::mt19937 rng(14);
    for (int round = 0; round < 60; ++round) {
        Plan one = random_plan(rng, 1, false);
        one.weeks[0].deload = false;
        Plan blk = *failsafe::apply(one, act::MakeBlock{0, 4 + round % 3});
        Progression q = blk.block->progression;
        q.sets_step = static_cast<uint8_t>(1 + round % 2);
        q.grow = static_cast<uint32_t>(rng()) & ((1u << kMuscleCount) - 1);
        auto grown = failsafe::apply(blk, act::SetProgression{q});
        REQUIRE(grown);
        const Analysis base = analyze(blk), g = analyze(*grown);
        for (int w = 0; w < q.build_weeks(); ++w)
            for (int m = 0; m < kMuscleCount; ++m) {  // growing or not: growth feeds other muscles too
                const MuscleWeek& before = base.weeks[w].muscles[m];
                const MuscleWeek& after = g.weeks[w].muscles[m];
                if (exceeds(before.hard_sets, before.budget.high)) continue;  // over before any growth
                CAPTURE(round);
                CAPTURE(w);
                CHECK_FALSE(exceeds(after.hard_sets, after.budget.high));
            }
        // Growth never trips the volume-jump check on itself: every jump was there without it.
        for (const Finding& f : g.findings) {
            if (f.check != Check::volume_jump) continue;
            const bool before = std::any_of(base.findings.begin(), base.findings.end(), [&](const Finding& x) {
                return x.check == Check::volume_jump && x.week == f.week && x.muscle == f.muscle;
            });
            const int week = f.week;
            CAPTURE(round);
            CAPTURE(week);
            CHECK(before);
        }
    }
}

TEST_CASE("templates are blocks of 4-6 weeks: volume builds, failure comes late, a deload ends them") {
    for (const Template& t : templates()) {
        CAPTURE(std::string(t.id));
        const Plan& p = t.plan;
        REQUIRE(p.block);
        const Progression& pr = p.block->progression;
        CHECK(pr.weeks() >= 4);
        CHECK(pr.weeks() <= 6);
        CHECK(p.weeks.back().deload);
        CHECK(validate_plan(p).empty());
        for (int w = 0; w < pr.build_weeks() - 2; ++w) CHECK(failure_slots(p.weeks[w]) == 0);  // failure late
        CHECK(failure_slots(p.weeks[pr.build_weeks() - 1]) > 0);
        const Analysis a = analyze(p);
        float first = 0, last = 0;
        for (int m = 0; m < kMuscleCount; ++m) {
            first += a.weeks[0].muscles[m].hard_sets;
            last += a.weeks[pr.build_weeks() - 1].muscles[m].hard_sets;
        }
        CHECK(last > first);  // volume builds across the weeks
    }
}

TEST_CASE("a block's weeks follow its settings, budgets and exercises, not only its own edits") {
    Plan b = upper_lower_block();
    Progression p = b.block->progression;
    p.sets_step = 2;
    p.grow = ~0u & ((1u << kMuscleCount) - 1);
    b = *failsafe::apply(b, act::SetProgression{p});
    for (const Action& a : {Action{act::SetLevel{Level::beginner}}, Action{act::SetRecovery{Recovery::slower}},
                            Action{act::SetBudget{Muscle::chest, BudgetOverride{4, 8, 2}}}}) {
        const Plan next = *failsafe::apply(b, a);
        CHECK(next.weeks == expand_block(next));
    }
    const Plan beginner = *failsafe::apply(b, act::SetLevel{Level::beginner});
    const Analysis a = analyze(beginner);
    for (int w = 0; w < p.build_weeks(); ++w)
        CHECK_FALSE(exceeds(a.weeks[w].muscles[index(Muscle::chest)].hard_sets, a.weeks[w].muscles[index(Muscle::chest)].budget.high));
}

TEST_CASE("a custom exercise kept only in a deload's replaced week is still in use") {
    Plan p = template_plan("seed-004");
    Exercise e = *builtin_catalog().by_slug("leg-extension");
    e.slug = "my-extension";
    e.name = "My extension";
    p = *failsafe::apply(p, act::AddCustomExercise{e});
    p = *failsafe::apply(p, act::AddSlot{{0, 2, 0}, Slot{custom_ref(0), 3, reps(12), 1}});
    p = *failsafe::apply(p, act::SetDeload{0, true});
    p = *failsafe::apply(p, act::ClearDay{0, 2});  // gone from the deload, kept in what it replaced
    CHECK_FALSE(failsafe::apply(p, act::RemoveCustomExercise{0}));
    const Plan back = *failsafe::apply(p, act::SetDeload{0, false});
    CHECK(back.weeks[0].days[2].slots.size() == 1);
    CHECK(validate_plan(back).empty());
}

TEST_CASE("no-deload in a block: every fix clears its finding, and all of them together in any order") {
    // 11 weeks with failure in every one and no deload: streaks end at weeks 5 and 10, and the
    // last week ends the round the repeat.
    Plan b = block_of(template_plan("upper-lower-4x"), 11);
    Progression p = b.block->progression;
    p.deload = false;
    p.failure_weeks = (1u << 11) - 1;
    b = *failsafe::apply(b, act::SetProgression{p});
    const Analysis a = analyze(b);
    std::vector<Finding> found;
    for (const Finding& f : a.findings)
        if (f.check == Check::no_deload) found.push_back(f);
    REQUIRE(found.size() >= 2);
    for (const Finding& f : found) {
        const int week = f.week;
        CAPTURE(week);
        REQUIRE(f.fix);
        const Plan fixed = *failsafe::apply(b, to_action(*f.fix));
        const Analysis after = analyze(fixed);
        CHECK(std::none_of(after.findings.begin(), after.findings.end(),
                           [&](const Finding& x) { return x.check == Check::no_deload && x.week == f.week; }));
    }
    Plan forward = b, backward = b;
    for (size_t i = 0; i < found.size(); ++i) {
        forward = *failsafe::apply(forward, to_action(*found[i].fix));
        backward = *failsafe::apply(backward, to_action(*found[found.size() - 1 - i].fix));
    }
    CHECK(forward == backward);
    const Analysis all = analyze(forward);
    CHECK(std::none_of(all.findings.begin(), all.findings.end(), [](const Finding& x) { return x.check == Check::no_deload; }));
}
