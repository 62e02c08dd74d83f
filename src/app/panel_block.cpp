// The block view: per muscle (rows) and week (columns), that week's hard sets and failure sets
// in a cell coloured by volume_band(), its peak fatigue as a thin bar under them, and the
// systemic peak at the bottom. While a drag hovers a day the cells show the drop's result, the
// changed ones outlined. The muscle names and the week headers stay in view while the grid
// scrolls. Every number comes from the core's analysis.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {

namespace {

constexpr float kPad = 6.f;  // around a cell's text

// "12", or "12 · 2F" with failure sets.
std::string cell_text(const MuscleWeek& mw) {
    std::string s = sets_text(mw.hard_sets);
    if (exceeds(mw.failure_sets, 0.f)) s += " \u00b7 " + sets_text(mw.failure_sets) + "F";
    return s;
}

int percent(float fraction) { return static_cast<int>(std::lround(fraction * 100)); }

// What a drop changes in a cell: the sets shown, or the peak fatigue in whole percent.
bool changed(const MuscleWeek& now, const MuscleWeek& after) {
    return !nearly_equal(now.hard_sets, after.hard_sets) || !nearly_equal(now.failure_sets, after.failure_sets) ||
           percent(now.fatigue_peak) != percent(after.fatigue_peak);
}

ImU32 peak_color(float peak) { return exceeds(peak, 1.f) ? theme::over() : (peak > 0.7f ? theme::caution() : theme::muted()); }

// Where the grid's parts are on screen: the muscle names and week headers stay put, the cells
// scroll under them.
struct Grid {
    ImVec2 origin;  // the content's top left (moves with the scroll)
    ImRect view;    // the visible part of the grid window
    float name_w, head_h, cell_w, row_h;
    ImVec2 cell(int week, int row) const {
        return ImVec2(origin.x + name_w + static_cast<float>(week) * cell_w, origin.y + head_h + static_cast<float>(row) * row_h);
    }
    ImRect cells() const { return ImRect(view.Min.x + name_w, view.Min.y + head_h, view.Max.x, view.Max.y); }
};

void select_week(App& app, int w) {
    app.ui().week = w;
    app.ui().selected.reset();
}

// One cell: a button that selects its week, filled with `fill`, `text` centred, an optional
// peak bar, and the preview's outline when `changed`; a muscle's cell has its state's glyph in
// the corner (the state without its colour). `probe` names it for the layout probe.
void cell(App& app, const Grid& g, int w, int row, const std::string& text, ImU32 fill, ImU32 text_color, float peak, bool changed,
          const std::string& probe, std::optional<Band> state = std::nullopt) {
    const ImVec2 p = g.cell(w, row);
    const ImVec2 size(g.cell_w - 2, g.row_h - 2);
    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(row * 64 + w);
    if (ImGui::InvisibleButton("cell", size)) select_week(app, w);
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + size.x, p.y + size.y);
    dl->AddRectFilled(p, q, fill, 3.f);
    if (ImGui::IsItemHovered()) dl->AddRectFilled(p, q, ImGui::GetColorU32(ImGuiCol_Text, 0.12f), 3.f);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    dl->AddText(ImVec2(p.x + (size.x - ts.x) * 0.5f, p.y + (size.y - ts.y) * 0.5f - 1), text_color, text.c_str());
    if (state) dl->AddText(nullptr, ImGui::GetFontSize() * 0.8f, ImVec2(p.x + 2, p.y), theme::band(*state), theme::band_glyph(*state));
    if (peak > 0) {  // a gauge along the bottom: its track is capacity
        const float inner = size.x - 2 * kPad;
        dl->AddRectFilled(ImVec2(p.x + kPad, q.y - 4), ImVec2(p.x + kPad + inner, q.y - 1), theme::track());
        dl->AddRectFilled(ImVec2(p.x + kPad, q.y - 4), ImVec2(p.x + kPad + inner * std::min(peak, 1.f), q.y - 1), peak_color(peak));
    }
    app.layout().add_last_item(probe);
    app.layout().set_text(probe, text);
    if (changed) {
        dl->AddRect(p, q, theme::accent(), 3.f, 0, 2.f);
        if (const Rect* r = app.layout().find(probe)) app.layout().add(probe + ":changed", *r);
    }
}

}  // namespace

void view_switch(App& app) {
    bool& block = app.ui().block_view;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 1));
    if (tab_button("Fatigue", !block)) block = false;
    app.layout().add_last_item("view:Fatigue");
    ImGui::SameLine(0, 2);
    if (tab_button("Block", block)) block = true;
    app.layout().add_last_item("view:Block");
    ImGui::PopStyleVar();
}

