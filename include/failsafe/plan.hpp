// failsafe/plan.hpp - the document the user edits: a mesocycle of weeks, each of 7 days
// (Monday first), each an ordered list of exercise slots. Units: sets and reps are counts,
// RIR is reps in reserve (0 = failure).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "failsafe/block.hpp"
#include "failsafe/catalog.hpp"
#include "failsafe/muscles.hpp"

namespace failsafe {

enum class Level : uint8_t { beginner, intermediate, advanced };
inline constexpr int kLevelCount = 3;
static_assert(static_cast<int>(Level::advanced) + 1 == kLevelCount, "kLevelCount counts Level");
enum class Technique : uint8_t { none, drop_set, rest_pause, myo_reps, forced_reps, negatives, partials };
inline constexpr int kTechniqueCount = 7;
static_assert(static_cast<int>(Technique::partials) + 1 == kTechniqueCount, "kTechniqueCount counts Technique");

// How fast this lifter recovers (docs/model.md, "Individual limits"): scales the fatigue
// half-lives, the recovery windows and the top of each volume band.
enum class Recovery : uint8_t { slower, typical, faster };
inline constexpr int kRecoveryCount = 3;
static_assert(static_cast<int>(Recovery::faster) + 1 == kRecoveryCount, "kRecoveryCount counts Recovery");
// Where the sources disagree on failure (docs/model.md, "Failure approach"): conservative
// follows seed 004 (sparingly: 1-2 failure sets per exercise, cycled with deloads); liberal
// follows seed 001 (often; high-rep sets must reach failure to count).
enum class Approach : uint8_t { conservative, liberal };
inline constexpr int kApproachCount = 2;
static_assert(static_cast<int>(Approach::liberal) + 1 == kApproachCount, "kApproachCount counts Approach");

std::string_view level_id(Level l);
std::optional<Level> level_from_id(std::string_view id);
std::string_view recovery_id(Recovery r);     // "slower", "typical", "faster"
std::optional<Recovery> recovery_from_id(std::string_view id);
std::string_view approach_id(Approach a);     // "conservative", "liberal"
std::optional<Approach> approach_from_id(std::string_view id);
std::string_view technique_id(Technique t);      // "drop-set"; "" for none
std::string_view technique_label(Technique t);   // "drop" (in a slot's summary); "" for none
std::string_view technique_name(Technique t);    // "drop set" (in a menu); "none" for none
std::optional<Technique> technique_from_id(std::string_view id);

// Limits shared by the editor, the JSON reader and the link decoder.
namespace limits {
inline constexpr int kDays = 7;
inline constexpr int kMaxWeeks = 16;
inline constexpr int kMinSets = 1, kMaxSets = 10;
inline constexpr int kMinReps = 1, kMaxReps = 100;
inline constexpr int kMaxRir = 5;
inline constexpr int kMaxSlotsPerDay = 24;
inline constexpr int kMaxCustomExercises = 64;
inline constexpr int kMaxNameLength = 80;     // plan and exercise names, bytes
inline constexpr int kMaxDayNameLength = 40;  // a day's own name ("Upper A"), bytes
inline constexpr int kMaxSlugLength = 48;
inline constexpr int kMaxAliases = 8;
inline constexpr float kMaxBudgetSets = 60.f;
}  // namespace limits

// A day's name, day 0 being Monday; "?" for a number outside 0..6.
std::string_view day_name(int day);   // "Monday"
std::string_view day_short(int day);  // "Mon"

// The text rule (failsafe/utf8.hpp) for a plan name, exercise name or alias: "" when `name`
// keeps it, else what is wrong ("is not valid UTF-8 text", "contains a control character",
// "is longer than 80 bytes", "is empty"). `max_bytes`: a day's name has its own limit.
std::string name_problem(std::string_view name, bool may_be_empty = false, size_t max_bytes = limits::kMaxNameLength);
// A name as the editor keeps it: malformed UTF-8 and control characters dropped, cut to the
// limit at a character boundary.
std::string fit_name(std::string_view typed, size_t max_bytes = limits::kMaxNameLength);
// What is wrong with a day's own name ("" when it keeps the rule; empty means unnamed).
inline std::string day_name_problem(std::string_view name) { return name_problem(name, true, limits::kMaxDayNameLength); }
// An id made from a name: a-z and 0-9 kept (capitals lowered), every other run of characters one
// '-', none at either end, at most `max_length` bytes: "Belt squat (machine)" -> "belt-squat-machine".
// "" when the name has no letter or digit.
std::string slugify(std::string_view name, size_t max_length = limits::kMaxSlugLength);

// Which exercise a slot holds: a catalog code, or kCustomBit | index into custom_exercises.
using ExerciseRef = uint16_t;
inline constexpr ExerciseRef kCustomBit = 0x8000;
inline constexpr bool is_custom(ExerciseRef r) { return (r & kCustomBit) != 0; }
inline constexpr int custom_index(ExerciseRef r) { return r & 0x7fff; }
inline constexpr ExerciseRef custom_ref(int index) { return static_cast<ExerciseRef>(kCustomBit | index); }

struct Reps {
    uint8_t low = 10;   // reps, or the low end of a range
    uint8_t high = 10;  // equal to low for a single number
    bool operator==(const Reps&) const = default;
};

struct Slot {
    ExerciseRef exercise = 0;
    uint8_t sets = 3;            // 1..10
    Reps reps{};
    uint8_t rir = 2;             // target reps in reserve on the working sets, 0..5
    uint8_t failure_sets = 0;    // how many of the last sets go to failure, 0..sets
    Technique technique = Technique::none;  // on the final set; makes it a failure set
    bool operator==(const Slot&) const = default;

