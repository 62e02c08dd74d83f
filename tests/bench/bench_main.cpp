// Times the full analysis of a 12-week plan (6 training days, 10 exercises a day, 5 sets each)
// and prints the figure next to its budget. Exit status 1 when over budget.
//   failsafe_bench [--budget-us N] [--label NAME]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
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

struct Timing {
    double median_us = 0, min_us = 0;
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
    const bool ok = typical.median_us <= budget_us && blocked.median_us <= budget_us;
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
    return ok ? 0 : 1;
}
