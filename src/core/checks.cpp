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
    for (size_t k = 0; k < ctx.slots.size(); ++k) {
        const SlotInfo& s = ctx.slots[k];
        if (s.failures == 0) continue;
        const Slot& slot = *s.slot;
        const Exercise& e = s.exercise();

        if (e.failure != FailureClass::safe) {
            Finding f = at_slot(s, Check::failure_on_compound, e.failure == FailureClass::avoid ? Severity::error : Severity::warning);
            f.fix = act::EditSlot{s.at, without_failure(slot)};
            out.push_back(std::move(f));
        }
        if (s.failures > 2) {
            Finding f = at_slot(s, Check::too_many_failure_sets, Severity::warning);
            f.value = static_cast<float>(s.failures);
            f.limit = 2;
            f.fix = act::EditSlot{s.at, with_failure_sets(slot, 2)};
            out.push_back(std::move(f));
        }
        if (slot.sets >= 3 && s.failures == slot.sets) {
            Finding f = at_slot(s, Check::every_set_to_failure, Severity::warning);
            f.fix = act::EditSlot{s.at, with_failure_sets(slot, 1)};
            out.push_back(std::move(f));
        }
        // early-failure: later hard work for one of its primary muscles in the same session.
        int last_same = -1;
        std::optional<Muscle> which;
        for (size_t j = k + 1; j < ctx.slots.size(); ++j) {
            const SlotInfo& t = ctx.slots[j];
            if (t.at.week != s.at.week || t.at.day != s.at.day) break;
            const uint32_t shared = s.primary() & t.primary();
            if (shared == 0 || t.slot->hard_count() == 0) continue;
            if (!which) which = muscle_at(std::countr_zero(shared));
            last_same = t.at.index;
        }
        if (last_same >= 0) {
            Finding f = at_slot(s, Check::early_failure, Severity::warning);
            f.muscle = which;
            f.fix = act::MoveSlot{s.at, {s.at.week, s.at.day, last_same}};
            out.push_back(std::move(f));
        }
    }
}

void check_recovery(Context& ctx) {
    // Days with failure work for each muscle, in time order, collected in one pass. The plan
    // repeats, so each muscle's last failure day also comes before its first.
    struct FailureDay { int day; bool avoid; const SlotInfo* first; };
    PerMuscle<std::vector<FailureDay>> days;
    for (const auto& s : ctx.slots) {
        if (s.failures == 0) continue;
        const int day = s.at.week * 7 + s.at.day;
        const bool avoid = s.exercise().failure == FailureClass::avoid;
        for (uint32_t bits = s.primary(); bits != 0; bits &= bits - 1) {
            auto& list = days[std::countr_zero(bits)];
            if (list.empty() || list.back().day != day) list.push_back({day, avoid, &s});
            else list.back().avoid = list.back().avoid || avoid;
        }
    }
    const int total_days = static_cast<int>(ctx.plan.weeks.size()) * 7;
    for (int m = 0; m < kMuscleCount; ++m) {
        const auto& list = days[m];
        for (size_t i = 0; i < list.size(); ++i) {
            const FailureDay prev = i > 0 ? list[i - 1] : FailureDay{list.back().day - total_days, list.back().avoid, nullptr};
            const int gap_hours = (list[i].day - prev.day) * 24;
            const int need = (prev.avoid || is_leg_muscle(muscle_at(m))) ? 72 : 48;
            if (gap_hours >= need) continue;
            const SlotInfo& s = *list[i].first;
            Finding f = at_slot(s, Check::recovery_gap, Severity::warning);
            f.muscle = muscle_at(m);
            f.value = static_cast<float>(gap_hours);
            f.limit = static_cast<float>(need);
            f.other_day = static_cast<int8_t>(((prev.day % 7) + 7) % 7);
            f.fix = act::EditSlot{s.at, without_failure(*s.slot)};
            ctx.out.findings.push_back(std::move(f));
        }
    }
}

void check_weeks(Context& ctx) {
    const Plan& plan = ctx.plan;
    auto& out = ctx.out.findings;
    const Check over_failure = plan.level == Level::beginner ? Check::beginner_failure : Check::failure_budget_exceeded;
    int streak = 0;
    for (int w = 0; w < static_cast<int>(plan.weeks.size()); ++w) {
        const Week& week = plan.weeks[w];
        const WeekAnalysis& wa = ctx.out.weeks[w];
        bool trains = false, has_failure = false;
        for (const auto& d : week.days) {
            trains = trains || !d.slots.empty();
            for (const auto& s : d.slots) has_failure = has_failure || s.failure_count() > 0;
        }
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = wa.muscles[m];
            if (exceeds(mw.failure_sets, mw.budget.failure))
                out.push_back(at_week(w, muscle_at(m), over_failure, Severity::warning, mw.failure_sets, mw.budget.failure));
            const Band band = band_of(mw.hard_sets, mw.budget.low, mw.budget.high);
            if (band == Band::over)
                out.push_back(at_week(w, muscle_at(m), Check::volume_above_range, Severity::warning, mw.hard_sets, mw.budget.high));
            else if (trains && !week.deload && band == Band::under)
                out.push_back(at_week(w, muscle_at(m), Check::volume_below_range, Severity::info, mw.hard_sets, mw.budget.low));
        }
        if (week.deload || !has_failure) {
            streak = 0;
        } else if (++streak == 5) {
            Finding f = at_week(w, std::nullopt, Check::no_deload, Severity::warning, 5, 4);
            f.fix = act::SetDeload{w, true};
            out.push_back(std::move(f));
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
}
}  // namespace

void run_checks(Context& ctx) {
    ctx.out.findings.reserve(ctx.slots.size() / 4 + 16 * ctx.plan.weeks.size());
    check_slots(ctx);
    check_recovery(ctx);
    check_weeks(ctx);
}

}  // namespace failsafe::detail
