// My exercises: the user's custom exercises, kept in this browser across plans (exercise_store),
// offered in every plan's library and copied into a plan when one of them is used there.
#include <imgui.h>

#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace failsafe::app {

const Exercise* library_exercise(App& app, ExerciseRef ref) {
    if (!is_mine(ref)) return app.plan().exercise(ref);
    const auto& mine = app.my_exercises().exercises();
    const size_t i = static_cast<size_t>(mine_index(ref));
    return i < mine.size() ? &mine[i] : nullptr;
}

std::optional<Action> add_exercise(App& app, ExerciseRef ref, SlotPos at) {
    const Exercise* e = library_exercise(app, ref);
    if (!e) return std::nullopt;
    if (is_mine(ref)) return act::AddCustomSlot{at, *e};
    return act::AddSlot{at, new_slot(ref, *e)};
}

void open_my_exercise(App& app, int index) {
    const auto& mine = app.my_exercises().exercises();
    if (index < 0 || index >= static_cast<int>(mine.size())) return;
    UiState& ui = app.ui();
    ui.custom_index = -1;
    ui.custom_mine = index;
    ui.custom_draft = mine[static_cast<size_t>(index)];
    app.open_dialog(Dialog::custom_exercise);
}

void my_exercises_dialog(App& app) {
    if (!begin_modal(app, "My exercises")) return;
    const auto& mine = app.my_exercises().exercises();
    ImGui::PushTextWrapPos(std::min(520.f, ImGui::GetMainViewport()->WorkSize.x - 60));
    ImGui::TextDisabled(mine.empty() ? "None yet. A custom exercise you make is kept here, in this browser, and offered in the "
                                       "library of every plan."
                                     : "Kept in this browser and offered in the library of every plan. A plan that uses one keeps "
                                       "its own copy: editing or deleting it here leaves those plans as they are.");
    ImGui::PopTextWrapPos();
    int edit = -1, remove = -1;
    const ImVec2 vp = ImGui::GetMainViewport()->WorkSize;
    RowList rows;
    if (!mine.empty() && rows.begin("mine", ImVec2(std::min(520.f, vp.x - 40), std::min(300.f, vp.y - 200)))) {
        for (size_t i = 0; i < mine.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            rows.next_row();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(mine[i].name.c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("%s", main_muscles(mine[i]).c_str());
            ImGui::SameLine();
            if (small_button(app, "Edit")) edit = static_cast<int>(i);
            app.layout().add_last_item("mine-edit:" + std::to_string(i));
            ImGui::SameLine();
            if (small_button(app, "Delete")) remove = static_cast<int>(i);
            app.layout().add_last_item("mine-delete:" + std::to_string(i));
            ImGui::PopID();
        }
    }
    if (!mine.empty()) rows.end();
    bool close = close_button(app);
    if (remove >= 0) {
        const std::string name = mine[static_cast<size_t>(remove)].name;
        std::string why;
        app.toast(app.my_exercises().remove(remove, &why) ? "Deleted " + name + " from My exercises" : "Not deleted: " + why);
    }
    if (edit >= 0) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        open_my_exercise(app, edit);
        return;
    }
    end_modal(app, close);
}

}  // namespace failsafe::app
