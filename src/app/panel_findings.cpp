// The findings panel: the plan's health in one line, then one row per finding, the same finding
// across weeks shown once ("Weeks 1-4 Mon - Back squat"), errors first. Clicking a row shows
// its first slot; its fix button applies the fix in every week of the group, as one undo step.
// Text is cached per analysis and rows out of view are skipped, so a plan with hundreds of
// findings stays cheap to draw.
#include <imgui.h>

#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {
// "Stop 1 rep short", or with the weeks it applies to: "Stop 1 rep short (weeks 1-4)".
std::string group_fix_label(const FindingGroup& g) {
    std::string label(fix_label(*g.first));
    if (g.weeks.size() > 1) label += " (" + weeks_text(g.weeks) + ")";
    return label;
}

// The fixes of every finding in the group, first week first.
// A group's fix: each week's own, or, in a block (whose weeks share one base), the first one
// once, an edit reaching every week.
std::vector<Action> group_fixes(const Plan& plan, const FindingGroup& g) {
    std::vector<Action> out;
    for (const Finding* f : g.all) {
        if (!f->fix) continue;
        Action a = to_action(*f->fix);
        if (plan.block) {
            if (auto* edit = std::get_if<act::EditSlot>(&a)) edit->scope = EditScope::all_weeks;
            return {a};
        }
        out.push_back(std::move(a));
    }
    return out;
}

ImU32 summary_colour(const FindingsCache& cache) {
    if (cache.groups.empty()) return theme::muted();
    const Severity worst = cache.groups.front().first->severity;
    return worst == Severity::info ? theme::muted() : theme::severity(worst);
}
}  // namespace

const FindingsCache& findings_cache(App& app) {
    FindingsCache& cache = app.ui().findings_cache;
    if (cache.generation == app.generation()) return cache;
    const Plan& plan = app.plan();
    cache.generation = app.generation();
    cache.groups = group_findings(plan, app.analysis());
    cache.summary = health_summary(plan, cache.groups);
    cache.where.clear();
    cache.messages.clear();
    cache.fix_labels.clear();
    for (const FindingGroup& g : cache.groups) {
        cache.where.push_back(group_place(plan, g));
        cache.messages.push_back(group_message(plan, g));
        cache.fix_labels.push_back(g.first->fix ? group_fix_label(g) + "##fix" : std::string());
    }
    cache.heights.assign(cache.groups.size(), 0.f);
    return cache;
}

void draw_findings(App& app, ImVec2 size) {
    UiState& ui = app.ui();
    const FindingsCache& cache = findings_cache(app);
    ImGui::BeginChild("findings", size, true);
    keyboard_panel(app);
    ImGui::TextUnformatted("Findings");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, summary_colour(cache));
    ImGui::PushTextWrapPos(0.f);
    ImGui::TextUnformatted(cache.summary.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    app.layout().add_last_item("findings-summary");
    ImGui::Separator();
    ImGui::BeginChild("list", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    const float wrap = ImGui::GetContentRegionAvail().x;
    if (ui.findings_cache.width != wrap) {
        ui.findings_cache.width = wrap;
        ui.findings_cache.heights.assign(cache.groups.size(), 0.f);
    }
    std::vector<float>& heights = ui.findings_cache.heights;
    const float view_top = ImGui::GetScrollY(), view_bottom = view_top + ImGui::GetWindowHeight();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    std::optional<size_t> apply_fix;
    log_findings(app);  // what happened in the gym first
    for (size_t i = 0; i < cache.groups.size(); ++i) {
        const FindingGroup& g = cache.groups[i];
        const Finding* f = g.first;
        const float y = ImGui::GetCursorPosY();
        const float h = heights[i];
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
            ImGui::BeginDisabled(app.viewing_shared());  // a shared plan is read-only
            if (small_button(app, cache.fix_labels[i].c_str())) apply_fix = i;
            ImGui::EndDisabled();
            app.layout().add_last_item("fix:" + std::to_string(i));
        }
        const ImVec2 bottom = ImGui::GetItemRectMax();
        app.layout().add("finding:" + std::to_string(i), Rect{top.x, top.y, wrap, bottom.y - top.y});
        ImGui::Separator();
        ImGui::PopID();
        heights[i] = ImGui::GetCursorPosY() - y;
    }
    if (cache.groups.empty()) ImGui::TextDisabled("Nothing to flag.");
    if (apply_fix) {  // after the loop: the list changes with the plan
        const FindingGroup& g = cache.groups[*apply_fix];
        std::vector<Action> fixes = group_fixes(app.plan(), g);
        // What changed and where, "Stop 1 rep short (Weeks 1-3 Mon - Back squat)": the toast (with
        // an Undo) and the undo step say it.
        std::string label = std::string(fix_label(*g.first)) + " (" + cache.where[*apply_fix] + ")";
        app.dispatch_all(std::move(fixes), std::move(label), 0, true);
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

}  // namespace failsafe::app
