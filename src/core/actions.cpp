#include "failsafe/actions.hpp"

#include <algorithm>

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
bool uses_exercise(const Plan& p, ExerciseRef ref) {
    for (const auto& w : p.weeks)
        for (const auto& d : w.days)
            for (const auto& s : d.slots)
                if (s.exercise == ref) return true;
    return false;
}
void make_deload(Week& w) {
    w.deload = true;
    for (auto& d : w.days)
        for (auto& s : d.slots) {
            s.sets = static_cast<uint8_t>((s.sets + 1) / 2);
            s.rir = std::max<uint8_t>(s.rir, 3);
            s.failure_sets = 0;
            s.technique = Technique::none;
        }
}

struct Apply {
    Plan p;

    R operator()(const act::AddSlot& a) {
        auto* slots = slots_at(p, a.at.week, a.at.day);
        if (!slots) return R::fail("no such day");
        if (slots->size() >= static_cast<size_t>(limits::kMaxSlotsPerDay)) return day_full();
        if (a.at.index < 0 || a.at.index > static_cast<int>(slots->size())) return R::fail("no such place in the day");
        if (!valid_slot(a.slot, p)) return R::fail("the exercise's values are out of range");
        slots->insert(slots->begin() + a.at.index, a.slot);
        return std::move(p);
    }
    R operator()(const act::RemoveSlot& a) {
        auto* slots = slots_at(p, a.at.week, a.at.day);
        if (!slots || a.at.index < 0 || a.at.index >= static_cast<int>(slots->size())) return R::fail("no such exercise");
        slots->erase(slots->begin() + a.at.index);
        return std::move(p);
    }
    R operator()(const act::MoveSlot& a) {
        auto* from = slots_at(p, a.from.week, a.from.day);
        auto* to = slots_at(p, a.to.week, a.to.day);
        if (!from || !to || a.from.index < 0 || a.from.index >= static_cast<int>(from->size()))
            return R::fail("no such exercise");
        Slot s = (*from)[a.from.index];
        from->erase(from->begin() + a.from.index);
        if (a.to.index < 0 || a.to.index > static_cast<int>(to->size())) return R::fail("no such place in the day");
        if (to->size() >= static_cast<size_t>(limits::kMaxSlotsPerDay)) return day_full();
        to->insert(to->begin() + a.to.index, s);
        return std::move(p);
    }
    R operator()(const act::EditSlot& a) {
        auto* slots = slots_at(p, a.at.week, a.at.day);
        if (!slots || a.at.index < 0 || a.at.index >= static_cast<int>(slots->size())) return R::fail("no such exercise");
        if (!valid_slot(a.slot, p)) return R::fail("the exercise's values are out of range");
        (*slots)[a.at.index] = a.slot;
        return std::move(p);
    }
    R operator()(const act::CopyDay& a) {
        if (!valid_day(p, a.from_week, a.from_day) || !valid_day(p, a.to_week, a.to_day)) return R::fail("no such day");
        p.weeks[a.to_week].days[a.to_day] = p.weeks[a.from_week].days[a.from_day];
        return std::move(p);
    }
    R operator()(const act::ClearDay& a) {
        auto* slots = slots_at(p, a.week, a.day);
        if (!slots) return R::fail("no such day");
        slots->clear();
        return std::move(p);
    }
    R operator()(const act::AddWeek& a) {
        if (p.weeks.size() >= static_cast<size_t>(limits::kMaxWeeks)) return plan_full();
        if (a.index < 0 || a.index > static_cast<int>(p.weeks.size())) return R::fail("no such week");
        p.weeks.insert(p.weeks.begin() + a.index, Week{});
        return std::move(p);
    }
    R operator()(const act::CopyWeek& a) {
        if (p.weeks.size() >= static_cast<size_t>(limits::kMaxWeeks)) return plan_full();
        if (a.from < 0 || a.from >= static_cast<int>(p.weeks.size()) || a.to_index < 0 ||
            a.to_index > static_cast<int>(p.weeks.size()))
            return R::fail("no such week");
        Week copy = p.weeks[a.from];
        p.weeks.insert(p.weeks.begin() + a.to_index, std::move(copy));
        return std::move(p);
    }
    R operator()(const act::RemoveWeek& a) {
        if (a.index < 0 || a.index >= static_cast<int>(p.weeks.size())) return R::fail("no such week");
        if (p.weeks.size() == 1) return R::fail("a plan keeps at least one week");
        p.weeks.erase(p.weeks.begin() + a.index);
        return std::move(p);
    }
    R operator()(const act::SetDeload& a) {
        if (a.week < 0 || a.week >= static_cast<int>(p.weeks.size())) return R::fail("no such week");
        if (a.on && !p.weeks[a.week].deload) make_deload(p.weeks[a.week]);
        p.weeks[a.week].deload = a.on;
        return std::move(p);
    }
    R operator()(const act::Rename& a) {
        if (auto bad = name_problem(a.name, true); !bad.empty()) return R::fail("the name " + bad);
        p.name = a.name;
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
        for (auto& w : p.weeks)  // later custom exercises move down by one
            for (auto& d : w.days)
                for (auto& s : d.slots)
                    if (is_custom(s.exercise) && custom_index(s.exercise) > a.index) s.exercise = custom_ref(custom_index(s.exercise) - 1);
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
    std::string operator()(const act::EditSlot& a) { return "Edit " + exercise_name(p, a.at); }
    std::string operator()(const act::CopyDay& a) { return "Copy " + short_day(a.from_day) + " to " + short_day(a.to_day); }
    std::string operator()(const act::ClearDay& a) { return "Clear " + short_day(a.day); }
    std::string operator()(const act::AddWeek&) { return "Add a week"; }
    std::string operator()(const act::CopyWeek& a) { return "Copy " + week_name(a.from); }
    std::string operator()(const act::RemoveWeek& a) { return "Remove " + week_name(a.index); }
    std::string operator()(const act::SetDeload& a) { return (a.on ? "Make " : "Unmark ") + week_name(a.week) + (a.on ? " a deload" : " as deload"); }
    std::string operator()(const act::Rename&) { return "Rename plan"; }
    std::string operator()(const act::SetLevel& a) { return "Set level to " + std::string(level_id(a.level)); }
    std::string operator()(const act::SetRecovery& a) { return "Recovery: " + std::string(recovery_id(a.recovery)); }
    std::string operator()(const act::SetApproach& a) { return "Failure approach: " + std::string(approach_id(a.approach)); }
    std::string operator()(const act::SetBudget& a) { return "Edit " + std::string(muscle_label(a.muscle)) + " budget"; }
    std::string operator()(const act::AddCustomExercise& a) { return "Add " + a.exercise.name; }
    std::string operator()(const act::EditCustomExercise& a) { return "Edit " + a.exercise.name; }
    std::string operator()(const act::RemoveCustomExercise&) { return "Remove custom exercise"; }
};
}  // namespace

Result<Plan> apply(const Plan& plan, const Action& action) { return std::visit(Apply{plan}, action); }

std::string describe(const Plan& plan, const Action& action) { return std::visit(Describe{plan}, action); }

}  // namespace failsafe
