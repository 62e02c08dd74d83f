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
// A muscle's week as a horizontal bar: hard sets against its band on a 0..scale axis, coloured
// by volume_band(); with `preview`, the preview's sets are drawn on top and the current ones as
// a ghost.
void band_bar(ImVec2 size, const MuscleWeek& now, const MuscleWeek* preview, float scale);
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
