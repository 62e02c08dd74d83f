#include "failsafe/plan.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "failsafe/utf8.hpp"
#include "text.hpp"

namespace failsafe {
namespace {
constexpr std::string_view kLevels[] = {"beginner", "intermediate", "advanced"};
static_assert(std::size(kLevels) == kLevelCount);

struct TechniqueWords { std::string_view id, label, name; };
constexpr TechniqueWords kTechniques[] = {
    {"", "", "none"},
    {"drop-set", "drop", "drop set"},
    {"rest-pause", "rest-pause", "rest-pause"},
    {"myo-reps", "myo-reps", "myo-reps"},
    {"forced-reps", "forced reps", "forced reps"},
    {"negatives", "negatives", "negatives"},
    {"partials", "partials", "partials"},
};
static_assert(std::size(kTechniques) == kTechniqueCount);

constexpr std::string_view kDayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static_assert(std::size(kDayNames) == limits::kDays);
constexpr std::string_view kDayShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static_assert(std::size(kDayShort) == limits::kDays);

bool is_day(int day) { return day >= 0 && day < limits::kDays; }
}  // namespace

std::string_view level_id(Level l) { return kLevels[static_cast<int>(l)]; }
std::optional<Level> level_from_id(std::string_view id) {
    for (int i = 0; i < kLevelCount; ++i)
        if (kLevels[i] == id) return static_cast<Level>(i);
    return std::nullopt;
}
std::string_view recovery_id(Recovery r) {
    constexpr std::string_view kIds[] = {"slower", "typical", "faster"};
    static_assert(std::size(kIds) == kRecoveryCount);
    return kIds[static_cast<int>(r)];
}
std::optional<Recovery> recovery_from_id(std::string_view id) {
    for (int i = 0; i < kRecoveryCount; ++i)
        if (recovery_id(static_cast<Recovery>(i)) == id) return static_cast<Recovery>(i);
    return std::nullopt;
}
std::string_view approach_id(Approach a) { return a == Approach::liberal ? "liberal" : "conservative"; }
std::optional<Approach> approach_from_id(std::string_view id) {
    for (int i = 0; i < kApproachCount; ++i)
        if (approach_id(static_cast<Approach>(i)) == id) return static_cast<Approach>(i);
    return std::nullopt;
}
std::string_view technique_id(Technique t) { return kTechniques[static_cast<int>(t)].id; }
std::string_view technique_label(Technique t) { return kTechniques[static_cast<int>(t)].label; }
std::string_view technique_name(Technique t) { return kTechniques[static_cast<int>(t)].name; }
std::optional<Technique> technique_from_id(std::string_view id) {
    for (int i = 1; i < kTechniqueCount; ++i)
        if (kTechniques[i].id == id) return static_cast<Technique>(i);
    return std::nullopt;
}

std::string_view day_name(int day) { return is_day(day) ? kDayNames[day] : "?"; }
std::string_view day_short(int day) { return is_day(day) ? kDayShort[day] : "?"; }

bool Plan::operator==(const Plan& o) const {
    if (name != o.name || level != o.level || recovery != o.recovery || approach != o.approach || weeks != o.weeks ||
        budgets != o.budgets || block != o.block || day_names != o.day_names)
        return false;
    if (custom_exercises.size() != o.custom_exercises.size()) return false;
    for (size_t i = 0; i < custom_exercises.size(); ++i) {
        const auto &a = custom_exercises[i], &b = o.custom_exercises[i];
        if (a.slug != b.slug || a.name != b.name || a.aliases != b.aliases || a.equipment != b.equipment ||
            a.kind != b.kind || a.failure != b.failure || a.systemic != b.systemic || a.muscles != b.muscles)
            return false;
    }
    return true;
}

const Exercise* Plan::exercise(ExerciseRef ref) const {
    if (is_custom(ref)) {
        size_t i = static_cast<size_t>(custom_index(ref));
        return i < custom_exercises.size() ? &custom_exercises[i] : nullptr;
    }
    return builtin_catalog().by_code(ref);
}

std::string name_problem(std::string_view name, bool may_be_empty, size_t max_bytes) {
    if (!utf8::valid(name)) return "is not valid UTF-8 text";
    if (utf8::has_control(name)) return "contains a control character (such as a line break or a text-direction override)";
    if (name.size() > max_bytes) return "is longer than " + std::to_string(max_bytes) + " bytes";
    if (name.empty() && !may_be_empty) return "is empty";
    return {};
}

std::string fit_name(std::string_view typed, size_t max_bytes) {
    return utf8::fit(utf8::without_controls(utf8::fit(typed, typed.size())), max_bytes);
}

std::string slugify(std::string_view name, size_t max_length) {
    std::string slug;
    for (char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
        else if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    if (slug.size() > max_length) slug.resize(max_length);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug;
}

Slot new_slot(ExerciseRef ref, const Exercise& exercise) {
    Slot s;
    s.exercise = ref;
    if (exercise.failure == FailureClass::safe) s.rir = 1;  // close to failure where it is safe
    return s;
}

std::string slot_problem(const Slot& s, const Plan& plan) {
    if (!plan.exercise(s.exercise)) return "unknown exercise";
    if (s.sets < limits::kMinSets || s.sets > limits::kMaxSets)
        return "sets must be " + std::to_string(limits::kMinSets) + "-" + std::to_string(limits::kMaxSets);
    if (s.reps.low < limits::kMinReps || s.reps.high > limits::kMaxReps || s.reps.low > s.reps.high)
        return "reps must be " + std::to_string(limits::kMinReps) + "-" + std::to_string(limits::kMaxReps) + ", low <= high";
    if (s.rir > limits::kMaxRir) return "RIR must be 0-" + std::to_string(limits::kMaxRir);
    if (s.failure_sets > s.sets) return "failure sets must be 0..sets";
    if (static_cast<int>(s.technique) >= kTechniqueCount) return "unknown technique";
    return {};
}

std::string validate_plan(const Plan& plan) {
    if (auto bad = name_problem(plan.name, true); !bad.empty()) return "the plan name " + bad;
    for (int d = 0; d < limits::kDays; ++d)
        if (auto bad = day_name_problem(plan.day_names[d]); !bad.empty()) return "the name of " + std::string(day_name(d)) + " " + bad;
    if (plan.weeks.empty() || plan.weeks.size() > static_cast<size_t>(limits::kMaxWeeks))
        return "a plan has 1 to " + std::to_string(limits::kMaxWeeks) + " weeks";
    if (plan.custom_exercises.size() > static_cast<size_t>(limits::kMaxCustomExercises))
        return "at most " + std::to_string(limits::kMaxCustomExercises) + " custom exercises";
    for (size_t i = 0; i < plan.custom_exercises.size(); ++i) {
        const auto& e = plan.custom_exercises[i];
        if (auto err = validate_exercise(e); !err.empty()) return err;
        if (builtin_catalog().by_slug(e.slug)) return "custom exercise id '" + e.slug + "' is taken by the catalog";
        for (size_t j = 0; j < i; ++j)
            if (plan.custom_exercises[j].slug == e.slug) return "custom exercise id '" + e.slug + "' is used twice";
    }
    for (const auto& b : plan.budgets) {
        if (!b) continue;
        if (!(b->low >= 0 && b->low <= b->high && b->high <= limits::kMaxBudgetSets && b->failure >= 0 &&
              b->failure <= limits::kMaxBudgetSets))
            return "a budget needs 0 <= low <= high <= " + text::format_number(limits::kMaxBudgetSets) + " and failure 0.." +
                   text::format_number(limits::kMaxBudgetSets);
    }
    if (plan.block) {
        if (auto bad = block_problem(plan); !bad.empty()) return "the block: " + bad;
        if (plan.weeks.size() != static_cast<size_t>(plan.block->progression.weeks())) return "a block's weeks are its progression's";
    }
    for (size_t w = 0; w < plan.weeks.size(); ++w) {
        const Week& week = plan.weeks[w];
        if (week.before_deload && !week.deload)
            return "week " + std::to_string(w + 1) + " keeps the week a deload replaced, but is not a deload";
        if (auto bad = days_problem(week.days, plan); !bad.empty()) return "week " + std::to_string(w + 1) + ", " + bad;
        if (week.before_deload)
            if (auto bad = days_problem(*week.before_deload, plan); !bad.empty())
                return "week " + std::to_string(w + 1) + " before its deload, " + bad;
    }
    return {};
}

std::string days_problem(const std::array<Day, limits::kDays>& days, const Plan& plan) {
    for (int d = 0; d < limits::kDays; ++d) {
        const auto& slots = days[d].slots;
        if (slots.size() > static_cast<size_t>(limits::kMaxSlotsPerDay))
            return "day " + std::to_string(d + 1) + ": at most " + std::to_string(limits::kMaxSlotsPerDay) + " exercises a day";
        for (const auto& s : slots)
            if (auto bad = slot_problem(s, plan); !bad.empty()) return "day " + std::to_string(d + 1) + ": " + bad;
    }
    return {};
}

float quantize_weight(float w) { return std::round(w * kWeightSteps) / kWeightSteps; }
float quantize_sets(float s) { return std::round(s * kSetSteps) / kSetSteps; }

Exercise quantized(Exercise e) {
    e.systemic = quantize_weight(e.systemic);
    for (float& w : e.muscles) w = quantize_weight(w);
    return e;
}

BudgetOverride quantized(BudgetOverride b) {
    return {quantize_sets(b.low), quantize_sets(b.high), quantize_sets(b.failure)};
}

std::string reps_text(Reps r) {
    return r.low == r.high ? std::to_string(r.low) : std::to_string(r.low) + "-" + std::to_string(r.high);
}

std::string slot_summary(const Slot& s) {
    std::string out = std::to_string(s.sets) + " x " + reps_text(s.reps) + " @RIR" + std::to_string(s.rir);
    const int f = s.failure_count();
    if (s.rir == 0 || f == s.sets) out += ", all to failure";
    else if (f == 1) out += ", last to failure";
    else if (f > 1) out += ", last " + std::to_string(f) + " to failure";
    if (s.technique != Technique::none) out += " +" + std::string(technique_label(s.technique));
    return out;
}

}  // namespace failsafe