    // Sets that reach failure: every set when rir == 0, else the last failure_sets, and at
    // least the final set when a technique is used.
    int failure_count() const {
        if (rir == 0) return sets;
        const int n = technique != Technique::none && failure_sets == 0 ? 1 : failure_sets;
        return n < sets ? n : sets;
    }
    // Sets within 3 RIR (failure sets included).
    int hard_count() const { return rir <= 3 ? sets : failure_count(); }
};

// The slot the editor adds for an exercise: the defaults above (3 x 10), 1 rep short of failure
// where failure is safe on the exercise, else 2.
Slot new_slot(ExerciseRef ref, const Exercise& exercise);

struct Day {
    std::vector<Slot> slots;  // in session order; empty = rest day
    bool operator==(const Day&) const = default;
};

struct Week {
    bool deload = false;
    std::array<Day, limits::kDays> days{};  // Monday first
    // A deload made from a build week keeps what it replaced, so unmarking it brings that back.
    std::optional<std::array<Day, limits::kDays>> before_deload;
    bool operator==(const Week&) const = default;
};

// One week's own value for one slot of a block (a per-week difference, shown as such).
struct SlotOverride {
    uint8_t week = 0, day = 0, index = 0;
    Slot slot;
    bool operator==(const SlotOverride&) const = default;
};

struct Block {
    Week base;                            // the designed week: each slot at its hardest
    Progression progression;
    std::vector<SlotOverride> overrides;  // sorted by week, day, index; at most one per place
    bool operator==(const Block&) const = default;
};

// Optional per-muscle override of the level's default budget.
struct BudgetOverride {
    float low = 0, high = 0;    // weekly hard sets band
    float failure = 0;          // weekly failure sets
    bool operator==(const BudgetOverride&) const = default;
};

struct Plan {
    std::string name = "My plan";
    Level level = Level::intermediate;
    Recovery recovery = Recovery::typical;
    Approach approach = Approach::conservative;
    std::vector<Week> weeks = std::vector<Week>(1);  // 1..16
    std::vector<Exercise> custom_exercises;
    PerMuscle<std::optional<BudgetOverride>> budgets{};
    std::optional<Block> block;  // when set, `weeks` is expand_block(*this)
    // The days' own names ("Upper A"), Monday first; "" = unnamed. A name belongs to the
    // weekday, so it holds in every week (a block's weeks included).
    std::array<std::string, limits::kDays> day_names{};
    bool operator==(const Plan&) const;

    const Exercise* exercise(ExerciseRef ref) const;  // nullptr when dangling
};

// Calls `see` with every text in `plan` that its author wrote (the plan's name, its custom
// exercises' names and aliases): what the UI must be able to draw in any script.
template <class See>
void for_each_user_text(const Plan& plan, See&& see) {
    see(std::string_view(plan.name));
    for (const Exercise& e : plan.custom_exercises) {
        see(std::string_view(e.name));
        for (const std::string& alias : e.aliases) see(std::string_view(alias));
    }
}

// Values a plan stores are quantized, so files and links round-trip exactly: a muscle weight or
// systemic load is a whole number of 1/kWeightSteps, a budget's set count of 1/kSetSteps.
inline constexpr int kWeightSteps = 20;  // steps of 0.05
inline constexpr int kSetSteps = 2;      // steps of 0.5
float quantize_weight(float w);  // muscle weights and systemic load: steps of 0.05
float quantize_sets(float s);    // budget set counts: steps of 0.5
// Quantizes a custom exercise's numbers (used when one enters a plan).
Exercise quantized(Exercise e);
BudgetOverride quantized(BudgetOverride b);

// Checks every limit and reference; empty string when the plan is valid.
std::string validate_plan(const Plan& plan);
// What is wrong with one slot of `plan` ("sets must be 1-10"); empty string when it is valid.
// validate_plan and the editor's actions both go by it.
std::string slot_problem(const Slot& slot, const Plan& plan);
// What is wrong with a week's days ("day 3: sets must be 1-10"); empty when they are valid.
std::string days_problem(const std::array<Day, limits::kDays>& days, const Plan& plan);

// "3 x 10 @RIR1, last to failure +drop"
std::string slot_summary(const Slot& s);
std::string reps_text(Reps r);  // "10" or "8-12"

}  // namespace failsafe
