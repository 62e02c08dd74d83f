// src/app/theme.hpp - the colour theme and font. Every colour means the same thing
// everywhere: a state (under, in range, over), a failure class, a severity.
#pragma once
#include <imgui.h>

#include "failsafe/analysis.hpp"
#include "failsafe/catalog.hpp"

namespace failsafe::theme {

inline constexpr float kFontSize = 15.f;  // CSS px

// Loads the embedded UI font at `pixel_ratio` times its size and styles ImGui.
void apply(float pixel_ratio);

// Semantic colours.
ImU32 under();     // below the band: blue-grey
ImU32 in_range();  // green
ImU32 over();      // red
ImU32 caution();   // amber
ImU32 accent();    // interactive highlight
ImU32 muted();     // secondary text
ImU32 failure_class(FailureClass f);
ImU32 severity(Severity s);
ImU32 band(Band b);  // under / in range / over (failsafe::band_of)

}  // namespace failsafe::theme
