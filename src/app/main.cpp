// Failsafe: SDL2 window, OpenGL (WebGL2 in the browser), Dear ImGui, and the app. Draws only
// when something changed: input, resize, focus or the app's own pending work.
#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "bridge.hpp"
#include "failsafe/formats.hpp"
#include "platform.hpp"
#include "renderer.hpp"
#include "sdl_input.hpp"
#include "theme.hpp"

using namespace failsafe;

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        platform::fatal("Failsafe could not start.", SDL_GetError());
        return 1;
    }
    platform::set_gl_attributes();
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    SDL_Window* window = SDL_CreateWindow("Failsafe", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720,
                                          SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
    if (!gl) {
        platform::fatal("This browser or device could not start WebGL2: Failsafe cannot draw here.", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(window, gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // arrows, Enter, Space and Escape (keyboard.cpp adds Tab)  // no filesystem; layout is computed, not saved
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep an idle app drawing
    app::sdl_input::init(window);
    app::Renderer renderer;
    renderer.init(platform::glsl_version());

    app::App app;
    long frames_drawn = 0;
    int frames_owed = 2;  // ImGui settles hover and layout over a couple of frames
    float font_ratio = 0;

    bool touch = false;       // the last pointer event came from a finger
    ImVec2 finger(0, 0);      // where it is, from the events themselves
    app::FrameStats frame_stats;
    platform::expose_api(app::page_bridge(app, frame_stats, frames_drawn, [&](int n) { frames_owed = std::max(frames_owed, n); }, [&] {
        renderer.forget();  // the old GL objects died with the context
        renderer.init(platform::glsl_version());
    }));
    app.start();

    platform::run_loop([&]() -> bool {
        if (app.session().tick()) frames_owed = 3;
        bool wake = platform::sync_window_size(window);
        SDL_Event event;
        bool may_sleep = frames_owed == 0 && !app.touch().pending();
        while (platform::next_event(&event, may_sleep)) {
            may_sleep = false;
            wake = true;
            // Tab moves between panels and '?' opens the shortcuts: taken keys do not reach ImGui.
            const bool tab = event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_TAB;
            const bool help = event.type == SDL_TEXTINPUT && std::string(event.text.text) == "?";
            if (!((tab && app.key_command(false, (event.key.keysym.mod & KMOD_SHIFT) != 0, '\t')) || (help && app.key_command(false, false, '?'))))
                app::sdl_input::process(event);
            if (event.type == SDL_QUIT) return false;
            if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) {
                touch = event.button.which == SDL_TOUCH_MOUSEID;
                finger = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
            }
            if (event.type == SDL_MOUSEMOTION) {
                touch = event.motion.which == SDL_TOUCH_MOUSEID;
                finger = ImVec2(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
            }
            if (event.type == SDL_KEYDOWN) {
                const SDL_Keycode k = event.key.keysym.sym;
                const bool ctrl = (event.key.keysym.mod & (KMOD_CTRL | KMOD_GUI)) != 0;
                const bool shift = (event.key.keysym.mod & KMOD_SHIFT) != 0;
                if (k == SDLK_z || k == SDLK_y) app.key_command(ctrl, shift, static_cast<char>(k));
                if (k == SDLK_DELETE || k == SDLK_BACKSPACE) app.key_command(ctrl, shift, '\b');
            }
        }
        if (wake) frames_owed = 3;
        if (app::App::clock() >= app.wake_at()) frames_owed = std::max(frames_owed, 1);  // a toast to take down
        if (frames_owed == 0 && !app.touch().pending()) return true;
        if (frames_owed > 0) --frames_owed;

        const float ratio = platform::device_pixel_ratio();
        if (ratio != font_ratio) {  // crisp text: rasterise the font at device pixels
            font_ratio = ratio;
            theme::apply(ratio);
            renderer.rebuild_font_texture();
        }
        const Uint64 t0 = SDL_GetPerformanceCounter();
        app::sdl_input::new_frame();
        // ImGui 1.86's SDL backend polls the mouse position, which lags a new touch by a frame
        // (the press would land where the last finger was): use the event's position instead.
        if (touch) io.MousePos = finger;
        app.touch().update(touch);
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
        const Uint64 t1 = SDL_GetPerformanceCounter();
        int w = 0, h = 0;
        SDL_GL_GetDrawableSize(window, &w, &h);
        renderer.render(ImGui::GetDrawData(), w, h);
        const double ms_per_tick = 1000.0 / static_cast<double>(SDL_GetPerformanceFrequency());
        frame_stats.record(static_cast<double>(t1 - t0) * ms_per_tick, static_cast<double>(SDL_GetPerformanceCounter() - t1) * ms_per_tick);
        SDL_GL_SwapWindow(window);
        // Asked after the frame, not before: asking waits for the GPU process to finish linking
        // (best practice for WebGL), and by now it has. A program that failed draws nothing.
        if (!renderer.ready()) {
            platform::fatal("The graphics shaders did not compile: Failsafe cannot draw here.");
            return false;
        }
        if (++frames_drawn == 1) platform::notify_first_frame();
        return true;
    });

    renderer.shutdown();
    app::sdl_input::shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