void draw_block(App& app, ImVec2 size, bool switchable) {
    const Plan& plan = app.plan();
    const Analysis& now = app.analysis();
    const Analysis* preview = app.preview();
    const int weeks = static_cast<int>(now.weeks.size());
    ImGui::BeginChild("block", size, true);
    keyboard_panel(app);
    if (switchable) view_switch(app);
    else ImGui::TextUnformatted("Block");
    ImGui::SameLine();
    if (preview) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::accent());
        ImGui::TextUnformatted("preview: drop to apply");
        ImGui::PopStyleColor();
        app.layout().add_last_item("block-preview");
    } else {
        ImGui::TextDisabled("hard sets \u00b7 failure, peak bar");
    }

    // The shown figures (the preview's while a drag hovers a day) and the widest text.
    const Analysis& shown = preview ? *preview : now;
    std::vector<std::string> texts(static_cast<size_t>(weeks * kMuscleCount));
    float text_w = ImGui::CalcTextSize("W16 D").x;
    for (int w = 0; w < weeks; ++w)
        for (int m = 0; m < kMuscleCount; ++m) {
            std::string& t = texts[static_cast<size_t>(w * kMuscleCount + m)];
            t = cell_text(shown.weeks[w].muscles[m]);
            // the width of the figures before the drop too, so that no column jumps while dragging
            text_w = std::max({text_w, ImGui::CalcTextSize(t.c_str()).x, ImGui::CalcTextSize(cell_text(now.weeks[w].muscles[m]).c_str()).x});
        }
    float name_w = ImGui::CalcTextSize("Systemic").x;
    for (int m = 0; m < kMuscleCount; ++m) name_w = std::max(name_w, ImGui::CalcTextSize(std::string(muscle_label(muscle_at(m))).c_str()).x);

    ImGui::BeginChild("block-grid", ImGui::GetContentRegionAvail(), false, ImGuiWindowFlags_HorizontalScrollbar);
    const float line = ImGui::GetTextLineHeight();
    const float row_h = line + (app.touch().finger_seen() ? 16 : 10);  // taller for a finger
    Grid g{ImGui::GetCursorScreenPos(), ImGui::GetCurrentWindow()->InnerRect, name_w + kPad * 2, line + 8, text_w + kPad * 2, row_h};
    ImGui::Dummy(ImVec2(g.name_w + static_cast<float>(weeks) * g.cell_w, g.head_h + static_cast<float>(kMuscleCount + 1) * g.row_h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int selected = app.week();

    // While a drop is previewed and none of the rows it changes is in view, the first comes into view.
    if (preview) {
        int first = -1, last = -1;
        for (int m = 0; m < kMuscleCount; ++m)
            for (int w = 0; w < weeks; ++w)
                if (changed(now.weeks[w].muscles[m], shown.weeks[w].muscles[m])) {
                    first = first < 0 ? m : first, last = m;
                    break;
                }
        const float top = ImGui::GetScrollY(), bottom = top + g.cells().GetHeight();
        const auto row_top = [&](int m) { return static_cast<float>(m) * g.row_h; };
        if (first >= 0 && (row_top(last) + g.row_h < top || row_top(first) > bottom - g.row_h)) ImGui::SetScrollY(row_top(first));
    }

    // The cells, clipped to their area so that none is drawn (or clicked) under the names or headers.
    ImGui::PushClipRect(g.cells().Min, g.cells().Max, true);
    for (int w = 0; w < weeks; ++w) {
        const std::string week = ":W" + std::to_string(w + 1);
        if (w == selected) {
            const ImVec2 top = g.cell(w, 0), bottom = g.cell(w + 1, kMuscleCount + 1);
            dl->AddRectFilled(ImVec2(top.x - 2, top.y - 2), ImVec2(bottom.x, bottom.y), theme::with_alpha(theme::accent(), 0x30), 4.f);
        }
        for (int m = 0; m < kMuscleCount; ++m) {
            const MuscleWeek& mw = now.weeks[w].muscles[m];
            const MuscleWeek& sw = shown.weeks[w].muscles[m];
            const bool changed = preview && app::changed(mw, sw);
            const std::string name(muscle_label(muscle_at(m)));
            const Band state = volume_band(sw, plan.weeks[w].deload);
            cell(app, g, w, m, texts[static_cast<size_t>(w * kMuscleCount + m)], theme::with_alpha(theme::band(state), 0x50),
                 ImGui::GetColorU32(ImGuiCol_Text), sw.fatigue_peak, changed, "block:" + std::string(muscle_id(muscle_at(m))) + week, state);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s, week %d%s%s\n%s hard sets, %s graded (band %s-%s: %s)\n%s failure sets (budget %s)\n"
                                  "peak fatigue %d%%\n%d session%s%s%s",
                                  name.c_str(), w + 1, plan.weeks[w].deload ? " (deload)" : "", changed ? " - after the drop" : "",
                                  sets_text(sw.hard_sets).c_str(), sets_text(sw.stimulus).c_str(), sets_text(sw.budget.low).c_str(),
                                  sets_text(sw.budget.high).c_str(), std::string(band_label(volume_band(sw, plan.weeks[w].deload))).c_str(),
                                  sets_text(sw.failure_sets).c_str(), sets_text(sw.budget.failure).c_str(), percent(sw.fatigue_peak),
                                  sw.sessions, sw.sessions == 1 ? "" : "s", changed ? "\nbefore the drop: " : "", changed ? cell_text(mw).c_str() : "");
        }
        const float sys = shown.weeks[w].systemic_peak;
        const bool sys_changed = preview && percent(sys) != percent(now.weeks[w].systemic_peak);
        cell(app, g, w, kMuscleCount, std::to_string(percent(sys)) + "%", theme::track(), exceeds(sys, 1.f) ? theme::over() : theme::muted(),
             0.f, sys_changed, "block:systemic" + week);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Week %d: systemic fatigue peaks at %d%% of capacity%s", w + 1, percent(sys), sys_changed ? " after the drop" : "");
    }
    ImGui::PopClipRect();

    // The week headers: fixed at the top, scrolled sideways with the cells.
    ImGui::PushClipRect(ImVec2(g.cells().Min.x, g.view.Min.y), ImVec2(g.view.Max.x, g.cells().Min.y), true);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 1));
    for (int w = 0; w < weeks; ++w) {
        const bool deload = plan.weeks[w].deload;
        const std::string label = "W" + std::to_string(w + 1) + (deload ? " D" : "");
        ImGui::SetCursorScreenPos(ImVec2(g.cell(w, 0).x, g.view.Min.y + 2));
        if (tab_button(label.c_str(), w == selected, ImVec2(g.cell_w - 2, g.head_h - 6))) select_week(app, w);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Week %d%s: show it on the board", w + 1, deload ? " (deload)" : "");
        app.layout().add_last_item("block:W" + std::to_string(w + 1));
        app.layout().set_text("block:W" + std::to_string(w + 1), label);
    }
    ImGui::PopStyleVar();
    ImGui::PopClipRect();

    // The muscle names: fixed at the left, scrolled up and down with the cells.
    ImGui::PushClipRect(ImVec2(g.view.Min.x, g.cells().Min.y), ImVec2(g.cells().Min.x, g.view.Max.y), true);
    for (int m = 0; m <= kMuscleCount; ++m) {
        const std::string name = m < kMuscleCount ? std::string(muscle_label(muscle_at(m))) : "Systemic";
        const ImVec2 at(g.view.Min.x + kPad, g.cell(0, m).y + (g.row_h - 2 - line) * 0.5f - 1);
        dl->AddText(at, m < kMuscleCount ? ImGui::GetColorU32(ImGuiCol_Text) : theme::muted(), name.c_str());
        const std::string probe = m < kMuscleCount ? "block:" + std::string(muscle_id(muscle_at(m))) : "block:systemic";
        const ImRect seen(ImVec2(g.view.Min.x, std::max(at.y, g.cells().Min.y)), ImVec2(g.cells().Min.x, std::min(at.y + line, g.view.Max.y)));
        if (seen.GetHeight() >= 2) app.layout().add(probe, Rect{seen.Min.x, seen.Min.y, seen.GetWidth(), seen.GetHeight()});
        app.layout().set_text(probe, name);
    }
    ImGui::PopClipRect();
    const float grid_bottom = std::min(g.view.Max.y, g.cell(0, kMuscleCount + 1).y);
    dl->AddLine(ImVec2(g.cells().Min.x - 1, g.view.Min.y), ImVec2(g.cells().Min.x - 1, grid_bottom), theme::grid());  // the names' edge
    ImGui::EndChild();
    app.layout().add_last_item("block-view");
    ImGui::EndChild();
}

}  // namespace failsafe::app
