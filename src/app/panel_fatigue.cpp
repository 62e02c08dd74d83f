// The fatigue view: one muscle's local fatigue (or the systemic curve) across the week or the
// whole mesocycle, with session starts marked and the capacity line. Values come from the
// core (fatigue_at / systemic_at); this file only draws them.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

void draw_fatigue(App& app, ImVec2 size, bool switchable) {
    const Analysis& a = app.analysis();
    UiState& ui = app.ui();
    ImGui::BeginChild("fatigue", size, true);
    keyboard_panel(app);
    if (switchable) view_switch(app);
    else ImGui::TextUnformatted("Fatigue");
    ImGui::SameLine();
    const bool systemic = ui.fatigue_muscle >= kMuscleCount;
    ImGui::SetNextItemWidth(std::min(130.f, ImGui::GetContentRegionAvail().x * 0.4f));
    touch_combo_list(app, kMuscleCount + 1);
    if (TouchFrame frame(app); ImGui::BeginCombo("##muscle", systemic ? "Systemic" : std::string(muscle_label(muscle_at(ui.fatigue_muscle))).c_str())) {
        TouchRows rows(app);
        for (int m = 0; m <= kMuscleCount; ++m) {
            const char* label = m == kMuscleCount ? "Systemic" : nullptr;
            std::string name = label ? label : std::string(muscle_label(muscle_at(m)));
            if (ImGui::Selectable(name.c_str(), ui.fatigue_muscle == m)) ui.fatigue_muscle = m;
        }
        rows.end();
        ImGui::EndCombo();
    }
    app.layout().add_last_item("fatigue-muscle");
    ImGui::SameLine();
    checkbox(app, "All weeks", &ui.fatigue_all_weeks);
    app.layout().add_last_item("fatigue-all-weeks");

    const int weeks = static_cast<int>(a.weeks.size());
    const int first_day = ui.fatigue_all_weeks ? 0 : app.week() * 7;
    const int days = ui.fatigue_all_weeks ? weeks * 7 : 7;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float label_h = ImGui::GetTextLineHeight() + 4;
    const ImVec2 plot(std::max(avail.x, 50.f), std::max(avail.y - label_h, 40.f));
    ImGui::InvisibleButton("plot", ImVec2(plot.x, plot.y + label_h));
    app.layout().add_last_item("fatigue-plot");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + plot.x, p0.y + plot.y), theme::plot(), 4.f);

    const Muscle m = systemic ? Muscle::chest : muscle_at(ui.fatigue_muscle);
    auto value = [&](float hour) { return systemic ? systemic_at(a, hour) : fatigue_at(a, m, hour); };
    // Vertical range: capacity (1.0) and a little headroom, more when a peak exceeds it.
    float top = 1.2f;
    for (int d = first_day; d < first_day + days; ++d)
        top = std::max(top, 1.05f * (systemic ? a.days[d].systemic_after : a.days[d].after[index(m)]));
    const float hours = static_cast<float>(days) * 24.f;
    auto X = [&](float hour) { return p0.x + (hour - first_day * 24.f) / hours * plot.x; };
    auto Y = [&](float v) { return p0.y + plot.y - std::clamp(v / top, 0.f, 1.f) * (plot.y - 4); };

    // day grid and labels
    for (int d = 0; d <= days; ++d) {
        const float x = X((first_day + d) * 24.f);
        const bool week_edge = (first_day + d) % 7 == 0;
        dl->AddLine(ImVec2(x, p0.y), ImVec2(x, p0.y + plot.y), week_edge ? theme::grid_strong() : theme::grid());
        if (d < days && (days <= 14 || (first_day + d) % 7 == 0)) {
            const std::string w = days <= 14 ? std::string(day_short((first_day + d) % 7)) : "W" + std::to_string((first_day + d) / 7 + 1);
            dl->AddText(ImVec2(x + 3, p0.y + plot.y + 2), theme::muted(), w.c_str());
        }
    }
    // capacity line
    const float cap_y = Y(1.f);
    for (float x = p0.x; x < p0.x + plot.x; x += 10) dl->AddLine(ImVec2(x, cap_y), ImVec2(std::min(x + 5, p0.x + plot.x), cap_y), theme::over(), 1.5f);
    dl->AddText(ImVec2(p0.x + 4, cap_y - label_h), theme::over(), "capacity");
    // the curve: sampled between sessions, with the jump at each session
    const int steps_per_day = days <= 14 ? 24 : 6;
    std::vector<ImVec2> pts;
    pts.reserve(static_cast<size_t>(days * (steps_per_day + 2)));
    for (int d = first_day; d < first_day + days; ++d) {
        for (int s = 0; s < steps_per_day; ++s) {
            const float hour = d * 24.f + 24.f * s / steps_per_day;
            if (hour > d * 24.f + model::kSessionHour && s > 0 && 24.f * (s - 1) / steps_per_day < model::kSessionHour) {
                const float start = systemic ? a.days[d].systemic_start : a.days[d].start[index(m)];
                pts.push_back(ImVec2(X(d * 24.f + model::kSessionHour), Y(start)));
            }
            pts.push_back(ImVec2(X(hour), Y(value(hour))));
        }
    }
    pts.push_back(ImVec2(X((first_day + days) * 24.f), Y(value((first_day + days) * 24.f))));
    const ImU32 line = systemic ? theme::systemic() : theme::accent();
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), line, 0, 2.f);
    // session starts: a dot at the fatigue each session starts with
    for (int d = first_day; d < first_day + days; ++d) {
        const DayFatigue& df = a.days[d];
        const bool trained = systemic ? exceeds(df.systemic_after, df.systemic_start) : (df.trained >> index(m)) & 1u;
        if (!trained) continue;
        const float x = X(d * 24.f + model::kSessionHour);
        dl->AddCircleFilled(ImVec2(x, Y(systemic ? df.systemic_start : df.start[index(m)])), 3.5f, theme::marker());
    }
    if (ImGui::IsItemHovered()) {
        const float hour = first_day * 24.f + (ImGui::GetIO().MousePos.x - p0.x) / plot.x * hours;
        const int d = std::clamp(static_cast<int>(hour / 24.f), 0, weeks * 7 - 1);
        ImGui::SetTooltip("Week %d %s %02d:00\n%s fatigue %.0f%% of capacity", d / 7 + 1, std::string(day_short(d % 7)).c_str(),
                          static_cast<int>(std::fmod(hour, 24.f)), systemic ? "systemic" : std::string(muscle_label(m)).c_str(),
                          static_cast<double>(value(hour) * 100));
    }
    ImGui::EndChild();
}

}  // namespace failsafe::app
