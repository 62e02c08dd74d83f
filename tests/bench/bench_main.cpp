// Times the full analysis of a 12-week plan (6 training days, 10 exercises a day, 5 sets each),
// and of a 12-week block with its gym log, and prints each figure next to its budget. Exit
// status 1 when over budget.
//   failsafe_bench [--budget-us N] [--label NAME]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
#include "failsafe/log_analysis.hpp"
#include "failsafe/templates.hpp"

using namespace failsafe;

// A plan a lifter could build at this size: push/pull/legs twice a week, 10 exercises of 5
// sets a day, failure on the last set of isolation work, every 4th week a deload.
static Plan typical_plan() {
    const std::vector<std::vector<const char*>> days = {
        {"bench-press", "incline-dumbbell-press", "machine-chest-press", "overhead-press", "pec-deck", "lateral-raise",
         "cable-lateral-raise", "triceps-pushdown", "overhead-cable-extension", "cable-crunch"},
        {"pull-up", "barbell-row", "lat-pulldown", "seated-cable-row", "face-pull", "rear-delt-fly", "biceps-curl",
         "hammer-curl", "wrist-curl", "hanging-leg-raise"},
        {"back-squat", "romanian-deadlift", "leg-press", "leg-extension", "leg-curl", "hip-thrust", "adductor-machine",
         "standing-calf-raise", "seated-calf-raise", "back-extension"},
    };
    Plan p;
    p.weeks.resize(12);
    for (int w = 0; w < 12; ++w) {
        for (int d = 0; d < 6; ++d)
            for (const char* slug : days[static_cast<size_t>(d % 3)]) {
                const bool safe = builtin_catalog().by_slug(slug)->failure == FailureClass::safe;
                p.weeks[w].days[d].slots.push_back(catalog_slot(slug, 5, {8, 12}, 2, safe && d < 3 ? 1 : 0));
            }
        if (w % 4 == 3) p = *failsafe::apply(p, act::SetDeload{w, true});
    }
    return p;
}

// The same shape with failure everywhere: squats, deadlifts and all, day after day. A stress
// case for the checks (over a thousand findings); reported, not budgeted.
static Plan worst_case_plan() {
    const char* slugs[] = {"back-squat", "bench-press", "barbell-row", "overhead-press", "romanian-deadlift",
                           "lat-pulldown", "leg-extension", "leg-curl", "lateral-raise", "biceps-curl",
                           "triceps-pushdown", "standing-calf-raise", "pec-deck", "face-pull", "cable-crunch",
                           "leg-press", "hammer-curl", "seated-cable-row", "incline-dumbbell-press", "hip-thrust"};
    Plan p;
    p.weeks.resize(12);
    for (int w = 0; w < 12; ++w)
        for (int d = 0; d < 6; ++d)
            for (int i = 0; i < 10; ++i)
                p.weeks[w].days[d].slots.push_back(
                    catalog_slot(slugs[(d * 7 + i) % 20], 5, {8, 12}, (i + w) % 4, i % 3 == 2 ? 1 : 0));
    return p;
}

// The 6-day push/pull/legs template made a 16-week block: RIR from 3 down, failure in the last
// build weeks, sets growing for three muscles, a deload to end.
static Plan block_plan() {
    Plan p;
    for (const Template& t : templates())
        if (t.id == "push-pull-legs-6x") p = t.plan;
    Progression pr = default_progression(16);
    pr.failure_weeks = static_cast<uint16_t>(0x7000);
    pr.sets_step = 1;
    pr.grow = (1u << index(Muscle::side_delts)) | (1u << index(Muscle::calves)) | (1u << index(Muscle::biceps));
    return *apply(p, act::SetProgression{pr});
}

// A 12-week push/pull/legs block and its log: five sessions a week, every slot's sets and two
// back-off sets logged (about 20 a session) with loads, the reps and sleep slipping late in the
// block, a check-in before each session.
static std::pair<Plan, Log> logged_block() {
    Plan p;
    for (const Template& t : templates())
        if (t.id == "push-pull-legs-6x") p = t.plan;
    p = *apply(p, act::SetProgression{default_progression(12)});
    Log log;
    log.plan = p.name;
    const Date start = *date_from_iso("2025-01-06");
    for (int w = 0; w < 12; ++w)
        for (int d = 0; d < 5; ++d) {
            Session s;
            s.week = static_cast<uint8_t>(w);
            s.day = static_cast<uint8_t>(d);
            s.date = start + w * 7 + d;
            s.check_in.sleep = static_cast<uint8_t>(w < 9 ? 4 : 12 - w);
            s.check_in.motivation = 4;
            const auto& slots = p.weeks[w].days[d].slots;
            for (size_t i = 0; i < slots.size(); ++i) {
                LogEntry e{static_cast<uint8_t>(i), p.exercise(slots[i].exercise)->slug, {}};
                for (int k = 0; k < std::min(slots[i].sets + 2, 10); ++k) {  // the plan's sets and two back-off sets
                    const int reps = slots[i].reps.high - k - (w > 8 ? w - 8 : 0);
                    e.sets.push_back({static_cast<uint8_t>(std::max(reps, 1)), slots[i].rir, 20.f + 2.5f * static_cast<float>(i)});
                }
                for (int m = 0; m < kMuscleCount; ++m)
                    if (p.exercise(slots[i].exercise)->is_primary(muscle_at(m))) s.check_in.soreness[m] = static_cast<uint8_t>(1 + w % 2);
                s.entries.push_back(std::move(e));
            }
            log.sessions.push_back(std::move(s));
        }
    return {p, log};
}

