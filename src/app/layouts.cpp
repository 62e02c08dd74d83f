// The layouts, chosen by the width there is: the desktop's three columns; a tablet's board over
// the library and the other panels (as tabs, the budget's first); a phone's tabs (one panel at a
// time). No day column is ever narrower than theme::kMinDayWidth.
#include <imgui.h>

#include <algorithm>
#include <initializer_list>
#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

constexpr const char* kTabNames[] = {"Today", "Plan", "Budget", "Fatigue", "Block", "Findings"};  // in PhoneTab order

float gap() { return ImGui::GetStyle().ItemSpacing.x; }
// Seven days side by side, none narrower than kMinDayWidth.
float board_min_width() { return 7 * theme::kMinDayWidth + 6 * gap(); }
float library_width(float avail) { return std::clamp(avail * 0.15f, 190.f, 300.f); }
float budget_width(float avail) { return std::clamp(avail * 0.235f, 320.f, 380.f); }  // its columns need 320

// A row of tabs over `tabs`, each as wide as its label and the room left shared out, so that every
// label shows; touch-sized once a finger is used. When the labels do not fit on one line even with
// less padding (six tabs on a 320 px phone), two lines. Returns the tab shown: the current one, or
// the first of `tabs` when the current one is not among them.
PhoneTab tab_row(App& app, std::initializer_list<PhoneTab> tabs, float width) {
    UiState& ui = app.ui();
    PhoneTab shown = *tabs.begin();
    for (PhoneTab t : tabs) if (t == ui.phone_tab) shown = t;
    std::string labels[std::size(kTabNames)];
    float widths[std::size(kTabNames)] = {};
    float text = 0;
    for (PhoneTab t : tabs) {
        std::string& label = labels[static_cast<int>(t)];
        label = kTabNames[static_cast<int>(t)];
        const size_t findings = t == PhoneTab::findings ? findings_cache(app).groups.size() + log_findings_count(app) : 0;
        if (findings > 0) label += " (" + std::to_string(findings) + ")";
        text += widths[static_cast<int>(t)] = ImGui::CalcTextSize(label.c_str()).x;
    }
    const int count = static_cast<int>(tabs.size());
    const auto needs = [&](float pad, float space, float n, float t) { return t + n * 2 * pad + (n - 1) * space; };
    // Narrower than the labels with the usual padding (a 320 px phone): less padding and gap.
    float pad = ImGui::GetStyle().FramePadding.x, space = gap();
    if (needs(pad, space, static_cast<float>(count), text) > width) pad = 3, space = 4;
    text = 0;
    for (PhoneTab t : tabs) {  // no tab narrower than a finger
        float& w = widths[static_cast<int>(t)];
        text += w = std::max(w, touch_height(app) - 2 * pad);
    }
    const int per_line = needs(pad, space, static_cast<float>(count), text) > width ? (count + 1) / 2 : count;
    int i = 0;
    float line_text = 0;
    const PhoneTab* line_start = tabs.begin();
    for (const PhoneTab* t = tabs.begin(); t != tabs.end(); ++t, ++i) {
        if (i % per_line == 0) {  // a new line: its labels' width, the room left shared out among them
            line_start = t;
            line_text = 0;
            for (const PhoneTab* u = t; u != tabs.end() && u - t < per_line; ++u) line_text += widths[static_cast<int>(*u)];
        } else {
            ImGui::SameLine(0, space);
        }
        const float n = static_cast<float>(std::min<long>(per_line, tabs.end() - line_start));
        const float extra = std::max(0.f, (width - needs(pad, space, n, line_text)) / n);
        const std::string& label = labels[static_cast<int>(*t)];
        const ImVec2 size(widths[static_cast<int>(*t)] + 2 * pad + extra, touch_height(app));
        if (tab_button((label + "##tab").c_str(), shown == *t, size)) ui.phone_tab = *t;
        app.layout().add_last_item(std::string("tab:") + kTabNames[static_cast<int>(*t)]);
    }
    return shown;
}

