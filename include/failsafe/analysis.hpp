// failsafe/analysis.hpp - what the user watches while editing: per week and muscle, hard sets
// and failure sets against the budget, the fatigue curves, and the coaching findings.
// Units: sets are fractional (weighted by the exercise's muscle weight); fatigue is a
// fraction of capacity (1.0 = capacity); time is in hours from Monday 00:00 of week 0.
#pragma once
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/muscles.hpp"
#include "failsafe/plan.hpp"

namespace failsafe {

struct Budget {
    float low = 0, high = 0;  // weekly hard-set band
    float failure = 0;        // weekly failure-set budget
};

// Weighted set counts and fractions of capacity are float sums: values closer than this count as
// equal wherever one is held against a limit (the checks, the budget view, the CLI's marks).
inline constexpr float kRoundingTolerance = 1e-4f;
// `value` is above `limit` by more than the rounding.
inline bool exceeds(float value, float limit) { return value > limit + kRoundingTolerance; }
// `a` and `b` are the same but for the rounding.
inline bool nearly_equal(float a, float b) { return !exceeds(a, b) && !exceeds(b, a); }

// Where a value sits against a band [low, high], the edges included.
enum class Band : uint8_t { under, in_range, over };
inline Band band_of(float value, float low, float high) {
    return exceeds(value, high) ? Band::over : (exceeds(low, value) ? Band::under : Band::in_range);
}
std::string_view band_label(Band b);  // "under", "in range", "over"

// The level's default budget for a muscle trained `sessions` days a week (docs/model.md gives
// the sources): the top of the band is the MRV at that frequency.
Budget default_budget(Level level, Muscle m, int sessions = 2, Recovery recovery = Recovery::typical,
                      Approach approach = Approach::conservative);
// The plan's budget: its override for the muscle, else the default for its settings.
Budget effective_budget(const Plan& plan, Muscle m, int sessions = 2);

struct MuscleWeek {
    float hard_sets = 0;      // sets within 3 RIR, weighted, with techniques' extra sets
    float stimulus = 0;       // the same sets graded by closeness to failure and reps (model::stimulus)
    float failure_sets = 0;   // sets at failure or with a technique, weighted
    int sessions = 0;         // days with at least one weighted hard set for it
    Budget budget{};          // for its sessions this week
    float fatigue_peak = 0;   // highest local fatigue this week
};

// Where a week's volume sits against its band: over on hard sets (what can be recovered from),
// under on the graded stimulus (what makes growth), so there is no cliff between RIR 3 and 4.
// A deload week is meant to be light: under counts as in range there.
Band volume_band(const MuscleWeek& mw, bool deload = false);

// Fatigue around one day's session (or rest day): before it starts and right after it.
struct DayFatigue {
    PerMuscle<float> start{};
    PerMuscle<float> after{};
    float systemic_start = 0;
    float systemic_after = 0;
    uint32_t trained = 0;  // bit per muscle with a hard set that day
};

struct WeekAnalysis {
    PerMuscle<MuscleWeek> muscles{};
    float systemic_peak = 0;
};

enum class Severity : uint8_t { error, warning, info };
inline constexpr int kSeverityCount = 3;
static_assert(static_cast<int>(Severity::info) + 1 == kSeverityCount, "kSeverityCount counts Severity");
std::string_view severity_id(Severity s);

// The one-step fixes a finding can offer: small and trivially copyable, unlike Action.
using Fix = std::variant<act::EditSlot, act::MoveSlot, act::SetDeload, act::SetProgression, act::SetRecovery>;
Action to_action(const Fix& fix);

// Every coaching check, in the order of docs/model.md: the plan's checks (analyze(), worded by
// finding_message), then the log's (analyze_log() in failsafe/log_analysis.hpp, worded by
// log_finding_message, which needs the log).
enum class Check : uint8_t {
    failure_on_compound, too_many_failure_sets, every_set_to_failure, early_failure, recovery_gap,
    failure_budget_exceeded, volume_above_range, volume_below_range, beginner_failure, no_deload,
    systemic_overload, heavy_failure, light_far_from_failure, technique_budget, partner_needed,
    deload_with_failure, deload_not_lighter, volume_jump,
    logged_failure_over_budget, unplanned_failure, reps_falling, soreness_lingering, sleep_falling,
    motivation_falling, recovery_suggestion,
};
inline constexpr int kPlanCheckCount = 18;  // the plan's checks come first
inline constexpr int kCheckCount = 25;
static_assert(static_cast<int>(Check::volume_jump) + 1 == kPlanCheckCount, "kPlanCheckCount counts the plan's checks");
static_assert(static_cast<int>(Check::recovery_suggestion) + 1 == kCheckCount, "kCheckCount counts Check");
inline bool is_log_check(Check c) { return static_cast<int>(c) >= kPlanCheckCount; }
std::string_view check_id(Check c);  // stable code, e.g. "failure-on-compound"

// A coaching finding. Compact and structured, so the analysis stays cheap;
// finding_message() renders the plain-language text when it is shown.
struct Finding {
    Check check = Check::failure_on_compound;
    Severity severity = Severity::info;
    std::optional<Muscle> muscle;   // where it applies
    int16_t week = -1, day = -1, slot = -1;  // -1 where it does not apply
    int8_t other_day = -1;          // recovery-gap: day (0-6) of the hard work that follows too soon
    float value = 0;                // what was measured: sets, hours, fraction of capacity
    float limit = 0;                // the rule's limit for it
    std::optional<Fix> fix;         // one step the UI can offer: apply(plan, to_action(*fix))

