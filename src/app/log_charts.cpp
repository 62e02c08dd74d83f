// History: the log week by week, as charts (ImDrawList), per exercise or per muscle. An exercise:
// its sets a week, the failure sets striped, and its best set a week (the estimated one-rep max
// as a line when loads were logged, else the best set's reps). A muscle: its logged hard sets a
// week against the band, and its failure sets against the failure budget, each bar in its
// state's colour with the state's glyph. A week stepper (or a tap on a week) picks the week whose
// figures show as text under the charts. Every figure comes from the core's log_history.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

struct Column {
    float value = -1;      // the bar's height or the line's point; < 0: nothing that week
    float part = 0;        // a bar's striped lower part (failure sets)
    float lo = 0, hi = 0;  // the band behind a bar; lo == hi > 0: a limit line
    int state = -1;        // a Band: the bar in its state's colour, its glyph in the label; -1: none
    char label[24] = "";   // over the bar or the point
};

struct Chart {
    char title[64] = "";  // what the axis shows, with its unit
    bool line = false;
    Column columns[limits::kMaxWeeks];  // a week each, from View::first
};

struct View {
    const char* empty = nullptr;  // what to do when there is little or nothing to chart
    int first = 0, n = 0;         // the weeks shown: n from the first
    Chart charts[2];
    std::string weeks[limits::kMaxWeeks];  // a column's figures as text; empty when nothing was logged that week
};

View exercise_view(const ExerciseHistory& x, const char* unit) {
    View v;
    v.first = x.weeks.front().week;
    v.n = x.weeks.back().week - v.first + 1;
    bool loads = false;
    for (const ExerciseWeek& w : x.weeks) loads |= w.best_1rm > 0;
    ImFormatString(v.charts[0].title, 64, "Sets a week (striped: to failure)");
    ImFormatString(v.charts[1].title, 64, loads ? "Estimated 1RM of the best set, %s" : "Reps of the best set (no loads logged)", unit);
    v.charts[1].line = true;
    for (const ExerciseWeek& w : x.weeks) {
        const int i = w.week - v.first;
        Column& sets = v.charts[0].columns[i];
        sets.value = static_cast<float>(w.sets);
        sets.part = static_cast<float>(w.failure_sets);
        ImFormatString(sets.label, 24, w.failure_sets ? "%d \u00b7 %dF" : "%d", w.sets, w.failure_sets);
        Column& best = v.charts[1].columns[i];
        best.value = loads ? (w.best_1rm > 0 ? w.best_1rm : -1.f) : static_cast<float>(w.best.reps);
        if (best.value >= 0) ImFormatString(best.label, 24, "%s", sets_text(best.value).c_str());
        char load[48] = "", rir[24] = "to failure", rm[64] = "";
        if (w.best.load) ImFormatString(load, 48, " x %g %s", static_cast<double>(*w.best.load), unit);
        if (!w.best.failure()) ImFormatString(rir, 24, "%d in reserve", w.best.rir);
        if (w.best_1rm > 0) ImFormatString(rm, 64, ": estimated 1RM %s %s", sets_text(w.best_1rm).c_str(), unit);
        char text[240];
        ImFormatString(text, sizeof text, "Week %d: %d set%s, %d to failure. Best set: %d rep%s%s, %s%s.", w.week + 1, w.sets,
                       w.sets == 1 ? "" : "s", w.failure_sets, w.best.reps, w.best.reps == 1 ? "" : "s", load, rir, rm);
        v.weeks[i] = text;
    }
    return v;
}

