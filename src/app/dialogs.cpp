// The plan's dialogs: rename, budgets, import and export JSON, a custom exercise, and the
// confirmation before a week is removed. draw_dialogs draws the open one.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "page_text.hpp"
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

// A day's own name ("Upper A"), in every week; an empty name clears it.
void name_day_dialog(App& app) {
    if (!begin_modal(app, "Name day")) return;
    UiState& ui = app.ui();
    const int d = std::clamp(ui.day_to_name, 0, limits::kDays - 1);
    ImGui::Text("A name for %s, in every week (up to %d bytes; empty: no name)", std::string(day_name(d)).c_str(),
                limits::kMaxDayNameLength);
    ImGui::SetNextItemWidth(280);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = input_name("##day-name", &ui.text, ImGuiInputTextFlags_EnterReturnsTrue, limits::kMaxDayNameLength);
    app.layout().add_last_item("day-name-text");
    bool close = false;
    if (ImGui::Button("Save") || enter) close = app.dispatch(act::NameDay{d, fit_name(ui.text, limits::kMaxDayNameLength)});
    app.layout().add_last_item("day-name-save");
    ImGui::SameLine();
    close |= close_button(app, "Cancel");
    end_modal(app, close);
}

constexpr float kColumnGap = 4.f;  // between two budget steppers

float widest_muscle_label() {
    float w = 0;
    for (int m = 0; m < kMuscleCount; ++m) w = std::max(w, ImGui::CalcTextSize(std::string(muscle_label(muscle_at(m))).c_str()).x);
    return w;
}

// One muscle's budget: low, high and failure steppers from x = `x` on, `col` apart. Each press is
// an undo step, a held one too.
void budget_steppers(App& app, int m, float x, float col) {
    const Muscle muscle = muscle_at(m);
    const Budget b = effective_budget(app.plan(), muscle);
    float v[3] = {b.low, b.high, b.failure};
    bool edited = false, left = false;
    for (int k = 0; k < 3; ++k) {
        if (k > 0 || x > 0) ImGui::SameLine(x + col * static_cast<float>(k));
        const std::string probe = "budget-edit:" + std::to_string(m) + "." + std::to_string(k);
        edited |= step_float(app, probe, &v[k], 0.f, limits::kMaxBudgetSets, 1.f / kSetSteps, sets_text, col - kColumnGap);
        app.layout().add_last_item(probe);
        if (ImGui::IsItemDeactivatedAfterEdit()) app.end_gesture(), left = true;
    }
    if (edited)  // a value typed lands as the field is left: its own undo step
        app.dispatch(act::SetBudget{muscle, BudgetOverride{std::min(v[0], v[1]), std::max(v[0], v[1]), v[2]}},
                     left ? 0u : ImGui::GetID("budget"));
}

// Where the budgets' columns start: the muscle names, then three steppers and "Default". On a
// narrow screen the steppers go under the name, from the left.
struct BudgetColumns {
    float steppers = 0, col = 0, reset = 0;
    bool two_lines = false;
};

BudgetColumns budget_columns(App& app, float avail) {
    BudgetColumns c;
    c.steppers = widest_muscle_label() + ImGui::GetStyle().ItemSpacing.x;
    c.col = stepper_width(app, "60.5") + kColumnGap;
    c.reset = c.steppers + c.col * 3;
    const float reset_w = button_w("Default");
    c.two_lines = c.reset + reset_w > avail;
    if (c.two_lines) c.steppers = 0, c.col = std::min(c.col, avail / 3), c.reset = avail - reset_w;
    return c;
}

void budgets_header(const BudgetColumns& c) {
    if (!c.two_lines) ImGui::TextUnformatted("Muscle");
    const char* names[3] = {"Low", "High", "Failure"};
    for (int k = 0; k < 3; ++k) {
        if (k > 0 || !c.two_lines) ImGui::SameLine(c.steppers + c.col * static_cast<float>(k));
        ImGui::TextUnformatted(names[k]);
    }
}

