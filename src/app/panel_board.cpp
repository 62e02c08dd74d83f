#include <imgui.h>

#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"

namespace failsafe::app {
namespace {
constexpr const char* kDayNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
}

void draw_board(App& app, ImVec2 size) {
    const Plan& plan = app.plan();
    const int week = std::min(app.ui().week, static_cast<int>(plan.weeks.size()) - 1);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float col_w = (size.x - gap * 6) / 7.f;
    for (int d = 0; d < 7; ++d) {
        if (d > 0) ImGui::SameLine(0, gap);
        ImGui::PushID(d);
        ImGui::BeginChild("day", ImVec2(col_w, size.y), true);
        ImGui::TextUnformatted(kDayNames[d]);
        const auto& slots = plan.weeks[week].days[d].slots;
        if (slots.empty()) ImGui::TextDisabled("Rest");
        for (const Slot& s : slots) {
            const Exercise* e = plan.exercise(s.exercise);
            ImGui::TextWrapped("%s", e ? e->name.c_str() : "?");
            ImGui::TextDisabled("%s", slot_summary(s).c_str());
        }
        ImGui::EndChild();
        app.layout().add_last_item("day:" + std::to_string(d));
        ImGui::PopID();
    }
}

}  // namespace failsafe::app
