// src/app/touch_input.hpp - fingers on a mouse-driven UI: a long press starts a drag, a drag
// without it scrolls the window under the finger, a tap stays a click. Runs before each
// ImGui::NewFrame and adjusts ImGui's mouse handling for that frame.
#pragma once
#include <imgui.h>

namespace failsafe::app {

class TouchInput {
public:
    // `touch`: the pointer is a finger (else a mouse: ImGui's defaults apply).
    void update(bool touch);
    // This touch scrolled, so its release is not a tap.
    bool scrolled() const { return scrolled_; }
    // A finger is down and is not yet a drag or a scroll: frames are needed to time the press.
    bool pending() const { return pending_; }
    // A finger has been used since the page loaded: controls keep touch-sized targets from then on
    // (sticky, so nothing moves under a mouse that follows a tap).
    bool finger_seen() const { return finger_seen_; }
    // A device whose main pointer is a finger: touch-sized targets from the first frame, so the
    // first tap does not land on a layout that changes under it.
    void assume_finger() { finger_seen_ = true; }

private:
    bool long_press_ = false;  // this touch became a drag
    bool scrolled_ = false;
    bool pending_ = false;
    bool was_down_ = false;
    bool finger_seen_ = false;
    ImVec2 start_{};           // where this touch began
};

}  // namespace failsafe::app
