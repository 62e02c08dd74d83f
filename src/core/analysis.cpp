// Counting and the fatigue simulation: one pass resolves every slot, one pass runs the days.
#include <algorithm>
#include <cmath>

#include "analysis_internal.hpp"

namespace failsafe {
namespace {
using detail::SlotInfo;
using detail::Worked;
constexpr float kHoursPerDay = 24.f;

struct DayDecay {
    PerMuscle<float> local{};
    float systemic = 0;
    explicit DayDecay(float scale) {
        for (int m = 0; m < kMuscleCount; ++m) local[m] = model::decay(kHoursPerDay, model::half_life(muscle_at(m)) * scale);
        systemic = model::decay(kHoursPerDay, model::kSystemicHalfLife * scale);
    }
};

// A slot's sets, costed and graded: fatigue by RIR and reps, plus the technique on the final set.
void cost(const Slot& s, SlotInfo& out) {
    const int failures = s.failure_count();
    const int others = s.sets - failures;
    const float reps = model::reps_of(s.reps);
    const float effort = static_cast<float>(others) * model::effort(s.rir) + static_cast<float>(failures) * model::effort(0) +
                         model::technique_extra(s.technique);
    out.failures = failures;
    out.local_effort = effort * model::local_reps_factor(reps);
    out.systemic_effort = effort * model::systemic_reps_factor(reps);
    const float extra = model::technique_sets(s.technique);
    out.hard = static_cast<float>(s.hard_count()) + extra;
    out.stimulus = static_cast<float>(others) * model::stimulus(s.rir, reps) +
                   (static_cast<float>(failures) + extra) * model::stimulus(0, reps);
}

Worked resolve(const Exercise* e) {
    Worked w;
    w.exercise = e;
    for (int m = 0; m < kMuscleCount && w.count < kMaxMusclesPerExercise; ++m) {
        if (e->muscles[m] <= 0.f) continue;
        w.muscle[w.count] = static_cast<uint8_t>(m);
        w.weight[w.count] = e->muscles[m];
        if (e->muscles[m] >= 1.f) w.primary |= 1u << m;
        ++w.count;
    }
    return w;
}

// Resolves each distinct exercise of the plan once: a table from ExerciseRef to its entry.
class WorkedCache {
public:
    explicit WorkedCache(const Plan& plan)
        : plan_(plan), custom_start_(builtin_catalog().code_limit()),
          table_(static_cast<size_t>(custom_start_ + limits::kMaxCustomExercises), -1) {
        items_.reserve(builtin_catalog().exercises().size() + limits::kMaxCustomExercises);  // pointers stay valid
    }
    const Worked* get(ExerciseRef ref) {
        const size_t key = is_custom(ref) ? static_cast<size_t>(custom_start_ + custom_index(ref)) : ref;
        if (key >= table_.size()) return nullptr;  // dangling reference
        if (table_[key] < 0) {
            const Exercise* e = plan_.exercise(ref);
            if (!e) return nullptr;
            items_.push_back(resolve(e));
            table_[key] = static_cast<int16_t>(items_.size() - 1);
        }
        return &items_[static_cast<size_t>(table_[key])];
    }

private:
    const Plan& plan_;
    int custom_start_;            // catalog codes below, custom exercises from here
    std::vector<int16_t> table_;  // -1 until resolved
    std::vector<Worked> items_;
};

struct Simulator {
    PerMuscle<float> local{};
    float systemic = 0;

    // Advances to the next day's session hour and applies its slots [begin, end).
    const DayDecay& k;
    explicit Simulator(const DayDecay& decay) : k(decay) {}

    void day(const SlotInfo* begin, const SlotInfo* end, DayFatigue* record) {
        for (int m = 0; m < kMuscleCount; ++m) local[m] *= k.local[m];
        systemic *= k.systemic;
        if (record) {
            record->start = local;
            record->systemic_start = systemic;
        }
        uint32_t trained = 0;
        for (const SlotInfo* s = begin; s != end; ++s) {
            systemic += s->systemic_effort * s->worked->exercise->systemic * model::kSystemicUnit;
            const Worked& w = *s->worked;
            for (int i = 0; i < w.count; ++i) local[w.muscle[i]] += s->local_effort * w.weight[i] * model::kLocalUnit;
            if (s->slot->hard_count() > 0)
                for (int i = 0; i < w.count; ++i) trained |= 1u << w.muscle[i];
        }
        if (record) {
            record->after = local;
            record->systemic_after = systemic;
            record->trained = trained;
        }
    }
};
}  // namespace

std::string_view severity_id(Severity s) {
    constexpr std::string_view kIds[] = {"error", "warning", "info"};
    static_assert(std::size(kIds) == kSeverityCount);
    return kIds[static_cast<int>(s)];
}

Band volume_band(const MuscleWeek& mw, bool deload) {
    if (band_of(mw.hard_sets, mw.budget.low, mw.budget.high) == Band::over) return Band::over;
    const Band b = band_of(mw.stimulus, mw.budget.low, mw.budget.high);
    return deload && b == Band::under ? Band::in_range : b;
}

std::string_view band_label(Band b) {
    constexpr std::string_view kLabels[] = {"under", "in range", "over"};
    static_assert(std::size(kLabels) == static_cast<int>(Band::over) + 1);
    return kLabels[static_cast<int>(b)];
}

Action to_action(const Fix& fix) {
    return std::visit([](const auto& a) -> Action { return a; }, fix);
}

std::vector<const Finding*> Analysis::by_severity() const {
    std::vector<const Finding*> out;
    out.reserve(findings.size());
    for (Severity s : {Severity::error, Severity::warning, Severity::info})
        for (const Finding& f : findings)
            if (f.severity == s) out.push_back(&f);
    return out;
}

int Analysis::count(Severity s) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [s](const Finding& f) { return f.severity == s; }));
}

