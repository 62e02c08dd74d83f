// The week board: the mesocycle strip, seven days as drop targets, slot cards that drag, and
// the in-place slot editor. Every change is an action; every number comes from the analysis.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {
constexpr const char* kExercisePayload = "FS_EXERCISE";
constexpr const char* kSlotPayload = "FS_SLOT";
constexpr const char* kOwnText = "changed this week";  // a slot card holding a block week's own value
float own_line() { return ImGui::GetTextLineHeight() + 2; }  // its line's height

std::string slot_key(const SlotPos& p) {
    return "slot:" + std::to_string(p.week) + "." + std::to_string(p.day) + "." + std::to_string(p.index);
}

// One slot card. Returns its rectangle (for the insertion marker).
ImRect card(App& app, const SlotPos& at, float width) {
    const Plan& plan = app.plan();
    const Slot& s = plan.weeks[at.week].days[at.day].slots[at.index];
    const Exercise* e = plan.exercise(s.exercise);
    ImGui::PushID(at.index);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float pad = 6;
    const float wrap = width - pad * 2 - 10;
    const std::string name = e ? e->name : "?";
    std::string summary = slot_summary(s);
    if (width < 160) {  // narrow column: break at the comma rather than inside a word
        if (const size_t comma = summary.find(", "); comma != std::string::npos) summary.replace(comma, 2, "\n");
    }
    const ImVec2 name_size = ImGui::CalcTextSize(name.c_str(), nullptr, false, wrap);
    const ImVec2 sum_size = ImGui::CalcTextSize(summary.c_str(), nullptr, false, wrap);
    const bool own = slot_overridden(plan, at);  // a block week's own value: a line says so
    const float h = pad * 2 + name_size.y + 2 + sum_size.y + (own ? own_line() : 0.f);
    const bool selected = app.ui().selected && *app.ui().selected == at;

    const bool read_only = app.viewing_shared();  // a shared plan: no editor, no drag
    const bool tapped = ImGui::InvisibleButton("card", ImVec2(width, h)) && !app.touch_scrolled() && !read_only;
    const bool hovered = ImGui::IsItemHovered();
    if (tapped) {
        app.ui().selected = at;
        app.ui().edit_scope = EditScope::all_weeks;  // an edit reaches every week unless asked otherwise
        ImGui::OpenPopup("slot-editor");
    }
    app.layout().add_last_item(slot_key(at));
    if (!read_only && ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kSlotPayload, &at, sizeof at);
        ImGui::TextUnformatted(name.c_str());
        ImGui::TextDisabled("Drop on a day, or outside to remove");
        ImGui::EndDragDropSource();
    }
    if (app.ui().selected && *app.ui().selected == at && app.ui().scroll_to_selected) {
        ImGui::SetScrollHereY(0.3f);
        app.ui().scroll_to_selected = false;
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + width, p.y + h);
    dl->AddRectFilled(p, q, hovered ? theme::card_hovered() : theme::card(), 5.f);
    if (e) dl->AddRectFilled(p, ImVec2(p.x + 3, q.y), theme::failure_class(e->failure), 5.f, ImDrawFlags_RoundCornersLeft);
    if (selected) dl->AddRect(p, q, theme::accent(), 5.f, 0, 2.f);
    dl->AddText(nullptr, 0.f, ImVec2(p.x + pad + 2, p.y + pad), ImGui::GetColorU32(ImGuiCol_Text), name.c_str(), nullptr, wrap);
    const ImU32 sum_color = s.failure_count() > 0 ? theme::failure_text() : theme::muted();
    dl->AddText(nullptr, 0.f, ImVec2(p.x + pad + 2, p.y + pad + name_size.y + 2), sum_color, summary.c_str(), nullptr, wrap);
    if (own) {
        const ImVec2 at_text(p.x + pad + 2, q.y - pad - ImGui::GetTextLineHeight());
        dl->AddText(at_text, theme::caution(), kOwnText);
        const ImVec2 size = ImGui::CalcTextSize(kOwnText);
        app.layout().add("override:" + slot_key(at).substr(5), Rect{at_text.x, at_text.y, size.x, size.y});
    }
    if (auto worst = worst_at(app.analysis(), at.week, at.day, at.index))
        dl->AddCircleFilled(ImVec2(q.x - 7, p.y + 7), 4.5f, theme::severity(*worst));

    if (ImGui::BeginPopup("slot-editor")) {
        if (app.ui().selected && *app.ui().selected == at) slot_editor(app, at);
        else ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    } else if (selected && !ImGui::IsPopupOpen("slot-editor")) {
        // keyboard users keep the selection (Delete removes it); a click elsewhere clears it
        if (ImGui::IsMouseClicked(0) && !hovered) app.ui().selected.reset();
    }
    ImGui::PopID();
    return ImRect(p, q);
}