View muscle_view(App& app, const LogHistory& h, int m) {
    View v;
    int last = -1;
    for (int w = static_cast<int>(h.muscles.size()) - 1; w >= 0; --w)
        if (h.muscles[static_cast<size_t>(w)].muscles[m].hard_sets > 0) v.first = w, last = last < 0 ? w : last;
    if (last < 0) return v;
    ImFormatString(v.charts[0].title, 64, "Logged hard sets a week against the band (shaded)");
    ImFormatString(v.charts[1].title, 64, "Failure sets a week against the failure budget (line)");
    const Analysis& a = app.analysis();
    for (int w = v.first; w <= last; ++w) {
        const LoggedMuscleWeek& lw = h.muscles[static_cast<size_t>(w)].muscles[m];
        const bool planned = w < static_cast<int>(a.weeks.size());
        MuscleWeek mw;  // the logged sets against the plan's band; they are not graded, so they stand for the stimulus too
        mw.hard_sets = mw.stimulus = lw.hard_sets;
        mw.budget = planned ? a.weeks[static_cast<size_t>(w)].muscles[m].budget : effective_budget(app.plan(), muscle_at(m));
        const Band state = volume_band(mw, planned && app.plan().weeks[static_cast<size_t>(w)].deload);
        const Band fail = band_of(lw.failure_sets, 0.f, lw.budget);
        const std::string hard = sets_text(lw.hard_sets), failures = sets_text(lw.failure_sets);
        Column c[2] = {{lw.hard_sets, 0, mw.budget.low, mw.budget.high, static_cast<int>(state)}, {lw.failure_sets, 0, lw.budget, lw.budget, static_cast<int>(fail)}};
        ImFormatString(c[0].label, 24, "%s%s", hard.c_str(), theme::band_glyph(state));
        ImFormatString(c[1].label, 24, "%s%s", failures.c_str(), theme::band_glyph(fail));
        for (int k = 0; k < 2; ++k) v.charts[k].columns[w - v.first] = c[k];
        char text[240];
        ImFormatString(text, sizeof text, "Week %d: %s hard set%s, %s (band %s-%s); %s of %s failure sets%s.", w + 1, hard.c_str(),
                       nearly_equal(lw.hard_sets, 1.f) ? "" : "s",
                       std::string(band_label(state)).c_str(), sets_text(mw.budget.low).c_str(), sets_text(mw.budget.high).c_str(),
                       failures.c_str(), sets_text(lw.budget).c_str(), fail == Band::over ? ", over" : "");
        v.weeks[v.n++] = text;
    }
    return v;
}

// The exercise or muscle picked (the first exercise until one is), as a view; `name`: what it is called.
View current_view(App& app, const LogHistory& h, std::string* name) {
    UiState& ui = app.ui();
    const ExerciseHistory* x = h.exercises.empty() || ui.history_muscle >= 0 ? nullptr : &h.exercises.front();
    for (const ExerciseHistory& e : h.exercises)
        if (e.exercise == ui.history_exercise) x = &e;
    View v;
    if (x) {
        *name = x->info ? x->info->name : x->exercise;
        v = exercise_view(*x, std::string(unit_id(app.gym_log().log().unit)).c_str());
    } else if (ui.history_muscle >= 0) {
        *name = muscle_label(muscle_at(ui.history_muscle));
        v = muscle_view(app, h, ui.history_muscle);
    }
    if (h.exercises.empty()) v.empty = "Nothing logged yet. Log sets on Today (one tap a set): each week then shows here.";
    else if (v.n == 1) v.empty = "One week logged so far: the trend shows from the next week on.";
    return v;
}

LogHistory history(App& app) { return log_history(app.plan(), app.analysis(), app.gym_log().log()); }

// About four steps from 0 (bars) or around the values (a line) to the top.
struct Scale {
    float lo = 0, hi = 1, step = 1;
    float y(float v, float top, float bottom) const { return bottom - (v - lo) / (hi - lo) * (bottom - top); }
};
Scale scale_of(const Chart& c) {
    float lo = 1e9f, hi = 0;
    for (const Column& col : c.columns)  // the weeks not shown have none
        if (col.value >= 0) lo = std::min(lo, col.value), hi = std::max({hi, col.value, col.hi});
    if (!c.line) lo = 0;
    Scale s;  // a step of 1, 2 or 5 times a power of ten
    for (float p = 1, raw = (hi - lo) / 4.f; s.step < raw; p *= 10)
        for (float m : {1.f, 2.f, 5.f})
            if (s.step < raw) s.step = m * p;
    s.lo = std::max(0.f, std::floor(lo / s.step) * s.step - (c.line ? s.step : 0));
    s.hi = std::floor(hi / s.step) * s.step + s.step;
    return s;
}

