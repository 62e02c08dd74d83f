#include <doctest/doctest.h>

#include "failsafe/actions.hpp"
#include "helpers.hpp"

using namespace failsafe;
using namespace failsafe::test;

namespace {
Plan applied(const Plan& p, const Action& a) {
    auto r = failsafe::apply(p, a);
    REQUIRE_MESSAGE(r.ok(), r.error());
    return *r;
}
std::string slug_at(const Plan& p, int w, int d, int i) { return p.exercise(p.weeks[w].days[d].slots[i].exercise)->slug; }
}  // namespace

TEST_CASE("add, move between days, reorder and remove slots") {
    Plan p;
    p = applied(p, act::AddSlot{{0, 0, 0}, catalog_slot("bench-press", 4, reps(8), 2)});
    p = applied(p, act::AddSlot{{0, 0, 1}, catalog_slot("dumbbell-fly", 3, reps(10), 1, 1)});
    p = applied(p, act::AddSlot{{0, 0, 0}, catalog_slot("push-up", 2, reps(15), 2)});
    REQUIRE(p.weeks[0].days[0].slots.size() == 3);
    CHECK(slug_at(p, 0, 0, 0) == "push-up");
    CHECK(slug_at(p, 0, 0, 2) == "dumbbell-fly");

    p = applied(p, act::MoveSlot{{0, 0, 0}, {0, 0, 2}});  // reorder: push-up last
    CHECK(slug_at(p, 0, 0, 2) == "push-up");
    CHECK(slug_at(p, 0, 0, 0) == "bench-press");

    p = applied(p, act::MoveSlot{{0, 0, 1}, {0, 3, 0}});  // fly to Thursday
    CHECK(p.weeks[0].days[0].slots.size() == 2);
    CHECK(slug_at(p, 0, 3, 0) == "dumbbell-fly");

    p = applied(p, act::RemoveSlot{{0, 0, 0}});
    CHECK(slug_at(p, 0, 0, 0) == "push-up");
}

TEST_CASE("apply never changes its input and refuses what does not fit") {
    const Plan p = template_plan("seed-004");
    const Plan before = p;
    CHECK_FALSE(failsafe::apply(p, act::RemoveSlot{{0, 1, 0}}));            // Tuesday is empty
    CHECK_FALSE(failsafe::apply(p, act::RemoveSlot{{3, 0, 0}}));            // no week 4
    CHECK_FALSE(failsafe::apply(p, act::AddSlot{{0, 0, 99}, catalog_slot("dip", 3, reps(8), 2)}));
    Slot bad = catalog_slot("dip", 3, reps(8), 2);
    bad.failure_sets = 4;
    CHECK_FALSE(failsafe::apply(p, act::AddSlot{{0, 0, 0}, bad}));
    bad = catalog_slot("dip", 11, reps(8), 2);
    CHECK_FALSE(failsafe::apply(p, act::AddSlot{{0, 0, 0}, bad}));
    CHECK_FALSE(failsafe::apply(p, act::RemoveWeek{0}));                    // keeps at least one week
    auto r = failsafe::apply(p, act::ClearDay{0, 0});
    CHECK(r.ok());
    CHECK(p == before);
}

TEST_CASE("copy a day, copy a week, remove a week") {
    Plan p = template_plan("seed-004");
    p = applied(p, act::CopyDay{0, 0, 0, 5});
    CHECK(p.weeks[0].days[5] == p.weeks[0].days[0]);
    p = applied(p, act::CopyWeek{0, 1});
    REQUIRE(p.weeks.size() == 2);
    CHECK(p.weeks[1] == p.weeks[0]);
    p = applied(p, act::AddWeek{2});
    CHECK(p.weeks.size() == 3);
    CHECK(p.weeks[2].days[0].slots.empty());
    p = applied(p, act::RemoveWeek{2});
    CHECK(p.weeks.size() == 2);
    for (int i = 2; i < limits::kMaxWeeks; ++i) p = applied(p, act::AddWeek{i});
    CHECK_FALSE(failsafe::apply(p, act::AddWeek{0}));  // 16 weeks at most
}

TEST_CASE("a deload week halves sets, stops short of failure and drops techniques") {
    Plan p = template_plan("seed-004");
    p.weeks[0].days[0].slots[1].technique = Technique::drop_set;
    p = applied(p, act::SetDeload{0, true});
    CHECK(p.weeks[0].deload);
    for (const auto& d : p.weeks[0].days)
        for (const auto& s : d.slots) {
            CHECK(s.failure_count() == 0);
            CHECK(s.rir >= 3);
        }
    CHECK(p.weeks[0].days[0].slots[0].sets == 2);  // 4 -> 2
    CHECK(p.weeks[0].days[0].slots[1].sets == 2);  // 3 -> 2
    p = applied(p, act::SetDeload{0, false});
    CHECK_FALSE(p.weeks[0].deload);
}

