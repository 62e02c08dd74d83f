// src/cli/table.cpp - the analysis, findings and template list as aligned text; every name
// from a plan passes through visible() on its way in.
#include "table.hpp"

#include <cmath>
#include <cstdio>

#include "escape.hpp"
#include "failsafe/templates.hpp"

namespace failsafe::cli {
namespace {
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
const char* mark(float v, float low, float high) {
    switch (band_of(v, low, high)) {
        case Band::under: return " <";
        case Band::over: return " >";
        case Band::in_range: break;
    }
    return "  ";
}
}  // namespace

std::string finding_line(const Plan& plan, const Finding& f) {
    return pad(std::string(severity_id(f.severity)), 8) + pad(finding_place(plan, f, PlaceStyle::ids), 24) + "[" + std::string(f.code()) + "] " +
           visible(finding_message(plan, f));
}

std::string analysis_table(const Plan& plan, const Analysis& a) {
    std::string out = visible(plan.name) + " (" + std::string(level_id(plan.level)) + ", " + std::to_string(plan.weeks.size()) +
                      (plan.weeks.size() == 1 ? " week)\n" : " weeks)\n");
    out += "Recovery: " + std::string(recovery_id(plan.recovery)) + ", failure approach: " + std::string(approach_id(plan.approach)) + "\n";
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
