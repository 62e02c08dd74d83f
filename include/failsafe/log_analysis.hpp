// failsafe/log_analysis.hpp - what the log says about the plan: the failure sets actually taken
// per muscle and week against the budget, failure where the plan stopped short, the warning signs
// of overreaching (seed 004) as findings with a fix, a recovery setting suggested by the log, and
// the history series a chart draws. docs/model.md ("The log") gives the rules and their sources.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "failsafe/analysis.hpp"
#include "failsafe/log.hpp"

namespace failsafe {

// The trend rules' thresholds (docs/model.md, "The log"): all [assumption] but the signs' list.
namespace logmodel {
inline constexpr int kFallingSessions = 3;   // reps falling: sessions of one series in a row, each worse
inline constexpr int kSoreScore = 3;         // soreness this high (of 5) at the next session lingers
inline constexpr int kFallingCheckIns = 3;   // check-ins in a row that never rise...
inline constexpr int kCheckInFall = 2;       // ...and fall by at least this much in all
inline constexpr int kFasterWeeks = 3;       // faster recovery: weeks logged without a warning sign
inline constexpr int kFasterCheckIns = 6;    // ...with at least this many check-ins
inline constexpr int kFasterMaxSoreness = 2; // ...none sorer than this before training the muscle
}  // namespace logmodel

struct LoggedMuscleWeek {
    float hard_sets = 0;     // logged sets within 3 reps in reserve, weighted like the plan's
    float failure_sets = 0;  // logged sets at failure (RIR 0), weighted
    float budget = 0;        // the weekly failure budget (the plan's analysis for its weeks)
};

struct LogWeek {
    PerMuscle<LoggedMuscleWeek> muscles{};
    int sessions = 0;  // sessions logged in that week of the plan
};

struct LogAnalysis {
    std::vector<LogWeek> weeks;     // the plan's weeks, and any later week the log holds
    std::vector<Finding> findings;  // log checks only (is_log_check), grouped by check, in time order
    Recovery suggested_recovery = Recovery::typical;  // the plan's own when the log says nothing else
    int unmatched = 0;              // entries the plan no longer holds (kept, counted for their muscles)
};

// Reads `log` against `plan` and its analysis (analyze(plan)). Cheap: a 12-week block with five
// sessions a week of 20 sets takes a few microseconds (docs/performance.md).
LogAnalysis analyze_log(const Plan& plan, const Analysis& analysis, const Log& log);

// A log finding's message: what was logged, why it matters, what to do, with its source (any
// other finding: finding_message). Apart from finding_message so that the app does not carry
// these words until it reads logs.
std::string log_finding_message(const Plan& plan, const Finding& f);
// The log's analysis as `failsafe analyze PLAN --log LOG --json` prints it under "log": per week
// and muscle the logged hard and failure sets, the plan's failure sets and the budget; the
// findings (as the plan's, errors first); the suggested recovery; the unmatched entries.
std::string log_analysis_to_json(const Plan& plan, const Analysis& analysis, const LogAnalysis& la);
// Button text for its fix ("Make next week a deload", "One failure set fewer next week"); empty when it has none.
std::string_view log_fix_label(const Finding& f);

// ---- history: what a chart draws -----------------------------------------------------------
// Estimated one-rep max of a set (Epley's formula on the reps it could have done, reps + RIR):
// load x (1 + (reps + rir) / 30), the load itself for a single at failure; 0 without a load.
float estimated_1rm(const LoggedSet& s);

struct ExerciseWeek {
    int week = 0;              // the plan's week, 0-based
    int sets = 0, failure_sets = 0;
    LoggedSet best;            // the set with the highest estimated 1RM (without loads: the most reps)
    float best_1rm = 0;        // its estimated 1RM; 0 without loads
};
struct ExerciseHistory {
    std::string exercise;            // its id
    const Exercise* info = nullptr;  // nullptr when neither the plan nor the catalog knows it
    std::vector<ExerciseWeek> weeks; // the weeks it was logged in, in order
};
struct LogHistory {
    std::vector<ExerciseHistory> exercises;  // in order of first appearance in the log
    std::vector<LogWeek> muscles;            // per week, as in LogAnalysis
};
LogHistory log_history(const Plan& plan, const Analysis& analysis, const Log& log);

}  // namespace failsafe
