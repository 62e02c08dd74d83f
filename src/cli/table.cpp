// src/cli/table.cpp - the analysis, findings and template list as aligned text; every name
// from a plan passes through visible() on its way in.
#include "table.hpp"

#include <cmath>
#include <cstdio>

#include "escape.hpp"
#include "failsafe/templates.hpp"

namespace failsafe::cli {
namespace {
constexpr const char* kDays[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string fmt(const char* f, double a) {
    char buf[32];
    std::snprintf(buf, sizeof buf, f, a);
    return buf;
}
std::string pad(std::string s, size_t width, bool right = false) {
    if (s.size() >= width) return s;
    return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}
std::string band(float low, float high) { return fmt("%g", low) + "-" + fmt("%g", high); }
// Marks a value against its band: "<" under, ">" over.
const char* mark(float v, float low, float high) { return v > high + 1e-4f ? " >" : (v + 1e-4f < low ? " <" : "  "); }
}  // namespace

std::string finding_line(const Plan& plan, const Finding& f) {
    std::string where;
    if (f.week >= 0) where += "week " + std::to_string(f.week + 1);
    if (f.day >= 0) where += std::string(" ") + kDays[f.day];
    if (f.slot >= 0) where += " #" + std::to_string(f.slot + 1);
    if (f.muscle) where += std::string(" ") + std::string(muscle_id(*f.muscle));
    return pad(std::string(severity_id(f.severity)), 8) + pad(where, 24) + "[" + std::string(f.code()) + "] " +
           visible(finding_message(plan, f));
}

std::string analysis_table(const Plan& plan, const Analysis& a) {
    std::string out = visible(plan.name) + " (" + std::string(level_id(plan.level)) + ", " + std::to_string(plan.weeks.size()) +
                      (plan.weeks.size() == 1 ? " week)\n" : " weeks)\n");
    for (size_t w = 0; w < a.weeks.size(); ++w) {
        out += "\nWeek " + std::to_string(w + 1) + (plan.weeks[w].deload ? " (deload)" : "") + "  systemic peak " +
               fmt("%.0f%%", std::round(a.weeks[w].systemic_peak * 100)) + "\n";
        out += "  muscle        hard sets    band   failure  budget   fatigue peak\n";
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = a.weeks[w].muscles[m];
            out += "  " + pad(std::string(muscle_id(muscle_at(m))), 12) + pad(fmt("%.1f", mw.hard_sets), 10, true) +
                   mark(mw.hard_sets, mw.budget.low, mw.budget.high) + pad(band(mw.budget.low, mw.budget.high), 7, true) +
                   pad(fmt("%.1f", mw.failure_sets), 9, true) + mark(mw.failure_sets, 0, mw.budget.failure) +
                   pad(fmt("%g", mw.budget.failure), 6, true) + pad(fmt("%.0f%%", std::round(mw.fatigue_peak * 100)), 14, true) +
                   "\n";
        }
    }
    out += "\nFindings: " + std::to_string(a.count(Severity::error)) + " errors, " + std::to_string(a.count(Severity::warning)) +
           " warnings, " + std::to_string(a.count(Severity::info)) + " notes\n";
    for (const Finding* f : a.by_severity()) out += "  " + finding_line(plan, *f) + "\n";
    return out;
}

std::string template_list() {
    std::string out;
    for (const Template& t : templates()) out += pad(visible(t.id), 20) + " " + visible(t.title) + "\n";
    return out;
}

}  // namespace failsafe::cli
