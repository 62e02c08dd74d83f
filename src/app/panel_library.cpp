// The exercise library: search as you type, filter, drag an entry into a day (or tap it to
// pick a day), create custom exercises.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "app.hpp"
#include "failsafe/catalog.hpp"
#include "page_text.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

bool filter_combo(App& app, const char* id, const char* any, int& value, int count, std::string_view (*name)(int), float width) {
    ImGui::SetNextItemWidth(width);
    const bool changed = word_combo(app, id, &value, count, name, any, ImGuiComboFlags_NoArrowButton);
    app.layout().add_last_item(std::string("filter:") + (id + 2));  // "##muscle": "filter:muscle"
    return changed;
}

bool visible(const UiState& ui, const Exercise& e) {
    if (ui.filter_muscle >= 0 && e.muscles[ui.filter_muscle] <= 0.f) return false;
    if (ui.filter_equipment >= 0 && static_cast<int>(e.equipment) != ui.filter_equipment) return false;
    if (ui.filter_failure >= 0 && static_cast<int>(e.failure) != ui.filter_failure) return false;
    return true;  // the search ranks (draw_library)
}

// One library entry: name, failure-class badge, main muscles. A drag source; a tap opens
// "Add to day".
void entry(App& app, const Exercise& e, ExerciseRef ref, bool custom) {
    ImGui::PushID(ref);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetTextLineHeightWithSpacing() * 2.f;
    const bool read_only = app.viewing_shared();  // a shared plan: nothing to add to
    if (ImGui::Selectable("##entry", false, ImGuiSelectableFlags_None, ImVec2(w, h)) && !app.touch_scrolled() && !read_only)
        ImGui::OpenPopup("add-to");
    if (ImGui::IsItemVisible()) app.layout().add_last_item("lib:" + e.slug);
    if (!read_only && ImGui::BeginDragDropSource(ImGuiDragDropFlags_SourceAllowNullID)) {
        ImGui::SetDragDropPayload("FS_EXERCISE", &ref, sizeof ref);
        ImGui::TextUnformatted(e.name.c_str());
        ImGui::TextDisabled("Drop on a day");
        ImGui::EndDragDropSource();
    }
    if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(0))
        ImGui::SetTooltip("%s\n%s, %s, failure: %s", e.name.c_str(), std::string(equipment_id(e.equipment)).c_str(),
                          std::string(kind_id(e.kind)).c_str(), std::string(failure_class_id(e.failure)).c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float line = ImGui::GetTextLineHeight();
    dl->AddText(ImVec2(start.x + 4, start.y + 2), custom ? theme::accent() : ImGui::GetColorU32(ImGuiCol_Text), e.name.c_str());
    const std::string sub = main_muscles(e);
    dl->AddText(ImVec2(start.x + 4, start.y + 4 + line), theme::muted(), sub.c_str());
    const std::string badge(failure_class_id(e.failure));
    const ImVec2 bs = ImGui::CalcTextSize(badge.c_str());
    const ImVec2 bp(start.x + w - bs.x - 10, start.y + 4 + line);
    dl->AddRectFilled(ImVec2(bp.x - 4, bp.y - 1), ImVec2(bp.x + bs.x + 4, bp.y + bs.y + 1),
                      theme::with_alpha(theme::failure_class(e.failure), 0x38), 4.f);
    dl->AddText(bp, theme::failure_class(e.failure), badge.c_str());

    if (ImGui::BeginPopup("add-to")) {
        ImGui::TextDisabled("Add %s to", e.name.c_str());
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float right = vp->WorkPos.x + vp->WorkSize.x - ImGui::GetStyle().WindowPadding.x;  // a phone's edge
        for (int d = 0; d < 7; ++d) {
            const std::string label(day_short(d));
            const ImVec2 size = touch_size(app, label.c_str());
            if (d > 0) flow(std::max(size.x, button_w(label.c_str())), right);
            const bool add = ImGui::Button(label.c_str(), size);
            app.layout().add_last_item("add-to:" + std::to_string(d));
            if (add) {
                const auto& slots = app.plan().weeks[app.week()].days[d].slots;
                const auto add = add_exercise(app, ref, {app.week(), d, static_cast<int>(slots.size())});
                if (add && app.dispatch(*add)) ImGui::CloseCurrentPopup();
            }
        }
        if (custom && ImGui::Button(is_mine(ref) ? "Edit in My exercises" : "Edit custom exercise")) {
            if (is_mine(ref)) open_my_exercise(app, mine_index(ref));
            else open_custom_exercise(app, custom_index(ref));
            ImGui::CloseCurrentPopup();
        }
        if (custom) app.layout().add_last_item("lib-edit-custom");
        ImGui::EndPopup();
    }
    ImGui::PopID();
}
}  // namespace

