// The budget panel: every muscle's weekly hard sets against its band, failure sets against
// the failure budget, and peak fatigue. While a drag hovers a day it shows the result of the
// drop (changes outlined, with the delta), before the user lets go.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

void draw_budget(App& app, ImVec2 size) {
    const Analysis& now = app.analysis();
    const Analysis* preview = app.preview();
    const int week = app.week();
    ImGui::BeginChild("budget", size, true);
    keyboard_panel(app);
    ImGui::TextUnformatted("Budget");
    ImGui::SameLine();
    ImGui::TextDisabled("week %d%s", week + 1, app.plan().weeks[week].deload ? " (deload)" : "");
    if (preview) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
        ImGui::TextUnformatted("preview: drop to apply");
        ImGui::PopStyleColor();
        app.layout().add_last_item("budget-preview");
    }
    const float w = ImGui::GetContentRegionAvail().x;
    const float label_w = std::min(90.f, w * 0.3f);
    const float fail_w = 48.f, fatigue_w = 40.f, sets_w = 98.f;  // sets_w: "12.5= 10.4+3"
    const float bar_w = std::max(40.f, w - label_w - fail_w - fatigue_w - sets_w - 8.f);
    ImGui::SetCursorPosX(label_w);
    ImGui::TextDisabled("hard sets, graded");
    ImGui::SameLine(label_w + bar_w + sets_w);
    ImGui::TextDisabled("fail");
    ImGui::SameLine(label_w + bar_w + sets_w + fail_w);
    ImGui::TextDisabled("peak");

    const WeekAnalysis& cur = now.weeks[week];
    float scale = 10.f;
    for (int m = 0; m < kMuscleCount; ++m) {
        scale = std::max({scale, cur.muscles[m].budget.high * 1.2f, cur.muscles[m].hard_sets * 1.05f});
        if (preview) scale = std::max(scale, preview->weeks[week].muscles[m].hard_sets * 1.05f);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 5));
    for (int m = 0; m < kMuscleCount; ++m) {
        const MuscleWeek& mw = cur.muscles[m];
        const MuscleWeek* pv = preview ? &preview->weeks[week].muscles[m] : nullptr;
        const float hard = pv ? pv->hard_sets : mw.hard_sets;
        const float fail = pv ? pv->failure_sets : mw.failure_sets;
        const float peak = pv ? pv->fatigue_peak : mw.fatigue_peak;
        const bool hard_changed = pv && !nearly_equal(pv->hard_sets, mw.hard_sets);
        const bool changed = hard_changed || (pv && !nearly_equal(pv->failure_sets, mw.failure_sets));
        ImGui::PushID(m);
        const ImVec2 row = ImGui::GetCursorScreenPos();
        if (changed)
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(row.x - 4, row.y - 2), ImVec2(row.x + w + 4, row.y + ImGui::GetTextLineHeight() + 2),
                                                      theme::with_alpha(theme::accent(), 0x28), 4.f);
        ImGui::TextUnformatted(std::string(muscle_label(muscle_at(m))).c_str());
        ImGui::SameLine(label_w);
        band_bar(ImVec2(bar_w, ImGui::GetTextLineHeight()), mw, pv, scale);
        {  // the bar's value part, drawn in its state's colour
            const ImVec2 b0 = ImGui::GetItemRectMin(), b1 = ImGui::GetItemRectMax();
            const float len = std::clamp(hard / scale, 0.f, 1.f) * (b1.x - b0.x), mid = (b0.y + b1.y) * 0.5f;
            app.layout().add("bar:" + std::string(muscle_id(muscle_at(m))), Rect{b0.x, mid - 2, len, 4});
        }
        const MuscleWeek& shown = pv ? *pv : mw;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s: %s hard sets a week, %s graded by closeness to failure and reps (band %s-%s,\n"
                              "for %d sessions a week)\n%s failure sets (budget %s)\npeak fatigue %.0f%%",
                              std::string(muscle_label(muscle_at(m))).c_str(), sets_text(hard).c_str(), sets_text(shown.stimulus).c_str(),
                              sets_text(mw.budget.low).c_str(), sets_text(mw.budget.high).c_str(), shown.sessions, sets_text(fail).c_str(),
                              sets_text(mw.budget.failure).c_str(), static_cast<double>(peak * 100));
        ImGui::SameLine();
        const Band state = volume_band(shown, app.plan().weeks[week].deload);
        ImGui::PushStyleColor(ImGuiCol_Text, theme::band(state));
        const std::string hard_text = sets_text(hard) + theme::band_glyph(state);  // the glyph: the state without its colour
        ImGui::TextUnformatted(hard_text.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine(0, 3);
        ImGui::TextDisabled("%s", sets_text(shown.stimulus).c_str());  // the graded stimulus, beside the hard sets
        if (hard_changed) {
            ImGui::SameLine(0, 2);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
            ImGui::Text("%+.3g", static_cast<double>(pv->hard_sets - mw.hard_sets));
            ImGui::PopStyleColor();
        }
        ImGui::SameLine(label_w + bar_w + sets_w);
        ImGui::PushStyleColor(ImGuiCol_Text, exceeds(fail, mw.budget.failure) ? theme::over() : (fail > 0 ? theme::caution() : theme::muted()));
        ImGui::Text("%s/%s", sets_text(fail).c_str(), sets_text(mw.budget.failure).c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine(label_w + bar_w + sets_w + fail_w);
        ImGui::PushStyleColor(ImGuiCol_Text, exceeds(peak, 1.f) ? theme::over() : (peak > 0.7f ? theme::caution() : theme::muted()));
        ImGui::Text("%.0f%%", static_cast<double>(peak * 100));
        ImGui::PopStyleColor();
        const ImVec2 end = ImGui::GetItemRectMax();
        const std::string probe = "budget:" + std::string(muscle_id(muscle_at(m)));
        app.layout().add(probe, Rect{row.x, row.y, w, end.y - row.y});
        app.layout().set_text(probe, hard_text);  // the sets and the state's glyph
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    const WeekAnalysis* pw = preview ? &preview->weeks[week] : nullptr;
    const float sys = pw ? pw->systemic_peak : cur.systemic_peak;
    ImGui::Spacing();
    ImGui::TextUnformatted("Systemic");
    ImGui::SameLine(label_w);
    ImGui::ProgressBar(std::min(sys, 1.f), ImVec2(bar_w, ImGui::GetTextLineHeight()), "");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, exceeds(sys, 1.f) ? theme::over() : theme::muted());
    ImGui::Text("%.0f%% of capacity", static_cast<double>(sys * 100));
    ImGui::PopStyleColor();
    app.layout().add_last_item("budget:systemic");
    ImGui::Spacing();
    const ImVec2 left = ImGui::GetContentRegionAvail();
    if (left.y > 150) draw_body_map(app, left);
    ImGui::EndChild();
}

