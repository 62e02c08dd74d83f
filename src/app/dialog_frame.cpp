#include "dialog_frame.hpp"

#include <imgui.h>

#include <algorithm>

#include "app.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

std::string json_filename(const Plan& plan) {
    const std::string name = slugify(plan.name, limits::kMaxNameLength);  // as long as the name allows
    return (name.empty() ? "plan" : name) + ".failsafe.json";
}

// Begins the modal for the current dialog; returns false when it is not showing.

bool begin_modal(App& app, const char* title) {
    UiState& ui = app.ui();
    if (!ui.dialog_opened) {
        ImGui::OpenPopup(title);
        ui.dialog_opened = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x / 2, vp->WorkPos.y + vp->WorkSize.y / 2), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(320.f, vp->WorkSize.x - 20), 0),
                                        ImVec2(vp->WorkSize.x - 20, vp->WorkSize.y - 40));
    bool open = true;
    if (!ImGui::BeginPopupModal(title, &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        app.close_dialog();
        return false;
    }
    if (ImGui::IsWindowFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {  // Escape: as its close box
        end_modal(app, true);
        return false;
    }
    return true;
}

void end_modal(App& app, bool close) {
    if (close) {
        ImGui::CloseCurrentPopup();
        app.close_dialog();
    }
    ImGui::EndPopup();
}

bool close_button(App& app, const char* label) {
    const bool pressed = ImGui::Button(label, touch_size(app, label));  // finger-sized once a finger is used
    app.layout().add_last_item("dialog-close");
    return pressed;
}

float text_box_width() { return std::min(560.f, ImGui::GetMainViewport()->WorkSize.x - 60); }

void dialog_error(App& app, const std::string& error, float width, const char* probe) {
    if (error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, theme::over());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (probe) app.layout().add_last_item(probe);
}

}  // namespace failsafe::app