struct Timing {
    double median_us = 0, min_us = 0, cpu_us = 0;
    size_t findings = 0;
};

static Timing time_analysis(const Plan& plan) {
    Timing t;
    t.findings = analyze(plan).findings.size();
    size_t sink = 0;
    for (int i = 0; i < 200; ++i) sink += analyze(plan).findings.size();  // warm up
    std::vector<double> runs;
    for (int r = 0; r < 15; ++r) {
        constexpr int kIters = 200;
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < kIters; ++i) sink += analyze(plan).findings.size();
        auto t1 = std::chrono::steady_clock::now();
        runs.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / kIters);
    }
    std::sort(runs.begin(), runs.end());
    t.median_us = runs[runs.size() / 2];
    t.min_us = runs.front();
    if (sink == 1) std::puts("");  // keeps the work observable
    return t;
}

// The plan's analysis and the log's, as the app would run them after a set is logged.
static Timing time_log_analysis(const Plan& plan, const Log& log) {
    Timing t;
    t.findings = analyze_log(plan, analyze(plan), log).findings.size();
    size_t sink = 0;
    for (int i = 0; i < 200; ++i) sink += analyze_log(plan, analyze(plan), log).findings.size();  // warm up
    std::vector<double> runs, log_only;
    const Analysis analysis = analyze(plan);
    for (int r = 0; r < 15; ++r) {
        constexpr int kIters = 200;
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < kIters; ++i) sink += analyze_log(plan, analyze(plan), log).findings.size();
        auto t1 = std::chrono::steady_clock::now();
        for (int i = 0; i < kIters; ++i) sink += analyze_log(plan, analysis, log).findings.size();
        auto t2 = std::chrono::steady_clock::now();
        runs.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / kIters);
        log_only.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count() / kIters);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(log_only.begin(), log_only.end());
    t.median_us = runs[runs.size() / 2];
    t.min_us = log_only[log_only.size() / 2];  // here: the log's part alone (median)
    // Processor time too: on a busy machine the wall clock also counts the time other work had.
    const std::clock_t c0 = std::clock();
    for (int i = 0; i < 2000; ++i) sink += analyze_log(plan, analyze(plan), log).findings.size();
    t.cpu_us = 1e6 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC / 2000;
    if (sink == 1) std::puts("");
    return t;
}

int main(int argc, char** argv) {
    double budget_us = 50;
    const char* label = "native";
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--budget-us")) budget_us = std::atof(argv[i + 1]);
        if (!std::strcmp(argv[i], "--label")) label = argv[i + 1];
    }
    const Timing typical = time_analysis(typical_plan());
    const Timing worst = time_analysis(worst_case_plan());
    const Plan block = block_plan();
    const Timing blocked = time_analysis(block);
    const auto e0 = std::chrono::steady_clock::now();
    size_t weeks = 0;
    for (int i = 0; i < 20; ++i) weeks += expand_block(block).size();
    const double expand_us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - e0).count() / 20;
    const auto [log_plan, log] = logged_block();
    size_t logged_sets = 0;
    for (const Session& s : log.sessions)
        for (const LogEntry& e : s.entries) logged_sets += e.sets.size();
    const Timing with_log = time_log_analysis(log_plan, log);
    const bool ok = typical.median_us <= budget_us && blocked.median_us <= budget_us && with_log.median_us <= budget_us;
    std::printf("bench analyze 12 weeks x 6 days x 10 exercises x 5 sets (%s): %.1f us median (min %.1f, %zu findings)"
                " | budget %.0f us | %s\n",
                label, typical.median_us, typical.min_us, typical.findings, budget_us, ok ? "ok" : "OVER BUDGET");
    std::printf("bench analyze stress plan, failure everywhere (%s): %.1f us median (min %.1f, %zu findings) | reported only\n",
                label, worst.median_us, worst.min_us, worst.findings);
    std::printf("bench analyze 16-week push/pull/legs block (%s): %.1f us median (min %.1f, %zu findings) | budget %.0f us | %s\n",
                label, blocked.median_us, blocked.min_us, blocked.findings, budget_us,
                blocked.median_us <= budget_us ? "ok" : "OVER BUDGET");
    std::printf("bench expand the 16-week block from its progression (%s): %.0f us (%zu weeks) | reported only (runs on an edit)\n",
                label, expand_us, weeks / 20);
    std::printf("bench analyze a 12-week block with its log, %zu sessions, %zu sets (%s): %.1f us median (%.1f us of processor "
                "time), the log's part %.1f us (%zu log findings) | budget %.0f us | %s\n",
                log.sessions.size(), logged_sets, label, with_log.median_us, with_log.cpu_us, with_log.min_us, with_log.findings, budget_us,
                with_log.median_us <= budget_us ? "ok" : "OVER BUDGET");
    return ok ? 0 : 1;
}