void draw_budget_strip(App& app, float width) {
    const int week = app.week();
    const WeekAnalysis& wa = app.analysis().weeks[week];
    const bool deload = app.plan().weeks[week].deload;
    // The muscles trained this week, the worst state first: over, then under, then in range.
    int trained[kMuscleCount], n = 0;
    for (Band state : {Band::over, Band::under, Band::in_range})
        for (int m = 0; m < kMuscleCount; ++m)
            if (wa.muscles[m].hard_sets > 0 && volume_band(wa.muscles[m], deload) == state) trained[n++] = m;

    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(touch_height(app), ImGui::GetFrameHeight());
    if (ImGui::InvisibleButton("budget-strip", ImVec2(width, h)) && !app.touch_scrolled()) app.ui().phone_tab = PhoneTab::budget;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("This week's budget: tap for every muscle");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
    const float pad = ImGui::GetStyle().FramePadding.x, y = p.y + (h - ImGui::GetTextLineHeight()) * 0.5f;
    const float right = p.x + width - pad - ImGui::CalcTextSize("+99 >").x;
    float x = p.x + pad;
    std::string said;  // what the strip shows, for the layout probe
    const auto put = [&](const std::string& text, ImU32 color) {
        dl->AddText(ImVec2(x, y), color, text.c_str());
        x += ImGui::CalcTextSize(text.c_str()).x + 8;
        said += (said.empty() ? "" : " ") + text;
    };
    if (n == 0) put("Budget: no hard sets this week", theme::muted());
    int i = 0;
    for (; i < n; ++i) {
        const MuscleWeek& mw = wa.muscles[trained[i]];
        const Band state = volume_band(mw, deload);
        const std::string text = std::string(muscle_label(muscle_at(trained[i]))) + " " + sets_text(mw.hard_sets) + theme::band_glyph(state);
        if (x + ImGui::CalcTextSize(text.c_str()).x > right) break;
        put(text, theme::band(state));
    }
    if (i < n) put("+" + std::to_string(n - i), theme::muted());
    if (n > 0) put(">", theme::muted());
    app.layout().add_last_item("budget-strip");
    app.layout().set_text("budget-strip", said);
}

}  // namespace failsafe::app
