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
// "error   weeks 1-4 Mon #1          [failure-on-compound] " and the message.
std::string finding_line(const Plan& plan, const FindingGroup& g, const std::string& message) {
    return pad(std::string(severity_id(g.first->severity)), 8) + pad(group_place(plan, g, PlaceStyle::ids), 24) + "[" +
           std::string(g.first->code()) + "] " + visible(message);
}
// "1 session", "2 sessions".
std::string text_count(int n, const char* one, const char* many = nullptr) {
    return std::to_string(n) + " " + (n == 1 ? one : many ? many : std::string(one) + "s");
}
}  // namespace

std::string group_line(const Plan& plan, const FindingGroup& g) { return finding_line(plan, g, group_message(plan, g)); }

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

std::string log_text(const Plan& plan, const Analysis& a, const Log& log, const LogAnalysis& la) {
    std::string out = "\nLog: " + text_count(static_cast<int>(log.sessions.size()), "session") + " of \"" + visible(log.plan) + "\"";
    if (!log.sessions.empty())
        out += ", " + date_iso(log.sessions.front().date) + " to " + date_iso(log.sessions.back().date);
    out += la.unmatched > 0 ? ", " + text_count(la.unmatched, "entry", "entries") + " the plan no longer holds\n" : "\n";
    out += "Failure sets logged/planned per week (> over the budget)\n  " + pad("week", 12);
    for (size_t w = 0; w < la.weeks.size(); ++w) out += pad("W" + std::to_string(w + 1), 9, true) + "  ";
    out += "\n  " + pad("sessions", 12);
    for (const LogWeek& w : la.weeks) out += pad(std::to_string(w.sessions), 9, true) + "  ";
    out += "\n";
    const auto half = [](float v) { return fmt("%g", std::round(v * 2.f) / 2.f); };
    for (int m = 0; m < kMuscleCount; ++m) {
        out += "  " + pad(std::string(muscle_id(muscle_at(m))), 12);
        for (size_t w = 0; w < la.weeks.size(); ++w) {
            const LoggedMuscleWeek& mw = la.weeks[w].muscles[m];
            const std::string planned = w < a.weeks.size() ? half(a.weeks[w].muscles[m].failure_sets) : std::string("-");
            out += pad(half(mw.failure_sets) + "/" + planned, 9, true) + mark(band_of(mw.failure_sets, 0, mw.budget));
        }
        out += "\n";
    }
    Analysis found;  // the log's findings, grouped as the plan's are
    found.findings = la.findings;
    const std::vector<FindingGroup> groups = group_findings(plan, found);
    int count[kSeverityCount] = {};
    for (const FindingGroup& g : groups) ++count[static_cast<int>(g.first->severity)];
    out += "\nLog findings: " + (groups.empty() ? std::string("nothing to flag")
                                                : text_count(count[0], "error") + ", " + text_count(count[1], "warning") + ", " +
                                                      text_count(count[2], "note")) + "\n";
    for (const FindingGroup& g : groups)
        out += "  " + finding_line(plan, g, log_finding_message(plan, *g.first)) + "\n";
    if (la.suggested_recovery != plan.recovery)
        out += "Recovery: the log suggests " + std::string(recovery_id(la.suggested_recovery)) + " (the plan: " +
               std::string(recovery_id(plan.recovery)) + ")\n";
    return out;
}

std::string template_list() {
    std::string out;
    for (const Template& t : templates()) out += pad(visible(t.id), 20) + " " + visible(t.title) + "\n";
    return out;
}

}  // namespace failsafe::cli
