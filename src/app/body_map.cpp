// Front and back silhouettes drawn with ImGui's draw list. Each muscle region is coloured by
// its weekly hard sets against its band (the budget panel's colours) and patterned by it too
// (stripes over, dots under, plain in range), so the state never rests on colour alone;
// brightness follows its peak fatigue. Hover a region for its numbers.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {
// A region in a 100 x 210 figure box: a rectangle (r = 0) or a circle at (x0, y0) with radius r.
struct Region {
    Muscle muscle;
    float x0, y0, x1, y1, r;
};
constexpr Region kFront[] = {
    {Muscle::front_delts, 28, 42, 0, 0, 7},  {Muscle::front_delts, 72, 42, 0, 0, 7},
    {Muscle::side_delts, 20, 47, 0, 0, 5},   {Muscle::side_delts, 80, 47, 0, 0, 5},
    {Muscle::chest, 33, 38, 49, 58, 0},      {Muscle::chest, 51, 38, 67, 58, 0},
    {Muscle::biceps, 15, 54, 24, 78, 0},     {Muscle::biceps, 76, 54, 85, 78, 0},
    {Muscle::forearms, 11, 81, 21, 106, 0},  {Muscle::forearms, 79, 81, 89, 106, 0},
    {Muscle::abs, 38, 61, 62, 96, 0},        {Muscle::adductors, 44, 104, 49, 138, 0},
    {Muscle::adductors, 51, 104, 56, 138, 0}, {Muscle::quads, 31, 102, 43, 150, 0},
    {Muscle::quads, 57, 102, 69, 150, 0},    {Muscle::calves, 34, 158, 44, 196, 0},
    {Muscle::calves, 56, 158, 66, 196, 0},
};
constexpr Region kBack[] = {
    {Muscle::upper_back, 35, 32, 65, 56, 0},  {Muscle::rear_delts, 27, 44, 0, 0, 6},
    {Muscle::rear_delts, 73, 44, 0, 0, 6},    {Muscle::side_delts, 20, 47, 0, 0, 5},
    {Muscle::side_delts, 80, 47, 0, 0, 5},    {Muscle::lats, 30, 57, 46, 84, 0},
    {Muscle::lats, 54, 57, 70, 84, 0},        {Muscle::triceps, 15, 54, 24, 78, 0},
    {Muscle::triceps, 76, 54, 85, 78, 0},     {Muscle::forearms, 11, 81, 21, 106, 0},
    {Muscle::forearms, 79, 81, 89, 106, 0},   {Muscle::lower_back, 40, 85, 60, 99, 0},
    {Muscle::glutes, 32, 100, 49, 120, 0},    {Muscle::glutes, 51, 100, 68, 120, 0},
    {Muscle::hamstrings, 32, 122, 47, 152, 0}, {Muscle::hamstrings, 53, 122, 68, 152, 0},
    {Muscle::calves, 34, 158, 46, 194, 0},    {Muscle::calves, 54, 158, 66, 194, 0},
};

ImU32 region_color(const MuscleWeek& mw) {
    if (mw.hard_sets <= 0.f) return theme::untrained();
    const ImU32 c = theme::band(volume_band(mw));
    return theme::scaled(c, 0.7f + 0.3f * std::clamp(mw.fatigue_peak / 0.6f, 0.f, 1.f));  // never so dark that states meet
}

// The state's pattern over the box a..b: stripes over the band, dots under it, none in range.
void pattern(ImDrawList* dl, ImVec2 a, ImVec2 b, Band state) {
    if (state == Band::in_range) return;
    const ImU32 ink = theme::with_alpha(theme::silhouette(), 0xE0);
    constexpr float kStep = 6.f;
    dl->PushClipRect(a, b, true);
    if (state == Band::over)
        for (float x = a.x - (b.y - a.y); x < b.x; x += kStep) dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), ink, 1.5f);
    else
        for (float y = a.y + kStep / 2; y < b.y; y += kStep)
            for (float x = a.x + kStep / 2; x < b.x; x += kStep) dl->AddCircleFilled(ImVec2(x, y), 1.2f, ink, 6);
    dl->PopClipRect();
}

