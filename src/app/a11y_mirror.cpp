#include "a11y_mirror.hpp"

#include "app.hpp"
#include "bridge.hpp"
#include "failsafe/findings.hpp"
#include "panels.hpp"
#include "platform.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

// Appends `items` as a JSON array of strings.
void append_strings(std::string& out, std::initializer_list<std::string_view> items) {
    out += '[';
    for (std::string_view s : items) {
        if (out.back() != '[') out += ',';
        append_json_string(out, s);
    }
    out += ']';
}

void append_days(std::string& out, const Plan& plan, int week) {
    out += "\"days\":[";
    for (int d = 0; d < limits::kDays; ++d) {
        if (d) out += ',';
        out += '[';
        append_json_string(out, day_name(d));
        out += ",[";
        bool first = true;
        for (const Slot& s : plan.weeks[week].days[d].slots) {
            const Exercise* e = plan.exercise(s.exercise);
            if (!first) out += ',';
            first = false;
            append_json_string(out, (e ? e->name : std::string("?")) + ": " + slot_summary(s));
        }
        out += "],\"Rest day\"]";
    }
    out += ']';
}

// One muscle's row: label, hard sets, band, state, failure sets, and the sentence announced when
// it changes ("Chest: 12 hard sets, in range (10-20); 1 of 4 failure sets").
void append_budget_row(std::string& out, Muscle m, const MuscleWeek& mw, bool deload) {
    const std::string label(muscle_label(m)), hard = sets_text(mw.hard_sets);
    const std::string band = sets_text(mw.budget.low) + "-" + sets_text(mw.budget.high);
    const std::string state(band_label(volume_band(mw, deload)));
    std::string fail = sets_text(mw.failure_sets) + " of " + sets_text(mw.budget.failure);
    if (exceeds(mw.failure_sets, mw.budget.failure)) fail += ", " + std::string(band_label(Band::over));
    append_strings(out, {label, hard, band, state, fail,
                         label + ": " + hard + " hard sets, " + state + " (" + band + "); " + fail + " failure sets"});
}

}  // namespace

std::string mirror_json(App& app) {
    const Plan& plan = app.plan();
    const int week = app.week();
    const std::string week_text = "week " + std::to_string(week + 1);
    std::string out = "{\"title\":";
    append_json_string(out, plan.name);
    out += ",\"week\":";
    append_json_string(out, "Week " + std::to_string(week + 1) + (plan.weeks[week].deload ? " (deload)" : ""));
    out += ',';
    append_days(out, plan, week);

    out += ",\"budget\":{\"title\":";
    append_json_string(out, "Budget, " + week_text);
    out += ",\"head\":";
    append_strings(out, {"Muscle", "Hard sets", "Band", "State", "Failure sets"});
    out += ",\"rows\":[";
    const WeekAnalysis& wa = app.analysis().weeks[week];
    for (int m = 0; m < kMuscleCount; ++m) {
        if (m) out += ',';
        append_budget_row(out, muscle_at(m), wa.muscles[m], plan.weeks[week].deload);
    }

    const FindingsCache& cache = findings_cache(app);
    out += "]},\"findings\":{\"title\":\"Findings\",\"summary\":";
    append_json_string(out, cache.summary);
    out += ",\"items\":[";
    for (size_t i = 0; i < cache.groups.size(); ++i) {
        if (i) out += ',';
        append_strings(out, {severity_id(cache.groups[i].first->severity), cache.where[i], cache.messages[i]});
    }
    out += "]}";
    const HistoryTable history = history_table(app);  // while History is open: its figures, a sentence a week
    if (!history.rows.empty()) {
        out += ",\"history\":{\"title\":";
        append_json_string(out, history.title);
        out += ",\"items\":[";
        for (size_t i = 0; i < history.rows.size(); ++i) {
            if (i) out += ',';
            append_json_string(out, history.rows[i]);
        }
        out += "]}";
    }
    return out + "}";
}

void MirrorWatch::after_frame(App& app) {
    const UiState& ui = app.ui();
    const bool history = ui.dialog == Dialog::history;  // History's figures: what it shows, the log's version
    const std::string shown = history ? ui.history_exercise + "/" + std::to_string(ui.history_muscle) + "/" +
                                            std::to_string(app.gym_log().version()) : std::string();
    if (app.generation() == generation_ && app.week() == week_ && shown == history_) return;
    generation_ = app.generation();
    week_ = app.week();
    history_ = shown;
    platform::mirror_changed();
}

}  // namespace failsafe::app
