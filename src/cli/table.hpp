// src/cli/table.hpp - readable text for a terminal: the analysis table, finding lines and
// the template list, with control characters in names made visible.
#pragma once
#include <string>

#include "failsafe/analysis.hpp"
#include "failsafe/findings.hpp"
#include "failsafe/log_analysis.hpp"

namespace failsafe::cli {

std::string analysis_table(const Plan& plan, const Analysis& analysis);
// The health summary, then one line per group of findings (the same finding across weeks),
// errors first: "  error   weeks 1-4 Mon #1          [failure-on-compound] Back squat is ...".
std::string findings_text(const Plan& plan, const Analysis& analysis);
// "error   weeks 1-4 Mon #1          [failure-on-compound] Back squat is taken to ..."
std::string group_line(const Plan& plan, const FindingGroup& group);
// What a gym log says against the plan: its sessions, the failure sets logged against the planned
// ones per muscle and week (marked over the budget), its findings (grouped like the plan's) and
// the recovery setting it suggests.
std::string log_text(const Plan& plan, const Analysis& analysis, const Log& log, const LogAnalysis& la);
// "seed-004             Seed 004 session" per template, for `failsafe new`.
std::string template_list();

}  // namespace failsafe::cli
