// failsafe/findings.hpp - findings as people read them: the same finding repeated across weeks
// shown once, errors first, and a one-line health summary of the plan. Built on demand from an
// Analysis (analyze() never groups: it stays as cheap as it is).
#pragma once
#include <string>
#include <vector>

#include "failsafe/analysis.hpp"

namespace failsafe {

// One finding and its repeats in other weeks: the same check, severity and muscle, at the same
// day of the week and slot position, with the same exercise there.
struct FindingGroup {
    const Finding* first = nullptr;     // the earliest; its place, message and fix stand for the group
    std::vector<const Finding*> all;    // first included, in week order
    std::vector<int> weeks;             // 0-based, ascending, no repeats; empty when it has no week
};

// The analysis's findings grouped: errors, then warnings, then info; within a severity by first
// week, then in analysis order. The groups point into `analysis`, which must outlive them.
std::vector<FindingGroup> group_findings(const Plan& plan, const Analysis& analysis);
std::vector<FindingGroup> group_findings(const Plan& plan, const Analysis&& analysis) = delete;  // would dangle

// Weeks (0-based) as a reader counts them: "week 3", "weeks 1-4", "weeks 1-2, 5"; "" for none.
std::string weeks_text(const std::vector<int>& weeks);

// Where a group sits, as finding_place() with its weeks: "Weeks 1-4 Mon - Bench press" (names),
// "weeks 1-4 Mon #2 quads" (ids).
std::string group_place(const Plan& plan, const FindingGroup& group, PlaceStyle style = PlaceStyle::names);

// What a group says: its first finding's message, reworded for the group's weeks. "this week"
// becomes "each of these weeks" when every week has the same figures, or "in week 2" followed by
// "Also weeks 3-4 (from 22 to 26)." when they differ; a message that names its week gets
// "Also weeks 3-4.".
std::string group_message(const Plan& plan, const FindingGroup& group);

// The plan's health in one line, counting groups (what a reader sees): "1 error, 2 warnings,
// 5 notes - first: Back squat is taken to failure (weeks 1-4)", "No errors or warnings
// (3 notes)", "Nothing to flag".
std::string health_summary(const Plan& plan, const std::vector<FindingGroup>& groups);

// The slot a finding is about, and its exercise; nullptr when it has no slot (or `plan` is not
// its own).
const Slot* finding_slot(const Plan& plan, const Finding& f);
const Exercise* finding_exercise(const Plan& plan, const Finding& f);

// A fraction as a percentage that never rounds onto or below a limit it exceeds:
// (1.0004, 1) -> "just over 100%", (1.2, 1) -> "120%", (0.5, 1) -> "50%".
std::string percent_text(float value, float limit);

}  // namespace failsafe