// A day's own name after its weekday, in the accent colour, cut with "..." before `right` (the
// day menu's x, window coordinates).
void day_title(App& app, int d, const std::string& name, float right) {
    ImGui::SameLine();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float right_x = ImGui::GetWindowPos().x + right - ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 size = ImGui::CalcTextSize(name.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), at, ImVec2(right_x, at.y + size.y), right_x, right_x, name.c_str(),
                              nullptr, &size);
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(std::max(0.f, std::min(size.x, right_x - at.x)), size.y));
    app.layout().add_last_item("day-title:" + std::to_string(d));
    app.layout().set_text("day-title:" + std::to_string(d), name);
    if (ImGui::IsItemHovered() && size.x > right_x - at.x) ImGui::SetTooltip("%s", name.c_str());
}

// Insertion index for a drop at mouse y among the day's cards.
int insertion_index(const std::vector<ImRect>& cards, float y) {
    int i = 0;
    while (i < static_cast<int>(cards.size()) && y > (cards[i].Min.y + cards[i].Max.y) * 0.5f) ++i;
    return i;
}

// A day: header, cards, and the drop target around them. `height` 0 = fit the content.
void day(App& app, int d, float width, float height) {
    const Plan& plan = app.plan();
    const int week = app.week();
    const auto& slots = plan.weeks[week].days[d].slots;
    ImGui::PushID(d);
    // NavFlattened: the arrow keys move between days and cards as if the board were one list.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NavFlattened | (height > 0 ? 0 : ImGuiWindowFlags_NoScrollbar);
    float content_h = height;
    if (height <= 0) {  // stacked: measure
        content_h = std::max(ImGui::GetFrameHeight(), touch_height(app)) + ImGui::GetStyle().ItemSpacing.y + 12;  // the header
        for (const Slot& s : slots) {
            const Exercise* e = plan.exercise(s.exercise);
            content_h += ImGui::CalcTextSize(e ? e->name.c_str() : "?", nullptr, false, width - 30).y +
                         ImGui::CalcTextSize(slot_summary(s).c_str(), nullptr, false, width - 30).y + 14 +
                         ImGui::GetStyle().ItemSpacing.y;
        }
        for (int i = 0; i < static_cast<int>(slots.size()); ++i)
            if (slot_overridden(plan, {week, d, i})) content_h += own_line();
        content_h = std::max(content_h, ImGui::GetFrameHeightWithSpacing() * 2 + 8);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(5, 5));
    ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, 7.f);
    ImGui::BeginChild("day", ImVec2(width, content_h), true, flags);
    // header
    const std::string& own_name = plan.day_names[static_cast<size_t>(d)];
    const float top = touch_text_line(app);
    ImGui::TextUnformatted(std::string(width < 110 || !own_name.empty() ? day_short(d) : day_name(d)).c_str());
    const float menu_x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("...").x - 8;
    if (!own_name.empty()) day_title(app, d, own_name, menu_x);
    else if (!slots.empty() && width >= 110) {
        ImGui::SameLine();
        ImGui::TextDisabled("%d", static_cast<int>(slots.size()));
    }
    const float touch = touch_height(app);  // a finger: a square button it can hit
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - (touch > 0 ? touch : ImGui::CalcTextSize("...").x + 8));
    touch_buttons_at(app, top);
    ImGui::BeginDisabled(app.viewing_shared());
    if (touch > 0 ? ImGui::Button("...", ImVec2(touch, touch)) : small_button(app, "...")) ImGui::OpenPopup("day-menu");
    ImGui::EndDisabled();
    app.layout().add_last_item("day-menu:" + std::to_string(d));
    if (ImGui::BeginPopup("day-menu")) {
        TouchRows rows(app);
        ImGui::TextDisabled("%s", std::string(day_name(d)).c_str());
        if (ImGui::MenuItem(own_name.empty() ? "Name this day..." : "Rename this day...")) {
            app.ui().text = own_name;
            app.ui().day_to_name = d;
            app.open_dialog(Dialog::name_day);
        }
        app.layout().add_last_item("day-name:" + std::to_string(d));
        if (ImGui::BeginMenu("Copy this day to")) {
            TouchRows days(app);
            for (int t = 0; t < 7; ++t)
                if (t != d && ImGui::MenuItem(std::string(day_name(t)).c_str())) app.dispatch(act::CopyDay{week, d, week, t});
            days.end();
            ImGui::EndMenu();
        }
        app.layout().add_last_item("day-copy");
        if (ImGui::MenuItem("Clear day", nullptr, false, !slots.empty())) app.dispatch(act::ClearDay{week, d}, 0, true);
        app.layout().add_last_item("day-clear");
        rows.end();
        ImGui::EndPopup();
    }
    std::vector<ImRect> cards;
    const float card_w = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < static_cast<int>(slots.size()); ++i) cards.push_back(card(app, {week, d, i}, card_w));
    if (slots.empty()) {
        ImGui::PushTextWrapPos(0.f);
        ImGui::TextDisabled("Rest - drop here");
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    const ImRect column(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    app.layout().add_last_item("day:" + std::to_string(d));

    if (!app.viewing_shared() && ImGui::BeginDragDropTarget()) {  // a shared plan takes no drop, and previews none
        const ImGuiPayload* payload = ImGui::GetDragDropPayload();
        const int at = insertion_index(cards, ImGui::GetIO().MousePos.y);
        std::optional<Action> drop;
        if (payload && payload->IsDataType(kExercisePayload)) {
            drop = add_exercise(app, *static_cast<const ExerciseRef*>(payload->Data), {week, d, at});
        } else if (payload && payload->IsDataType(kSlotPayload)) {
            const SlotPos from = *static_cast<const SlotPos*>(payload->Data);
            const bool same_day = from.week == week && from.day == d;
            const int to = same_day && at > from.index ? at - 1 : at;  // index after removal
            if (!(same_day && to == from.index)) drop = act::MoveSlot{from, {week, d, to}};
        }
        const ImGuiDragDropFlags accept = ImGuiDragDropFlags_AcceptBeforeDelivery | ImGuiDragDropFlags_AcceptNoDrawDefaultRect;
        const ImGuiPayload* got = ImGui::AcceptDragDropPayload(payload ? payload->DataType : kExercisePayload, accept);
        if (got) {
            app.ui().hover = DropTarget{d, at};
            if (drop) app.preview_drop(*drop);
            ImDrawList* fg = ImGui::GetForegroundDrawList();
            fg->AddRect(column.Min, column.Max, theme::accent(), 6.f, 0, 2.f);
            float y = cards.empty() ? column.Min.y + ImGui::GetFrameHeightWithSpacing() + 6
                                    : (at < static_cast<int>(cards.size()) ? cards[at].Min.y - 3 : cards.back().Max.y + 3);
            y = std::clamp(y, column.Min.y + 2, column.Max.y - 2);
            fg->AddLine(ImVec2(column.Min.x + 6, y), ImVec2(column.Max.x - 6, y), theme::accent(), 3.f);
            if (got->IsDelivery() && drop) {
                if (app.dispatch(*drop)) app.ui().selected.reset();
            }
        }
        ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
}

// A week's tab: "1", "2 D" (a deload); in a block its target RIR, "W2 · RIR 2", "W5 · D".
std::string week_label(const Plan& plan, int w) {
    const bool deload = plan.weeks[static_cast<size_t>(w)].deload;
    if (!plan.block) return std::to_string(w + 1) + (deload ? " D" : "");
    const std::string target = deload ? "D" : "RIR " + std::to_string(plan.block->progression.rir[static_cast<size_t>(w)]);
    return "W" + std::to_string(w + 1) + " \u00b7 " + target;
}
}  // namespace

// Puts the next item on this line when `w` more pixels fit before `right`, else on the next.
void flow(float w, float right) {
    ImGui::SameLine(0, 4);
    if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
}

void draw_week_strip(App& app, float width) {
    const Plan& plan = app.plan();
    UiState& ui = app.ui();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float right = origin.x + width;
    ImGui::BeginGroup();
    for (int w = 0; w < static_cast<int>(plan.weeks.size()); ++w) {
        ImGui::PushID(w);
        const bool active = w == app.week();
        const std::string label = week_label(plan, w);
        const ImVec2 size = touch_size(app, label.c_str());
        if (w > 0) flow(std::max(size.x, button_w(label.c_str())), right);
        if (tab_button(label.c_str(), active, size)) ui.week = w, ui.selected.reset();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Week %d%s", w + 1, plan.weeks[w].deload ? " (deload)" : "");
        app.layout().add_last_item("week:" + std::to_string(w));
        if (ImGui::BeginDragDropTarget()) {  // a slot dragged onto a week tab switches to that week
            if (ImGui::GetDragDropPayload()) ui.week = w;
            ImGui::EndDragDropTarget();
        }
        ImGui::PopID();
    }
    const bool full = plan.weeks.size() >= static_cast<size_t>(limits::kMaxWeeks);
    const bool read_only = app.viewing_shared();
    ImGui::BeginDisabled(full || read_only);
    flow(button_w("+ Copy"), right);
    if (ImGui::Button("+ Copy", touch_size(app, "+ Copy")) && app.dispatch(act::CopyWeek{app.week(), app.week() + 1})) ui.week = app.week() + 1;
    app.layout().add_last_item("week-copy");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add a copy of this week after it");
    flow(button_w("+ Empty"), right);
    if (ImGui::Button("+ Empty", touch_size(app, "+ Empty")) && app.dispatch(act::AddWeek{static_cast<int>(plan.weeks.size())}))
        ui.week = static_cast<int>(plan.weeks.size());  // the new last week, once the change lands
    app.layout().add_last_item("week-add");
    ImGui::EndDisabled();
    flow(button_w("Deload") + ImGui::GetFrameHeight() + 8, right);
    bool deload = plan.weeks[app.week()].deload;
    const bool fixed = plan.block && app.week() != static_cast<int>(plan.weeks.size()) - 1;  // a block's deload is its last week
    ImGui::BeginDisabled(fixed || read_only);
    if (checkbox(app, "Deload", &deload)) app.dispatch(act::SetDeload{app.week(), deload});
    ImGui::EndDisabled();
    app.layout().add_last_item("week-deload");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", fixed ? "In a block, the deload is the last week"
                                      : "A deload halves sets, stops 3+ reps short and drops failure (unticking restores the week)");
    if (plan.weeks.size() > 1) {
        flow(button_w("Remove week"), right);
        ImGui::BeginDisabled(read_only);
        if (ImGui::Button("Remove week", touch_size(app, "Remove week"))) app.open_dialog(Dialog::confirm_remove_week);
        ImGui::EndDisabled();
        app.layout().add_last_item("week-remove");
    }
    ImGui::EndGroup();
    app.layout().add_last_item("weeks");
}

