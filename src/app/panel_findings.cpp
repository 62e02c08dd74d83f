// The findings panel: every coaching finding, errors first. Clicking one shows its slot; its
// fix button applies the suggested action (one undo step). Text is cached per analysis and
// rows out of view are skipped, so a plan with hundreds of findings stays cheap to draw.
#include <imgui.h>

#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {
void rebuild(FindingsCache& cache, const App& app, const std::vector<const Finding*>& findings, uint64_t generation, float width) {
    const Plan& plan = app.plan();
    cache.generation = generation;
    cache.width = width;
    cache.where.clear();
    cache.messages.clear();
    for (const Finding* f : findings) {
        cache.where.push_back(finding_place(plan, *f));
        cache.messages.push_back(finding_message(plan, *f));
    }
    cache.heights.assign(findings.size(), 0.f);
}
}  // namespace

void draw_findings(App& app, ImVec2 size) {
    const Analysis& a = app.analysis();
    UiState& ui = app.ui();
    ImGui::BeginChild("findings", size, true);
    ImGui::TextUnformatted("Findings");
    ImGui::SameLine();
    const int e = a.count(Severity::error), w = a.count(Severity::warning), n = a.count(Severity::info);
    ImGui::PushStyleColor(ImGuiCol_Text, e ? theme::over() : theme::muted());
    ImGui::Text("%d error%s", e, e == 1 ? "" : "s");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, w ? theme::caution() : theme::muted());
    ImGui::Text("%d warning%s", w, w == 1 ? "" : "s");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextDisabled("%d note%s", n, n == 1 ? "" : "s");
    app.layout().add_last_item("findings-summary");
    ImGui::Separator();
    ImGui::BeginChild("list");
    const std::vector<const Finding*> findings = a.by_severity();
    const float wrap = ImGui::GetContentRegionAvail().x;
    FindingsCache& cache = ui.findings_cache;
    if (cache.generation != app.generation() || cache.width != wrap) rebuild(cache, app, findings, app.generation(), wrap);
    if (findings.empty()) ImGui::TextDisabled("Nothing to flag.");
    const float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    std::optional<Action> apply_fix;
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding* f = findings[i];
        const float y = ImGui::GetCursorPosY();
        const float h = cache.heights[i];
        if (h > 0 && (y + h < view_top || y > view_bottom)) {  // out of view: keep its space only
            ImGui::Dummy(ImVec2(wrap, h - spacing));
            continue;
        }
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        dot(theme::severity(f->severity), 4.5f);
        ImGui::SameLine();
        if (f->week >= 0) {
            if (ImGui::Selectable(cache.where[i].c_str(), false, ImGuiSelectableFlags_None, ImVec2(wrap - 30, 0))) {
                ui.week = f->week;
                ui.phone_tab = PhoneTab::plan;
                if (f->slot >= 0) {
                    ui.selected = SlotPos{f->week, f->day, f->slot};
                    ui.scroll_to_selected = true;
                }
                if (f->muscle) ui.fatigue_muscle = index(*f->muscle);
            }
        } else {
            ImGui::TextUnformatted(cache.where[i].c_str());
        }
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap - 8);
        ImGui::TextDisabled("%s", cache.messages[i].c_str());
        ImGui::PopTextWrapPos();
        if (f->fix) {
            const std::string label = std::string(fix_label(*f)) + "##fix";
            if (ImGui::SmallButton(label.c_str())) apply_fix = to_action(*f->fix);
            app.layout().add_last_item("fix:" + std::to_string(i));
        }
        const ImVec2 bottom = ImGui::GetItemRectMax();
        app.layout().add("finding:" + std::to_string(i), Rect{top.x, top.y, wrap, bottom.y - top.y});
        ImGui::Separator();
        ImGui::PopID();
        cache.heights[i] = ImGui::GetCursorPosY() - y;
    }
    if (apply_fix) app.dispatch(*apply_fix);  // after the loop: the list changes with the plan
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace failsafe::app
