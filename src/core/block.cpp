// A block's weeks from its base week and progression (docs/model.md, "Blocks").
#include <algorithm>
#include <tuple>

#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"

namespace failsafe {
namespace {

// The week `w` of the build: RIR from the schedule, failure only in failure weeks, growing sets.
Week build_week(const Block& b, const Plan& plan, int w) {
    const Progression& p = b.progression;
    Week week = b.base;
    week.deload = false;
    week.before_deload.reset();
    const bool failure = p.failure_in(w);
    for (auto& d : week.days)
        for (auto& s : d.slots) {
            s.rir = std::max(s.rir, p.rir[static_cast<size_t>(w)]);
            if (!failure) {
                s.failure_sets = 0;
                s.technique = Technique::none;
                s.rir = std::max<uint8_t>(s.rir, 1);
            }
            const Exercise* e = plan.exercise(s.exercise);
            bool grows = false;
            for (int m = 0; e && m < kMuscleCount; ++m) grows = grows || (e->muscles[m] >= 1.f && ((p.grow >> m) & 1u));
            if (grows) s.sets = static_cast<uint8_t>(std::min(limits::kMaxSets, s.sets + w * p.sets_step));
            s.failure_sets = std::min(s.failure_sets, s.sets);
        }
    return week;
}

// Each muscle's hard sets in `week`, counted as the analysis counts them (weighted, techniques'
// extra sets included), and the sessions that train it.
void count_hard(const Week& week, const Plan& plan, PerMuscle<float>& hard, PerMuscle<int>& sessions) {
    hard = {};
    sessions = {};
    for (const auto& d : week.days) {
        PerMuscle<float> today{};
        for (const auto& s : d.slots)
            if (const Exercise* e = plan.exercise(s.exercise))
                for (int m = 0; m < kMuscleCount; ++m)
                    today[m] += (static_cast<float>(s.hard_count()) + model::technique_sets(s.technique)) * e->muscles[m];
        for (int m = 0; m < kMuscleCount; ++m) {
            hard[m] += today[m];
            sessions[m] += !exceeds(1.f, today[m]);
        }
    }
}

// Muscles that growth must not take further in `week`: over the top of their band (for the week's
// sessions), or up by more than the volume-jump check allows from the week before, `prev`.
uint32_t over_limits(const Week& week, const PerMuscle<float>* prev, const Plan& plan) {
    PerMuscle<float> hard;
    PerMuscle<int> sessions;
    count_hard(week, plan, hard, sessions);
    uint32_t over = 0;
    for (int m = 0; m < kMuscleCount; ++m) {
        const bool jumps = prev && (*prev)[m] > 0 && exceeds(hard[m], model::jump_allowed((*prev)[m]));
        if (jumps || exceeds(hard[m], effective_budget(plan, muscle_at(m), sessions[m]).high)) over |= 1u << m;
    }
    return over;
}

// Takes growth back, one set at a time from the last grown slot that feeds a muscle over its
// limits in this week, the growing muscles' and any other it works (a progression never takes a
// muscle over its band, nor raises it faster than the volume-jump check allows).
void cap_growth(Week& week, const Week& base, const Week* prev, const Plan& plan) {
    PerMuscle<float> before;
    PerMuscle<int> unused;
    if (prev) count_hard(*prev, plan, before, unused);
    const PerMuscle<float>* last_week = prev ? &before : nullptr;
    for (uint32_t over = over_limits(week, last_week, plan); over != 0; over = over_limits(week, last_week, plan)) {
        Slot* last = nullptr;
        for (int d = 0; d < limits::kDays; ++d)
            for (size_t i = 0; i < week.days[d].slots.size(); ++i) {
                Slot& s = week.days[d].slots[i];
                const Exercise* e = plan.exercise(s.exercise);
                bool feeds = false;
                for (int m = 0; e && m < kMuscleCount; ++m) feeds = feeds || (e->muscles[m] > 0.f && ((over >> m) & 1u));
                if (feeds && s.sets > base.days[d].slots[i].sets) last = &s;
            }
        if (!last) return;  // over before any growth: the base week's own volume, which the checks report
        --last->sets;
        last->failure_sets = std::min(last->failure_sets, last->sets);
    }
}

}  // namespace

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

Progression default_progression(int weeks) {
    Progression p;
    weeks = std::clamp(weeks, 2, limits::kMaxWeeks);
    const int build = weeks - 1;
    for (int i = 0; i < build; ++i) p.rir.push_back(static_cast<uint8_t>(std::min(3, build - 1 - i)));
    p.rir.push_back(3);
    p.failure_weeks = static_cast<uint16_t>(1u << (build - 1));
    p.deload = true;
    return p;
}

std::string progression_problem(const Progression& p) {
    const int min_weeks = p.deload ? 2 : 1;
    if (p.weeks() < min_weeks || p.weeks() > limits::kMaxWeeks)
        return "a block has " + std::to_string(min_weeks) + " to " + std::to_string(limits::kMaxWeeks) + " weeks";
    for (uint8_t r : p.rir)
        if (r > limits::kMaxRir) return "reps in reserve are 0 to " + std::to_string(limits::kMaxRir);
    if ((p.failure_weeks >> p.weeks()) != 0) return "failure weeks must be weeks of the block";
    if (p.sets_step > kMaxSetsStep) return "a block adds at most " + std::to_string(kMaxSetsStep) + " sets a week";
    if ((p.grow >> kMuscleCount) != 0) return "no such muscle";
    return {};
}

std::string override_problem(const Plan& plan, const SlotOverride& o) {
    const Block& b = *plan.block;
    if (o.week >= b.progression.weeks()) return "week " + std::to_string(o.week + 1) + " is not a week of the block";
    if (o.day >= limits::kDays) return "no such day";
    if (o.index >= b.base.days[o.day].slots.size())
        return "the base week has no slot " + std::to_string(o.index + 1) + " on " + std::string(day_name(o.day));
    if (auto bad = slot_problem(o.slot, plan); !bad.empty()) return bad;
    return {};
}

bool put_override(Block& b, const SlotOverride& o, bool replace) {
    const auto place = [](const SlotOverride& x) { return std::tie(x.week, x.day, x.index); };
    auto at = b.overrides.begin();
    while (at != b.overrides.end() && place(*at) < place(o)) ++at;
    if (at != b.overrides.end() && place(*at) == place(o)) {
        if (!replace) return false;
        *at = o;
        return true;
    }
    b.overrides.insert(at, o);
    return true;
}

std::string block_problem(const Plan& plan) {
    const Block& b = *plan.block;
    if (auto bad = progression_problem(b.progression); !bad.empty()) return bad;
    if (b.base.deload || b.base.before_deload) return "the base week is a build week, not a deload";
    if (auto bad = days_problem(b.base.days, plan); !bad.empty()) return "the base week, " + bad;
    for (size_t i = 0; i < b.overrides.size(); ++i) {
        const SlotOverride& o = b.overrides[i];
        if (auto bad = override_problem(plan, o); !bad.empty()) return "override " + std::to_string(i + 1) + ": " + bad;
        if (i > 0 && std::tie(b.overrides[i - 1].week, b.overrides[i - 1].day, b.overrides[i - 1].index) >= std::tie(o.week, o.day, o.index))
            return "the overrides are not in order of week, day and slot, or one place has two";
    }
    return {};
}

std::vector<Week> expand_block(const Plan& plan) {
    const Block& b = *plan.block;
    const Progression& p = b.progression;
    std::vector<Week> weeks;
    for (int w = 0; w < p.build_weeks(); ++w) {
        Week week = build_week(b, plan, w);
        if (p.grow && p.sets_step) {
            // A week grows from the week before as it was capped, so capping takes back at most
            // a step per slot (the 16-week bench block: 794 -> 73 us natively).
            if (w > 0)
                for (int d = 0; d < limits::kDays; ++d)
                    for (size_t i = 0; i < week.days[d].slots.size(); ++i) {
                        Slot& s = week.days[d].slots[i];
                        s.sets = std::min<uint8_t>(s.sets, static_cast<uint8_t>(weeks.back().days[d].slots[i].sets + p.sets_step));
                        s.failure_sets = std::min(s.failure_sets, s.sets);
                    }
            cap_growth(week, b.base, weeks.empty() ? nullptr : &weeks.back(), plan);
        }
        weeks.push_back(std::move(week));
    }
    auto override_week = [&](size_t w) {
        for (const SlotOverride& o : b.overrides) {
            if (o.week != w || o.day >= limits::kDays) continue;
            auto& slots = weeks[w].days[o.day].slots;
            if (o.index < slots.size()) slots[o.index] = o.slot;
        }
    };
    for (size_t w = 0; w < weeks.size(); ++w) override_week(w);
    if (p.deload) {  // from the last build week as it finally reads
        Week deload = weeks.empty() ? b.base : weeks.back();
        make_deload(deload);
        weeks.push_back(std::move(deload));
        override_week(weeks.size() - 1);
    }
    return weeks;
}

Slot with_change(const Slot& target, const Slot& before, const Slot& after) {
    Slot s = target;
    if (after.exercise != before.exercise) s.exercise = after.exercise;
    if (after.reps != before.reps) s.reps = after.reps;
    if (after.rir != before.rir) s.rir = after.rir;  // the slot's own floor; the week's schedule may raise it
    if (after.technique != before.technique) s.technique = after.technique;
    s.sets = static_cast<uint8_t>(std::clamp(target.sets + after.sets - before.sets, limits::kMinSets, limits::kMaxSets));
    if (after.failure_sets != before.failure_sets) s.failure_sets = after.failure_sets;
    s.failure_sets = std::min(s.failure_sets, s.sets);
    return s;
}

}  // namespace failsafe
