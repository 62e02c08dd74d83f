// src/app/text_scan.hpp - hands the user's own text to the UI font (ui_font.hpp) when it
// changes, never every frame: the plan on screen (each new generation), the names of the saved
// plans (when their number changes, or the plan does), and the field being typed in (when it
// becomes active, and in each frame that edits it). The UI's own strings are in the embedded font already.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <cstdint>

namespace failsafe::app {

class App;
class UiFont;

class TextScan {
public:
    // After a frame: what changed since the last call goes to font.need().
    void run(App& app, UiFont& font);

private:
    uint64_t generation_ = 0;
    bool scanned_ = false;
    size_t saved_plans_ = 0;
    ImGuiID field_ = 0;  // the active text field, scanned
};

}  // namespace failsafe::app
