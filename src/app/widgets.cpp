#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

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

bool word_combo(const char* label, int* value, int count, std::string_view (*word)(int), const char* any, ImGuiComboFlags flags) {
    bool changed = false;
    const bool chosen = *value >= 0 && *value < count;
    const std::string preview = chosen ? std::string(word(*value)) : std::string(any ? any : "");
    if (ImGui::BeginCombo(label, preview.c_str(), flags)) {
        if (any && ImGui::Selectable(any, *value < 0)) *value = -1, changed = true;
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            const bool selected = *value == i;
            if (ImGui::Selectable(std::string(word(i)).c_str(), selected)) *value = i, changed = true;
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
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

bool input_name(const char* label, std::string* text, ImGuiInputTextFlags flags) {
    const auto keep_rule = [](ImGuiInputTextCallbackData* data) {
        const std::string kept = fit_name(std::string_view(data->Buf, static_cast<size_t>(data->BufTextLen)));
        if (kept != std::string_view(data->Buf, static_cast<size_t>(data->BufTextLen))) {
            data->DeleteChars(0, data->BufTextLen);
            data->InsertChars(0, kept.data(), kept.data() + kept.size());
        }
        return 0;
    };
    return ImGui::InputText(label, text, flags | ImGuiInputTextFlags_CallbackEdit, keep_rule);
}

}  // namespace failsafe::app
