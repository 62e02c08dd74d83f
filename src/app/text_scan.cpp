#include "text_scan.hpp"

#include <imgui_internal.h>

#include "app.hpp"
#include "ui_font.hpp"

namespace failsafe::app {

void TextScan::run(App& app, UiFont& font) {
    const auto& saved = app.store().plans();
    if (!scanned_ || app.generation() != generation_ || saved.size() != saved_plans_) {
        scanned_ = true;
        generation_ = app.generation();
        saved_plans_ = saved.size();
        for_each_user_text(app.plan(), [&font](std::string_view text) { font.need(text); });
        for (const SavedPlan& p : saved) font.need(p.name);
    }
    // The field being typed in: ImGui keeps its text as wide characters while it is active.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiInputTextState& field = g.InputTextState;
    if (g.ActiveId == 0 || field.ID != g.ActiveId) {
        field_ = 0;
        return;
    }
    if (field.ID == field_ && !field.Edited) return;  // neither newly active nor edited this frame
    field_ = field.ID;
    font.need(field.TextW.Data, field.CurLenW);
}

}  // namespace failsafe::app