void budgets_dialog(App& app) {
    if (!begin_modal(app, "Budgets")) return;
    const Plan& plan = app.plan();
    const ImVec2 vp = ImGui::GetMainViewport()->WorkSize;
    constexpr float kScrollbar = 6.f;  // thin: a finger scrolls the list itself
    const float wide = budget_columns(app, 1e9f).reset + button_w("Default") + 20;
    const float width = std::min(wide, vp.x - 40);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const std::string help = budget_help(plan);  // the explanation in the app, not in a file a web user can't open
    ImGui::TextDisabled("%s", help.c_str());
    ImGui::PopTextWrapPos();
    app.layout().add_last_item("budgets-help");
    app.layout().set_text("budgets-help", help);
    const BudgetColumns c = budget_columns(app, width - kScrollbar - 2);
    RowList rows;
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, kScrollbar);
    const float help_h = ImGui::CalcTextSize(help.c_str(), nullptr, false, width).y;
    const bool shown = rows.begin("budgets", ImVec2(width, std::max(120.f, std::min(420.f, vp.y - 160 - help_h))));
    ImGui::PopStyleVar();
    if (shown) {
        rows.next_row(true);
        budgets_header(c);
        for (int m = 0; m < kMuscleCount; ++m) {
            ImGui::PushID(m);
            rows.next_row();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(std::string(muscle_label(muscle_at(m))).c_str());
            if (plan.budgets[m]) {
                ImGui::SameLine(c.reset);
                if (ImGui::Button("Default")) app.dispatch(act::SetBudget{muscle_at(m), std::nullopt});
            }
            budget_steppers(app, m, c.steppers, c.col);
            ImGui::PopID();
        }
    }
    rows.end();
    const bool close = close_button(app);
    end_modal(app, close);
}

