// The menu bar (plan menu, undo/redo, summary) and the dialogs it opens.
#include <imgui.h>
#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <qrcodegen.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "app.hpp"
#include "failsafe/formats.hpp"
#include "failsafe/templates.hpp"
#include "failsafe/utf8.hpp"
#include "panels.hpp"
#include "plan_store.hpp"
#include "platform.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

void open_dialog(App& app, Dialog d) {
    app.ui().dialog = d;
    app.ui().dialog_opened = false;
    app.ui().dialog_error.clear();
}

std::string json_filename(const Plan& plan) {
    std::string name;
    for (char c : plan.name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) name += c;
        else if (c >= 'A' && c <= 'Z') name += static_cast<char>(c - 'A' + 'a');
        else if (!name.empty() && name.back() != '-') name += '-';
    }
    while (!name.empty() && name.back() == '-') name.pop_back();
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
        ui.dialog = Dialog::none;
        return false;
    }
    return true;
}
void end_modal(App& app, bool close) {
    if (close) {
        ImGui::CloseCurrentPopup();
        app.ui().dialog = Dialog::none;
    }
    ImGui::EndPopup();
}

void rename_dialog(App& app) {
    if (!begin_modal(app, "Rename plan")) return;
    UiState& ui = app.ui();
    ImGui::SetNextItemWidth(280);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = input_name("##name", &ui.text, ImGuiInputTextFlags_EnterReturnsTrue);
    bool close = false;
    if (ImGui::Button("Rename") || enter) close = app.dispatch(act::Rename{fit_name(ui.text)});
    ImGui::SameLine();
    close |= ImGui::Button("Cancel");
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
    end_modal(app, ImGui::Button("Close"));
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
                    app.ui().dialog = Dialog::none;
                    app.toast("Loaded " + name, true);
                } else {
                    app.ui().dialog_error = name + ": " + app.ui().dialog_error;
                }
            });
        }
    }
    ImGui::SameLine();
    close |= ImGui::Button("Cancel");
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
    end_modal(app, ImGui::Button("Close"));
}

void custom_exercise_dialog(App& app) {
    if (!begin_modal(app, "Custom exercise")) return;
    UiState& ui = app.ui();
    Exercise& e = ui.custom_draft;
    ImGui::PushItemWidth(240);
    input_name("Name", &e.name);
    if (ImGui::IsItemEdited() && ui.custom_index < 0) {  // suggest an id from the name
        e.slug.clear();
        for (char c : e.name) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) e.slug += c;
            else if (c >= 'A' && c <= 'Z') e.slug += static_cast<char>(c - 'A' + 'a');
            else if (!e.slug.empty() && e.slug.back() != '-') e.slug += '-';
        }
        e.slug = "my-" + e.slug.substr(0, limits::kMaxSlugLength - 3);
    }
    ImGui::InputText("Id", &e.slug);
    static const char* kEquip[] = {"barbell", "dumbbell", "machine", "cable", "bodyweight", "kettlebell"};
    static const char* kKind[] = {"compound", "isolation"};
    static const char* kFail[] = {"avoid failure", "caution", "safe to fail"};
    int eq = static_cast<int>(e.equipment), kind = static_cast<int>(e.kind), fail = static_cast<int>(e.failure);
    if (ImGui::Combo("Equipment", &eq, kEquip, 6)) e.equipment = static_cast<Equipment>(eq);
    if (ImGui::Combo("Kind", &kind, kKind, 2)) e.kind = static_cast<Kind>(kind);
    if (ImGui::Combo("Failure", &fail, kFail, 3)) e.failure = static_cast<FailureClass>(fail);
    ImGui::SliderFloat("Systemic load", &e.systemic, 0.f, 1.f, "%.2f");
    ImGui::PopItemWidth();
    ImGui::TextDisabled("Muscles (1 = direct, 0.5 = indirect; at most 4)");
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
    close |= ImGui::Button("Cancel");
    end_modal(app, close);
}

void make_share_link(App& app) {
    UiState& ui = app.ui();
    const std::string payload = encode_link(app.plan());
    ui.share_link = platform::page_url() + "#p=" + payload;
    platform::replace_url_fragment("p=" + payload);  // the address bar shows what was shared
    app.shared_in_url();
    // A plan too big for any QR version leaves share_qr_size at 0: the dialog says so.
    std::vector<uint8_t> qr(qrcodegen_BUFFER_LEN_MAX), scratch(qrcodegen_BUFFER_LEN_MAX);
    ui.share_qr_size = 0;
    ui.share_qr.clear();
    if (!qrcodegen_encodeText(ui.share_link.c_str(), scratch.data(), qr.data(), qrcodegen_Ecc_LOW, qrcodegen_VERSION_MIN,
                              qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true))
        return;
    const int n = qrcodegen_getSize(qr.data());
    ui.share_qr_size = n;
    ui.share_qr.assign(static_cast<size_t>(n * n), false);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) ui.share_qr[static_cast<size_t>(y * n + x)] = qrcodegen_getModule(qr.data(), x, y);
}

