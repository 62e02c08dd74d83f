// The two layouts: the desktop's three columns, and a phone's tabs (one panel at a time).
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "widgets.hpp"

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
    (app.ui().block_view ? draw_block : draw_fatigue)(app, ImVec2(fatigue_w, bottom_h), true);
    ImGui::SameLine(0, gap);
    draw_findings(app, ImVec2(center_w - fatigue_w - gap, bottom_h));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    draw_budget(app, ImVec2(budget_w, avail.y));
}

void draw_phone(App& app) {
    static constexpr const char* kTabs[] = {"Plan", "Budget", "Fatigue", "Block", "Findings"};
    constexpr int n = static_cast<int>(std::size(kTabs));
    std::string labels[n];
    float used = static_cast<float>(n - 1) * ImGui::GetStyle().ItemSpacing.x;
    for (int i = 0; i < n; ++i) {
        labels[i] = kTabs[i];
        if (static_cast<PhoneTab>(i) == PhoneTab::findings && !findings_cache(app).groups.empty())
            labels[i] += " (" + std::to_string(findings_cache(app).groups.size()) + ")";
        used += button_w(labels[i].c_str());
    }
    // Each tab as wide as its label, and the room left shared out, so that every label shows.
    const float extra = std::max(0.f, (ImGui::GetContentRegionAvail().x - used) / n);
    for (int i = 0; i < n; ++i) {
        if (i > 0) ImGui::SameLine();
        const PhoneTab tab = static_cast<PhoneTab>(i);
        if (tab_button((labels[i] + "##tab").c_str(), app.ui().phone_tab == tab, ImVec2(button_w(labels[i].c_str()) + extra, 0)))
            app.ui().phone_tab = tab;
        app.layout().add_last_item(std::string("tab:") + kTabs[i]);
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
        case PhoneTab::block: draw_block(app, avail); break;
        case PhoneTab::findings: draw_findings(app, avail); break;
    }
}

}  // namespace failsafe::app