void import_dialog(App& app) {
    if (!begin_modal(app, "Import plan (JSON)")) return;
    UiState& ui = app.ui();
    ImGui::TextDisabled("Paste a Failsafe plan file%s. Your current plan stays in Undo.",
                        platform::can_pick_file() ? ", or open one" : "");
    const float w = text_box_width();
    ImGui::InputTextMultiline("##json", &ui.text, ImVec2(w, 260), page_text::kFlags, page_text::callback);
    app.layout().add_last_item("import-text");
    dialog_error(app, ui.dialog_error, w);
    bool close = false;
    if (ImGui::Button("Load")) {
        ui.dialog_error = app.load_json(ui.text);
        close = ui.dialog_error.empty();
        if (close) app.toast("Loaded the plan", true);
    }
    app.layout().add_last_item("import-load");
    if (platform::can_pick_file()) {
        ImGui::SameLine();
        const bool open = ImGui::Button("Open file...");
        app.layout().add_last_item("import-open");
        if (open) {
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
    const float w = text_box_width();
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

// A custom exercise's muscle weights: two columns when they fit, else one; in a scrolling child
// when the screen is too short for them.
void muscle_weights(App& app, Exercise& e, float stepper_w) {
    const ImVec2 vp = ImGui::GetMainViewport()->WorkSize;
    const float col = stepper_w + widest_muscle_label() + ImGui::GetStyle().ItemSpacing.x * 3;
    const int columns = col * 2 < vp.x - 60 ? 2 : 1;
    const float row_h = stepper_button(app) + ImGui::GetStyle().ItemSpacing.y;
    const float tall = row_h * static_cast<float>((kMuscleCount + columns - 1) / columns);
    ImGui::BeginChild("muscles", ImVec2(col * static_cast<float>(columns), std::min(tall, std::max(row_h * 3, vp.y - 420))));
    for (int m = 0; m < kMuscleCount; ++m) {
        if (m % columns) ImGui::SameLine(col);
        step_float(app, "custom-muscle:" + std::to_string(m), &e.muscles[m], 0.f, 1.f, 1.f / kWeightSteps, weight_text, stepper_w);
        side_label(std::string(muscle_label(muscle_at(m))).c_str());
    }
    ImGui::EndChild();
}

void custom_exercise_dialog(App& app) {
    if (!begin_modal(app, "Custom exercise")) return;
    UiState& ui = app.ui();
    Exercise& e = ui.custom_draft;
    ImGui::PushItemWidth(240);
    input_name("Name", &e.name);
    app.layout().add_last_item("custom-name");
    constexpr std::string_view kPrefix = "my-";  // custom ids never meet the catalog's
    if (ImGui::IsItemEdited() && ui.custom_index < 0 && ui.custom_mine < 0)  // suggest an id from the name
        e.slug = std::string(kPrefix) + slugify(e.name, limits::kMaxSlugLength - kPrefix.size());
    ImGui::InputText("Id", &e.slug, page_text::kFlags, page_text::callback);
    int eq = static_cast<int>(e.equipment), kind = static_cast<int>(e.kind), fail = static_cast<int>(e.failure);
    if (word_combo(app, "Equipment", &eq, kEquipmentCount, [](int i) { return equipment_id(static_cast<Equipment>(i)); }))
        e.equipment = static_cast<Equipment>(eq);
    if (word_combo(app, "Kind", &kind, kKindCount, [](int i) { return kind_id(static_cast<Kind>(i)); })) e.kind = static_cast<Kind>(kind);
    if (word_combo(app, "Failure", &fail, kFailureClassCount, [](int i) { return failure_class_label(static_cast<FailureClass>(i)); }))
        e.failure = static_cast<FailureClass>(fail);
    ImGui::PopItemWidth();
    const float weight_w = stepper_width(app, "0.00");
    step_float(app, "custom-systemic", &e.systemic, 0.f, 1.f, 1.f / kWeightSteps, weight_text, weight_w);
    side_label("Systemic load");
    ImGui::TextDisabled("Muscles (1 = direct, 0.5 = indirect; at most %d)", kMaxMusclesPerExercise);
    muscle_weights(app, e, weight_w);
    const std::string err = validate_exercise(quantized(e));
    if (!err.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme::caution()), "%s", err.c_str());
    bool close = false;
    const bool mine = ui.custom_mine >= 0;  // one of My exercises, outside any plan
    std::string why;
    ImGui::BeginDisabled(!err.empty());
    if (ImGui::Button(ui.custom_index < 0 && !mine ? "Add to library" : "Save")) {
        if (mine) close = app.my_exercises().put(e, ui.custom_mine, &why);
        else close = ui.custom_index < 0 ? app.dispatch(act::AddCustomExercise{e}) : app.dispatch(act::EditCustomExercise{ui.custom_index, e});
        // A plan's custom exercise is kept in My exercises too, for every plan.
        if (close && !mine && !app.my_exercises().put(e, -1, &why)) app.toast("Not kept in My exercises: " + why);
        else if (mine) app.toast(close ? "Saved " + e.name + " in My exercises" : "Not saved: " + why);
    }
    app.layout().add_last_item("custom-save");
    ImGui::EndDisabled();
    if (ui.custom_index >= 0 || mine) {
        ImGui::SameLine();
        if (ImGui::Button("Delete")) {
            if (mine) {
                close = app.my_exercises().remove(ui.custom_mine, &why);
                app.toast(close ? "Deleted " + e.name + " from My exercises" : "Not deleted: " + why);
            } else {
                close = app.dispatch(act::RemoveCustomExercise{ui.custom_index});
            }
        }
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
    ui.custom_mine = -1;
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
        case Dialog::block: block_dialog(app); break;
        case Dialog::name_day: name_day_dialog(app); break;
        case Dialog::my_exercises: my_exercises_dialog(app); break;
        case Dialog::shortcuts: shortcuts_dialog(app); break;
        case Dialog::import_log: import_log_dialog(app); break;
        case Dialog::export_log: export_log_dialog(app); break;
        case Dialog::history: history_dialog(app); break;
    }
}

}  // namespace failsafe::app
