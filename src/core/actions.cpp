#include "failsafe/actions.hpp"

#include <algorithm>
#include <tuple>

namespace failsafe {
namespace {
using R = Result<Plan>;

bool valid_day(const Plan& p, int week, int day) {
    return week >= 0 && week < static_cast<int>(p.weeks.size()) && day >= 0 && day < limits::kDays;
}
std::vector<Slot>* slots_at(Plan& p, int week, int day) {
    return valid_day(p, week, day) ? &p.weeks[week].days[day].slots : nullptr;
}
bool valid_slot(const Slot& s, const Plan& p) { return slot_problem(s, p).empty(); }
R day_full() { return R::fail("a day holds at most " + std::to_string(limits::kMaxSlotsPerDay) + " exercises"); }
R plan_full() { return R::fail("a plan has at most " + std::to_string(limits::kMaxWeeks) + " weeks"); }
// Every slot a plan holds: its weeks, and a block's base and overrides.
template <class P, class F>  // P: Plan or const Plan
void for_each_slot(P& p, F f) {
    for (auto& w : p.weeks) {
        for (auto& d : w.days)
            for (auto& s : d.slots) f(s);
        if (w.before_deload)
            for (auto& d : *w.before_deload)
                for (auto& s : d.slots) f(s);
    }
    if (!p.block) return;
    for (auto& d : p.block->base.days)
        for (auto& s : d.slots) f(s);
    for (auto& o : p.block->overrides) f(o.slot);
}

bool uses_exercise(const Plan& p, ExerciseRef ref) {
    bool used = false;
    for_each_slot(p, [&](const Slot& s) { used = used || s.exercise == ref; });
    return used;
}

// A block's overrides after a slot is inserted (`delta` +1) or removed (-1) at (day, index).
void shift_overrides(Block& b, int day, int index, int delta) {
    std::erase_if(b.overrides, [&](const SlotOverride& o) { return delta < 0 && o.day == day && o.index == index; });
    for (auto& o : b.overrides)
        if (o.day == day && o.index >= index) o.index = static_cast<uint8_t>(o.index + delta);
}
void drop_day_overrides(Block& b, int day) {
    std::erase_if(b.overrides, [&](const SlotOverride& o) { return o.day == day; });
}
void set_override(Block& b, const SlotOverride& o, bool keep) {
    if (keep) {
        put_override(b, o, true);
        return;
    }
    std::erase_if(b.overrides, [&](const SlotOverride& x) { return x.week == o.week && x.day == o.day && x.index == o.index; });
}

// Each action edits the plan; in a block, its base, progression or overrides: apply() then
// expands the block's weeks once.
struct Apply {
    Plan p;

    // The block's base day for a place in the plan (any week: the base is every week).
    std::vector<Slot>* base_slots(int week, int day) {
        return valid_day(p, week, day) ? &p.block->base.days[day].slots : nullptr;
    }