void draw_library(App& app, ImVec2 size) {
    UiState& ui = app.ui();
    ImGui::BeginChild("library", size, true);
    keyboard_panel(app);
    const float top = touch_text_line(app);
    ImGui::TextUnformatted("Exercises");
    ImGui::SameLine();
    const float add_w = ImGui::CalcTextSize("+ Custom").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - add_w);
    touch_buttons_at(app, top);
    ImGui::BeginDisabled(app.viewing_shared());
    if (small_button(app, "+ Custom")) open_custom_exercise(app, -1);
    ImGui::EndDisabled();
    app.layout().add_last_item("library-custom");
    const bool searching = ui.search[0] != '\0';
    TouchFrame search_frame(app);
    ImGui::SetNextItemWidth(searching ? -(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x) : -1.f);
    if (ui.focus_search) ImGui::SetKeyboardFocusHere();
    ui.focus_search = false;
    ImGui::InputTextWithHint("##search", "Search exercises", ui.search, sizeof ui.search, page_text::kFlags, page_text::callback);
    app.layout().add_last_item("search");
    if (searching) {  // clears the search; the field keeps the focus, for the next word
        ImGui::SameLine();
        if (ImGui::Button("x##clear-search", ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()))) {
            ui.search[0] = '\0';
            ui.focus_search = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search");
        app.layout().add_last_item("search-clear");
    }
    search_frame.end();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, ImGui::GetStyle().FramePadding.y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, ImGui::GetStyle().ItemSpacing.y));
    const float w3 = (ImGui::GetContentRegionAvail().x - 2 * 4.f) / 3.f;
    filter_combo(app, "##muscle", "Muscle", ui.filter_muscle, kMuscleCount, [](int i) { return muscle_label(muscle_at(i)); }, w3);
    ImGui::SameLine();
    filter_combo(app, "##equipment", "Equip.", ui.filter_equipment, kEquipmentCount,
                 [](int i) { return equipment_id(static_cast<Equipment>(i)); }, w3);
    ImGui::SameLine();
    filter_combo(app, "##failure", "Failure", ui.filter_failure, kFailureClassCount,
                 [](int i) { return failure_class_id(static_cast<FailureClass>(i)); }, w3);
    ImGui::PopStyleVar(2);

    ImGui::BeginChild("entries", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);  // arrows go from the filters to the rows
    // The matching entries (custom first); only the visible rows are drawn.
    const Plan& plan = app.plan();
    const std::string key = std::string(ui.search) + '\n' + std::to_string(ui.filter_muscle) + ',' + std::to_string(ui.filter_equipment) +
                            ',' + std::to_string(ui.filter_failure) + ',' + std::to_string(app.generation()) + ',' +
                            std::to_string(app.my_exercises().version());
    auto& rows = ui.library_cache.rows;
    if (ui.library_cache.key != key) {
        ui.library_cache.key = key;
        rows.clear();
        // Best match first (search_rank 4 down to 1), and in each rank the plan's custom
        // exercises, then My exercises it has not taken, then the catalog.
        std::vector<std::pair<const Exercise*, ExerciseRef>> ranked[4];
        const auto add = [&](const Exercise& e, ExerciseRef ref) {
            if (const int rank = visible(ui, e) ? search_rank(e, ui.search) : 0; rank > 0) ranked[4 - rank].emplace_back(&e, ref);
        };
        for (size_t i = 0; i < plan.custom_exercises.size(); ++i) add(plan.custom_exercises[i], custom_ref(static_cast<int>(i)));
        const auto& mine = app.my_exercises().exercises();  // the user's own, in every plan
        for (size_t i = 0; i < mine.size(); ++i) {
            bool taken = false;
            for (const Exercise& c : plan.custom_exercises) taken = taken || c.slug == mine[i].slug;
            if (!taken) add(mine[i], static_cast<ExerciseRef>(kMineRef | i));
        }
        for (const Exercise& e : builtin_catalog().exercises()) add(e, e.code);
        for (const auto& r : ranked) rows.insert(rows.end(), r.begin(), r.end());
    }
    if (rows.empty()) ImGui::TextDisabled("No exercise matches.");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), ImGui::GetTextLineHeightWithSpacing() * 2.f + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            entry(app, *rows[i].first, rows[i].second, is_custom(rows[i].second));
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace failsafe::app
