// The coaching checks: each rule from the source articles (docs/model.md, "Checks").
// Findings are structured; src/core/messages.cpp writes their text.
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <iterator>

#include "analysis_internal.hpp"

namespace failsafe::detail {
namespace {

Finding at_slot(const SlotInfo& s, Check check, Severity sev) {
    Finding f;
    f.check = check;
    f.severity = sev;
    f.week = static_cast<int16_t>(s.at.week);
    f.day = static_cast<int16_t>(s.at.day);
    f.slot = static_cast<int16_t>(s.at.index);
    return f;
}
Finding at_week(int week, std::optional<Muscle> m, Check check, Severity sev, float value, float limit) {
    Finding f;
    f.check = check;
    f.severity = sev;
    f.week = static_cast<int16_t>(week);
    f.muscle = m;
    f.value = value;
    f.limit = limit;
    return f;
}
Slot without_failure(const Slot& s) {
    Slot t = s;
    t.failure_sets = 0;
    t.technique = Technique::none;
    t.rir = std::max<uint8_t>(t.rir, 1);
    return t;
}
Slot with_failure_sets(const Slot& s, int n) {
    Slot t = s;
    t.failure_sets = static_cast<uint8_t>(n);
    t.rir = std::max<uint8_t>(t.rir, 1);
    return t;
}

void check_slots(Context& ctx) {
    auto& out = ctx.out.findings;
    const Approach approach = ctx.plan.approach;
    const bool liberal = approach == Approach::liberal;
    const int max_failures = model::max_failure_sets(approach);
    for (size_t k = 0; k < ctx.slots.size(); ++k) {
        const SlotInfo& s = ctx.slots[k];
        const Slot& slot = *s.slot;
        const Exercise& e = s.exercise();
        const float reps = model::reps_of(slot.reps);
        if (model::needs_partner(slot.technique)) out.push_back(at_slot(s, Check::partner_needed, Severity::info));
        if (s.failures == 0) {
            // Light sets far from failure: seed 001 (liberal) says they must reach failure to count.
            const bool light = liberal ? reps >= 13.f && slot.rir >= 2 : reps >= model::kLightReps && slot.rir >= 3;
            if (light && e.failure == FailureClass::safe) {
                Finding f = at_slot(s, Check::light_far_from_failure, liberal ? Severity::warning : Severity::info);
                f.value = model::stimulus(slot.rir, reps);
                f.limit = static_cast<float>(slot.rir);
                Slot t = slot;
                t.rir = 1;
                if (liberal) t.failure_sets = 1;
                f.fix = act::EditSlot{s.at, t};
                out.push_back(std::move(f));
            }
            continue;
        }

        if (e.failure != FailureClass::safe) {
            Finding f = at_slot(s, Check::failure_on_compound, e.failure == FailureClass::avoid ? Severity::error : Severity::warning);
            f.fix = act::EditSlot{s.at, without_failure(slot)};
            out.push_back(std::move(f));
        } else if (!exceeds(reps, model::kHeavyReps)) {
            Finding f = at_slot(s, Check::heavy_failure, liberal ? Severity::info : Severity::warning);
            f.value = reps;
            f.limit = model::kHeavyReps;
            f.fix = act::EditSlot{s.at, without_failure(slot)};
            out.push_back(std::move(f));
        }
        if (s.failures > max_failures) {
            Finding f = at_slot(s, Check::too_many_failure_sets, Severity::warning);
            f.value = static_cast<float>(s.failures);
            f.limit = static_cast<float>(max_failures);
            f.fix = act::EditSlot{s.at, with_failure_sets(slot, max_failures)};
            out.push_back(std::move(f));
        }
        if (slot.sets >= 3 && s.failures == slot.sets) {
            Finding f = at_slot(s, Check::every_set_to_failure, liberal ? Severity::info : Severity::warning);
            f.fix = act::EditSlot{s.at, with_failure_sets(slot, 1)};
            out.push_back(std::move(f));
        }
        // early-failure: later hard work for one of its primary muscles in the same session.
        // When that later work goes to failure too, moving this one after it would only move
        // the finding: the fix then stops this one short instead.
        int last_same = -1;
        bool later_failure = false;
        std::optional<Muscle> which;
        for (size_t j = k + 1; j < ctx.slots.size(); ++j) {
            const SlotInfo& t = ctx.slots[j];
            if (t.at.week != s.at.week || t.at.day != s.at.day) break;
            const uint32_t shared = s.primary() & t.primary();
            if (shared == 0 || t.slot->hard_count() == 0) continue;
            if (!which) which = muscle_at(std::countr_zero(shared));
            last_same = t.at.index;
            later_failure = later_failure || t.failures > 0;
        }
        if (last_same >= 0) {
            Finding f = at_slot(s, Check::early_failure, Severity::warning);
            f.muscle = which;
            if (later_failure) f.fix = act::EditSlot{s.at, without_failure(slot)};
            else f.fix = act::MoveSlot{s.at, {s.at.week, s.at.day, last_same}};
            out.push_back(std::move(f));
        }
    }
}

// Hard work on a muscle too soon after failure work on it. The window follows seed 004 (48 h
// after isolation and machine work, 72 h after heavy compounds, set by the plan's recovery), and
// only counts when the fatigue model says the muscle is not yet recovered at the next session.
// The finding sits on the failure work (the cause); its fix stops that one short.
void check_recovery(Context& ctx) {
    const int total_days = static_cast<int>(ctx.plan.weeks.size()) * 7;
    if (total_days == 0) return;
    // Per absolute day, a bit per muscle: hard work on it, failure work, failure on a compound
    // (caution or avoid class); and where the day's slots start.
    struct DayBits { uint32_t hard = 0, failure = 0, compound = 0; uint32_t first = 0, end = 0; };
    std::vector<DayBits> days(static_cast<size_t>(total_days));
    for (size_t i = 0; i < ctx.slots.size(); ++i) {
        const SlotInfo& s = ctx.slots[i];
        DayBits& d = days[static_cast<size_t>(s.at.week * 7 + s.at.day)];
        if (d.end == 0) d.first = static_cast<uint32_t>(i);
        d.end = static_cast<uint32_t>(i + 1);
        if (s.slot->hard_count() > 0) d.hard |= s.primary();
        if (s.failures > 0) {
            d.failure |= s.primary();
            if (s.exercise().failure != FailureClass::safe) d.compound |= s.primary();
        }
    }
    for (int d = 0; d < total_days; ++d) {
        const DayBits& today = days[static_cast<size_t>(d)];
        for (uint32_t bits = today.failure; bits != 0; bits &= bits - 1) {
            const int m = std::countr_zero(bits);
            const int window = model::recovery_window(ctx.plan.recovery, (today.compound >> m) & 1u);
            for (int gap = 1; gap * 24 < window && gap < total_days; ++gap) {
                const int next = (d + gap) % total_days;  // the plan repeats
                if (!((days[static_cast<size_t>(next)].hard >> m) & 1u)) continue;
                if (ctx.out.days[static_cast<size_t>(next)].start[m] < model::kRecovered) break;
                const SlotInfo* cause = &ctx.slots[today.first];  // the day's first failure work for the muscle
                while (cause->failures == 0 || !((cause->primary() >> m) & 1u)) ++cause;
                Finding f = at_slot(*cause, Check::recovery_gap, Severity::warning);
                f.muscle = muscle_at(m);
                f.value = static_cast<float>(gap * 24);
                f.limit = static_cast<float>(window);
                f.other_day = static_cast<int8_t>(next % 7);
                f.fix = act::EditSlot{cause->at, without_failure(*cause->slot)};
                ctx.out.findings.push_back(std::move(f));
                break;
            }
        }
    }
}

void check_techniques(Context& ctx) {
    const int lv = static_cast<int>(ctx.plan.level);
    const int per_session = model::kTechniquesPerSession[lv], per_week = model::kTechniquesPerWeek[lv];
    const int weeks = static_cast<int>(ctx.plan.weeks.size());
    for (int w = 0; w < weeks; ++w) {
        int week_count = 0;
        for (int d = 0; d < 7; ++d) {
            int n = 0;
            for (const Slot& s : ctx.plan.weeks[w].days[d].slots) n += s.technique != Technique::none;
            week_count += n;
            if (n > per_session) {
                Finding f = at_week(w, std::nullopt, Check::technique_budget, Severity::warning, static_cast<float>(n),
                                    static_cast<float>(per_session));
                f.day = static_cast<int16_t>(d);
                ctx.out.findings.push_back(std::move(f));
            }
        }
        if (week_count > per_week && per_week > 0)
            ctx.out.findings.push_back(at_week(w, std::nullopt, Check::technique_budget, Severity::warning,
                                               static_cast<float>(week_count), static_cast<float>(per_week)));
    }
}

// Cost of a week for the deload check: every set's muscular effort, summed over muscles.
float week_load(const Context& ctx, int week) {
    float load = 0;
    for (const auto& s : ctx.slots)
        if (s.at.week == week)
            for (int i = 0; i < s.worked->count; ++i) load += s.local_effort * s.worked->weight[i];
    return load;
}

void check_weeks(Context& ctx) {
    const Plan& plan = ctx.plan;
    auto& out = ctx.out.findings;
    const Check over_failure = plan.level == Level::beginner ? Check::beginner_failure : Check::failure_budget_exceeded;
    const int weeks = static_cast<int>(plan.weeks.size());
    std::vector<char> build(static_cast<size_t>(weeks), 0);  // a week with failure work, not a deload
    for (int w = 0; w < weeks; ++w) {
        const Week& week = plan.weeks[w];
        const WeekAnalysis& wa = ctx.out.weeks[w];
        bool trains = false, has_failure = false;
        for (const auto& d : week.days) {
            trains = trains || !d.slots.empty();
            for (const auto& s : d.slots) has_failure = has_failure || s.failure_count() > 0;
        }
        build[static_cast<size_t>(w)] = !week.deload && has_failure;
        const WeekAnalysis* prev = w > 0 && !plan.weeks[w - 1].deload && !week.deload ? &ctx.out.weeks[w - 1] : nullptr;
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = wa.muscles[m];
            if (exceeds(mw.failure_sets, mw.budget.failure))
                out.push_back(at_week(w, muscle_at(m), over_failure, Severity::warning, mw.failure_sets, mw.budget.failure));
            const Band band = volume_band(mw, week.deload);
            if (band == Band::over)
                out.push_back(at_week(w, muscle_at(m), Check::volume_above_range, Severity::warning, mw.hard_sets, mw.budget.high));
            else if (trains && band == Band::under)
                out.push_back(at_week(w, muscle_at(m), Check::volume_below_range, Severity::info, mw.stimulus, mw.budget.low));
            if (prev) {
                const float before = prev->muscles[m].hard_sets;
                if (exceeds(mw.hard_sets, model::jump_allowed(before)) && before > 0)
                    out.push_back(at_week(w, muscle_at(m), Check::volume_jump, Severity::warning, mw.hard_sets, before));
            }
        }
        if (week.deload) {
            int failures = 0;
            for (const auto& d : week.days)
                for (const auto& s : d.slots) failures += s.failure_count();
            if (failures > 0)
                out.push_back(at_week(w, std::nullopt, Check::deload_with_failure, Severity::warning, static_cast<float>(failures), 0));
            // Against the last build week before it (the plan repeats).
            for (int back = 1; back < weeks; ++back) {
                const int b = ((w - back) % weeks + weeks) % weeks;
                if (plan.weeks[b].deload) continue;
                const float before = week_load(ctx, b), now = week_load(ctx, w);
                if (before > 0 && exceeds(now, before * model::kDeloadFraction))
                    out.push_back(at_week(w, std::nullopt, Check::deload_not_lighter, Severity::warning, now / before,
                                          model::kDeloadFraction));
                break;
            }
        }
        for (int d = 0; d < 7; ++d) {
            const float sys = ctx.out.day(w, d).systemic_after;
            if (exceeds(sys, 1.f)) {
                Finding f = at_week(w, std::nullopt, Check::systemic_overload, Severity::warning, sys, 1.f);
                f.day = static_cast<int16_t>(d);
                out.push_back(std::move(f));
                break;  // once a week
            }
        }
    }
    // Build weeks in a row, counted round the end: the plan repeats.
    const int resets = static_cast<int>(std::count(build.begin(), build.end(), 0));
    if (weeks == 0 || (resets == 0 && weeks == 1)) {
        if (weeks == 1 && build[0]) {  // one week, repeated: a note, and no week to turn into a deload
            out.push_back(at_week(0, std::nullopt, Check::no_deload, Severity::info, 0, model::kMaxBuildWeeks));
        }
        return;
    }
    int start = weeks - 1;  // count from the week after a reset, so a streak is never split by the wrap
    if (resets > 0)
        for (start = 0; build[static_cast<size_t>(start)];) ++start;
    int streak = 0;
    const size_t first = out.size();
    uint16_t failure_weeks = plan.block ? plan.block->progression.failure_weeks : 0;
    for (int i = 1; i <= weeks; ++i) {
        const int w = (start + i) % weeks;
        if (!build[static_cast<size_t>(w)]) {
            streak = 0;
            continue;
        }
        if (++streak == model::kMaxBuildWeeks + 1 || (resets == 0 && i == weeks && streak <= model::kMaxBuildWeeks)) {
            Finding f = at_week(w, std::nullopt, Check::no_deload, Severity::warning, static_cast<float>(resets == 0 ? 0 : streak),
                                model::kMaxBuildWeeks);
            if (!plan.block) f.fix = act::SetDeload{w, true};
            failure_weeks &= static_cast<uint16_t>(~(1u << w));
            out.push_back(std::move(f));
            streak = 0;
        }
    }
    // In a block the deload is its last week and failure comes from the progression. One fix for
    // every streak, so that fixing any of these findings, or each of them in any order, gives the
    // same plan: the deload ticked when a streak ends on the last week, and failure taken out of
    // the week that ends each other streak.
    if (!plan.block || out.size() == first) return;
    Progression q = plan.block->progression;
    q.failure_weeks = failure_weeks;
    const bool ends_last = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [&](const Finding& f) { return f.week == weeks - 1; });
    if (!q.deload && ends_last) {
        q.deload = true;
        q.failure_weeks |= static_cast<uint16_t>(plan.block->progression.failure_weeks & (1u << (weeks - 1)));
    }
    for (size_t i = first; i < out.size(); ++i) out[i].fix = act::SetProgression{q};
}
}  // namespace

void run_checks(Context& ctx) {
    ctx.out.findings.reserve(ctx.slots.size() / 4 + 16 * ctx.plan.weeks.size());
    check_slots(ctx);
    check_recovery(ctx);
    check_techniques(ctx);
    check_weeks(ctx);
}

}  // namespace failsafe::detail
