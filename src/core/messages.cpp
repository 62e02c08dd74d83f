// The words of the coaching findings: their codes, places, fix labels and messages with the
// sources they cite (the checks themselves are in checks.cpp).
#include <cmath>
#include <iterator>

#include "failsafe/analysis.hpp"
#include "text.hpp"

namespace failsafe {
namespace {

// Sources cited in messages (full references in docs/model.md).
constexpr const char* kSrcCompound = " (MuscleTech, 'Is Training To Failure Necessary?'; Iron Alliances guide)";
constexpr const char* kSrcPerExercise = " (Iron Alliances guide: 1-2 sets to failure per exercise)";
constexpr const char* kSrcOrder = " (Russ Howe PTI; Will Slatter, Myprotein)";
constexpr const char* kSrcRecovery = " (Iron Alliances guide: 48-72 h; Moran-Navarro et al. 2017)";
constexpr const char* kSrcVolume = " (Renaissance Periodization volume landmarks; Schoenfeld et al. 2017)";
constexpr const char* kSrcBeginner = " (Iron Alliances guide: beginners learn form first)";
constexpr const char* kSrcDeload = " (Iron Alliances guide; Renaissance Periodization: 4-8 week mesocycles end in a deload)";
constexpr const char* kSrcSystemic = " (Will Slatter, Myprotein: neural fatigue outlasts muscular fatigue)";

std::string num(float v) { return text::format_number(v); }
constexpr std::string_view kCheckIds[] = {
    "failure-on-compound", "too-many-failure-sets", "every-set-to-failure", "early-failure", "recovery-gap",
    "failure-budget-exceeded", "volume-above-range", "volume-below-range", "beginner-failure", "no-deload",
    "systemic-overload"};
static_assert(std::size(kCheckIds) == kCheckCount);

// The exercise at the finding's slot; nullptr when it has no slot (or the plan is not its own).
const Exercise* exercise_at(const Plan& plan, const Finding& f) {
    if (f.week < 0 || f.week >= static_cast<int>(plan.weeks.size()) || f.day < 0 || f.day >= limits::kDays || f.slot < 0)
        return nullptr;
    const auto& slots = plan.weeks[f.week].days[f.day].slots;
    return f.slot < static_cast<int>(slots.size()) ? plan.exercise(slots[f.slot].exercise) : nullptr;
}
}  // namespace

std::string_view check_id(Check c) {
    const auto i = static_cast<size_t>(c);
    return i < std::size(kCheckIds) ? kCheckIds[i] : std::string_view("unknown");
}

std::string finding_place(const Plan& plan, const Finding& f, PlaceStyle style) {
    const bool ids = style == PlaceStyle::ids;
    std::string place;
    if (f.week >= 0) place += (ids ? "week " : "Week ") + std::to_string(f.week + 1);
    if (f.day >= 0) place += " " + std::string(day_short(f.day));
    if (ids) {
        if (f.slot >= 0) place += " #" + std::to_string(f.slot + 1);
        if (f.muscle) place += " " + std::string(muscle_id(*f.muscle));
    } else if (f.slot >= 0) {
        const Exercise* e = exercise_at(plan, f);
        place += " - " + (e ? e->name : std::string("?"));
    } else if (f.muscle) {
        place += " - " + std::string(muscle_label(*f.muscle));
    }
    return place;
}

std::string_view fix_label(const Finding& f) {
    if (!f.fix) return {};
    switch (f.check) {
        case Check::failure_on_compound: return "Stop 1 rep short";
        case Check::too_many_failure_sets: return "Limit to 2 failure sets";
        case Check::every_set_to_failure: return "Only the last set to failure";
        case Check::early_failure: return "Move it after the others";
        case Check::recovery_gap: return "Stop 1 rep short here";
        case Check::no_deload: return "Make this week a deload";
        default: return "Fix";
    }
}

std::string finding_message(const Plan& plan, const Finding& f) {
    const Exercise* at = exercise_at(plan, f);
    const std::string exercise = at ? at->name : "This exercise";
    const std::string muscle = f.muscle ? std::string(muscle_label(*f.muscle)) : std::string("This muscle");
    const std::string muscle_lc = text::lower(muscle);

    if (f.check == Check::failure_on_compound) {
        if (f.severity == Severity::error)
            return exercise + " is taken to failure. Failure on heavy compound lifts is where form breaks down and "
                              "injuries happen, and it costs the most nervous-system recovery; leave 1-2 reps in reserve." +
                   kSrcCompound;
        return exercise + " is taken to failure. It is a loaded free-weight or compound movement where failure is riskier "
                          "than on machines and isolation work; keep failure to the last set, if at all." + kSrcCompound;
    }
    if (f.check == Check::too_many_failure_sets)
        return exercise + " has " + num(f.value) + " sets to failure. More than 2 adds fatigue without adding growth." +
               kSrcPerExercise;
    if (f.check == Check::every_set_to_failure)
        return "Every set of " + exercise + " goes to failure. Failing early sets cuts the reps of the sets after them; "
               "save failure for the last set." + kSrcPerExercise;
    if (f.check == Check::early_failure)
        return exercise + " goes to failure, but more " + muscle_lc + " work follows in the same session. Failure early in "
               "a session lowers the performance of what comes after; put failure last." + kSrcOrder;
    if (f.check == Check::recovery_gap)
        return "Failure work for " + muscle_lc + " again only " + num(f.value) + " h after the last (" +
               std::string(day_name(f.other_day)) + "). " +
               (f.limit >= 72 ? "After failure on legs or a heavy compound lift, allow 72 h."
                              : "Allow at least 48 h before failure work for the same muscle.") + kSrcRecovery;
    if (f.check == Check::failure_budget_exceeded)
        return muscle + " gets " + num(f.value) + " sets to failure this week, over its budget of " + num(f.limit) +
               ". Failure work stacks up and slows recovery." + kSrcRecovery;
    if (f.check == Check::beginner_failure)
        return muscle + " gets " + num(f.value) + " sets to failure this week; a beginner's budget is " + num(f.limit) +
               ". Beginners gain more from learning form close to failure than from reaching it." + kSrcBeginner;
    if (f.check == Check::volume_above_range || f.check == Check::volume_below_range) {
        const Budget b = effective_budget(plan, f.muscle.value_or(Muscle::chest));
        const bool above = f.check == Check::volume_above_range;
        return muscle + " gets " + num(f.value) + " hard sets this week, " + (above ? "above" : "below") + " its range of " +
               num(b.low) + "-" + num(b.high) +
               (above ? ": more than it can recover from." : ": probably too little to grow.") + kSrcVolume;
    }
    if (f.check == Check::no_deload)
        return "Five build weeks in a row with failure work and no deload. Cycle failure weeks with a deload or a week "
               "short of failure." + std::string(kSrcDeload);
    if (f.check == Check::systemic_overload)
        return "Systemic (nervous-system) fatigue reaches " + num(std::round(f.value * 100.f)) + "% of capacity on " +
               (f.day >= 0 ? std::string(day_name(f.day)) : std::string("a day")) + ". Heavy compound lifts and failure work tire the whole body "
               "and recover slowly." + kSrcSystemic;
    return std::string(f.code());
}

}  // namespace failsafe
