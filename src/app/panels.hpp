// src/app/panels.hpp - one function per panel. Each draws from the App and dispatches actions;
// none holds planning logic (every number comes from the core's analysis).
#pragma once
#include <imgui.h>

namespace failsafe::app {
class App;

void draw_menu_bar(App& app);                      // plan menu, undo/redo, summary
void draw_dialogs(App& app);                       // rename, budgets, import/export, custom exercise
void draw_library(App& app, ImVec2 size);          // searchable exercise list (drag sources)
void draw_week_strip(App& app, float width);       // mesocycle: week tabs and week actions
void draw_board(App& app, ImVec2 size, bool stacked);  // the week: day columns (drop targets)
void draw_budget(App& app, ImVec2 size);           // per-muscle bars and the body map
void draw_body_map(App& app, ImVec2 size);         // front and back silhouettes
void draw_fatigue(App& app, ImVec2 size);          // fatigue curves
void draw_findings(App& app, ImVec2 size);         // coaching findings with fixes

}  // namespace failsafe::app
