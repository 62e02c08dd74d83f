#include "touch_input.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <cstddef>

namespace failsafe::app {

void TouchInput::update(bool touch) {
    ImGuiIO& io = ImGui::GetIO();
    constexpr float kDefaultThreshold = 6.f, kLongPress = 0.45f, kSlop = 12.f;
    const bool pressed_now = io.MouseDown[0] && !was_down_;
    was_down_ = io.MouseDown[0];
    finger_seen_ |= touch;
    if (pressed_now) {  // flags are kept through the release frame until here
        long_press_ = scrolled_ = false;
        start_ = io.MousePos;  // io.MouseClickedPos is only updated by the coming NewFrame
    }
    if (!touch || !io.MouseDown[0]) {
        io.MouseDragThreshold = kDefaultThreshold;
        pending_ = false;
        return;
    }
    const ImVec2 moved(io.MousePos.x - start_.x, io.MousePos.y - start_.y);
    const float dist = std::sqrt(moved.x * moved.x + moved.y * moved.y);
    // Checked first: an earlier movement would have woken a frame and started a scroll, so a
    // press held this long without one is a long press even if the finger has now moved.
    if (!long_press_ && !scrolled_ && io.MouseDownDuration[0] >= kLongPress) long_press_ = true;
    if (!long_press_ && dist >= kSlop) scrolled_ = true;
    pending_ = !long_press_ && !scrolled_;
    io.MouseDragThreshold = long_press_ ? 0.f : 1e9f;  // no drag-and-drop until the long press
    if (scrolled_) {  // finger scrolling: move the window under the finger, up and down and sideways
        ImGuiWindow* const hovered = ImGui::GetCurrentContext()->HoveredWindow;
        // The innermost window under the finger that scrolls on `axis` (the outermost when none does).
        auto scroller = [hovered](size_t axis) {
            ImGuiWindow* w = hovered;
            while (w->ParentWindow && w->ScrollMax[axis] <= 0 && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
            return w;
        };
        if (hovered) {
            ImGuiWindow* y = scroller(1);
            ImGui::SetScrollY(y, y->Scroll.y - io.MouseDelta.y);
            ImGuiWindow* x = scroller(0);
            if (x->ScrollMax.x > 0) ImGui::SetScrollX(x, x->Scroll.x - io.MouseDelta.x);
        }
    }
}

}  // namespace failsafe::app
