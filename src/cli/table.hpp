// src/cli/table.hpp - the analysis as readable text for a terminal.
#pragma once
#include <string>

#include "failsafe/analysis.hpp"

namespace failsafe::cli {

std::string analysis_table(const Plan& plan, const Analysis& analysis);
// "error   week 1 Mon #1 Back squat [failure-on-compound] Back squat is taken to ..."
std::string finding_line(const Plan& plan, const Finding& f);

}  // namespace failsafe::cli
