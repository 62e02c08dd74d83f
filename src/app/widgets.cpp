#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include "app.hpp"
#include "page_text.hpp"
#include "failsafe/plan.hpp"
#include "theme.hpp"

namespace failsafe::app {

void dot(ImU32 color, float radius) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + radius, p.y + h * 0.5f), radius, color);
    ImGui::Dummy(ImVec2(radius * 2, h));
}

void tag(const char* text, ImU32 color) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 pad(4, 1);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + ts.x + pad.x * 2, p.y + ts.y + pad.y * 2), theme::with_alpha(color, 0x38), 4.f);
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), color, text);
    ImGui::Dummy(ImVec2(ts.x + pad.x * 2, ts.y + pad.y * 2));
}

void band_bar(ImVec2 size, const MuscleWeek& now, const MuscleWeek* preview, float scale) {
    const float value = now.hard_sets, low = now.budget.low, high = now.budget.high;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    auto x = [&](float v) { return p.x + std::clamp(v / scale, 0.f, 1.f) * size.x; };
    const float mid = p.y + size.y * 0.5f, bar_h = size.y * 0.55f;
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), theme::track(), 3.f);
    dl->AddRectFilled(ImVec2(x(low), p.y), ImVec2(x(high), p.y + size.y), theme::band_fill(), 0.f);
    const float shown = preview ? preview->hard_sets : value;
    const bool changed = preview && !nearly_equal(shown, value);
    if (changed) dl->AddRectFilled(ImVec2(p.x, mid - bar_h / 2), ImVec2(x(value), mid + bar_h / 2), theme::ghost(), 2.f);
    const ImU32 color = theme::band(volume_band(preview ? *preview : now));
    dl->AddRectFilled(ImVec2(p.x, mid - bar_h / 4 - (preview ? bar_h / 8 : 0)), ImVec2(x(shown), mid + bar_h / 4 + (preview ? bar_h / 8 : 0)),
                      color, 2.f);
    if (changed)
        dl->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + size.x + 1, p.y + size.y + 1), theme::accent(), 3.f, 0, 1.5f);
    ImGui::Dummy(size);
}

bool word_combo(App& app, const char* label, int* value, int count, std::string_view (*word)(int), const char* any, ImGuiComboFlags flags) {
    bool changed = false;
    const bool chosen = *value >= 0 && *value < count;
    const std::string preview = chosen ? std::string(word(*value)) : std::string(any ? any : "");
    TouchFrame frame(app);
    touch_combo_list(app, count + (any ? 1 : 0));
    if (ImGui::BeginCombo(label, preview.c_str(), flags)) {
        TouchRows rows(app);
        if (any && ImGui::Selectable(any, *value < 0)) *value = -1, changed = true;
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            const bool selected = *value == i;
            if (ImGui::Selectable(std::string(word(i)).c_str(), selected)) *value = i, changed = true;
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        rows.end();
        const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        app.layout().add("combo-list", {at.x, at.y, size.x, size.y});
        ImGui::EndCombo();
    }
    if (changed) ImGui::MarkItemEdited(ImGui::GetItemID());  // as ImGui::Combo does: IsItemEdited and undo steps see it
    return changed;
}

std::optional<Severity> worst_at(const Analysis& a, int week, int day, int slot) {
    std::optional<Severity> worst;
    for (const Finding& f : a.findings)
        if (f.week == week && f.day == day && f.slot == slot && (!worst || f.severity < *worst)) worst = f.severity;
    return worst;
}

float button_w(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2; }

bool tab_button(const char* label, bool active, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(active ? ImGuiCol_TabActive : ImGuiCol_Tab));
    const bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleColor();
    return pressed;
}

std::string sets_text(float v) {
    char buf[16];
    if (std::fabs(v - std::round(v)) < 1e-3f) std::snprintf(buf, sizeof buf, "%.0f", static_cast<double>(v));
    else std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(v));
    return buf;
}

std::string main_muscles(const Exercise& e) {
    std::string out;
    for (int m = 0; m < kMuscleCount; ++m)
        if (e.muscles[m] >= 1.f) out += (out.empty() ? "" : ", ") + std::string(muscle_label(muscle_at(m)));
    return out;
}

bool input_name(const char* label, std::string* text, ImGuiInputTextFlags flags, size_t max_bytes) {
    page_text::Rule keep_rule{max_bytes};
    return ImGui::InputText(label, text, flags | page_text::kFlags, page_text::callback, &keep_rule);
}