TEST_CASE("custom exercises: add, use, refuse removal while used, renumber after removal") {
    Plan p;
    Exercise e;
    e.slug = "belt-squat-2";
    e.name = "My belt squat";
    e.muscles[index(Muscle::quads)] = 1;
    e.muscles[index(Muscle::glutes)] = 0.5f;
    p = applied(p, act::AddCustomExercise{e});
    e.slug = "cable-thing";
    e.name = "Cable thing";
    p = applied(p, act::AddCustomExercise{e});
    Slot s;
    s.exercise = custom_ref(1);
    p = applied(p, act::AddSlot{{0, 2, 0}, s});
    CHECK_FALSE(failsafe::apply(p, act::RemoveCustomExercise{1}));
    p = applied(p, act::RemoveCustomExercise{0});
    CHECK(p.exercise(p.weeks[0].days[2].slots[0].exercise)->slug == "cable-thing");
    e.slug = "bench-press";  // taken by the catalog
    CHECK_FALSE(failsafe::apply(p, act::AddCustomExercise{e}));
    e.slug = "Bad Slug";
    CHECK_FALSE(failsafe::apply(p, act::AddCustomExercise{e}));
}

TEST_CASE("budgets and level are edited through actions") {
    Plan p;
    p = applied(p, act::SetLevel{Level::beginner});
    CHECK(p.level == Level::beginner);
    p = applied(p, act::SetBudget{Muscle::chest, BudgetOverride{8, 14, 2}});
    CHECK(effective_budget(p, Muscle::chest).high == 14.f);
    CHECK_FALSE(failsafe::apply(p, act::SetBudget{Muscle::chest, BudgetOverride{14, 8, 2}}));  // low > high
    p = applied(p, act::SetBudget{Muscle::chest, std::nullopt});
    CHECK(effective_budget(p, Muscle::chest).high == default_budget(Level::beginner, Muscle::chest).high);
}

TEST_CASE("recovery and failure approach are set through actions, the rest of the plan unchanged") {
    const Plan before = template_plan("seed-004");
    Plan p = applied(before, act::SetRecovery{Recovery::slower});
    CHECK(p.recovery == Recovery::slower);
    p = applied(p, act::SetApproach{Approach::liberal});
    CHECK(p.approach == Approach::liberal);
    CHECK(p.weeks == before.weeks);
    CHECK(p.level == before.level);
    CHECK(before.recovery == Recovery::typical);  // the input plan is not changed
    CHECK(describe(p, act::SetRecovery{Recovery::slower}) == "Recovery: slower");
    CHECK(describe(p, act::SetRecovery{Recovery::faster}) == "Recovery: faster");
    CHECK(describe(p, act::SetApproach{Approach::conservative}) == "Failure approach: conservative");
    CHECK(describe(p, act::SetApproach{Approach::liberal}) == "Failure approach: liberal");
}

TEST_CASE("actions describe themselves for undo history and fix buttons") {
    const Plan p = template_plan("seed-004");
    CHECK(describe(p, act::MoveSlot{{0, 0, 1}, {0, 2, 0}}) == "Move Dumbbell fly to Wed");
    CHECK(describe(p, act::RemoveSlot{{0, 0, 0}}) == "Remove Bench press");
}

TEST_CASE("slot summary reads like a training log") {
    Slot s = catalog_slot("dumbbell-fly", 3, reps(10), 1, 1, Technique::drop_set);
    CHECK(slot_summary(s) == "3 x 10 @RIR1, last to failure +drop");
    s = catalog_slot("biceps-curl", 3, {8, 12}, 1, 2);
    CHECK(slot_summary(s) == "3 x 8-12 @RIR1, last 2 to failure");
    s = catalog_slot("bench-press", 4, reps(8), 2);
    CHECK(slot_summary(s) == "4 x 8 @RIR2");
}

TEST_CASE("day names: Monday first, a short form, '?' outside the week") {
    CHECK(day_name(0) == "Monday");
    CHECK(day_name(6) == "Sunday");
    CHECK(day_short(0) == "Mon");
    CHECK(day_short(3) == "Thu");
    CHECK(day_name(-1) == "?");
    CHECK(day_short(limits::kDays) == "?");
    CHECK(describe(template_plan("seed-004"), act::ClearDay{0, 3}) == "Clear Thu");
}

