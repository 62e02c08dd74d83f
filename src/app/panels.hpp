// src/app/panels.hpp - one function per panel. Each draws from the App and dispatches actions.
#pragma once
#include <imgui.h>

namespace failsafe::app {
class App;

void draw_menu_bar(App& app);
void draw_board(App& app, ImVec2 size);  // the week: seven day columns

}  // namespace failsafe::app