void draw_tab(App& app, PhoneTab tab, ImVec2 size) {
    switch (tab) {
        case PhoneTab::today: draw_today(app, size); break;
        case PhoneTab::plan: break;  // the board, drawn by the layout itself
        case PhoneTab::budget: draw_budget(app, size); break;
        case PhoneTab::fatigue: draw_fatigue(app, size); break;
        case PhoneTab::block: draw_block(app, size); break;
        case PhoneTab::findings: draw_findings(app, size); break;
    }
}

// A panel of tabs over `tabs`, `size` in all.
void tabbed(App& app, std::initializer_list<PhoneTab> tabs, ImVec2 size) {
    ImGui::BeginGroup();
    const float top = ImGui::GetCursorPosY();
    const PhoneTab shown = tab_row(app, tabs, size.x);
    draw_tab(app, shown, ImVec2(size.x, size.y - (ImGui::GetCursorPosY() - top)));
    ImGui::EndGroup();
}

void draw_desktop(App& app) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float library_w = library_width(avail.x);
    const float budget_w = budget_width(avail.x);
    const float center_w = avail.x - library_w - budget_w - 2 * gap();

    draw_library(app, ImVec2(library_w, avail.y));
    ImGui::SameLine(0, gap());
    ImGui::BeginGroup();
    const float strip_top = ImGui::GetCursorPosY();
    if (app.ui().phone_tab == PhoneTab::today) {  // opened from the Plan menu: in the board's place
        draw_today(app, ImVec2(center_w, avail.y * 0.6f));
    } else {
        draw_week_strip(app, center_w);
        const float board_h = (avail.y - (ImGui::GetCursorPosY() - strip_top)) * 0.6f;
        draw_board(app, ImVec2(center_w, board_h), false);
    }
    const float bottom_h = ImGui::GetContentRegionAvail().y;
    const float fatigue_w = center_w * 0.5f - gap() / 2;
    (app.ui().block_view ? draw_block : draw_fatigue)(app, ImVec2(fatigue_w, bottom_h), true);
    ImGui::SameLine(0, gap());
    draw_findings(app, ImVec2(center_w - fatigue_w - gap(), bottom_h));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap());
    draw_budget(app, ImVec2(budget_w, avail.y));
}

// The board takes the whole width; under it, the library beside the other panels as tabs, the
// budget's first (in view while exercises go in).
void draw_tablet(App& app) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float top = ImGui::GetCursorPosY();
    draw_week_strip(app, avail.x);
    draw_board(app, ImVec2(avail.x, (avail.y - (ImGui::GetCursorPosY() - top)) * 0.55f), false);
    const float bottom_h = ImGui::GetContentRegionAvail().y;
    const float lib_w = std::clamp(avail.x * 0.36f, 190.f, 300.f);
    draw_library(app, ImVec2(lib_w, bottom_h));
    ImGui::SameLine(0, gap());
    tabbed(app, {PhoneTab::budget, PhoneTab::findings, PhoneTab::fatigue, PhoneTab::block, PhoneTab::today}, ImVec2(avail.x - lib_w - gap(), bottom_h));
}

void draw_phone(App& app) {
    const float width = ImGui::GetContentRegionAvail().x;
    const PhoneTab shown = tab_row(app, {PhoneTab::today, PhoneTab::plan, PhoneTab::budget, PhoneTab::fatigue, PhoneTab::block, PhoneTab::findings}, width);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (shown != PhoneTab::plan) return draw_tab(app, shown, avail);
    draw_week_strip(app, avail.x);
    // Finger-sized search and filters take more of the library: it gets more room on a touch screen.
    const float lib_h = app.touch().finger_seen() ? std::min(avail.y * 0.42f, 380.f) : std::min(avail.y * 0.34f, 300.f);
    draw_library(app, ImVec2(avail.x, lib_h));
    draw_budget_strip(app, avail.x);  // the budget in one line, in view while exercises go in
    draw_board(app, ImVec2(avail.x, ImGui::GetContentRegionAvail().y), true);
}

}  // namespace

void draw_panels(App& app) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (width < board_min_width()) draw_phone(app);  // days stacked, each the phone's width
    else if (width - library_width(width) - budget_width(width) - 2 * gap() >= board_min_width()) draw_desktop(app);
    else draw_tablet(app);
}

}  // namespace failsafe::app
