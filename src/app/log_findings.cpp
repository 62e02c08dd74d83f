// The findings panel's part for the log: what the log says against the plan (the core's
// analyze_log), under its own heading, each with its message and source and, where it has one,
// a fix for the plan (an early deload, a failure set fewer next week) as one undo step.
#include <imgui.h>

#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

namespace {
const LogAnalysis& log_analysis(App& app) { return app.gym_log().analysis(app.plan(), app.analysis(), app.generation()); }
}  // namespace

size_t log_findings_count(App& app) { return log_analysis(app).findings.size(); }

void log_findings(App& app) {
    const LogAnalysis& la = log_analysis(app);
    if (la.findings.empty()) return;
    ImGui::TextUnformatted("From your log");
    app.layout().add_last_item("log-findings");
    ImGui::Separator();
    const float wrap = ImGui::GetContentRegionAvail().x;
    std::optional<Action> fix;
    std::string fix_text;
    for (size_t i = 0; i < la.findings.size(); ++i) {
        const Finding& f = la.findings[i];
        ImGui::PushID(static_cast<int>(i) + 100000);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        dot(theme::severity(f.severity), 4.5f);
        ImGui::SameLine();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap - 20);
        const std::string message = log_finding_message(app.plan(), f);
        ImGui::TextUnformatted(message.c_str());
        ImGui::PopTextWrapPos();
        if (f.fix) {
            const std::string label(log_fix_label(f));
            ImGui::BeginDisabled(app.viewing_shared());
            if (small_button(app, label.c_str())) {
                fix = to_action(*f.fix);
                fix_text = label;
            }
            ImGui::EndDisabled();
            app.layout().add_last_item("log-fix:" + std::to_string(i));
        }
        const ImVec2 bottom = ImGui::GetItemRectMax();
        app.layout().add("log-finding:" + std::to_string(i), Rect{top.x, top.y, wrap, bottom.y - top.y});
        app.layout().set_text("log-finding:" + std::to_string(i), message);
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::TextUnformatted("From the plan");
    ImGui::Separator();
    if (fix) app.dispatch_all({*fix}, fix_text, 0, true);
}

}  // namespace failsafe::app