void share_dialog(App& app) {
    if (!begin_modal(app, "Share this plan")) return;
    UiState& ui = app.ui();
    const float w = std::min(520.f, ImGui::GetMainViewport()->WorkSize.x - 60);
    ImGui::TextDisabled("The whole plan is in the link: no account, no server. Anyone who opens it sees it read-only.");
    ImGui::SetNextItemWidth(w);
    ImGui::InputText("##link", &ui.share_link, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    app.layout().add_last_item("share-link");
    if (ImGui::Button("Copy link")) {
        platform::copy_text(ui.share_link);
        app.toast("Link copied");
    }
    app.layout().add_last_item("share-copy");
    ImGui::SameLine();
    if (ImGui::Button("Save as file")) app.toast(platform::save_text_file(json_filename(app.plan()), plan_to_json(app.plan())));
    app.layout().add_last_item("share-file");
    ImGui::SameLine();
    ImGui::TextDisabled("%d characters", static_cast<int>(ui.share_link.size()));
    // the QR code, with its quiet zone, on white
    const int n = ui.share_qr_size;
    const float side = std::min(260.f, ImGui::GetMainViewport()->WorkSize.y - 260);
    const float module = std::floor(side / static_cast<float>(n + 8));
    if (n > 0 && module >= 1.f) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float total = module * static_cast<float>(n + 8);
        dl->AddRectFilled(p, ImVec2(p.x + total, p.y + total), IM_COL32_WHITE);
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                if (ui.share_qr[static_cast<size_t>(y * n + x)])
                    dl->AddRectFilled(ImVec2(p.x + module * static_cast<float>(x + 4), p.y + module * static_cast<float>(y + 4)),
                                      ImVec2(p.x + module * static_cast<float>(x + 5), p.y + module * static_cast<float>(y + 5)), IM_COL32_BLACK);
        ImGui::Dummy(ImVec2(total, total));
        app.layout().add_last_item("share-qr");
    } else {
        ImGui::TextDisabled(n > 0 ? "The QR code does not fit on this screen."
                                  : "This plan's link is too long for a QR code: share the link or the file.");
    }
    end_modal(app, ImGui::Button("Close"));
}

// Saved entries that could not be read (damaged, or from a newer Failsafe): kept aside unchanged
// until the user downloads or deletes them.
void kept_aside_rows(App& app) {
    UiState& ui = app.ui();
    const std::vector<std::string> kept = app.store().kept();
    if (kept.empty()) return;
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.f);
    ImGui::TextDisabled("Kept aside because they could not be read (%d). Download them to keep them, or delete them:",
                        static_cast<int>(kept.size()));
    ImGui::PopTextWrapPos();
    for (size_t i = 0; i < kept.size(); ++i) {
        ImGui::PushID(kept[i].c_str());
        ImGui::Text("Unreadable entry %d", static_cast<int>(i + 1));
        ImGui::SameLine();
        if (ImGui::SmallButton("Download"))
            app.toast(platform::save_text_file("unreadable-plan-" + std::to_string(i + 1) + ".json", app.store().kept_text(kept[i])));
        app.layout().add_last_item("kept-download:" + std::to_string(i));
        ImGui::SameLine();
        if (ui.confirm_delete_kept != kept[i]) {
            if (ImGui::SmallButton("Delete")) ui.confirm_delete_kept = kept[i];
        } else if (ImGui::SmallButton("Delete for good")) {
            app.store().remove_kept(kept[i]);
            ui.confirm_delete_kept.clear();
            app.toast("Deleted an unreadable entry");
        }
        app.layout().add_last_item("kept-delete:" + std::to_string(i));
        ImGui::PopID();
    }
}

