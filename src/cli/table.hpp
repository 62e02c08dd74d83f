// src/cli/table.hpp - readable text for a terminal: the analysis table, finding lines and
// the template list, with control characters in names made visible.
#pragma once
#include <string>

#include "failsafe/analysis.hpp"

namespace failsafe::cli {

std::string analysis_table(const Plan& plan, const Analysis& analysis);
// "error   week 1 Mon #1 Back squat [failure-on-compound] Back squat is taken to ..."
std::string finding_line(const Plan& plan, const Finding& f);
// "seed-004             Seed 004 session" per template, for `failsafe new`.
std::string template_list();

}  // namespace failsafe::cli