// One chart, `size` in all: the title, the y axis's values, a column a week with its label when
// it fits (always on the picked week), the weeks under them. A column is a button that picks its week.
void chart(App& app, const Chart& c, int first, int n, int index, ImVec2 size) {
    UiState& ui = app.ui();
    ImGui::TextDisabled("%s", c.title);
    const Scale s = scale_of(c);
    const float line = ImGui::GetTextLineHeight(), axis_w = ImGui::CalcTextSize(sets_text(s.hi).c_str()).x;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float left = o.x + axis_w + 6, right = o.x + size.x, top = o.y + line + 4, bottom = o.y + size.y - line - 4;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(left, o.y), ImVec2(right, bottom), theme::plot());
    for (float v = s.lo; v <= s.hi + s.step / 2; v += s.step) {
        const float y = s.y(v, top, bottom);
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), theme::grid());
        const std::string t = sets_text(v);
        dl->AddText(ImVec2(left - 4 - ImGui::CalcTextSize(t.c_str()).x, y - line / 2), theme::muted(), t.c_str());
    }
    const float cw = (right - left) / static_cast<float>(n), bar = std::min(cw * 0.6f, 48.f);
    const int every = static_cast<int>(std::ceil((ImGui::CalcTextSize("W16").x + 6) / cw));
    std::string said;
    ImVec2 before(0, -1);
    for (int i = 0; i < n; ++i) {
        const Column& col = c.columns[i];
        const int week = first + i;
        const float x0 = left + cw * static_cast<float>(i), mid = x0 + cw / 2;
        const bool picked = week == ui.history_week;
        ImGui::SetCursorScreenPos(ImVec2(x0, o.y));
        ImGui::PushID(index * 1000 + i);
        if (ImGui::InvisibleButton("week", ImVec2(cw, size.y)) && !app.touch_scrolled()) ui.history_week = week;
        ImGui::PopID();
        if (picked) dl->AddRectFilled(ImVec2(x0, o.y), ImVec2(x0 + cw, bottom), theme::with_alpha(theme::accent(), 0x30));
        if (ImGui::IsItemHovered() && col.value >= 0 && !app.touch().finger_seen()) ImGui::SetTooltip("Week %d: %s", week + 1, col.label);
        char w[8];
        ImFormatString(w, 8, "W%d", week + 1);
        if (i % every == 0 || picked)
            dl->AddText(ImVec2(mid - ImGui::CalcTextSize(w).x / 2, bottom + 2), picked ? theme::accent() : theme::muted(), w);
        const float y_hi = s.y(col.hi, top, bottom);
        if (col.lo < col.hi) dl->AddRectFilled(ImVec2(x0 + 1, y_hi), ImVec2(x0 + cw - 1, s.y(col.lo, top, bottom)), theme::band_fill());
        else if (col.hi > 0) dl->AddLine(ImVec2(x0 + 1, y_hi), ImVec2(x0 + cw - 1, y_hi), theme::marker(), 2.f);
        if (col.value < 0) continue;
        const float y = s.y(col.value, top, bottom);
        const ImU32 color = col.state >= 0 ? theme::band(static_cast<Band>(col.state)) : theme::accent();
        if (c.line) {
            if (before.y >= 0) dl->AddLine(before, ImVec2(mid, y), color, 2.f);
            dl->AddCircleFilled(ImVec2(mid, y), 4.f, color);
            before = ImVec2(mid, y);
        } else {
            dl->AddRectFilled(ImVec2(mid - bar / 2, y), ImVec2(mid + bar / 2, bottom), color);
            const ImVec2 a(mid - bar / 2, s.y(col.part, top, bottom)), b(mid + bar / 2, bottom);
            dl->AddRectFilled(a, b, theme::failure_text());  // the failure sets, striped
            dl->PushClipRect(a, b, true);
            for (float x = a.x - (b.y - a.y); x < b.x; x += 6) dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), theme::plot(), 2.f);
            dl->PopClipRect();
        }
        const float tw = ImGui::CalcTextSize(col.label).x;
        if (tw <= cw || picked)
            dl->AddText(ImVec2(std::clamp(mid - tw / 2, left, right - tw), y - line - 2), picked ? ImGui::GetColorU32(ImGuiCol_Text) : theme::muted(),
                        col.label);
        said += (said.empty() ? "" : "; ") + std::string(w) + " " + col.label;
    }
    ImGui::SetCursorScreenPos(o);
    ImGui::Dummy(size);
    const std::string probe = "history-chart:" + std::to_string(index);
    app.layout().add_last_item(probe);
    app.layout().set_text(probe, said);
}

