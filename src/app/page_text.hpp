// src/app/page_text.hpp - ImGui text fields typed through the page's own text input (web), so
// a phone's keyboard opens and IME composition, paste and selection work. While a field is
// active, the page's <input> (a <textarea> for a multiline field) sits over it and holds the
// text; each frame the field takes what changed there, and hands back what its rules changed.
// Natively nothing changes: SDL's text events reach ImGui as before.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>

namespace failsafe::app::page_text {

// A rule the text keeps whatever is typed: a name's length and characters (failsafe::fit_name
// with this many bytes at most).
struct Rule {
    size_t max_bytes = 0;
};

// Every editable text field passes these flags and callback (user data: a const Rule* or
// nullptr for none): ImGui::InputText(label, &text, page_text::kFlags, page_text::callback).
inline constexpr ImGuiInputTextFlags kFlags = ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackEdit;
int callback(ImGuiInputTextCallbackData* data);

// After each frame is built: hides the page's input when no field was active during it.
void end_frame();

}  // namespace failsafe::app::page_text
