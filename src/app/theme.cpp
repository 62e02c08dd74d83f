#include "theme.hpp"

namespace failsafe::theme {
namespace {
ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }
ImVec4 v4(int r, int g, int b, int a = 255) { return ImVec4(r / 255.f, g / 255.f, b / 255.f, a / 255.f); }
}  // namespace

// Chosen by their distance (CIE76) under the Machado et al. (2009) simulations: every pair
// stays more than 30 apart under each deficiency, and more than 20 at 70% brightness.
ImU32 under() { return rgb(59, 140, 245); }
ImU32 in_range() { return rgb(170, 205, 140); }
ImU32 over() { return rgb(240, 115, 25); }
ImU32 caution() { return rgb(240, 205, 80); }
ImU32 accent() { return rgb(90, 150, 240); }
ImU32 muted() { return rgb(150, 156, 168); }

ImU32 failure_class(FailureClass f) {
    switch (f) {
        case FailureClass::avoid: return over();
        case FailureClass::caution: return caution();
        case FailureClass::safe: return in_range();
    }
    return muted();
}

ImU32 severity(Severity s) {
    switch (s) {
        case Severity::error: return over();
        case Severity::warning: return caution();
        case Severity::info: return under();
    }
    return muted();
}

ImU32 band(Band b) {
    switch (b) {
        case Band::under: return under();
        case Band::in_range: return in_range();
        case Band::over: return over();
    }
    return muted();
}

const char* band_glyph(Band b) {
    switch (b) {
        case Band::under: return "\u2193";
        case Band::in_range: return "=";
        case Band::over: return "\u2191";
    }
    return "";
}

ImU32 with_alpha(ImU32 color, int alpha) {
    return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha & 0xFF) << IM_COL32_A_SHIFT);
}

ImU32 scaled(ImU32 color, float brightness) {
    const auto ch = [&](int shift) {
        return static_cast<ImU32>(static_cast<float>((color >> shift) & 0xFF) * brightness) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

ImU32 card() { return rgb(42, 46, 56); }
ImU32 card_hovered() { return rgb(52, 58, 72); }
ImU32 failure_text() { return rgb(236, 140, 120); }
ImU32 track() { return rgb(44, 48, 58); }
ImU32 band_fill() { return with_alpha(in_range(), 48); }
ImU32 ghost() { return rgb(200, 205, 215, 70); }
ImU32 plot() { return rgb(24, 26, 32); }
ImU32 grid() { return rgb(44, 48, 58); }
ImU32 grid_strong() { return rgb(80, 86, 100); }
ImU32 systemic() { return rgb(180, 140, 240); }
ImU32 marker() { return rgb(240, 240, 240); }
ImU32 untrained() { return rgb(70, 76, 88); }
ImU32 silhouette() { return rgb(52, 57, 68); }
ImU32 qr_dark() { return rgb(0, 0, 0); }
ImU32 qr_light() { return rgb(255, 255, 255); }
ImU32 focus_ring() { return rgb(250, 250, 255); }

void apply() {
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle();
    ImGui::StyleColorsDark(&st);
    st.WindowRounding = 0;
    st.ChildRounding = 6;
    st.FrameRounding = 5;
    st.GrabRounding = 5;
    st.PopupRounding = 6;
    st.TabRounding = 5;
    st.ScrollbarRounding = 6;
    st.WindowPadding = ImVec2(10, 10);
    st.FramePadding = ImVec2(8, 5);
    st.ItemSpacing = ImVec2(8, 6);
    st.ScrollbarSize = 12;
    st.WindowBorderSize = 0;
    st.ChildBorderSize = 1;
    ImVec4* c = st.Colors;
    c[ImGuiCol_WindowBg] = v4(22, 24, 29);
    c[ImGuiCol_ChildBg] = v4(30, 33, 40);
    c[ImGuiCol_PopupBg] = v4(36, 40, 48, 255);
    c[ImGuiCol_Border] = v4(52, 57, 68);
    c[ImGuiCol_Text] = v4(230, 232, 236);
    c[ImGuiCol_TextDisabled] = v4(150, 156, 168);
    c[ImGuiCol_FrameBg] = v4(42, 46, 56);
    c[ImGuiCol_FrameBgHovered] = v4(52, 58, 70);
    c[ImGuiCol_FrameBgActive] = v4(60, 68, 84);
    c[ImGuiCol_Button] = v4(48, 54, 66);
    c[ImGuiCol_ButtonHovered] = v4(62, 92, 140);
    c[ImGuiCol_ButtonActive] = v4(72, 112, 176);
    c[ImGuiCol_Header] = v4(48, 54, 66);
    c[ImGuiCol_HeaderHovered] = v4(62, 80, 110);
    c[ImGuiCol_HeaderActive] = v4(72, 100, 150);
    c[ImGuiCol_Tab] = v4(36, 40, 48);
    c[ImGuiCol_TabHovered] = v4(62, 92, 140);
    c[ImGuiCol_TabActive] = v4(56, 84, 130);
    c[ImGuiCol_MenuBarBg] = v4(28, 31, 38);
    c[ImGuiCol_CheckMark] = v4(90, 150, 240);
    c[ImGuiCol_SliderGrab] = v4(90, 150, 240);
    c[ImGuiCol_SliderGrabActive] = v4(120, 170, 250);
    c[ImGuiCol_DragDropTarget] = v4(90, 150, 240);
    c[ImGuiCol_PlotLines] = v4(90, 150, 240);
    c[ImGuiCol_Separator] = v4(52, 57, 68);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(focus_ring());
}

}  // namespace failsafe::theme