namespace {
constexpr float kStepperGap = 2.f;  // between a stepper's buttons and its value

// A stepper button, greyed when it cannot step; marks the value edited when pressed.
bool step_button(App& app, const char* label, const std::string& probe, bool enabled) {
    const float side = stepper_button(app);
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, ImVec2(side, side));
    ImGui::EndDisabled();
    if (pressed) ImGui::MarkItemEdited(ImGui::GetItemID());
    app.layout().add_last_item(probe + label);
    return pressed;
}

// The value between the buttons: centred on a frame. One click (or tap) on it types a number
// instead, in a field in its place: returned when the field is left (Enter, Tab or a click
// elsewhere; Escape keeps the value).
std::optional<float> step_value(App& app, const std::string& probe, const std::string& text, ImVec2 size) {
    static ImGuiID typing = 0;  // one value is typed at a time
    static int frames = 0;      // since typing began: the field takes the keyboard on the next frame
    static char typed[16];
    const ImGuiID id = ImGui::GetID("##value");
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (typing == id) {
        if (frames++ == 0) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(size.x);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                            ImVec2(ImGui::GetStyle().FramePadding.x, std::max(0.f, (size.y - ImGui::GetFontSize()) * 0.5f)));
        ImGui::InputText("##typed", typed, sizeof typed, ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_AutoSelectAll | page_text::kFlags,
                         page_text::callback);
        ImGui::PopStyleVar();
        app.layout().add_last_item(probe + "=");
        const bool left = ImGui::IsItemDeactivated() || (!ImGui::IsItemActive() && frames > 2);
        if (!left) return std::nullopt;
        typing = 0;
        const bool number = typed[0] != '\0' && std::strspn(typed, "0123456789.+-") > 0 && typed[0] != '.';
        if (!number || !ImGui::IsItemDeactivated()) return std::nullopt;
        return static_cast<float>(std::atof(typed));
    }
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
    const float scale = std::min(1.f, size.x / std::max(1.f, ts.x));  // a narrow value area: smaller text
    const ImVec2 at(p.x + (size.x - ts.x * scale) * 0.5f, p.y + (size.y - ts.y * scale) * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * scale, at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    if (ImGui::InvisibleButton("##value", size) && !app.touch_scrolled()) {
        typing = id;
        frames = 0;
        std::snprintf(typed, sizeof typed, "%s", text.c_str());
    }
    app.layout().add_last_item(probe + "=");
    app.layout().set_text(probe + "=", text);  // drawn as text: what tests read
    return std::nullopt;
}

// "-" value "+": the step asked for (-1, 0 or +1), or a value typed.
struct Step {
    int dir = 0;
    std::optional<float> typed;
};
Step stepper(App& app, const std::string& probe, const std::string& text, float width, bool can_down, bool can_up) {
    const float side = stepper_button(app);
    ImGui::PushID(probe.c_str());
    ImGui::PushButtonRepeat(true);
    ImGui::BeginGroup();
    Step step;
    if (step_button(app, "-", probe, can_down)) step.dir = -1;
    ImGui::SameLine(0, kStepperGap);
    ImGui::PopButtonRepeat();
    step.typed = step_value(app, probe, text, ImVec2(std::max(1.f, width - side * 2 - kStepperGap * 2), side));
    ImGui::PushButtonRepeat(true);
    ImGui::SameLine(0, kStepperGap);
    if (step_button(app, "+", probe, can_up)) step.dir = 1;
    ImGui::EndGroup();
    ImGui::PopButtonRepeat();
    ImGui::PopID();
    if (step.typed) ImGui::MarkItemEdited(ImGui::GetItemID());
    return step;
}
}  // namespace

float touch_height(App& app) { return app.touch().finger_seen() ? theme::kTouchTarget : 0.f; }

ImVec2 touch_size(App& app, const char* label) {
    const float side = touch_height(app);
    return side > 0 ? ImVec2(std::max(button_w(label), side), side) : ImVec2(0, 0);
}

float menu_bar_padding(App& app) {
    return app.touch().finger_seen() ? (theme::kTouchTarget + 1 - ImGui::GetFontSize()) * 0.5f : ImGui::GetStyle().FramePadding.y;
}

TouchRows::TouchRows(App& app, bool spacers) : pushed_(app.touch().finger_seen()), spacers_(spacers && pushed_) {
    // A row is its text's height plus the item spacing around it (a menu bar's menu: its width too).
    if (pushed_) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(std::max(ImGui::GetStyle().ItemSpacing.x, 12.f), theme::kTouchTarget + 1 - ImGui::GetTextLineHeight()));
    if (spacers_) ImGui::Dummy(ImVec2(0, 0));  // the first row's half of the spacing above it stays inside the menu
}