Analysis analyze(const Plan& plan) {
    Analysis a;
    const int weeks = static_cast<int>(plan.weeks.size());
    a.weeks.resize(static_cast<size_t>(weeks));
    a.days.resize(static_cast<size_t>(weeks) * 7);

    // Resolve and count. day_start[i] is the first slot of absolute day i.
    detail::Context ctx{plan, {}, a};
    size_t total_slots = 0;
    for (const Week& w : plan.weeks)
        for (const Day& d : w.days) total_slots += d.slots.size();
    ctx.slots.reserve(total_slots);
    std::vector<uint32_t> day_start(static_cast<size_t>(weeks) * 7 + 1, 0);
    WorkedCache cache(plan);
    for (int w = 0; w < weeks; ++w) {
        auto& wa = a.weeks[w];
        for (int d = 0; d < 7; ++d) {
            day_start[static_cast<size_t>(w * 7 + d)] = static_cast<uint32_t>(ctx.slots.size());
            PerMuscle<float> day_hard{};
            const auto& slots = plan.weeks[w].days[d].slots;
            for (int i = 0; i < static_cast<int>(slots.size()); ++i) {
                const Slot& s = slots[i];
                const Worked* worked = cache.get(s.exercise);
                if (!worked) continue;  // validate_plan() refuses these; stay total anyway
                SlotInfo info{{w, d, i}, &s, worked};
                cost(s, info);
                for (int k = 0; k < worked->count; ++k) {
                    auto& mw = wa.muscles[worked->muscle[k]];
                    mw.hard_sets += info.hard * worked->weight[k];
                    mw.stimulus += info.stimulus * worked->weight[k];
                    mw.failure_sets += static_cast<float>(info.failures) * worked->weight[k];
                    day_hard[worked->muscle[k]] += info.hard * worked->weight[k];
                }
                ctx.slots.push_back(info);
            }
            for (int m = 0; m < kMuscleCount; ++m)
                if (!exceeds(1.f, day_hard[m])) ++wa.muscles[m].sessions;
        }
        for (int m = 0; m < kMuscleCount; ++m) wa.muscles[m].budget = effective_budget(plan, muscle_at(m), wa.muscles[m].sessions);
    }
    day_start.back() = static_cast<uint32_t>(ctx.slots.size());

    // Fatigue: the plan is taken to repeat, so its last week runs once first to set the state
    // week 0 starts from.
    const SlotInfo* base = ctx.slots.data();
    a.recovery_scale = model::recovery_scale(plan.recovery);
    const DayDecay decay(a.recovery_scale);
    Simulator sim(decay);
    if (weeks > 0)
        for (int d = 0; d < 7; ++d) {
            const size_t i = static_cast<size_t>((weeks - 1) * 7 + d);
            sim.day(base + day_start[i], base + day_start[i + 1], nullptr);
        }
    for (int w = 0; w < weeks; ++w) {
        auto& wa = a.weeks[w];
        for (int d = 0; d < 7; ++d) {
            const size_t i = static_cast<size_t>(w * 7 + d);
            DayFatigue& rec = a.days[i];
            sim.day(base + day_start[i], base + day_start[i + 1], &rec);
            for (int m = 0; m < kMuscleCount; ++m) wa.muscles[m].fatigue_peak = std::max(wa.muscles[m].fatigue_peak, rec.after[m]);
            wa.systemic_peak = std::max(wa.systemic_peak, rec.systemic_after);
        }
    }

    detail::run_checks(ctx);
    return a;
}

namespace {
// Index of the last session (day) at or before `hour`, and the hours since it.
bool locate(const Analysis& a, float hour, int& day, float& since) {
    if (a.days.empty()) return false;
    const float rel = hour - model::kSessionHour;
    day = static_cast<int>(std::floor(rel / kHoursPerDay));
    day = std::min(day, static_cast<int>(a.days.size()) - 1);
    since = rel - static_cast<float>(day) * kHoursPerDay;
    return true;
}
}  // namespace

float fatigue_at(const Analysis& a, Muscle m, float hour) {
    int day = 0;
    float since = 0;
    if (!locate(a, hour, day, since)) return 0.f;
    if (day < 0) return a.days[0].start[index(m)];  // before the first session: its starting level
    return a.days[static_cast<size_t>(day)].after[index(m)] * model::decay(since, model::half_life(m) * a.recovery_scale);
}

float systemic_at(const Analysis& a, float hour) {
    int day = 0;
    float since = 0;
    if (!locate(a, hour, day, since)) return 0.f;
    if (day < 0) return a.days[0].systemic_start;
    return a.days[static_cast<size_t>(day)].systemic_after * model::decay(since, model::kSystemicHalfLife * a.recovery_scale);
}

}  // namespace failsafe