    std::string_view code() const { return check_id(check); }
};

// Button text for a finding's fix ("Stop 1 rep short"); empty when it has none.
std::string_view fix_label(const Finding& f);

// Where a finding sits. `names`, as the findings list shows it: "Week 1 Mon - Bench press" at a
// slot, "Week 2 - Chest" for a muscle's week, "Week 3 Tue" for a day. `ids`, for text output:
// "week 1 Mon #2 quads" (slot and muscle both, when it has both), "week 2 chest".
enum class PlaceStyle : uint8_t { names, ids };
std::string finding_place(const Plan& plan, const Finding& f, PlaceStyle style = PlaceStyle::names);

struct Analysis {
    float recovery_scale = 1.f;     // the plan's model::recovery_scale, for fatigue_at()
    std::vector<WeekAnalysis> weeks;
    std::vector<DayFatigue> days;   // weeks * 7, in time order
    std::vector<Finding> findings;  // grouped by check, each in time order; see by_severity()

    const DayFatigue& day(int week, int d) const { return days[week * 7 + d]; }
    int count(Severity s) const;
    // The findings with errors first, then warnings, then info; otherwise in analysis order.
    std::vector<const Finding*> by_severity() const;
};

// The model's constants and curves (docs/model.md gives each one's source or marks it an
// assumption). Exposed for the docs, tests and the fatigue view.
namespace model {
inline constexpr float kSessionHour = 18.f;       // sessions are placed at 18:00
inline constexpr float kLocalUnit = 0.07f;        // fatigue of one direct set taken to failure
inline constexpr float kSystemicUnit = 0.033f;    // systemic fatigue of a systemic-1.0 failure set
inline constexpr float kSystemicHalfLife = 84.f;  // hours: neural fatigue outlasts muscular (seed 003)
// Cost of a set by its RIR, 1.0 at failure. A failure set costs twice a set at RIR 2: with the
// half-lives below, one more half-life (24-36 h) to clear (Moran-Navarro et al. 2017: 24-48 h).
inline constexpr float kEffort[] = {1.0f, 0.7f, 0.5f, 0.4f, 0.3f, 0.25f};
static_assert(std::size(kEffort) == limits::kMaxRir + 1, "an effort for every RIR");
inline float effort(int rir) { return kEffort[rir < 0 ? 0 : (rir > limits::kMaxRir ? limits::kMaxRir : rir)]; }
// Added on top of the final set, by technique (Technique order): each costs less than a set.
inline constexpr float kTechniqueExtra[] = {0.f, 0.6f, 0.5f, 0.6f, 0.8f, 0.9f, 0.3f};
static_assert(std::size(kTechniqueExtra) == kTechniqueCount, "an extra for every technique");
// Counted as extra (fractional) hard sets: a drop set, rest-pause and myo-reps add work sets;
// forced reps, negatives and partials extend the final set.
inline constexpr float kTechniqueSets[] = {0.f, 0.5f, 0.33f, 0.5f, 0.f, 0.f, 0.f};
static_assert(std::size(kTechniqueSets) == kTechniqueCount, "extra sets for every technique");
inline float technique_extra(Technique t) {
    const auto i = static_cast<size_t>(t);
    return i < kTechniqueCount ? kTechniqueExtra[i] : 0.f;
}
inline float technique_sets(Technique t) {
    const auto i = static_cast<size_t>(t);
    return i < kTechniqueCount ? kTechniqueSets[i] : 0.f;
}
// Forced reps need a partner; negatives need one to lift the weight back up (seeds 001, 003).
inline bool needs_partner(Technique t) { return t == Technique::forced_reps || t == Technique::negatives; }

// Reps of a slot for the curves below: the middle of its range.
inline float reps_of(Reps r) { return (static_cast<float>(r.low) + static_cast<float>(r.high)) / 2.f; }
inline constexpr float kHeavyReps = 5.f;   // a set of 5 or fewer is heavy (seed 002: the 4-6RM)
inline constexpr float kLightReps = 20.f;  // a set of 20 or more is light (Lasevicius 2022: ~30 % 1RM)
// Muscular cost of a set by its reps: many reps, more muscular fatigue (seed 003).
float local_reps_factor(float reps);
// Neural (systemic) cost of a set by its reps: heavy, low-rep sets tire the nervous system (seed 003).
float systemic_reps_factor(float reps);
// Growth stimulus of one set, 1.0 for a set to failure of 6-12 reps: falls gradually as the set
// ends further from failure (Robinson et al. 2024), faster for light sets and slower for heavy
// ones (Lasevicius et al. 2022).
float stimulus(int rir, float reps);

float half_life(Muscle m);                        // hours, at typical recovery
float recovery_scale(Recovery r);                 // half-lives are multiplied by it
float decay(float hours, float half_life_hours);  // fraction left after `hours`
// Hours to wait after failure work before training the muscle hard again (seed 004: 48-72 h):
// after isolation and machine work, and after heavy compound lifts.
int recovery_window(Recovery r, bool compound);
inline constexpr float kRecovered = 0.05f;        // local fatigue below this is recovered
// Weekly volume may rise by this many hard sets, or this fraction, whichever is more (seed 004:
// increase volume gradually; RP adds 1-2 sets a week).
inline constexpr float kJumpSets = 4.f, kJumpFraction = 0.3f;
inline float jump_allowed(float before) { return before + (before * kJumpFraction > kJumpSets ? before * kJumpFraction : kJumpSets); }
// A deload costs at most this fraction of the build week before it (RP: about half).
inline constexpr float kDeloadFraction = 0.6f;
inline constexpr int kMaxBuildWeeks = 4;          // build weeks with failure before a deload
// Beyond-failure techniques per session and per week, by level (seeds 001, 003: experienced
// lifters, sparingly; seed 004: beginners learn form first).
inline constexpr int kTechniquesPerSession[] = {0, 1, 2};
inline constexpr int kTechniquesPerWeek[] = {0, 3, 6};
static_assert(std::size(kTechniquesPerSession) == kLevelCount && std::size(kTechniquesPerWeek) == kLevelCount);
// Failure sets per exercise: seed 004's 1-2; the liberal approach (seed 001) allows 3.
inline int max_failure_sets(Approach a) { return a == Approach::liberal ? 3 : 2; }
}  // namespace model

// Full analysis, from scratch. Cheap enough to run every frame (docs/performance.md).
Analysis analyze(const Plan& plan);

// What the finding means, why, and the rule's source, in plain language. `plan` is the plan
// the finding came from.
std::string finding_message(const Plan& plan, const Finding& f);
// What a muscle's budget means and where its defaults come from, in plain words, for the
// budgets editor (docs/model.md, "Budget", says the same at length).
std::string budget_help(const Plan& plan);

// Local fatigue of a muscle at any hour, from the day states (for drawing smooth curves).
float fatigue_at(const Analysis& a, Muscle m, float hour);
float systemic_at(const Analysis& a, float hour);

}  // namespace failsafe
