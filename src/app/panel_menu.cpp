#include <imgui.h>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"

namespace failsafe::app {

void draw_menu_bar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Failsafe");
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", app.plan().name.c_str());
    ImGui::EndMenuBar();
}

}  // namespace failsafe::app
