// src/app/sdl_input.hpp - SDL's window, mouse, keyboard and text events fed to Dear ImGui.
// Written for Failsafe in place of ImGui's SDL backend, which also links SDL's game-controller
// code and mapping database (about 8 KB of wasm) for gamepad navigation the app does not use.
#pragma once
#include <SDL.h>

namespace failsafe::app::sdl_input {

void init(SDL_Window* window);     // key map, clipboard, mouse cursors
void process(const SDL_Event& e);  // every event, before the frame
void new_frame();                  // display size, time step, mouse, cursor
void shutdown();

}  // namespace failsafe::app::sdl_input
