// My plans: every plan saved in this browser (open, rename, duplicate, delete with undo), and
// the entries kept aside because they could not be read (download, delete).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "failsafe/formats.hpp"
#include "panels.hpp"
#include "platform.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

// Saved entries that could not be read (damaged): kept aside unchanged until the user downloads
// or deletes them.
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
        if (small_button(app, "Download"))
            app.toast(platform::save_text_file("unreadable-plan-" + std::to_string(i + 1) + ".json", app.store().kept_text(kept[i])));
        app.layout().add_last_item("kept-download:" + std::to_string(i));
        ImGui::SameLine();
        if (ui.confirm_delete_kept != kept[i]) {
            if (small_button(app, "Delete")) ui.confirm_delete_kept = kept[i];
        } else if (small_button(app, "Delete for good")) {
            app.delete_kept(kept[i]);
            ui.confirm_delete_kept.clear();
            app.toast("Deleted an unreadable entry");
        }
        app.layout().add_last_item("kept-delete:" + std::to_string(i));
        ImGui::PopID();
    }
}

// The row's buttons, in the picks the user made.
struct PlanPicks {
    const SavedPlan* open = nullptr;
    const SavedPlan* duplicate = nullptr;
    const SavedPlan* rename = nullptr;
    const SavedPlan* remove = nullptr;
};

// Where the buttons start: after the longest name when they fit there, else under each name.
float plan_buttons_x(App& app, float avail) {
    float name_w = 0;
    for (const SavedPlan& p : app.store().plans()) name_w = std::max(name_w, ImGui::CalcTextSize(p.name.c_str()).x);
    name_w += ImGui::CalcTextSize(" (open)").x + ImGui::GetStyle().ItemSpacing.x * 2;
    float buttons_w = 0;
    for (const char* b : {"Open", "Rename", "Duplicate", "Delete"}) buttons_w += button_w(b) + ImGui::GetStyle().ItemSpacing.x;
    return name_w + buttons_w <= avail ? name_w : 0.f;
}

void plan_buttons(App& app, const SavedPlan& p, bool current, int row, PlanPicks& picks) {
    if (!current && small_button(app, "Open")) picks.open = &p;
    if (!current) app.layout().add_last_item("plans-open:" + std::to_string(row));
    if (!current) ImGui::SameLine();
    if (small_button(app, "Rename")) picks.rename = &p;
    ImGui::SameLine();
    if (small_button(app, "Duplicate")) picks.duplicate = &p;
    app.layout().add_last_item("plans-duplicate:" + std::to_string(row));
    if (!current) {
        ImGui::SameLine();
        if (small_button(app, "Delete")) picks.remove = &p;
        app.layout().add_last_item("plans-delete:" + std::to_string(row));
    }
}

// Every saved plan: its name, then its buttons.
void plan_rows(App& app, PlanPicks& picks) {
    const ImVec2 vp = ImGui::GetMainViewport()->WorkSize;
    const ImVec2 size(std::min(560.f, vp.x - 40), std::min(340.f, vp.y - 180));
    const float x = plan_buttons_x(app, size.x - ImGui::GetStyle().ScrollbarSize);
    RowList rows;
    if (rows.begin("plans", size)) {
        int row = 0;
        for (const SavedPlan& p : app.store().plans()) {
            ImGui::PushID(p.id.c_str());
            rows.next_row();
            const bool current = p.id == app.plan_id() && !app.viewing_shared();
            ImGui::TextUnformatted(p.name.c_str());
            if (current) {
                ImGui::SameLine();
                ImGui::TextDisabled("(open)");
            }
            if (x > 0) ImGui::SameLine(x);
            plan_buttons(app, p, current, row++, picks);
            ImGui::PopID();
        }
    }
    rows.end();
}
}  // namespace

void my_plans_dialog(App& app) {
    if (!begin_modal(app, "My plans")) return;
    UiState& ui = app.ui();
    ImGui::TextDisabled(app.store().plans().empty() ? "No plan saved yet: your plan is saved in this browser at its first change."
                                                    : "Saved in this browser as you edit.");
    PlanPicks picks;
    plan_rows(app, picks);
    kept_aside_rows(app);
    bool close = close_button(app);
    // Every change below is queued: it lands when the frame ends.
    if (picks.open) {
        app.switch_to(picks.open->id);
        close = true;
    }
    if (picks.rename) {
        if (picks.rename->id != app.plan_id()) app.switch_to(picks.rename->id);
        ui.text = picks.rename->name;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        app.open_dialog(Dialog::rename);
        return;
    }
    if (picks.duplicate) {
        if (auto p = app.store().load(picks.duplicate->id)) {
            p->name = fit_name(p->name + " (copy)");
            const std::string label = "Duplicated " + p->name;
            app.open_plan(std::move(*p), label);
        }
    }
    if (picks.remove) app.delete_plan(picks.remove->id);
    if (app.session().can_undo_delete()) {
        ImGui::SameLine();
        if (ImGui::Button("Undo delete")) app.undo_delete();
        app.layout().add_last_item("plans-undo-delete");
    }
    end_modal(app, close);
}

}  // namespace failsafe::app