// The exercises in the log, then the muscles it trained.
void picker(App& app, const LogHistory& h, const std::string& name) {
    UiState& ui = app.ui();
    TouchFrame frame(app);
    ImGui::SetNextItemWidth(std::min(320.f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##history-pick", name.c_str(), ImGuiComboFlags_HeightLarge)) {
        TouchRows rows(app);
        ImGui::TextDisabled("Exercises");
        for (const ExerciseHistory& x : h.exercises)
            if (ImGui::Selectable((x.info ? x.info->name : x.exercise).c_str(), x.exercise == ui.history_exercise))
                ui.history_exercise = x.exercise, ui.history_muscle = ui.history_week = -1;
            else app.layout().add_last_item("history-pick:" + x.exercise);
        ImGui::TextDisabled("Muscles");
        for (int m = 0; m < kMuscleCount; ++m) {
            bool logged = false;
            for (const LogWeek& w : h.muscles) logged |= w.muscles[m].hard_sets > 0;
            ImGui::PushID(m);
            if (logged && ImGui::Selectable(std::string(muscle_label(muscle_at(m))).c_str(), m == ui.history_muscle))
                ui.history_exercise.clear(), ui.history_muscle = m, ui.history_week = -1;
            else if (logged) app.layout().add_last_item("history-pick:" + std::string(muscle_id(muscle_at(m))));
            ImGui::PopID();
        }
        rows.end();
        ImGui::EndCombo();
    }
    app.layout().add_last_item("history-pick");
}

}  // namespace

void open_history(App& app) {
    app.ui().history_week = -1;
    app.open_dialog(Dialog::history);
}

HistoryTable history_table(App& app) {
    HistoryTable t;
    if (app.ui().dialog != Dialog::history) return t;
    View v = current_view(app, history(app), &t.title);
    t.title = "History: " + t.title;
    for (int i = 0; i < v.n; ++i)
        if (!v.weeks[i].empty()) t.rows.push_back(std::move(v.weeks[i]));
    if (v.empty) t.rows.emplace_back(v.empty);
    return t;
}

void history_dialog(App& app) {
    if (!begin_modal(app, "History")) return;
    UiState& ui = app.ui();
    const LogHistory h = history(app);
    std::string name;
    const View v = current_view(app, h, &name);
    const float w = text_box_width();
    if (!h.exercises.empty()) picker(app, h, name);
    if (v.empty) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
        ImGui::TextDisabled("%s", v.empty);
        ImGui::PopTextWrapPos();
        app.layout().add_last_item("history-empty");
    }
    const int n = v.n;
    if (n > 0) {
        const int last = v.first + n - 1;
        if (ui.history_week < v.first || ui.history_week > last) ui.history_week = last;
        const float chart_h = std::clamp((ImGui::GetMainViewport()->WorkSize.y - 420) / 2, 110.f, 190.f);
        for (int i = 0; i < 2; ++i) chart(app, v.charts[i], v.first, n, i, ImVec2(w, chart_h));
        int week = ui.history_week;
        char label[16];
        ImFormatString(label, 16, "Week %d", week + 1);
        if (step_int(app, "history-week", &week, v.first, last, label, stepper_width(app, "Week 16"))) ui.history_week = week;
        const std::string& text = v.weeks[ui.history_week - v.first];
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
        ImGui::TextUnformatted(text.empty() ? "Nothing logged that week." : text.c_str());
        ImGui::PopTextWrapPos();
        app.layout().add_last_item("history-detail");
        app.layout().set_text("history-detail", text);
    }
    const bool close = close_button(app);
    end_modal(app, close);
}

}  // namespace failsafe::app
