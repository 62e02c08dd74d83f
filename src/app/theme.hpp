// src/app/theme.hpp - the colour theme. Every colour means the same thing
// everywhere: a state (under, in range, over), a failure class, a severity.
#pragma once
#include <imgui.h>

#include "failsafe/analysis.hpp"
#include "failsafe/catalog.hpp"

namespace failsafe::theme {

inline constexpr float kFontSize = 15.f;  // CSS px
inline constexpr float kTouchTarget = 44.f;  // CSS px: the smallest button a finger hits reliably
inline constexpr float kMinDayWidth = 90.f;  // CSS px: the narrowest day column (room for an exercise's name)

// Styles ImGui (the font: ui_font.hpp).
void apply();

// Semantic colours. The three states are told apart by lightness as well as hue, so that they
// stay distinct under protanopia, deuteranopia and tritanopia (tests/e2e/colours.test.mjs);
// wherever a state is shown, band_glyph() or a pattern says it again.
ImU32 under();     // below the band: blue
ImU32 in_range();  // grey-green
ImU32 over();      // orange-vermilion
ImU32 caution();   // yellow
ImU32 accent();    // interactive highlight
ImU32 muted();     // secondary text
ImU32 failure_class(FailureClass f);
ImU32 severity(Severity s);
ImU32 band(Band b);  // under / in range / over (failsafe::band_of)
// The state's second cue, beside its colour: a down arrow, "=", an up arrow.
const char* band_glyph(Band b);
// `color` at another opacity, 0..255: the background of a tag, a highlighted row.
ImU32 with_alpha(ImU32 color, int alpha);
// `color` darkened: its red, green and blue times `brightness` (0..1), opaque.
ImU32 scaled(ImU32 color, float brightness);

// Surfaces and marks.
ImU32 card();          // a slot card
ImU32 card_hovered();
ImU32 failure_text();  // a slot's summary when it has failure sets
ImU32 track();         // the empty length of a bar
ImU32 band_fill();     // a bar's band
ImU32 ghost();         // the value a drop preview replaces
ImU32 plot();          // a plot's background
ImU32 grid();          // a plot's day line
ImU32 grid_strong();   // a plot's week line
ImU32 systemic();      // the systemic fatigue curve
ImU32 marker();        // a session's start on a fatigue curve
ImU32 untrained();     // a body-map region with no hard sets
ImU32 silhouette();    // the body behind the regions
ImU32 qr_dark();       // QR modules: black on white, as every scanner reads them
ImU32 qr_light();
ImU32 focus_ring();    // the keyboard's focus

}  // namespace failsafe::theme