    R operator()(const act::AddSlot& a) {
        auto* slots = p.block ? base_slots(a.at.week, a.at.day) : slots_at(p, a.at.week, a.at.day);
        if (!slots) return R::fail("no such day");
        if (slots->size() >= static_cast<size_t>(limits::kMaxSlotsPerDay)) return day_full();
        if (a.at.index < 0 || a.at.index > static_cast<int>(slots->size())) return R::fail("no such place in the day");
        if (!valid_slot(a.slot, p)) return R::fail("the exercise's values are out of range");
        slots->insert(slots->begin() + a.at.index, a.slot);
        if (!p.block) return std::move(p);
        shift_overrides(*p.block, a.at.day, a.at.index, +1);
        return std::move(p);
    }
    R operator()(const act::RemoveSlot& a) {
        auto* slots = p.block ? base_slots(a.at.week, a.at.day) : slots_at(p, a.at.week, a.at.day);
        if (!slots || a.at.index < 0 || a.at.index >= static_cast<int>(slots->size())) return R::fail("no such exercise");
        slots->erase(slots->begin() + a.at.index);
        if (!p.block) return std::move(p);
        shift_overrides(*p.block, a.at.day, a.at.index, -1);
        return std::move(p);
    }
    R operator()(const act::MoveSlot& a) {
        auto* from = p.block ? base_slots(a.from.week, a.from.day) : slots_at(p, a.from.week, a.from.day);
        auto* to = p.block ? base_slots(a.to.week, a.to.day) : slots_at(p, a.to.week, a.to.day);
        if (!from || !to || a.from.index < 0 || a.from.index >= static_cast<int>(from->size()))
            return R::fail("no such exercise");
        Slot s = (*from)[a.from.index];
        from->erase(from->begin() + a.from.index);
        if (a.to.index < 0 || a.to.index > static_cast<int>(to->size())) return R::fail("no such place in the day");
        if (to->size() >= static_cast<size_t>(limits::kMaxSlotsPerDay)) return day_full();
        to->insert(to->begin() + a.to.index, s);
        if (!p.block) return std::move(p);
        // The moved slot's overrides go with it.
        std::vector<SlotOverride> moved;
        for (const auto& o : p.block->overrides)
            if (o.day == a.from.day && o.index == a.from.index) moved.push_back(o);
        shift_overrides(*p.block, a.from.day, a.from.index, -1);
        shift_overrides(*p.block, a.to.day, a.to.index, +1);
        for (auto o : moved) {
            o.day = static_cast<uint8_t>(a.to.day);
            o.index = static_cast<uint8_t>(a.to.index);
            set_override(*p.block, o, true);
        }
        return std::move(p);
    }
    R operator()(const act::EditSlot& a) {
        auto* slots = slots_at(p, a.at.week, a.at.day);
        if (!slots || a.at.index < 0 || a.at.index >= static_cast<int>(slots->size())) return R::fail("no such exercise");
        if (!valid_slot(a.slot, p)) return R::fail("the exercise's values are out of range");
        if (!p.block) {
            (*slots)[a.at.index] = a.slot;
            return std::move(p);
        }
        Block& b = *p.block;
        const Slot before = (*slots)[a.at.index];
        if (a.scope == EditScope::all_weeks) {  // the same exercise in the same session, every week
            Slot& base = b.base.days[a.at.day].slots[a.at.index];
            base = with_change(base, before, a.slot);
            for (auto& o : b.overrides)  // a week's own value takes the same change
                if (o.day == a.at.day && o.index == a.at.index) o.slot = with_change(o.slot, before, a.slot);
            return std::move(p);
        }
        // "This and later weeks" stops before the deload, which follows the build by itself; each
        // later week takes the same change on top of its own progression.
        const int last = a.scope == EditScope::this_week ? a.at.week : std::max(a.at.week, b.progression.build_weeks() - 1);
        // p.weeks is the block as it reads now; without this place's overrides, as it would read.
        const auto here = [&](const std::vector<Week>& weeks, int w) { return weeks[static_cast<size_t>(w)].days[a.at.day].slots[a.at.index]; };
        std::erase_if(b.overrides, [&](const SlotOverride& o) {
            return o.week >= a.at.week && o.week <= last && o.day == a.at.day && o.index == a.at.index;
        });
        const std::vector<Week> plain = expand_block(p);
        for (int w = a.at.week; w <= last; ++w) {
            const Slot value = w == a.at.week ? a.slot : with_change(here(p.weeks, w), before, a.slot);
            if (!(value == here(plain, w)))  // only real differences are kept
                set_override(b, {static_cast<uint8_t>(w), static_cast<uint8_t>(a.at.day), static_cast<uint8_t>(a.at.index), value}, true);
        }
        return std::move(p);
    }
    R operator()(const act::CopyDay& a) {
        if (!valid_day(p, a.from_week, a.from_day) || !valid_day(p, a.to_week, a.to_day)) return R::fail("no such day");
        if (!p.block) {
            p.weeks[a.to_week].days[a.to_day] = p.weeks[a.from_week].days[a.from_day];
            return std::move(p);
        }
        p.block->base.days[a.to_day] = p.block->base.days[a.from_day];
        drop_day_overrides(*p.block, a.to_day);
        return std::move(p);
    }
    R operator()(const act::ClearDay& a) {
        auto* slots = p.block ? base_slots(a.week, a.day) : slots_at(p, a.week, a.day);
        if (!slots) return R::fail("no such day");
        slots->clear();
        if (!p.block) return std::move(p);
        drop_day_overrides(*p.block, a.day);
        return std::move(p);
    }
    // A block's weeks come from its progression: adding one repeats the schedule's value there.
    R add_block_week(int index, int like) {
        Progression& pr = p.block->progression;
        if (pr.weeks() >= limits::kMaxWeeks) return plan_full();
        index = std::min(index, pr.build_weeks());  // the deload stays last
        pr.rir.insert(pr.rir.begin() + index, pr.rir[static_cast<size_t>(std::clamp(like, 0, pr.weeks() - 1))]);
        const uint16_t low = static_cast<uint16_t>(pr.failure_weeks & ((1u << index) - 1));
        pr.failure_weeks = static_cast<uint16_t>(low | ((pr.failure_weeks & ~((1u << index) - 1)) << 1));
        for (auto& o : p.block->overrides)
            if (o.week >= index) ++o.week;
        return std::move(p);
    }
    R operator()(const act::AddWeek& a) {
        if (p.weeks.size() >= static_cast<size_t>(limits::kMaxWeeks)) return plan_full();
        if (a.index < 0 || a.index > static_cast<int>(p.weeks.size())) return R::fail("no such week");
        if (p.block) return add_block_week(a.index, a.index - 1);
        p.weeks.insert(p.weeks.begin() + a.index, Week{});
        return std::move(p);
    }
    R operator()(const act::CopyWeek& a) {
        if (p.weeks.size() >= static_cast<size_t>(limits::kMaxWeeks)) return plan_full();
        if (a.from < 0 || a.from >= static_cast<int>(p.weeks.size()) || a.to_index < 0 ||
            a.to_index > static_cast<int>(p.weeks.size()))
            return R::fail("no such week");
        if (p.block) return add_block_week(a.to_index, a.from);
        Week copy = p.weeks[a.from];
        p.weeks.insert(p.weeks.begin() + a.to_index, std::move(copy));
        return std::move(p);
    }
    R operator()(const act::RemoveWeek& a) {
        if (a.index < 0 || a.index >= static_cast<int>(p.weeks.size())) return R::fail("no such week");
        if (p.weeks.size() == 1) return R::fail("a plan keeps at least one week");
        if (!p.block) {
            p.weeks.erase(p.weeks.begin() + a.index);
            return std::move(p);
        }
        Progression& pr = p.block->progression;
        if (pr.weeks() <= 2) return R::fail("a block keeps at least two weeks; end the block to keep one week");
        if (pr.deload && a.index == pr.weeks() - 1) pr.deload = false;
        pr.rir.erase(pr.rir.begin() + a.index);
        const uint16_t low = static_cast<uint16_t>(pr.failure_weeks & ((1u << a.index) - 1));
        pr.failure_weeks = static_cast<uint16_t>(low | ((pr.failure_weeks >> (a.index + 1)) << a.index));
        std::erase_if(p.block->overrides, [&](const SlotOverride& o) { return o.week == a.index; });
        for (auto& o : p.block->overrides)
            if (o.week > a.index) --o.week;
        return std::move(p);
    }
    R operator()(const act::SetDeload& a) {
        if (a.week < 0 || a.week >= static_cast<int>(p.weeks.size())) return R::fail("no such week");
        if (p.block) {  // the block's deload is its last week, derived from the build
            Progression& pr = p.block->progression;
            const int last = pr.weeks() - 1;
            if (a.week != last) return R::fail("in a block, the deload is the last week");
            if (a.on == pr.deload) return std::move(p);
            // Unticked, the last week continues the build like the week before it; ticked again,
            // it is derived from that week (and its own schedule entry goes back to 3).
            const bool failure_before = pr.failure_in(last - 1);
            pr.rir[static_cast<size_t>(last)] = a.on ? 3 : pr.rir[static_cast<size_t>(last - 1)];
            pr.failure_weeks = static_cast<uint16_t>(pr.failure_weeks & ~(1u << last));
            if (!a.on && failure_before) pr.failure_weeks = static_cast<uint16_t>(pr.failure_weeks | (1u << last));
            pr.deload = a.on;
            return std::move(p);
        }
        Week& w = p.weeks[a.week];
        if (a.on && !w.deload) {
            w.before_deload = w.days;
            make_deload(w);
        }
        if (!a.on && w.deload && w.before_deload) w.days = *w.before_deload;  // the week it replaced
        if (!a.on) w.before_deload.reset();
        w.deload = a.on;
        return std::move(p);
    }
    R operator()(const act::MakeBlock& a) {
        if (p.block) return R::fail("the plan is a block already");
        if (a.week < 0 || a.week >= static_cast<int>(p.weeks.size())) return R::fail("no such week");
        Block b;
        b.base = p.weeks[a.week];
        if (b.base.deload && b.base.before_deload) b.base.days = *b.base.before_deload;
        b.base.deload = false;
        b.base.before_deload.reset();
        b.progression = default_progression(a.weeks);
        p.block = std::move(b);
        return std::move(p);
    }
    R operator()(const act::SetProgression& a) {
        if (!p.block) return R::fail("the plan is not a block");
        if (auto bad = progression_problem(a.progression); !bad.empty()) return R::fail(bad);
        p.block->progression = a.progression;
        std::erase_if(p.block->overrides, [&](const SlotOverride& o) { return o.week >= a.progression.weeks(); });
        return std::move(p);
    }
    R operator()(const act::EndBlock&) {
        p.block.reset();
        return std::move(p);
    }
    R operator()(const act::Rename& a) {
        if (auto bad = name_problem(a.name, true); !bad.empty()) return R::fail("the name " + bad);
        p.name = a.name;
        return std::move(p);
    }
    R operator()(const act::NameDay& a) {
        if (a.day < 0 || a.day >= limits::kDays) return R::fail("no such day");
        if (auto bad = day_name_problem(a.name); !bad.empty()) return R::fail("the day's name " + bad);
        p.day_names[static_cast<size_t>(a.day)] = a.name;
        return std::move(p);
    }
    R operator()(const act::SetLevel& a) {
        p.level = a.level;
        return std::move(p);
    }
    R operator()(const act::SetRecovery& a) {
        p.recovery = a.recovery;
        return std::move(p);
    }
    R operator()(const act::SetApproach& a) {
        p.approach = a.approach;
        return std::move(p);
    }
    R operator()(const act::SetBudget& a) {
        p.budgets[index(a.muscle)] = a.budget ? std::optional(quantized(*a.budget)) : std::nullopt;
        if (auto err = validate_plan(p); !err.empty()) return R::fail(err);
        return std::move(p);
    }
    R operator()(const act::AddCustomExercise& a) {
        if (p.custom_exercises.size() >= static_cast<size_t>(limits::kMaxCustomExercises))
            return R::fail("at most " + std::to_string(limits::kMaxCustomExercises) + " custom exercises");
        p.custom_exercises.push_back(quantized(a.exercise));
        p.custom_exercises.back().code = 0;
        if (auto err = validate_plan(p); !err.empty()) return R::fail(err);
        return std::move(p);
    }
    R operator()(const act::AddCustomSlot& a) {
        size_t i = 0;
        while (i < p.custom_exercises.size() && p.custom_exercises[i].slug != a.exercise.slug) ++i;
        if (i == p.custom_exercises.size()) {  // the plan takes its own copy, so its links stay complete
            R added = (*this)(act::AddCustomExercise{a.exercise});
            if (!added) return added;
            p = std::move(*added);
        }
        const int index = static_cast<int>(i);
        return (*this)(act::AddSlot{a.at, new_slot(custom_ref(index), p.custom_exercises[i])});
    }
    R operator()(const act::EditCustomExercise& a) {
        if (a.index < 0 || a.index >= static_cast<int>(p.custom_exercises.size())) return R::fail("no such custom exercise");
        p.custom_exercises[a.index] = quantized(a.exercise);
        p.custom_exercises[a.index].code = 0;
        if (auto err = validate_plan(p); !err.empty()) return R::fail(err);
        return std::move(p);
    }
    R operator()(const act::RemoveCustomExercise& a) {
        if (a.index < 0 || a.index >= static_cast<int>(p.custom_exercises.size())) return R::fail("no such custom exercise");
        if (uses_exercise(p, custom_ref(a.index))) return R::fail("remove it from every day first");
        p.custom_exercises.erase(p.custom_exercises.begin() + a.index);
        for_each_slot(p, [&](Slot& s) {  // later custom exercises move down by one
            if (is_custom(s.exercise) && custom_index(s.exercise) > a.index) s.exercise = custom_ref(custom_index(s.exercise) - 1);
        });
        return std::move(p);
    }
};

std::string exercise_name(const Plan& p, const SlotPos& at) {
    if (!valid_day(p, at.week, at.day)) return "exercise";
    const auto& slots = p.weeks[at.week].days[at.day].slots;
    if (at.index < 0 || at.index >= static_cast<int>(slots.size())) return "exercise";
    const Exercise* e = p.exercise(slots[at.index].exercise);
    return e ? e->name : "exercise";
}
std::string short_day(int d) { return std::string(day_short(d)); }
std::string week_name(int w) { return "week " + std::to_string(w + 1); }

struct Describe {
    const Plan& p;
    std::string operator()(const act::AddSlot& a) {
        const Exercise* e = p.exercise(a.slot.exercise);
        return "Add " + (e ? e->name : std::string("exercise")) + " to " + short_day(a.at.day);
    }
    std::string operator()(const act::RemoveSlot& a) { return "Remove " + exercise_name(p, a.at); }
    std::string operator()(const act::MoveSlot& a) {
        if (a.from.day == a.to.day && a.from.week == a.to.week) return "Reorder " + exercise_name(p, a.from);
        return "Move " + exercise_name(p, a.from) + " to " + short_day(a.to.day);
    }
    std::string operator()(const act::EditSlot& a) {
        if (!p.block) return "Edit " + exercise_name(p, a.at);
        constexpr const char* kScope[] = {" (this week)", " (this and later weeks)", " (all weeks)"};
        return "Edit " + exercise_name(p, a.at) + kScope[static_cast<int>(a.scope)];
    }
    std::string operator()(const act::CopyDay& a) { return "Copy " + short_day(a.from_day) + " to " + short_day(a.to_day); }
    std::string operator()(const act::ClearDay& a) { return "Clear " + short_day(a.day); }
    std::string operator()(const act::AddWeek&) { return "Add a week"; }
    std::string operator()(const act::CopyWeek& a) { return "Copy " + week_name(a.from); }
    std::string operator()(const act::RemoveWeek& a) { return "Remove " + week_name(a.index); }
    std::string operator()(const act::SetDeload& a) { return (a.on ? "Make " : "Unmark ") + week_name(a.week) + (a.on ? " a deload" : " as deload"); }
    std::string operator()(const act::MakeBlock& a) { return "Make a " + std::to_string(a.weeks) + "-week block"; }
    std::string operator()(const act::SetProgression&) { return "Change the block's progression"; }
    std::string operator()(const act::EndBlock&) { return "End the block"; }
    std::string operator()(const act::Rename&) { return "Rename plan"; }
    std::string operator()(const act::NameDay& a) {
        return a.name.empty() ? "Unname " + short_day(a.day) : "Name " + short_day(a.day) + " \"" + a.name + "\"";
    }
    std::string operator()(const act::SetLevel& a) { return "Set level to " + std::string(level_id(a.level)); }
    std::string operator()(const act::SetRecovery& a) { return "Recovery: " + std::string(recovery_id(a.recovery)); }
    std::string operator()(const act::SetApproach& a) { return "Failure approach: " + std::string(approach_id(a.approach)); }
    std::string operator()(const act::SetBudget& a) { return "Edit " + std::string(muscle_label(a.muscle)) + " budget"; }
    std::string operator()(const act::AddCustomExercise& a) { return "Add " + a.exercise.name; }
    std::string operator()(const act::EditCustomExercise& a) { return "Edit " + a.exercise.name; }
    std::string operator()(const act::RemoveCustomExercise&) { return "Remove custom exercise"; }
    std::string operator()(const act::AddCustomSlot& a) { return "Add " + a.exercise.name + " to " + short_day(a.at.day); }
};
}  // namespace

Result<Plan> apply(const Plan& plan, const Action& action) {
    Result<Plan> r = std::visit(Apply{plan}, action);
    // The one place a block's weeks are expanded: they depend on its base, progression and
    // overrides, and on the level, recovery, budgets and exercises too (they cap growth).
    if (r && r->block) {
        r->weeks = expand_block(*r);
        if (auto err = validate_plan(*r); !err.empty()) return Result<Plan>::fail(err);
    }
    return r;
}

std::string describe(const Plan& plan, const Action& action) { return std::visit(Describe{plan}, action); }

}  // namespace failsafe