void TouchRows::end() {
    if (spacers_) ImGui::Dummy(ImVec2(0, 0));  // and the last row's below it
    if (pushed_) ImGui::PopStyleVar();
    pushed_ = spacers_ = false;
}

TouchFrame::TouchFrame(App& app) : pushed_(app.touch().finger_seen()) {
    if (pushed_)
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                            ImVec2(ImGui::GetStyle().FramePadding.x, (theme::kTouchTarget - ImGui::GetFontSize()) * 0.5f));
}

void TouchFrame::end() {
    if (pushed_) ImGui::PopStyleVar();
    pushed_ = false;
}

float touch_text_line(App& app) {
    const float top = ImGui::GetCursorPosY(), h = touch_height(app);
    if (h > 0) ImGui::SetCursorPosY(top + (h - ImGui::GetTextLineHeight()) * 0.5f);
    return top;
}

void touch_buttons_at(App& app, float top) {
    if (touch_height(app) > 0) ImGui::SetCursorPosY(top);
}

void touch_combo_list(App& app, int items) {
    if (!app.touch().finger_seen()) return;
    // TouchRows' rows, the half row its spacers add, the window's padding: ImGui fits it to the screen.
    const float rows = static_cast<float>(std::min(items, 8)) + 0.5f;
    const float height = rows * (theme::kTouchTarget + 1) + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::SetNextWindowSizeConstraints(ImVec2(ImGui::CalcItemWidth(), 0), ImVec2(FLT_MAX, height));
}

bool small_button(App& app, const char* label) {
    return touch_height(app) > 0 ? ImGui::Button(label, touch_size(app, label)) : ImGui::SmallButton(label);
}

bool checkbox(App& app, const char* label, bool* value) {
    TouchFrame frame(app);
    return ImGui::Checkbox(label, value);
}

float stepper_button(App& app) { return app.touch().finger_seen() ? theme::kTouchTarget : ImGui::GetFrameHeight(); }

float stepper_width(App& app, const char* widest) {
    return stepper_button(app) * 2 + kStepperGap * 2 + ImGui::CalcTextSize(widest).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool step_int(App& app, const std::string& probe, int* value, int lo, int hi, const std::string& text, float width) {
    const Step step = stepper(app, probe, text, width, *value > lo, *value < hi);
    const int next = std::clamp(step.typed ? static_cast<int>(std::lround(*step.typed)) : *value + step.dir, lo, hi);
    const bool changed = next != *value;
    *value = next;
    return changed;
}

bool step_float(App& app, const std::string& probe, float* value, float lo, float hi, float step, std::string (*text)(float),
                float width) {
    const Step s = stepper(app, probe, text(*value), width, *value > lo, *value < hi);
    if (!s.typed && s.dir == 0) return false;  // only drawn: a value off the steps (101.25 at 2.5) stays as it is
    // A step goes to the next value on the steps' grid that way (from 101.25: 102.5 or 100).
    const float at = *value / step;
    const float steps = s.typed ? std::round(*s.typed / step) : s.dir > 0 ? std::floor(at + 1e-3f) + 1 : std::ceil(at - 1e-3f) - 1;
    const float next = std::clamp(steps * step, lo, hi);
    const bool changed = next != *value;
    *value = next;
    return changed;
}

void side_label(const char* text) {
    const float h = ImGui::GetItemRectSize().y;
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.f, (h - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(text);
}

std::string weight_text(float v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(v));
    return buf;
}

bool RowList::begin(const char* id, ImVec2 size) {
    rows_ = 0;
    open_ = false;
    const bool shown = ImGui::BeginChild(id, size, false);
    ImGui::GetWindowDrawList()->ChannelsSplit(2);  // 0: row backgrounds, 1: the rows
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    return shown;
}

void RowList::close_row() {
    if (!open_) return;
    open_ = false;
    const bool alt = !header_ && rows_++ % 2 == 1;
    if (!header_ && !alt) return;
    const float half = ImGui::GetStyle().ItemSpacing.y * 0.5f;
    const float x = ImGui::GetWindowPos().x, bottom = ImGui::GetCursorScreenPos().y - half;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(ImVec2(x, top_ - half), ImVec2(x + ImGui::GetWindowWidth(), bottom),
                      ImGui::GetColorU32(header_ ? ImGuiCol_TableHeaderBg : ImGuiCol_TableRowBgAlt));
    dl->ChannelsSetCurrent(1);
}

void RowList::next_row(bool header) {
    close_row();
    open_ = true;
    header_ = header;
    top_ = ImGui::GetCursorScreenPos().y;
}

void RowList::end() {
    close_row();
    ImGui::GetWindowDrawList()->ChannelsMerge();
    ImGui::EndChild();
}

}  // namespace failsafe::app
