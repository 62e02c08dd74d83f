// Failsafe: SDL2 window, OpenGL (WebGL2 in the browser), Dear ImGui, and the app. Draws only
// when something changed: input, resize, focus or the app's own pending work. Start-up, in one
// task up to the first drawn frame: the platform, the app and its saved plan (the first
// analysis), the window's size and the font atlas, then the first frame.
#include <SDL.h>
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "app.hpp"
#include "bridge.hpp"
#include "failsafe/formats.hpp"
#include "platform.hpp"
#include "renderer.hpp"
#include "sdl_input.hpp"
#include "text_scan.hpp"
#include "theme.hpp"
#include "ui_font.hpp"

using namespace failsafe;

namespace {

// Everything start-up makes. It lives as long as the page: in the browser, main() returns once
// the loop is set up, and the loop goes on in animation frames.
struct Program {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    app::Renderer renderer;
    std::optional<app::App> app;
    long frames_drawn = 0;
    int frames_owed = 2;  // ImGui settles hover and layout over a couple of frames
    float font_ratio = 0;
    bool touch = false;   // the last pointer event came from a finger
    ImVec2 finger{0, 0};  // where it is, from the events themselves
    app::FrameStats frame_stats;
    app::UiFont font;    // rasterised at the screen's pixel ratio, with the characters the user's text needs
    app::TextScan scan;  // the user's text, checked against the font when it changes

    // SDL, the GL context, ImGui and the renderer (whose shaders the GPU compiles meanwhile).
    bool start_platform() {
        if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
            platform::fatal("Failsafe could not start.", SDL_GetError());
            return false;
        }
        platform::set_gl_attributes();
        SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
        SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
        SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
        window = SDL_CreateWindow("Failsafe", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720,
                                  SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
        gl = window ? SDL_GL_CreateContext(window) : nullptr;
        if (!gl) {
            platform::fatal("This browser or device could not start WebGL2: Failsafe cannot draw here.", SDL_GetError());
            return false;
        }
        SDL_GL_MakeCurrent(window, gl);
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;  // no filesystem; layout is computed, not saved
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // arrows, Enter, Space and Escape (keyboard.cpp adds Tab)
        io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep an idle app drawing
        app::sdl_input::init(window);
        theme::apply();
        renderer.init(platform::glsl_version());
        return true;
    }

    // The app, the page's bridge to it, and the saved plan from last time (analysed).
    bool start_app() {
        app.emplace();
        platform::expose_api(app::page_bridge(*app, frame_stats, frames_drawn, [this](int n) { frames_owed = std::max(frames_owed, n); }, [this] {
            renderer.forget();  // the old GL objects died with the context
            renderer.init(platform::glsl_version());
        }));
        app->start();
        return true;
    }

    // The window at the page's size (the canvas's backing store resized: a task of its own at
    // start-up, not the first frame's), then the font.
    bool fit_window() {
        platform::sync_window_size(window);
        return fit_font();
    }

    // Crisp text: the font atlas rasterised at device pixels, again when the pixel ratio changes
    // or characters are to be added.
    bool fit_font() {
        const float ratio = platform::device_pixel_ratio();
        if (ratio == font_ratio && !font.stale()) return true;
        font_ratio = ratio;
        font.build(ratio);
        renderer.rebuild_font_texture();
        return true;
    }

    // One turn of the loop: events, then a frame if one is owed. False when the app stops.
    bool frame() {
        ImGuiIO& io = ImGui::GetIO();
        if (app->session().tick()) frames_owed = 3;
        bool wake = platform::sync_window_size(window);
        SDL_Event event;
        bool may_sleep = frames_owed == 0 && !app->touch().pending();
        while (platform::next_event(&event, may_sleep)) {
            may_sleep = false;
            wake = true;
            // Tab moves between panels and '?' opens the shortcuts: taken keys do not reach ImGui.
            const bool tab = event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_TAB;
            const bool help = event.type == SDL_TEXTINPUT && std::string(event.text.text) == "?";
            if (!((tab && app->key_command(false, (event.key.keysym.mod & KMOD_SHIFT) != 0, '\t')) || (help && app->key_command(false, false, '?'))))
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
                if (k == SDLK_z || k == SDLK_y) app->key_command(ctrl, shift, static_cast<char>(k));
                if (k == SDLK_DELETE || k == SDLK_BACKSPACE) app->key_command(ctrl, shift, '\b');
            }
        }
        if (wake) frames_owed = 3;
        if (app::App::clock() >= app->wake_at()) frames_owed = std::max(frames_owed, 1);  // a toast to take down
        // Characters to add (found after the last frame, or the font file just arrived): one
        // frame rebuilds the atlas and draws with it, one more lets windows fit the new widths.
        if (font.stale()) frames_owed = std::max(frames_owed, 2);
        if (frames_owed == 0 && !app->touch().pending()) return true;
        if (frames_owed > 0) --frames_owed;

        fit_font();
        const Uint64 t0 = SDL_GetPerformanceCounter();
        app::sdl_input::new_frame();
        // ImGui 1.86's SDL backend polls the mouse position, which lags a new touch by a frame
        // (the press would land where the last finger was): use the event's position instead.
        if (touch) io.MousePos = finger;
        app->touch().update(touch);
        ImGui::NewFrame();
        app->frame();
        ImGui::Render();
        scan.run(*app, font);
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
    }

    void shut_down() {
        renderer.shutdown();
        app::sdl_input::shutdown();
        ImGui::DestroyContext();
        SDL_GL_DeleteContext(gl);
        SDL_DestroyWindow(window);
        SDL_Quit();
    }
};

}  // namespace

int main(int, char**) {
    auto* program = new Program;  // freed natively once the window closes; the page ends it on the web
    // One task up to the first drawn frame: a yield after creating the GL context lets the
    // browser render the page first, 25-45 ms measured, longer than the start-up work itself
    // (about 20 ms; docs/performance.md).
    if (!program->start_platform() || !program->start_app() || !program->fit_window()) return 1;
    platform::run_loop([=] { return program->frame(); });  // the first frame at once
    program->shut_down();  // natively, once the window is closed (the web never returns here)
    delete program;
    return 0;
}
