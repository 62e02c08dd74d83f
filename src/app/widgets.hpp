// src/app/widgets.hpp - small drawing helpers shared by the panels.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

#include "failsafe/analysis.hpp"

namespace failsafe::app {

// A coloured dot on the current line (severity, failure class...).
void dot(ImU32 color, float radius = 4.f);
// Text in a rounded coloured tag ("avoid", "F2").
void tag(const char* text, ImU32 color);
// A horizontal bar of `value` against a band [low, high] on a 0..scale axis; with `preview`,
// the preview value is drawn on top and the current one as a ghost.
void band_bar(ImVec2 size, float value, float low, float high, float scale, std::optional<float> preview);
// A combo box over an enumeration's words: `word(i)` for i in 0..count-1 (the core's ids and
// labels). With `any`, a first entry of that text stands for no choice (-1).
bool word_combo(const char* label, int* value, int count, std::string_view (*word)(int), const char* any = nullptr,
                ImGuiComboFlags flags = 0);
// Worst severity among the findings at a slot, if any.
std::optional<Severity> worst_at(const Analysis& a, int week, int day, int slot);
// "12.5" / "12" for set counts.
std::string sets_text(float v);
// Main muscles of an exercise, e.g. "Quads, Glutes".
std::string main_muscles(const Exercise& e);
// A text field for a plan or exercise name: whatever is typed or pasted, the text keeps the
// core's rule (failsafe::fit_name), cut at a character boundary while the user types.
bool input_name(const char* label, std::string* text, ImGuiInputTextFlags flags = 0);

}  // namespace failsafe::app
