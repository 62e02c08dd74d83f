// The plan's dialogs: rename, budgets, import and export JSON, a custom exercise, and the
// confirmation before a week is removed. draw_dialogs draws the open one.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "failsafe/formats.hpp"
#include "failsafe/utf8.hpp"
#include "panels.hpp"
#include "platform.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

void rename_dialog(App& app) {
    if (!begin_modal(app, "Rename plan")) return;
    UiState& ui = app.ui();
    ImGui::SetNextItemWidth(280);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = input_name("##name", &ui.text, ImGuiInputTextFlags_EnterReturnsTrue);
    bool close = false;
    if (ImGui::Button("Rename") || enter) close = app.dispatch(act::Rename{fit_name(ui.text)});
    ImGui::SameLine();
    close |= close_button(app, "Cancel");
    end_modal(app, close);
}

void budgets_dialog(App& app) {
    if (!begin_modal(app, "Budgets")) return;
    const Plan& plan = app.plan();
    ImGui::TextDisabled("Weekly hard sets (band) and failure sets per muscle. Defaults follow the level (%s); see docs/model.md.",
                        std::string(level_id(plan.level)).c_str());
    if (ImGui::BeginTable("budgets", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit,
                          ImVec2(0, std::min(420.f, ImGui::GetMainViewport()->WorkSize.y - 160)))) {
        ImGui::TableSetupColumn("Muscle");
        ImGui::TableSetupColumn("Low");
        ImGui::TableSetupColumn("High");
        ImGui::TableSetupColumn("Failure");
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        for (int m = 0; m < kMuscleCount; ++m) {
            ImGui::PushID(m);
            const Muscle muscle = muscle_at(m);
            const Budget b = effective_budget(plan, muscle);
            float v[3] = {b.low, b.high, b.failure};
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::string(muscle_label(muscle)).c_str());
            bool edited = false;
            for (int k = 0; k < 3; ++k) {
                ImGui::TableNextColumn();
                ImGui::SetNextItemWidth(70);
                ImGui::PushID(k);
                edited |= ImGui::DragFloat("##v", &v[k], 0.25f, 0.f, limits::kMaxBudgetSets, "%.1f");
                app.layout().add_last_item("budget-edit:" + std::to_string(m) + "." + std::to_string(k));
                if (ImGui::IsItemDeactivatedAfterEdit()) app.end_gesture();
                ImGui::PopID();
            }
            if (edited)
                app.dispatch(act::SetBudget{muscle, BudgetOverride{std::min(v[0], v[1]), std::max(v[0], v[1]), v[2]}}, ImGui::GetItemID());
            ImGui::TableNextColumn();
            if (plan.budgets[m] && ImGui::SmallButton("Default")) app.dispatch(act::SetBudget{muscle, std::nullopt});
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    const bool close = close_button(app);
    end_modal(app, close);
}

void import_dialog(App& app) {
    if (!begin_modal(app, "Import plan (JSON)")) return;
    UiState& ui = app.ui();
    ImGui::TextDisabled("Paste a Failsafe plan file%s. Your current plan stays in Undo.",
                        platform::can_pick_file() ? ", or open one" : "");
    const float w = std::min(560.f, ImGui::GetMainViewport()->WorkSize.x - 60);
    ImGui::InputTextMultiline("##json", &ui.text, ImVec2(w, 260));
    app.layout().add_last_item("import-text");
    if (!ui.dialog_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::over());
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
        ImGui::TextUnformatted(ui.dialog_error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    bool close = false;
    if (ImGui::Button("Load")) {
        ui.dialog_error = app.load_json(ui.text);
        close = ui.dialog_error.empty();
        if (close) app.toast("Loaded the plan", true);
    }
    app.layout().add_last_item("import-load");
    if (platform::can_pick_file()) {
        ImGui::SameLine();
        if (ImGui::Button("Open file...")) {
            platform::pick_text_file(kMaxJsonBytes, [&app](const std::string& name, const std::string& text, const std::string& error) {
                if (!error.empty() || text.empty()) {
                    app.ui().dialog_error = utf8::quote(name, 60) + ": " + (error.empty() ? std::string("the file is empty") : error);
                    return;
                }
                app.ui().text = text;
                app.ui().dialog_error = app.load_json(app.ui().text);
                if (app.ui().dialog_error.empty()) {
                    app.close_dialog();
                    app.toast("Loaded " + name, true);
                } else {
                    app.ui().dialog_error = name + ": " + app.ui().dialog_error;
                }
            });
        }
    }
    ImGui::SameLine();
    close |= close_button(app, "Cancel");
    end_modal(app, close);
}

void export_dialog(App& app) {
    if (!begin_modal(app, "Export plan (JSON)")) return;
    UiState& ui = app.ui();
    const float w = std::min(560.f, ImGui::GetMainViewport()->WorkSize.x - 60);
    ImGui::InputTextMultiline("##json", &ui.text, ImVec2(w, 260), ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button("Download")) app.toast(platform::save_text_file(json_filename(app.plan()), ui.text));
    ImGui::SameLine();
    if (ImGui::Button("Copy")) {
        platform::copy_text(ui.text);
        app.toast("Copied the plan");
    }
    ImGui::SameLine();
    const bool close = close_button(app);
    end_modal(app, close);
}

void custom_exercise_dialog(App& app) {
    if (!begin_modal(app, "Custom exercise")) return;
    UiState& ui = app.ui();
    Exercise& e = ui.custom_draft;
    ImGui::PushItemWidth(240);
    input_name("Name", &e.name);
    constexpr std::string_view kPrefix = "my-";  // custom ids never meet the catalog's
    if (ImGui::IsItemEdited() && ui.custom_index < 0)  // suggest an id from the name
        e.slug = std::string(kPrefix) + slugify(e.name, limits::kMaxSlugLength - kPrefix.size());
    ImGui::InputText("Id", &e.slug);
    int eq = static_cast<int>(e.equipment), kind = static_cast<int>(e.kind), fail = static_cast<int>(e.failure);
    if (word_combo("Equipment", &eq, kEquipmentCount, [](int i) { return equipment_id(static_cast<Equipment>(i)); }))
        e.equipment = static_cast<Equipment>(eq);
    if (word_combo("Kind", &kind, kKindCount, [](int i) { return kind_id(static_cast<Kind>(i)); })) e.kind = static_cast<Kind>(kind);
    if (word_combo("Failure", &fail, kFailureClassCount, [](int i) { return failure_class_label(static_cast<FailureClass>(i)); }))
        e.failure = static_cast<FailureClass>(fail);
    ImGui::SliderFloat("Systemic load", &e.systemic, 0.f, 1.f, "%.2f");
    ImGui::PopItemWidth();
    ImGui::TextDisabled("Muscles (1 = direct, 0.5 = indirect; at most %d)", kMaxMusclesPerExercise);
    for (int m = 0; m < kMuscleCount; ++m) {
        ImGui::PushID(m);
        if (m % 2) ImGui::SameLine(200);
        ImGui::SetNextItemWidth(70);
        ImGui::SliderFloat(std::string(muscle_label(muscle_at(m))).c_str(), &e.muscles[m], 0.f, 1.f, "%.2f");
        ImGui::PopID();
    }
    const std::string err = validate_exercise(quantized(e));
    if (!err.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme::caution()), "%s", err.c_str());
    bool close = false;
    ImGui::BeginDisabled(!err.empty());
    if (ImGui::Button(ui.custom_index < 0 ? "Add to library" : "Save")) {
        close = ui.custom_index < 0 ? app.dispatch(act::AddCustomExercise{e}) : app.dispatch(act::EditCustomExercise{ui.custom_index, e});
    }
    ImGui::EndDisabled();
    if (ui.custom_index >= 0) {
        ImGui::SameLine();
        if (ImGui::Button("Delete")) close = app.dispatch(act::RemoveCustomExercise{ui.custom_index});
    }
    ImGui::SameLine();
    close |= close_button(app, "Cancel");
    end_modal(app, close);
}

void confirm_remove_week(App& app) {
    if (!begin_modal(app, "Remove week?")) return;
    const int w = app.week();
    int slots = 0;
    for (const auto& d : app.plan().weeks[w].days) slots += static_cast<int>(d.slots.size());
    ImGui::Text("Remove week %d and its %d exercises?", w + 1, slots);
    ImGui::TextDisabled("Undo (Ctrl+Z) brings it back.");
    bool close = false;
    if (ImGui::Button("Remove")) {
        close = true;
        app.dispatch(act::RemoveWeek{w}, 0, true);
    }
    app.layout().add_last_item("confirm-remove");
    ImGui::SameLine();
    close |= close_button(app, "Keep it");
    end_modal(app, close);
}
}  // namespace

void open_custom_exercise(App& app, int index) {
    UiState& ui = app.ui();
    ui.custom_index = index;
    if (index >= 0) {
        ui.custom_draft = app.plan().custom_exercises[static_cast<size_t>(index)];
    } else {
        ui.custom_draft = Exercise{};
        ui.custom_draft.muscles[failsafe::index(Muscle::chest)] = 1.f;
    }
    app.open_dialog(Dialog::custom_exercise);
}

void draw_dialogs(App& app) {
    switch (app.ui().dialog) {
        case Dialog::none: break;
        case Dialog::rename: rename_dialog(app); break;
        case Dialog::budgets: budgets_dialog(app); break;
        case Dialog::import_json: import_dialog(app); break;
        case Dialog::export_json: export_dialog(app); break;
        case Dialog::custom_exercise: custom_exercise_dialog(app); break;
        case Dialog::confirm_remove_week: confirm_remove_week(app); break;
        case Dialog::my_plans: my_plans_dialog(app); break;
        case Dialog::share: share_dialog(app); break;
        case Dialog::settings: plan_settings_dialog(app); break;
    }
}

}  // namespace failsafe::app
