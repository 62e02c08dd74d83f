// The menu bar: the Plan menu, Undo and Redo, Help, and the plan's name and level.
#include <imgui.h>

#include <string>

#include "app.hpp"
#include "failsafe/templates.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

namespace {
void draw_menus(App& app) {
    UiState& ui = app.ui();
    const Plan& plan = app.plan();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Failsafe");
    ImGui::PopStyleColor();
    if (ImGui::BeginMenu("Plan")) {
        TouchRows rows(app);
        if (ImGui::BeginMenu("New")) {
            TouchRows new_rows(app);
            if (ImGui::MenuItem("Empty week")) app.open_plan(Plan{}, "Started a new plan");
            ImGui::Separator();
            for (const auto& t : templates())
                if (ImGui::MenuItem(std::string(t.title).c_str())) app.open_plan(t.plan, "Started: " + std::string(t.title));
            new_rows.end();
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("My plans...")) app.open_dialog(Dialog::my_plans);
        app.layout().add_last_item("menu-my-plans");
        if (ImGui::MenuItem("Share link...")) open_share_dialog(app);
        app.layout().add_last_item("menu-share");
        ImGui::Separator();
        if (ImGui::MenuItem("Rename...")) {
            ui.text = plan.name;
            app.open_dialog(Dialog::rename);
        }
        app.layout().add_last_item("menu-rename");
        if (ImGui::MenuItem("Settings...")) app.open_dialog(Dialog::settings);
        app.layout().add_last_item("menu-settings");
        if (ImGui::MenuItem("Block...")) app.open_dialog(Dialog::block);
        app.layout().add_last_item("menu-block");
        if (ImGui::MenuItem("Budgets...")) app.open_dialog(Dialog::budgets);
        app.layout().add_last_item("menu-budgets");
        if (ImGui::MenuItem("New custom exercise...")) open_custom_exercise(app, -1);
        app.layout().add_last_item("menu-custom");
        ImGui::Separator();
        if (ImGui::MenuItem("Import JSON...")) {
            ui.text.clear();
            app.open_dialog(Dialog::import_json);
        }
        app.layout().add_last_item("menu-import");
        if (ImGui::MenuItem("Export JSON...")) {
            ui.text = app.plan_json();
            app.open_dialog(Dialog::export_json);
        }
        app.layout().add_last_item("menu-export");
        rows.end();
        ImGui::EndMenu();
    }
    app.layout().add_last_item("menu-plan");
    if (ImGui::Button("Undo") && app.can_undo()) app.undo();
    if (ImGui::IsItemHovered() && app.can_undo()) ImGui::SetTooltip("Undo %s (Ctrl+Z)", app.undo_label().c_str());
    app.layout().add_last_item("undo");
    if (ImGui::Button("Redo") && app.can_redo()) app.redo();
    if (ImGui::IsItemHovered() && app.can_redo()) ImGui::SetTooltip("Redo %s (Ctrl+Shift+Z)", app.redo_label().c_str());
    app.layout().add_last_item("redo");
    if (ImGui::BeginMenu("Help")) {
        TouchRows rows(app);
        if (ImGui::MenuItem("Keyboard shortcuts", "?")) app.open_dialog(Dialog::shortcuts);
        app.layout().add_last_item("menu-shortcuts");
        rows.end();
        ImGui::EndMenu();
    }
    app.layout().add_last_item("menu-help");
    const float room = ImGui::GetContentRegionAvail().x;
    if (room > 200) {
        ImGui::TextDisabled("%s", plan.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", std::string(level_id(plan.level)).c_str());
    }
}
}  // namespace

void draw_menu_bar(App& app) {
    // Touch-sized once a finger is used: the bar by its frame padding, the menus' rows by their spacing.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, menu_bar_padding(app)));
    TouchRows rows(app, false);
    if (ImGui::BeginMenuBar()) {
        draw_menus(app);
        ImGui::EndMenuBar();
    }
    rows.end();
    ImGui::PopStyleVar();
}

}  // namespace failsafe::app
