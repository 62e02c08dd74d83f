// What the app tells the user around the panels: banners that stay until dealt with (a shared
// plan, a failed save, notices) and toasts that go by themselves.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

// Persistent messages above the panels: a shared plan being viewed, a failed save, saved data
// kept aside, a link that could not be opened.
void draw_banners(App& app) {
    auto strip = [&](ImU32 color, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::with_alpha(color, 0x30));
        const float wrap = ImGui::GetContentRegionAvail().x - 16;
        const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + ImGui::GetFrameHeightWithSpacing() + 14;
        ImGui::BeginChild(ImGui::GetID(text.c_str()), ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushTextWrapPos(0.f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
    };
    if (app.viewing_shared()) {
        strip(theme::accent(), "You are viewing a shared plan, \"" + app.plan().name +
                                   "\". It is read-only, so your own plans stay as they were: editing is off. To change it, "
                                   "keep a copy - it becomes one of your plans, in My plans.");
        if (ImGui::Button("Keep a copy")) app.keep_shared_copy();
        app.layout().add_last_item("shared-keep");
        ImGui::SameLine();
        if (ImGui::Button("Back to my plan")) app.close_shared();
        app.layout().add_last_item("shared-close");
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    if (const std::string& error = app.session().save_error(); !error.empty()) {
        strip(theme::over(), "Could not save your plan: " + error + ". It is still open here - export it to keep a copy.");
        if (ImGui::Button("Export JSON...")) {
            app.ui().text = app.plan_json();
            app.open_dialog(Dialog::export_json);
        }
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    std::vector<std::string>& notices = app.session().notices();
    for (size_t i = 0; i < notices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        strip(theme::caution(), notices[i]);
        const bool dismiss = ImGui::Button("Dismiss");
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::PopID();
        if (dismiss) {
            notices.erase(notices.begin() + static_cast<long>(i));
            break;
        }
    }
}

void draw_toasts(App& app) {
    const double now = App::clock();
    app.ui().toasts.erase(std::remove_if(app.ui().toasts.begin(), app.ui().toasts.end(), [now](const Toast& t) { return t.until < now; }),
                     app.ui().toasts.end());
    if (app.ui().toasts.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##toasts", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    for (size_t i = 0; i < app.ui().toasts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted(app.ui().toasts[i].text.c_str());
        if (app.ui().toasts[i].offer_undo && app.can_undo()) {
            ImGui::SameLine();
            if (small_button(app, "Undo")) {
                app.ui().toasts[i].until = 0;  // gone next frame
                app.undo();
            }
            app.layout().add_last_item("toast-undo");
        }
        ImGui::PopID();
    }
    app.layout().add("toasts", Rect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x, ImGui::GetWindowSize().y});
    ImGui::End();
}

}  // namespace failsafe::app
