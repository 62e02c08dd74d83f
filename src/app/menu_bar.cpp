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
        const bool editable = !app.viewing_shared();  // a shared plan is read-only: its edits are greyed
        TouchRows rows(app);
        if (ImGui::BeginMenu("New", editable)) {
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
        if (ImGui::MenuItem("Rename...", nullptr, false, editable)) {
            ui.text = plan.name;
            app.open_dialog(Dialog::rename);
        }
        app.layout().add_last_item("menu-rename");
        if (ImGui::MenuItem("Settings...", nullptr, false, editable)) app.open_dialog(Dialog::settings);
        app.layout().add_last_item("menu-settings");
        if (ImGui::MenuItem("Block...", nullptr, false, editable)) app.open_dialog(Dialog::block);
        app.layout().add_last_item("menu-block");
        if (ImGui::MenuItem("Budgets...", nullptr, false, editable)) app.open_dialog(Dialog::budgets);
        app.layout().add_last_item("menu-budgets");
        if (ImGui::MenuItem("New custom exercise...", nullptr, false, editable)) open_custom_exercise(app, -1);
        app.layout().add_last_item("menu-custom");
        if (ImGui::MenuItem("My exercises...")) app.open_dialog(Dialog::my_exercises);
        app.layout().add_last_item("menu-my-exercises");
        ImGui::Separator();
        if (ImGui::MenuItem("Import JSON...", nullptr, false, editable)) {
            ui.text.clear();
            app.open_dialog(Dialog::import_json);
        }
        app.layout().add_last_item("menu-import");
        if (ImGui::MenuItem("Export JSON...")) {
            ui.text = app.plan_json();
            app.open_dialog(Dialog::export_json);
        }
        app.layout().add_last_item("menu-export");
        ImGui::Separator();  // the gym log
        if (ImGui::MenuItem("Today")) ui.phone_tab = PhoneTab::today;
        app.layout().add_last_item("menu-today");
        if (ImGui::MenuItem("History...")) open_history(app);
        app.layout().add_last_item("menu-history");
        if (ImGui::MenuItem("Import log...", nullptr, false, editable)) {
            ui.text.clear();
            app.open_dialog(Dialog::import_log);
        }
        app.layout().add_last_item("menu-import-log");
        if (ImGui::MenuItem("Export log...")) {
            ui.text = log_to_json(app.gym_log().log());
            app.open_dialog(Dialog::export_log);
        }
        app.layout().add_last_item("menu-export-log");
        rows.end();
        ImGui::EndMenu();
    }
    app.layout().add_last_item("menu-plan");
    ImGui::BeginDisabled(!app.can_undo());  // greyed, and deaf, with nothing to undo
    if (ImGui::Button("Undo")) app.undo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        app.can_undo() ? ImGui::SetTooltip("Undo %s (Ctrl+Z)", app.undo_label().c_str()) : ImGui::SetTooltip("Nothing to undo");
    app.layout().add_last_item("undo");
    app.layout().set_text("undo", app.can_undo() ? "Undo " + app.undo_label() : "Nothing to undo");
    ImGui::BeginDisabled(!app.can_redo());
    if (ImGui::Button("Redo")) app.redo();
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        app.can_redo() ? ImGui::SetTooltip("Redo %s (Ctrl+Shift+Z)", app.redo_label().c_str()) : ImGui::SetTooltip("Nothing to redo");
    app.layout().add_last_item("redo");
    app.layout().set_text("redo", app.can_redo() ? "Redo " + app.redo_label() : "Nothing to redo");
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
        app.layout().add_last_item("plan-name");
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