TEST_CASE("a new slot: 3 x 10, 1 rep short where failure is safe, else 2") {
    const Exercise* curl = builtin_catalog().by_slug("biceps-curl");
    const Exercise* squat = builtin_catalog().by_slug("back-squat");
    REQUIRE(curl);
    REQUIRE(squat);
    REQUIRE(curl->failure == FailureClass::safe);
    REQUIRE(squat->failure == FailureClass::avoid);
    const Slot safe = new_slot(curl->code, *curl);
    CHECK(safe.exercise == curl->code);
    CHECK(safe.sets == 3);
    CHECK(safe.reps == Reps{10, 10});
    CHECK(safe.rir == 1);
    CHECK(safe.failure_sets == 0);
    CHECK(safe.technique == Technique::none);
    CHECK(new_slot(squat->code, *squat).rir == 2);
    Exercise caution = *squat;
    caution.failure = FailureClass::caution;
    CHECK(new_slot(squat->code, caution).rir == 2);
    CHECK(slot_problem(safe, Plan{}).empty());  // the editor can add it as it is
}

TEST_CASE("slot validity: one rule for the editor and the plan check, its numbers from the limits") {
    Plan p = template_plan("seed-004");
    Slot s = catalog_slot("dip", 3, reps(8), 2);
    CHECK(slot_problem(s, p).empty());
    s.sets = limits::kMaxSets + 1;
    CHECK(slot_problem(s, p) == "sets must be 1-" + std::to_string(limits::kMaxSets));
    CHECK_FALSE(failsafe::apply(p, act::AddSlot{{0, 0, 0}, s}));
    p.weeks[0].days[2].slots.push_back(s);  // past the editor: the plan check says where and why
    CHECK(validate_plan(p) == "week 1, day 3: sets must be 1-" + std::to_string(limits::kMaxSets));
    s = catalog_slot("dip", 3, {12, 8}, 2);
    CHECK(slot_problem(s, p) == "reps must be 1-" + std::to_string(limits::kMaxReps) + ", low <= high");
    s = catalog_slot("dip", 3, reps(8), limits::kMaxRir + 1);
    CHECK(slot_problem(s, p) == "RIR must be 0-" + std::to_string(limits::kMaxRir));
    s = catalog_slot("dip", 3, reps(8), 2, 4);
    CHECK(slot_problem(s, p) == "failure sets must be 0..sets");
    s.failure_sets = 0;
    s.exercise = custom_ref(0);
    CHECK(slot_problem(s, p) == "unknown exercise");
}

TEST_CASE("messages give the limits' own numbers") {
    Plan p;
    p.weeks.resize(limits::kMaxWeeks);
    auto r = failsafe::apply(p, act::AddWeek{0});
    REQUIRE_FALSE(r);
    CHECK(r.error() == "a plan has at most " + std::to_string(limits::kMaxWeeks) + " weeks");
    p.weeks.resize(limits::kMaxWeeks + 1);
    CHECK(validate_plan(p) == "a plan has 1 to " + std::to_string(limits::kMaxWeeks) + " weeks");
    Plan q;
    q.weeks[0].days[0].slots.assign(limits::kMaxSlotsPerDay, catalog_slot("dip", 3, reps(8), 2));
    r = failsafe::apply(q, act::AddSlot{{0, 0, 0}, catalog_slot("dip", 3, reps(8), 2)});
    REQUIRE_FALSE(r);
    CHECK(r.error() == "a day holds at most " + std::to_string(limits::kMaxSlotsPerDay) + " exercises");
}

TEST_CASE("slugify: an id from a name") {
    CHECK(slugify("Belt squat (machine)") == "belt-squat-machine");
    CHECK(slugify("  Upper / Lower 4x ") == "upper-lower-4x");
    CHECK(slugify("Übung") == "bung");  // only a-z and 0-9 are kept
    CHECK(slugify("!!!").empty());
    CHECK(slugify(std::string(100, 'a')).size() == static_cast<size_t>(limits::kMaxSlugLength));
    CHECK(slugify("abc def", 4) == "abc");  // no '-' left at the end of a cut
}

TEST_CASE("for_each_user_text: every name the author wrote, in order") {
    Plan p;
    p.name = "Жим лёжа";
    Exercise e;
    e.name = "卧推";
    e.aliases = {"bench", "Άρση"};
    p.custom_exercises.push_back(e);
    std::vector<std::string_view> seen;
    for_each_user_text(p, [&](std::string_view text) { seen.push_back(text); });
    const std::vector<std::string_view> expected{"Жим лёжа", "卧推", "bench", "Άρση"};
    CHECK(seen == expected);
}
