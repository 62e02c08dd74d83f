// src/cli/table.cpp - the analysis, findings and template list as aligned text; every name
// from a plan passes through visible() on its way in.
#include "table.hpp"

#include <cmath>
#include <cstdio>

#include "escape.hpp"
#include "failsafe/findings.hpp"
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
// Marks where a value sits against its band: "<" under, ">" over.
const char* mark(Band b) {
    switch (b) {
        case Band::under: return " <";
        case Band::over: return " >";
        case Band::in_range: break;
    }
    return "  ";
}
}  // namespace

std::string group_line(const Plan& plan, const FindingGroup& g) {
    return pad(std::string(severity_id(g.first->severity)), 8) + pad(group_place(plan, g, PlaceStyle::ids), 24) + "[" +
           std::string(g.first->code()) + "] " + visible(group_message(plan, g));
}

std::string findings_text(const Plan& plan, const Analysis& a) {
    const std::vector<FindingGroup> groups = group_findings(plan, a);
    std::string out = "Findings: " + visible(health_summary(plan, groups)) + "\n";
    for (const FindingGroup& g : groups) out += "  " + group_line(plan, g) + "\n";
    return out;
}

// The block at a glance: per muscle and week, hard sets (marked against the band) and failure
// sets; the block's schedule of reps in reserve on top.
std::string block_table(const Plan& plan, const Analysis& a) {
    std::string out = "\nBlock: hard sets/failure sets per week (< under, > over the band)\n  " + pad("week", 12);
    for (size_t w = 0; w < a.weeks.size(); ++w) out += pad("W" + std::to_string(w + 1) + (plan.weeks[w].deload ? " D" : ""), 9, true) + "  ";
    if (plan.block) {
        out += "\n  " + pad("target RIR", 12);
        for (uint8_t r : plan.block->progression.rir) out += pad(std::to_string(r), 9, true) + "  ";
    }
    out += "\n";
    for (int m = 0; m < kMuscleCount; ++m) {
        out += "  " + pad(std::string(muscle_id(muscle_at(m))), 12);
        for (size_t w = 0; w < a.weeks.size(); ++w) {
            const MuscleWeek& mw = a.weeks[w].muscles[m];
            const Band band = volume_band(mw, plan.weeks[w].deload);
            std::string cell = fmt("%g", std::round(mw.hard_sets * 2.f) / 2.f);
            if (mw.failure_sets > 0) cell += "/" + fmt("%g", std::round(mw.failure_sets * 2.f) / 2.f);
            out += pad(cell, 9, true) + mark(band);
        }
        out += "\n";
    }
    return out;
}

std::string analysis_table(const Plan& plan, const Analysis& a) {
    std::string out = visible(plan.name) + " (" + std::string(level_id(plan.level)) + ", " + std::to_string(plan.weeks.size()) +
                      (plan.weeks.size() == 1 ? " week" : " weeks") + (plan.block ? ", a block)\n" : ")\n");
    out += "Recovery: " + std::string(recovery_id(plan.recovery)) + ", failure approach: " + std::string(approach_id(plan.approach)) + "\n";
    if (a.weeks.size() > 1) out += block_table(plan, a);
    for (size_t w = 0; w < a.weeks.size(); ++w) {
        out += "\nWeek " + std::to_string(w + 1) + (plan.weeks[w].deload ? " (deload)" : "") + "  systemic peak " +
               percent_text(a.weeks[w].systemic_peak, 1.f) + "\n";
        out += "  muscle        hard sets  graded    band  sessions  failure  budget     fatigue peak\n";
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = a.weeks[w].muscles[m];
            out += "  " + pad(std::string(muscle_id(muscle_at(m))), 12) + pad(fmt("%.1f", mw.hard_sets), 10, true) +
                   pad(fmt("%.1f", mw.stimulus), 8, true) + mark(volume_band(mw, plan.weeks[w].deload)) + pad(band(mw.budget.low, mw.budget.high), 6, true) +
                   pad(std::to_string(mw.sessions), 10, true) +
                   pad(fmt("%.1f", mw.failure_sets), 9, true) + mark(band_of(mw.failure_sets, 0, mw.budget.failure)) +
                   pad(fmt("%g", mw.budget.failure), 6, true) + pad(percent_text(mw.fatigue_peak, 1.f), 16, true) +
                   "\n";
        }
    }
    return out + "\n" + findings_text(plan, a);
}

std::string template_list() {
    std::string out;
    for (const Template& t : templates()) out += pad(visible(t.id), 20) + " " + visible(t.title) + "\n";
    return out;
}

}  // namespace failsafe::cli