// Draws one figure; returns the muscle under the mouse, if any.
std::optional<Muscle> figure(App& app, ImDrawList* dl, ImVec2 origin, float scale, const Region* regions, size_t n,
                             const WeekAnalysis& wa, const char* caption) {
    auto P = [&](float x, float y) { return ImVec2(origin.x + x * scale, origin.y + y * scale); };
    const ImU32 body = theme::silhouette();
    dl->AddCircleFilled(P(50, 15), 10 * scale, body);                     // head
    dl->AddRectFilled(P(30, 32), P(70, 100), body, 8 * scale);            // torso
    dl->AddRectFilled(P(13, 44), P(26, 108), body, 5 * scale);            // arms
    dl->AddRectFilled(P(74, 44), P(87, 108), body, 5 * scale);
    dl->AddRectFilled(P(30, 98), P(49, 200), body, 6 * scale);            // legs
    dl->AddRectFilled(P(51, 98), P(70, 200), body, 6 * scale);
    std::optional<Muscle> hovered;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (size_t i = 0; i < n; ++i) {
        const Region& r = regions[i];
        const MuscleWeek& mw = wa.muscles[index(r.muscle)];
        const ImU32 c = region_color(mw);
        ImVec2 a = P(r.x0, r.y0), b = P(r.x1, r.y1);  // the region's box; for a circle, the square inside it
        if (r.r > 0) {
            dl->AddCircleFilled(a, r.r * scale, c);
            const float dx = mouse.x - a.x, dy = mouse.y - a.y;
            if (dx * dx + dy * dy < r.r * r.r * scale * scale) hovered = r.muscle;
            const float half = r.r * scale * 0.7071f;
            a = ImVec2(a.x - half, a.y - half), b = ImVec2(a.x + 2 * half, a.y + 2 * half);
        } else {
            dl->AddRectFilled(a, b, c, 3 * scale);
            if (mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) hovered = r.muscle;
        }
        if (mw.hard_sets > 0.f) pattern(dl, a, b, volume_band(mw));
        const std::string probe = "region:" + std::string(muscle_id(r.muscle));
        if (!app.layout().find(probe)) app.layout().add(probe, Rect{a.x, a.y, b.x - a.x, b.y - a.y});
    }
    const ImVec2 ts = ImGui::CalcTextSize(caption);
    dl->AddText(ImVec2(origin.x + 50 * scale - ts.x / 2, origin.y + 203 * scale), theme::muted(), caption);
    return hovered;
}
}  // namespace

void draw_body_map(App& app, ImVec2 size) {
    const Analysis& a = app.preview() ? *app.preview() : app.analysis();
    const WeekAnalysis& wa = a.weeks[app.week()];
    const float text_h = ImGui::GetTextLineHeightWithSpacing();
    const float scale = std::min((size.y - text_h * 2.5f) / 212.f, size.x / 2.f / 104.f);
    if (scale <= 0.3f) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float fig_w = 100 * scale;
    const float gap = (size.x - 2 * fig_w) / 3.f;
    auto h1 = figure(app, dl, ImVec2(start.x + gap, start.y), scale, kFront, std::size(kFront), wa, "front");
    auto h2 = figure(app, dl, ImVec2(start.x + gap * 2 + fig_w, start.y), scale, kBack, std::size(kBack), wa, "back");
    ImGui::InvisibleButton("bodymap", ImVec2(size.x, 212 * scale + text_h));
    app.layout().add_last_item("bodymap");
    const auto hovered = h1 ? h1 : h2;
    if (hovered && ImGui::IsItemHovered()) {
        const MuscleWeek& mw = wa.muscles[index(*hovered)];
        ImGui::SetTooltip("%s\n%s hard sets (band %s-%s)\n%s failure sets, peak fatigue %.0f%%",
                          std::string(muscle_label(*hovered)).c_str(), sets_text(mw.hard_sets).c_str(), sets_text(mw.budget.low).c_str(),
                          sets_text(mw.budget.high).c_str(), sets_text(mw.failure_sets).c_str(), static_cast<double>(mw.fatigue_peak * 100));
    }
    for (Band b : {Band::under, Band::in_range, Band::over}) {  // the legend: each state's swatch, glyph and word
        if (b != Band::under) ImGui::SameLine();
        const float side = ImGui::GetTextLineHeight();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(p, ImVec2(p.x + side, p.y + side), theme::band(b), 3.f);
        pattern(dl, p, ImVec2(p.x + side, p.y + side), b);
        ImGui::Dummy(ImVec2(side, side));
        const std::string probe = "legend:" + std::string(band_label(b));
        app.layout().add_last_item(probe);
        ImGui::SameLine(0, 4);
        const std::string word = std::string(theme::band_glyph(b)) + " " + std::string(band_label(b));
        ImGui::TextDisabled("%s", word.c_str());
        app.layout().set_text(probe, word);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Colour and pattern: weekly hard sets against the band (dots under, plain in range, stripes over).\n"
                          "Brighter: more fatigue.");
}

}  // namespace failsafe::app
