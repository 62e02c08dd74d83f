// What the log says (failsafe/log_analysis.hpp): logged failure against the budget, failure the
// plan did not ask for, the warning signs of seed 004 as trends over sessions, and the recovery
// setting the log suggests. The rules and their sources are in docs/model.md ("The log").
#include "failsafe/log_analysis.hpp"

#include <algorithm>
#include <bit>

namespace failsafe {
namespace {

Finding finding(Check check, Severity sev, int week, int day = -1, int slot = -1) {
    Finding f;
    f.check = check;
    f.severity = sev;
    f.week = static_cast<int16_t>(week);
    f.day = static_cast<int16_t>(day);
    f.slot = static_cast<int16_t>(slot);
    return f;
}

// A slot with one failure set fewer: the last failure set stops a rep short (and a technique goes
// with the last one).
Slot one_failure_fewer(const Slot& s) {
    Slot t = s;
    const int n = s.failure_count();
    t.rir = std::max<uint8_t>(t.rir, 1);
    t.failure_sets = static_cast<uint8_t>(n > 0 ? n - 1 : 0);
    if (t.failure_sets == 0) t.technique = Technique::none;
    return t;
}

// "Fewer failure sets next week": one failure set fewer on the first slot of `week` (on `day`, or
// any day for -1) that takes `muscle` (worked directly) to failure; at `slot` when it is >= 0.
std::optional<Fix> fewer_failures(const Plan& plan, int week, int day, std::optional<Muscle> muscle, int slot = -1) {
    if (week < 0 || week >= static_cast<int>(plan.weeks.size())) return std::nullopt;
    for (int d = 0; d < limits::kDays; ++d) {
        if (day >= 0 && d != day) continue;
        const auto& slots = plan.weeks[static_cast<size_t>(week)].days[static_cast<size_t>(d)].slots;
        for (size_t i = 0; i < slots.size(); ++i) {
            if (slot >= 0 && static_cast<int>(i) != slot) continue;
            const Exercise* e = plan.exercise(slots[i].exercise);
            if (slots[i].failure_count() == 0 || !e || (muscle && !e->is_primary(*muscle))) continue;
            return act::EditSlot{{week, d, static_cast<int>(i)}, one_failure_fewer(slots[i])};
        }
    }
    return std::nullopt;
}

// "An early deload": the week after `week` made a deload, where the plan allows it (a block's
// deload is its last week).
std::optional<Fix> early_deload(const Plan& plan, int week) {
    const int next = week + 1;
    if (next >= static_cast<int>(plan.weeks.size()) || plan.weeks[static_cast<size_t>(next)].deload) return std::nullopt;
    if (plan.block && next != plan.block->progression.weeks() - 1) return std::nullopt;
    return act::SetDeload{next, true};
}

// A set worse than `before`: fewer reps at the same or a heavier load and no more reps in reserve.
bool worse(const LoggedSet& before, const LoggedSet& now) {
    const bool load_ok = before.load ? now.load && *now.load >= *before.load : !now.load;
    return load_ok && now.rir <= before.rir && now.reps < before.reps;
}

struct Context {
    const Plan& plan;
    const Log& log;
    std::vector<MatchedEntry> entries;
    LogAnalysis& out;
};

// Logged sets per muscle and week; per session, the muscles it trained (a bit each).
void tally(Context& c, const Analysis& analysis, std::vector<uint32_t>* trained) {
    int weeks = static_cast<int>(c.plan.weeks.size());
    for (const Session& s : c.log.sessions) weeks = std::max(weeks, s.week + 1);
    c.out.weeks.assign(static_cast<size_t>(weeks), LogWeek{});
    for (int w = 0; w < weeks; ++w)
        for (int m = 0; m < kMuscleCount; ++m)
            c.out.weeks[static_cast<size_t>(w)].muscles[m].budget =
                w < static_cast<int>(analysis.weeks.size()) ? analysis.weeks[static_cast<size_t>(w)].muscles[m].budget.failure
                                                            : effective_budget(c.plan, muscle_at(m)).failure;
    for (const Session& s : c.log.sessions) c.out.weeks[s.week].sessions++;
    if (trained) trained->assign(c.log.sessions.size(), 0);
    const Session* first = c.log.sessions.empty() ? nullptr : &c.log.sessions.front();
    for (const MatchedEntry& e : c.entries) {
        c.out.unmatched += e.slot == nullptr;
        if (!e.exercise) continue;
        int hard = 0, failures = 0;
        for (const LoggedSet& set : e.entry->sets) hard += set.rir <= 3, failures += set.failure();
        if (hard == 0) continue;
        auto& week = c.out.weeks[e.session->week].muscles;
        uint32_t worked = 0;
        for (int m = 0; m < kMuscleCount; ++m) {
            const float weight = e.exercise->muscles[m];
            if (weight <= 0.f) continue;
            week[m].hard_sets += weight * static_cast<float>(hard);
            week[m].failure_sets += weight * static_cast<float>(failures);
            worked |= 1u << m;
        }
        if (trained) (*trained)[static_cast<size_t>(e.session - first)] |= worked;
    }
}

void check_budget(Context& c) {
    for (size_t w = 0; w < c.out.weeks.size(); ++w)
        for (int m = 0; m < kMuscleCount; ++m) {
            const LoggedMuscleWeek& mw = c.out.weeks[w].muscles[m];
            if (!exceeds(mw.failure_sets, mw.budget)) continue;
            Finding f = finding(Check::logged_failure_over_budget, Severity::warning, static_cast<int>(w));
            f.muscle = muscle_at(m);
            f.value = mw.failure_sets;
            f.limit = mw.budget;
            f.fix = fewer_failures(c.plan, static_cast<int>(w) + 1, -1, muscle_at(m));
            c.out.findings.push_back(std::move(f));
        }
}

// Failure on a set the plan stopped short (its failure sets are the last ones), or on a set
// beyond the plan's.
void check_unplanned(Context& c) {
    for (const MatchedEntry& e : c.entries) {
        if (!e.slot) continue;
        const int sets = e.slot->sets, planned = e.slot->failure_count();
        int unplanned = 0;
        for (size_t i = 0; i < e.entry->sets.size(); ++i) {
            const int k = static_cast<int>(i);
            unplanned += e.entry->sets[i].failure() && (k >= sets || k < sets - planned);
        }
        if (unplanned == 0) continue;
        const bool risky = e.exercise && e.exercise->failure != FailureClass::safe;
        Finding f = finding(Check::unplanned_failure, risky ? Severity::warning : Severity::info, e.session->week,
                            e.session->day, e.slot_index);
        f.value = static_cast<float>(unplanned);
        f.limit = static_cast<float>(planned);
        c.out.findings.push_back(std::move(f));
    }
}

// Reps falling: per exercise and planned reps (heavy and light days of one lift are separate
// series), the first set of each session; kFallingSessions in a row, each worse than the one
// before, is a finding at the last of them (once per run).
void check_reps(Context& c) {
    struct Series {
        const Exercise* exercise;
        Reps target;
        LoggedSet last;
        int run = 1, start_reps = 0;
        bool reported = false;
    };
    std::vector<Series> series;
    for (const MatchedEntry& e : c.entries) {
        if (!e.slot || !e.exercise) continue;
        const LoggedSet& lead = e.entry->sets.front();
        auto it = std::find_if(series.begin(), series.end(),
                               [&](const Series& s) { return s.exercise == e.exercise && s.target == e.slot->reps; });
        if (it == series.end()) {
            series.push_back({e.exercise, e.slot->reps, lead, 1, lead.reps, false});
            continue;
        }
        Series& s = *it;
        if (worse(s.last, lead)) {
            ++s.run;
        } else {
            s.run = 1, s.start_reps = lead.reps, s.reported = false;
        }
        s.last = lead;
        if (s.run < logmodel::kFallingSessions || s.reported) continue;
        s.reported = true;
        Finding f = finding(Check::reps_falling, Severity::warning, e.session->week, e.session->day, e.slot_index);
        f.value = lead.reps;
        f.limit = static_cast<float>(s.start_reps);
        f.fix = early_deload(c.plan, e.session->week);
        if (!f.fix) f.fix = fewer_failures(c.plan, e.session->week + 1, e.session->day, std::nullopt, e.slot_index);
        c.out.findings.push_back(std::move(f));
    }
}

// Soreness of kSoreScore or more before a session that trains the muscle, when an earlier logged
// session trained it: not recovered from that one.
void check_soreness(Context& c, const std::vector<uint32_t>& trained) {
    PerMuscle<int> last{};
    last.fill(-1);
    for (size_t i = 0; i < c.log.sessions.size(); ++i) {
        const Session& s = c.log.sessions[i];
        for (int m = 0; m < kMuscleCount; ++m) {
            const int sore = s.check_in.soreness[m];
            if (sore < logmodel::kSoreScore || !((trained[i] >> m) & 1u) || last[m] < 0) continue;
            const Session& before = c.log.sessions[static_cast<size_t>(last[m])];
            Finding f = finding(Check::soreness_lingering, Severity::warning, s.week, s.day);
            f.muscle = muscle_at(m);
            f.other_day = static_cast<int8_t>(before.day);
            f.value = static_cast<float>(sore);
            f.limit = logmodel::kSoreScore;
            f.fix = fewer_failures(c.plan, s.week + 1, before.day, muscle_at(m));
            c.out.findings.push_back(std::move(f));
        }
        for (uint32_t bits = trained[i]; bits != 0; bits &= bits - 1) last[std::countr_zero(bits)] = static_cast<int>(i);
    }
}

// A check-in score that never rises over kFallingCheckIns or more check-ins in a row and falls by
// kCheckInFall or more in all: a finding at the check-in where that first holds (once per run).
void check_check_ins(Context& c, Check check, uint8_t CheckIn::*score) {
    int run = 0, start = 0, previous = 0;
    bool reported = false;
    for (const Session& s : c.log.sessions) {
        const int v = s.check_in.*score;
        if (v == 0) continue;
        if (run > 0 && v <= previous) {
            ++run;
        } else {
            run = 1, start = v, reported = false;
        }
        previous = v;
        if (run < logmodel::kFallingCheckIns || start - v < logmodel::kCheckInFall || reported) continue;
        reported = true;
        Finding f = finding(check, Severity::warning, s.week, s.day);
        f.value = static_cast<float>(v);
        f.limit = static_cast<float>(start);
        f.fix = early_deload(c.plan, s.week);
        c.out.findings.push_back(std::move(f));
    }
}

// Slower when the signs are more than one passing sign (two kinds, or in two weeks); faster when
// several weeks of check-ins show none and little soreness; else the plan's own setting.
void suggest_recovery(Context& c, const std::vector<uint32_t>& trained) {
    const Recovery now = c.plan.recovery;
    uint32_t kinds = 0, sign_weeks = 0, logged_weeks = 0;
    bool over_budget = false;
    for (const Finding& f : c.out.findings) {
        over_budget = over_budget || f.check == Check::logged_failure_over_budget;
        if (f.check == Check::reps_falling || f.check == Check::soreness_lingering || f.check == Check::sleep_falling ||
            f.check == Check::motivation_falling)
            kinds |= 1u << (static_cast<int>(f.check) - kPlanCheckCount), sign_weeks |= 1u << f.week;
    }
    int check_ins = 0, sorest = 0;
    for (size_t i = 0; i < c.log.sessions.size(); ++i) {
        const Session& s = c.log.sessions[i];
        logged_weeks |= 1u << s.week;
        check_ins += !s.check_in.empty();
        for (uint32_t bits = trained[i]; bits != 0; bits &= bits - 1)
            sorest = std::max<int>(sorest, s.check_in.soreness[std::countr_zero(bits)]);
    }
    Recovery suggested = now;
    if ((std::popcount(kinds) >= 2 || std::popcount(sign_weeks) >= 2) && now != Recovery::slower)
        suggested = static_cast<Recovery>(static_cast<int>(now) - 1);
    else if (kinds == 0 && !over_budget && std::popcount(logged_weeks) >= logmodel::kFasterWeeks &&
             check_ins >= logmodel::kFasterCheckIns && sorest <= logmodel::kFasterMaxSoreness && now != Recovery::faster)
        suggested = static_cast<Recovery>(static_cast<int>(now) + 1);
    c.out.suggested_recovery = suggested;
    if (suggested == now) return;
    Finding f = finding(Check::recovery_suggestion, Severity::info, -1);
    f.value = static_cast<float>(suggested);
    f.limit = static_cast<float>(now);
    f.fix = act::SetRecovery{suggested};
    c.out.findings.push_back(std::move(f));
}
}  // namespace

LogAnalysis analyze_log(const Plan& plan, const Analysis& analysis, const Log& log) {
    LogAnalysis out;
    Context c{plan, log, match_log(plan, log), out};
    std::vector<uint32_t> trained;
    tally(c, analysis, &trained);
    out.findings.reserve(16);
    check_budget(c);
    check_unplanned(c);
    check_reps(c);
    check_soreness(c, trained);
    check_check_ins(c, Check::sleep_falling, &CheckIn::sleep);
    check_check_ins(c, Check::motivation_falling, &CheckIn::motivation);
    suggest_recovery(c, trained);
    return out;
}

float estimated_1rm(const LoggedSet& s) {
    if (!s.load) return 0.f;
    const int reps = s.reps + s.rir;
    if (s.reps == 0) return 0.f;
    return reps <= 1 ? *s.load : *s.load * (1.f + static_cast<float>(reps) / 30.f);
}

LogHistory log_history(const Plan& plan, const Analysis& analysis, const Log& log) {
    LogHistory h;
    LogAnalysis tallied;
    Context c{plan, log, match_log(plan, log), tallied};
    tally(c, analysis, nullptr);
    h.muscles = std::move(tallied.weeks);
    for (const MatchedEntry& e : c.entries) {
        auto it = std::find_if(h.exercises.begin(), h.exercises.end(), [&](const ExerciseHistory& x) { return x.exercise == e.entry->exercise; });
        if (it == h.exercises.end()) h.exercises.push_back({e.entry->exercise, e.exercise, {}}), it = h.exercises.end() - 1;
        auto& weeks = it->weeks;  // kept in week order: the first week not before the session's
        auto at = std::find_if(weeks.begin(), weeks.end(), [&](const ExerciseWeek& x) { return x.week >= e.session->week; });
        if (at == weeks.end() || at->week != e.session->week) at = weeks.insert(at, ExerciseWeek{e.session->week, 0, 0, {}, 0});
        ExerciseWeek& w = *at;
        for (const LoggedSet& s : e.entry->sets) {
            ++w.sets;
            w.failure_sets += s.failure();
            const float rm = estimated_1rm(s);
            const bool better = w.sets == 1 || rm > w.best_1rm || (rm == w.best_1rm && s.reps > w.best.reps);
            if (better) w.best = s, w.best_1rm = rm;
        }
    }
    return h;
}

}  // namespace failsafe