void my_plans_dialog(App& app) {
    if (!begin_modal(app, "My plans")) return;
    UiState& ui = app.ui();
    ImGui::TextDisabled(app.store().plans().empty() ? "No plan saved yet: your plan is saved in this browser at its first change."
                                                    : "Saved in this browser as you edit.");
    std::optional<std::string> open_id, duplicate_id, delete_id, rename_id;
    if (ImGui::BeginTable("plans", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                          ImVec2(std::min(560.f, ImGui::GetMainViewport()->WorkSize.x - 40), std::min(340.f, ImGui::GetMainViewport()->WorkSize.y - 180)))) {
        int row = 0;
        for (const SavedPlan& p : app.store().plans()) {
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool current = p.id == app.plan_id() && !app.viewing_shared();
            ImGui::TextUnformatted(p.name.c_str());
            if (current) {
                ImGui::SameLine();
                ImGui::TextDisabled("(open)");
            }
            ImGui::TableNextColumn();
            if (!current && ImGui::SmallButton("Open")) open_id = p.id;
            if (!current) ImGui::SameLine();
            if (ImGui::SmallButton("Rename")) rename_id = p.id;
            ImGui::SameLine();
            if (ImGui::SmallButton("Duplicate")) duplicate_id = p.id;
            if (!current) {
                ImGui::SameLine();
                if (ImGui::SmallButton("Delete")) delete_id = p.id;
                app.layout().add_last_item("plans-delete:" + std::to_string(row));
            }
            ImGui::PopID();
            ++row;
        }
        ImGui::EndTable();
    }
    kept_aside_rows(app);
    bool close = ImGui::Button("Close");
    if (open_id) {
        app.switch_to(*open_id);
        close = true;
    }
    if (rename_id) {
        if (*rename_id != app.plan_id()) app.switch_to(*rename_id);
        ui.text = app.plan().name;
        ui.dialog = Dialog::rename;
        ui.dialog_opened = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    if (duplicate_id) {
        if (auto p = app.store().load(*duplicate_id)) {
            p->name = fit_name(p->name + " (copy)");
            app.start_new(std::move(*p), "Duplicated " + p->name);
        }
    }
    if (delete_id) {
        auto text = platform::storage_get(std::string(PlanStore::kPrefix) + *delete_id);
        if (text) ui.deleted_plan = {*delete_id, *text};
        app.store().remove(*delete_id);
        app.toast("Deleted a saved plan", false);
        ui.toasts.back().offer_undo = false;
        ui.toasts.back().text = "Deleted a saved plan";
    }
    if (!ui.deleted_plan.first.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Undo delete")) {
            std::string why;
            platform::storage_set(std::string(PlanStore::kPrefix) + ui.deleted_plan.first, ui.deleted_plan.second, &why);
            ui.deleted_plan = {};
            app.store().scan();
        }
        app.layout().add_last_item("plans-undo-delete");
    }
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
    close |= ImGui::Button("Keep it");
    end_modal(app, close);
}
}  // namespace

void draw_menu_bar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    UiState& ui = app.ui();
    const Plan& plan = app.plan();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::TextUnformatted("Failsafe");
    ImGui::PopStyleColor();
    if (ImGui::BeginMenu("Plan")) {
        if (ImGui::BeginMenu("New")) {
            if (ImGui::MenuItem("Empty week")) app.open_plan(Plan{}, "Started a new plan");
            ImGui::Separator();
            for (const auto& t : templates())
                if (ImGui::MenuItem(std::string(t.title).c_str())) app.open_plan(t.plan, "Started: " + std::string(t.title));
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("My plans...")) open_dialog(app, Dialog::my_plans);
        app.layout().add_last_item("menu-my-plans");
        if (ImGui::MenuItem("Share link...")) {
            make_share_link(app);
            open_dialog(app, Dialog::share);
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Rename...")) {
            ui.text = plan.name;
            open_dialog(app, Dialog::rename);
        }
        if (ImGui::BeginMenu("Level")) {
            for (Level l : {Level::beginner, Level::intermediate, Level::advanced})
                if (ImGui::MenuItem(std::string(level_id(l)).c_str(), nullptr, plan.level == l)) app.dispatch(act::SetLevel{l});
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Budgets...")) open_dialog(app, Dialog::budgets);
        if (ImGui::MenuItem("New custom exercise...")) {
            ui.custom_index = -1;
            ui.custom_draft = Exercise{};
            ui.custom_draft.muscles[index(Muscle::chest)] = 1.f;
            open_dialog(app, Dialog::custom_exercise);
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Import JSON...")) {
            ui.text.clear();
            open_dialog(app, Dialog::import_json);
        }
        if (ImGui::MenuItem("Export JSON...")) {
            ui.text = app.plan_json();
            open_dialog(app, Dialog::export_json);
        }
        ImGui::EndMenu();
    }
    app.layout().add_last_item("menu-plan");
    if (ImGui::Button("Undo") && app.can_undo()) app.undo();
    if (ImGui::IsItemHovered() && app.can_undo()) ImGui::SetTooltip("Undo %s (Ctrl+Z)", app.undo_label().c_str());
    app.layout().add_last_item("undo");
    if (ImGui::Button("Redo") && app.can_redo()) app.redo();
    if (ImGui::IsItemHovered() && app.can_redo()) ImGui::SetTooltip("Redo %s (Ctrl+Shift+Z)", app.redo_label().c_str());
    app.layout().add_last_item("redo");
    const float room = ImGui::GetContentRegionAvail().x;
    if (room > 200) {
        ImGui::TextDisabled("%s", plan.name.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", std::string(level_id(plan.level)).c_str());
    }
    ImGui::EndMenuBar();
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
    }
}

}  // namespace failsafe::app
