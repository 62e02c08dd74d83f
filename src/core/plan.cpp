#include "failsafe/plan.hpp"

#include <algorithm>
#include <cmath>

#include "failsafe/utf8.hpp"
#include "text.hpp"

namespace failsafe {
namespace {
constexpr std::array<std::string_view, 3> kLevels{"beginner", "intermediate", "advanced"};
constexpr std::array<std::string_view, kTechniqueCount> kTechniques{
    "", "drop-set", "rest-pause", "myo-reps", "forced-reps", "negatives", "partials"};
constexpr std::array<std::string_view, kTechniqueCount> kTechniqueLabels{
    "", "drop", "rest-pause", "myo-reps", "forced reps", "negatives", "partials"};
}  // namespace

std::string_view level_id(Level l) { return kLevels[static_cast<int>(l)]; }
std::optional<Level> level_from_id(std::string_view id) {
    for (size_t i = 0; i < kLevels.size(); ++i)
        if (kLevels[i] == id) return static_cast<Level>(i);
    return std::nullopt;
}
std::string_view technique_id(Technique t) { return kTechniques[static_cast<int>(t)]; }
std::string_view technique_label(Technique t) { return kTechniqueLabels[static_cast<int>(t)]; }
std::optional<Technique> technique_from_id(std::string_view id) {
    for (int i = 1; i < kTechniqueCount; ++i)
        if (kTechniques[i] == id) return static_cast<Technique>(i);
    return std::nullopt;
}

bool Plan::operator==(const Plan& o) const {
    if (name != o.name || level != o.level || weeks != o.weeks || budgets != o.budgets) return false;
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

std::string name_problem(std::string_view name, bool may_be_empty) {
    if (!utf8::valid(name)) return "is not valid UTF-8 text";
    if (utf8::has_control(name)) return "contains a control character (such as a line break or a text-direction override)";
    if (name.size() > static_cast<size_t>(limits::kMaxNameLength))
        return "is longer than " + std::to_string(limits::kMaxNameLength) + " bytes";
    if (name.empty() && !may_be_empty) return "is empty";
    return {};
}

std::string fit_name(std::string_view typed) {
    return utf8::fit(utf8::without_controls(utf8::fit(typed, typed.size())), limits::kMaxNameLength);
}

std::string validate_plan(const Plan& plan) {
    if (auto bad = name_problem(plan.name, true); !bad.empty()) return "the plan name " + bad;
    if (plan.weeks.empty() || plan.weeks.size() > static_cast<size_t>(limits::kMaxWeeks))
        return "a plan has 1 to 16 weeks";
    if (plan.custom_exercises.size() > static_cast<size_t>(limits::kMaxCustomExercises))
        return "at most 64 custom exercises";
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
            return "a budget needs 0 <= low <= high <= 60 and failure 0..60";
    }
    for (size_t w = 0; w < plan.weeks.size(); ++w) {
        for (int d = 0; d < limits::kDays; ++d) {
            const auto& slots = plan.weeks[w].days[d].slots;
            if (slots.size() > static_cast<size_t>(limits::kMaxSlotsPerDay)) return "at most 24 exercises a day";
            for (const auto& s : slots) {
                std::string where = "week " + std::to_string(w + 1) + ", day " + std::to_string(d + 1) + ": ";
                if (!plan.exercise(s.exercise)) return where + "unknown exercise";
                if (s.sets < limits::kMinSets || s.sets > limits::kMaxSets) return where + "sets must be 1-10";
                if (s.reps.low < limits::kMinReps || s.reps.high > limits::kMaxReps || s.reps.low > s.reps.high)
                    return where + "reps must be 1-100, low <= high";
                if (s.rir > limits::kMaxRir) return where + "RIR must be 0-5";
                if (s.failure_sets > s.sets) return where + "failure sets must be 0..sets";
                if (static_cast<int>(s.technique) >= kTechniqueCount) return where + "unknown technique";
            }
        }
    }
    return {};
}

float quantize_weight(float w) { return std::round(w * 20.f) / 20.f; }
float quantize_sets(float s) { return std::round(s * 2.f) / 2.f; }

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
