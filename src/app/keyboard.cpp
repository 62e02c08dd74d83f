// Keyboard use beyond ImGui's own navigation (arrows, Enter, Space, Escape): Tab and Shift+Tab
// move between the panels, and the shortcuts dialog says what each key does.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "panels.hpp"

namespace failsafe::app {

void keyboard_panel(App& app) { app.note_panel(ImGui::GetCurrentWindow()); }

void App::focus_next_panel() {
    const int step = focus_step_;
    focus_step_ = 0;
    const int n = static_cast<int>(panel_count_);
    if (step == 0 || n == 0) return;
    int at = -1;  // the panel holding the keyboard's focus, if any
    for (ImGuiWindow* w = ImGui::GetCurrentContext()->NavWindow; w && at < 0; w = w->ParentWindow)
        if (auto it = std::find(panels_, panels_ + n, w); it != panels_ + n) at = static_cast<int>(it - panels_);
    // The next panel with something to focus (items drawn last frame); the main window, first, always has.
    int next = at < 0 ? (step > 0 ? 0 : n - 1) : (at + step + n) % n;
    for (int k = 0; k < n && next != 0 && !(panels_[next]->DC.NavLayersActiveMaskNext & 1); ++k) next = (next + step + n) % n;
    ImGuiWindow* window = panels_[next];
    ImGui::ClearActiveID();  // a text field being typed in lets go
    ImGui::FocusWindow(window);
    ImGui::NavInitWindow(window, true);
    ImGuiContext& g = *ImGui::GetCurrentContext();
    g.NavDisableHighlight = false;  // the focus ring shows at once
    g.NavDisableMouseHover = true;
}

void App::note_focus() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavWindow || !g.NavId || g.NavDisableHighlight) return;
    const ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
    layout_.add("nav-focus", Rect{r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()});
}

void shortcuts_dialog(App& app) {
    if (!begin_modal(app, "Keyboard shortcuts")) return;
    static constexpr const char* kKeys[][2] = {
        {"Tab, Shift+Tab", "Next or previous panel"},
        {"Arrow keys", "Move between buttons, days, exercises and lists"},
        {"Enter, Space", "Press the button; open an exercise's \"Add to\" days, a slot's editor, a list"},
        {"Escape", "Close a menu or dialog; leave a list"},
        {"Alt", "Go to the menu bar"},
        {"Delete", "Remove the selected slot"},
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
        {"?", "These shortcuts"},
    };
    ImGui::TextDisabled("An exercise into a day: Tab to the exercises, arrows to one, Enter, then a day and Enter.");
    float key_w = 0;  // two columns: the keys, then what they do
    for (const auto& [key, what] : kKeys) key_w = std::max(key_w, ImGui::CalcTextSize(key).x);
    ImGui::BeginGroup();
    for (const auto& [key, what] : kKeys) {
        ImGui::TextUnformatted(key);
        ImGui::SameLine(key_w + ImGui::GetStyle().ItemSpacing.x * 3);
        ImGui::TextUnformatted(what);
    }
    ImGui::EndGroup();
    app.layout().add_last_item("shortcuts");
    end_modal(app, close_button(app));
}

}  // namespace failsafe::app