void draw_board(App& app, ImVec2 size, bool stacked) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    app.layout().add("board", Rect{origin.x, origin.y, size.x, size.y});
    if (!stacked) {
        const float col_w = (size.x - gap * 6) / 7.f;
        for (int d = 0; d < 7; ++d) {
            if (d > 0) ImGui::SameLine(0, gap);
            day(app, d, col_w, size.y);
        }
        return;
    }
    ImGui::BeginChild("board", size, false, ImGuiWindowFlags_NavFlattened);
    const float w = ImGui::GetContentRegionAvail().x;
    for (int d = 0; d < 7; ++d) day(app, d, w, 0.f);
    ImGui::EndChild();
}

// A slot dragged off the board and let go anywhere else (library, budget, margins) is removed,
// with an Undo in the toast.
void remove_slot_dropped_outside(App& app) {
    const ImGuiPayload* p = ImGui::GetDragDropPayload();
    if (!p || !p->IsDataType("FS_SLOT") || !ImGui::IsMouseReleased(0) || app.ui().hover) return;
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (app.layout().contains("board", m.x, m.y) || app.layout().contains("weeks", m.x, m.y)) return;
    app.dispatch(act::RemoveSlot{*static_cast<const SlotPos*>(p->Data)}, 0, true);
}

}  // namespace failsafe::app
