// The two layouts: the desktop's three columns, and a phone's tabs (one panel at a time).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "panels.hpp"

namespace failsafe::app {

void draw_desktop(App& app) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float library_w = std::clamp(avail.x * 0.15f, 190.f, 300.f);
    const float budget_w = std::clamp(avail.x * 0.235f, 300.f, 380.f);
    const float center_w = avail.x - library_w - budget_w - 2 * gap;

    draw_library(app, ImVec2(library_w, avail.y));
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    const float strip_top = ImGui::GetCursorPosY();
    draw_week_strip(app, center_w);
    const float board_h = (avail.y - (ImGui::GetCursorPosY() - strip_top)) * 0.6f;
    draw_board(app, ImVec2(center_w, board_h), false);
    const float bottom_h = ImGui::GetContentRegionAvail().y;
    const float fatigue_w = center_w * 0.5f - gap / 2;
    draw_fatigue(app, ImVec2(fatigue_w, bottom_h));
    ImGui::SameLine(0, gap);
    draw_findings(app, ImVec2(center_w - fatigue_w - gap, bottom_h));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    draw_budget(app, ImVec2(budget_w, avail.y));
}

void draw_phone(App& app) {
    static constexpr const char* kTabs[] = {"Plan", "Budget", "Fatigue", "Findings"};
    const float tab_w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4.f;
    for (int i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool active = static_cast<int>(app.ui().phone_tab) == i;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? ImGui::GetStyleColorVec4(ImGuiCol_TabActive) : ImGui::GetStyleColorVec4(ImGuiCol_Tab));
        std::string label = kTabs[i];
        if (i == 3 && !findings_cache(app).groups.empty()) label += " (" + std::to_string(findings_cache(app).groups.size()) + ")";
        if (ImGui::Button((label + "##tab").c_str(), ImVec2(tab_w, 0))) app.ui().phone_tab = static_cast<PhoneTab>(i);
        app.layout().add_last_item(std::string("tab:") + kTabs[i]);
        ImGui::PopStyleColor();
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    switch (app.ui().phone_tab) {
        case PhoneTab::plan: {
            draw_week_strip(app, avail.x);
            const float lib_h = std::min(avail.y * 0.34f, 300.f);
            draw_library(app, ImVec2(avail.x, lib_h));
            draw_board(app, ImVec2(avail.x, ImGui::GetContentRegionAvail().y), true);
            break;
        }
        case PhoneTab::budget: draw_budget(app, avail); break;
        case PhoneTab::fatigue: draw_fatigue(app, avail); break;
        case PhoneTab::findings: draw_findings(app, avail); break;
    }
}

}  // namespace failsafe::app
