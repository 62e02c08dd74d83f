// The words of the coaching findings: their codes, places, fix labels and messages with the
// sources they cite (the checks themselves are in checks.cpp).
#include <cmath>
#include <iterator>
#include <variant>

#include "failsafe/analysis.hpp"
#include "failsafe/findings.hpp"
#include "text.hpp"

namespace failsafe {
namespace {

// Sources cited in messages (full references in docs/model.md).
constexpr const char* kSrcCompound = " (MuscleTech, 'Is Training To Failure Necessary?'; Iron Alliances guide)";
constexpr const char* kSrcPerExercise = " (Iron Alliances guide: 1-2 sets to failure per exercise)";
constexpr const char* kSrcOrder = " (Russ Howe PTI; Will Slatter, Myprotein)";
constexpr const char* kSrcRecovery = " (Iron Alliances guide: 48-72 h; Moran-Navarro et al. 2017)";
constexpr const char* kSrcBudget = " (Iron Alliances guide: 1-2 sets to failure per exercise, about two exercises a muscle a week)";
constexpr const char* kSrcVolume = " (Renaissance Periodization volume landmarks; Schoenfeld et al. 2017)";
constexpr const char* kSrcBeginner = " (Iron Alliances guide: beginners learn form first)";
constexpr const char* kSrcDeload = " (Iron Alliances guide; Renaissance Periodization: 4-8 week mesocycles end in a deload)";
constexpr const char* kSrcHeavy = " (MuscleTech: at a 4-6RM failure isn't needed; Will Slatter: heavy loads tire the nervous system)";
constexpr const char* kSrcLight = " (Russ Howe PTI: high-rep sets must go to failure; Lasevicius et al. 2022)";
constexpr const char* kSrcTechnique = " (Russ Howe PTI; Will Slatter, Myprotein: for experienced lifters, used sparingly)";
constexpr const char* kSrcJump = " (Iron Alliances guide: increase volume gradually; Renaissance Periodization)";
constexpr const char* kSrcSystemic = " (Will Slatter, Myprotein: neural fatigue outlasts muscular fatigue)";

std::string num(float v) { return text::format_number(v); }
std::string failure_sets(float n) { return text::count_text(n, "set to failure", "sets to failure"); }
std::string hard_sets(float n) { return text::count_text(n, "hard set"); }
constexpr std::string_view kCheckIds[] = {
    "failure-on-compound", "too-many-failure-sets", "every-set-to-failure", "early-failure", "recovery-gap",
    "failure-budget-exceeded", "volume-above-range", "volume-below-range", "beginner-failure", "no-deload",
    "systemic-overload", "heavy-failure", "light-far-from-failure", "technique-budget", "partner-needed",
    "deload-with-failure", "deload-not-lighter", "volume-jump", "logged-failure-over-budget", "unplanned-failure",
    "reps-falling", "soreness-lingering", "sleep-falling", "motivation-falling", "recovery-suggestion"};
static_assert(std::size(kCheckIds) == kCheckCount);

// Why failure on a `caution` exercise calls for care, by how the exercise is loaded: a machine
// guides the path, so its risk is the load on the joints rather than form breaking down.
std::string_view caution_reason(const Exercise* e) {
    const bool guided = e && (e->equipment == Equipment::machine || e->equipment == Equipment::cable);
    if (!e || e->kind == Kind::compound) {
        if (guided)
            return "A machine guides the path, but failure on a heavy multi-joint lift still strains the joints and costs "
                   "more recovery than isolation work";
        if (e && e->equipment == Equipment::bodyweight)
            return "It is a multi-joint bodyweight movement: at failure, form slips and the joints take the strain";
        return "It is a loaded free-weight compound movement, where failure is riskier than on machines and isolation work";
    }
    if (guided) return "Failure here loads one joint hard";
    return "Without a machine to guide it, form is hard to hold at failure";
}

// A finding's place after its week: " Mon - Bench press", " Mon #2 quads", " - Chest".
std::string place_in_week(const Plan& plan, const Finding& f, PlaceStyle style) {
    std::string place;
    if (f.day >= 0) place += " " + std::string(day_short(f.day));
    if (style == PlaceStyle::ids) {
        if (f.slot >= 0) place += " #" + std::to_string(f.slot + 1);
        if (f.muscle) place += " " + std::string(muscle_id(*f.muscle));
    } else if (f.slot >= 0) {
        const Exercise* e = finding_exercise(plan, f);
        place += " - " + (e ? e->name : std::string("?"));
    } else if (f.muscle) {
        place += " - " + std::string(muscle_label(*f.muscle));
    }
    return place;
}
}  // namespace

std::string_view check_id(Check c) {
    const auto i = static_cast<size_t>(c);
    return i < std::size(kCheckIds) ? kCheckIds[i] : std::string_view("unknown");
}

std::string finding_place(const Plan& plan, const Finding& f, PlaceStyle style) {
    const bool ids = style == PlaceStyle::ids;
    const std::string week = f.week >= 0 ? (ids ? "week " : "Week ") + std::to_string(f.week + 1) : std::string();
    return week + place_in_week(plan, f, style);
}

std::string group_place(const Plan& plan, const FindingGroup& g, PlaceStyle style) {
    std::string weeks = weeks_text(g.weeks);
    if (style == PlaceStyle::names && !weeks.empty()) weeks[0] = 'W';
    return weeks + place_in_week(plan, *g.first, style);
}

std::string_view fix_label(const Finding& f) {
    if (!f.fix) return {};
    switch (f.check) {
        case Check::failure_on_compound: return "Stop 1 rep short";
        case Check::too_many_failure_sets: return "Limit the failure sets";
        case Check::every_set_to_failure: return "Only the last set to failure";
        case Check::early_failure:
            return std::holds_alternative<act::MoveSlot>(*f.fix) ? "Move it after the others" : "Stop 1 rep short";
        case Check::heavy_failure: return "Stop 1 rep short";
        case Check::light_far_from_failure: return "Take it closer to failure";
        case Check::recovery_gap: return "Stop 1 rep short here";
        case Check::no_deload: return std::holds_alternative<act::SetProgression>(*f.fix) ? "Break up the failure weeks" : "Make this week a deload";
        default: return "Fix";
    }
}

std::string percent_text(float value, float limit) {
    const auto percent = [](float v) { return std::lround(static_cast<double>(v) * 100.0); };
    if (exceeds(value, limit) && percent(value) <= percent(limit)) return "just over " + std::to_string(percent(limit)) + "%";
    return std::to_string(percent(value)) + "%";
}

std::string finding_message(const Plan& plan, const Finding& f) {
    const Exercise* at = finding_exercise(plan, f);
    const std::string exercise = at ? at->name : "This exercise";
    const std::string muscle = f.muscle ? std::string(muscle_label(*f.muscle)) : std::string("This muscle");
    const std::string muscle_lc = text::lower(muscle);
    const std::string day = f.day >= 0 ? std::string(day_name(f.day)) : std::string("a day");

    if (f.check == Check::failure_on_compound) {
        if (f.severity == Severity::error)
            return exercise + " is taken to failure. Failure on heavy compound lifts is where form breaks down and "
                              "injuries happen, and it costs the most nervous-system recovery; leave 1-2 reps in reserve." +
                   kSrcCompound;
        return exercise + " is taken to failure. " + std::string(caution_reason(at)) +
               "; keep failure to the last set, if at all." + kSrcCompound;
    }
    if (f.check == Check::too_many_failure_sets)
        return exercise + " has " + failure_sets(f.value) + ". More than " + num(f.limit) +
               " adds fatigue without adding growth." + kSrcPerExercise;
    if (f.check == Check::every_set_to_failure)
        return "Every set of " + exercise + " goes to failure. Failing early sets cuts the reps of the sets after them; "
               "save failure for the last set." + kSrcPerExercise;
    if (f.check == Check::early_failure)
        return exercise + " goes to failure, but more " + muscle_lc + " work follows in the same session. Failure early in "
               "a session lowers the performance of what comes after; put failure last." + kSrcOrder;
    if (f.check == Check::recovery_gap) {
        // Which window: after a compound (caution or avoid class) or after isolation and machine
        // work, as the plan's recovery setting sets them (the finding holds only the hours).
        const int compound = model::recovery_window(plan.recovery, true), isolation = model::recovery_window(plan.recovery, false);
        const bool after_compound = static_cast<int>(f.limit) == compound && compound != isolation;
        std::string rule = after_compound ? "After failure on a compound lift, allow " + num(f.limit) + " h"
                                          : "After failure on isolation and machine work, allow " + num(f.limit) + " h";
        if (plan.recovery != Recovery::typical) rule += " (recovery set to " + std::string(recovery_id(plan.recovery)) + ")";
        return exercise + " takes " + muscle_lc + " to failure, and " + muscle_lc + " work hard again on " +
               std::string(day_name(f.other_day)) + ", only " + num(f.value) + " h later, before the muscle has recovered. " +
               rule + "." + kSrcRecovery;
    }
    if (f.check == Check::failure_budget_exceeded)
        return muscle + ": " + failure_sets(f.value) + " this week, over the budget of " + num(f.limit) +
               ". Failure work stacks up and slows recovery." + kSrcBudget;
    if (f.check == Check::beginner_failure)
        return muscle + ": " + failure_sets(f.value) + " this week, over a beginner's budget of " + num(f.limit) +
               ". Beginners gain more from learning form close to failure than from reaching it." + kSrcBeginner;
    if (f.check == Check::volume_above_range)
        return muscle + ": " + hard_sets(f.value) + " this week, above the top of its range, " + num(f.limit) +
               ": more than it can recover from." + kSrcVolume;
    if (f.check == Check::volume_below_range)
        return muscle + ": " + text::count_text(f.value, "graded set") + " this week (counted by closeness to failure and reps), below the " +
               num(f.limit) + " at the bottom of its range: probably too little to grow." + kSrcVolume;
    if (f.check == Check::no_deload) {
        const std::string what = f.value > 0 ? text::count_text(f.value, "build week") + " in a row up to week " +
                                                   std::to_string(f.week + 1) + " with failure work and no deload."
                                             : "No week of this plan is a deload or free of failure, and the plan repeats.";
        return what + " Cycle at most " + text::count_text(f.limit, "week") +
               " of failure work with a deload or a week short of failure." + kSrcDeload;
    }
    if (f.check == Check::heavy_failure)
        return exercise + " goes to failure at " + text::count_text(f.value, "rep") + ". Heavy sets grow as well stopped 1-2 reps "
               "short, and failure on them costs the most nervous-system recovery." + kSrcHeavy;
    if (f.check == Check::light_far_from_failure)
        return exercise + " stops " + text::count_text(f.limit, "rep") + " short on sets of many reps. " +
               (f.value < 0.995f ? "Such light sets count for about " + num(std::round(f.value * 100.f)) + "% of a set near failure; "
                                 : std::string()) +
               "light sets grow only when taken close to failure." + kSrcLight;
    if (f.check == Check::technique_budget)
        return (f.day >= 0 ? day + " has " : std::string("Week ") + std::to_string(f.week + 1) + " has ") +
               text::count_text(f.value, "beyond-failure technique") + "; " +
               (f.limit > 0 ? "at this level keep to " + num(f.limit) + (f.day >= 0 ? " a session." : " a week.")
                            : std::string("beginners should use none.")) +
               " They go past failure, and their fatigue adds up fast." + kSrcTechnique;
    if (f.check == Check::partner_needed) {
        const Slot* s = finding_slot(plan, f);
        return exercise + " uses " + std::string(s ? technique_name(s->technique) : "a technique") +
               ", which needs a training partner to help with the weight." + kSrcTechnique;
    }
    if (f.check == Check::deload_with_failure)
        return "The deload of week " + std::to_string(f.week + 1) + " still has " + failure_sets(f.value) +
               ". A deload recovers only if it stays short of failure." + kSrcDeload;
    if (f.check == Check::deload_not_lighter)
        return "The deload of week " + std::to_string(f.week + 1) + " costs " + percent_text(f.value, f.limit) +
               " of the build week before it; a deload should cost at most " + percent_text(f.limit, f.limit) +
               ": fewer sets, further from failure." + kSrcDeload;
    if (f.check == Check::volume_jump)
        return muscle + " jumps from " + hard_sets(f.limit) + " to " + hard_sets(f.value) + " in week " + std::to_string(f.week + 1) +
               ". Add volume gradually, a few sets a week." + kSrcJump;
    if (f.check == Check::systemic_overload)
        return "Systemic (nervous-system) fatigue reaches " + percent_text(f.value, f.limit) + " of capacity on " + day +
               ". Heavy compound lifts and failure work tire the whole body and recover slowly." + kSrcSystemic;
    return std::string(f.code());  // a check without words: the messages test fails on this
}

std::string budget_help(const Plan& plan) {
    return "Low and High bound a muscle's weekly hard sets (sets 3 or fewer reps short of failure): below Low is too little "
           "to grow, above High more than it recovers from" + std::string(kSrcVolume) + ". Failure caps its sets taken to "
           "failure each week" + kSrcBudget + ". The defaults follow this plan's level (" + std::string(level_id(plan.level)) +
           "), recovery (" + std::string(recovery_id(plan.recovery)) + "), failure approach (" +
           std::string(approach_id(plan.approach)) + ") and the days a week that train the muscle; your values replace them, "
           "and Default brings them back.";
}

}  // namespace failsafe
