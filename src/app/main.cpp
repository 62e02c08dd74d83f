// Failsafe: SDL2 window, OpenGL (WebGL2 in the browser), Dear ImGui, and the app. Draws only
// when something changed: input, resize, focus or the app's own pending work.
#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstdio>

#include "app.hpp"
#include "platform.hpp"
#include "theme.hpp"

using namespace failsafe;

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "failsafe: SDL_Init failed: %s\n", SDL_GetError());
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
        std::fprintf(stderr, "failsafe: no OpenGL context: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(window, gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no filesystem; layout is computed, not saved
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep an idle app drawing
    ImGui_ImplSDL2_InitForOpenGL(window, gl);
    ImGui_ImplOpenGL3_Init(platform::glsl_version());

    app::App app;
    long frames_drawn = 0;
    int frames_owed = 2;  // ImGui settles hover and layout over a couple of frames
    float font_ratio = 0;

    platform::expose_api({
        .plan_json = {},
        .analysis_json = {},
        .load_json = {},
        .layout_json = [&] { return app.layout().json(); },
        .frames = [&] { return frames_drawn; },
    });

    platform::run_loop([&]() -> bool {
        bool wake = platform::sync_window_size(window);
        SDL_Event event;
        bool may_sleep = frames_owed == 0 && !app.wants_frames();
        while (platform::next_event(&event, may_sleep)) {
            may_sleep = false;
            wake = true;
            ImGui_ImplSDL2_ProcessEvent(&event);
            if (event.type == SDL_QUIT) return false;
        }
        if (wake) frames_owed = 3;
        if (frames_owed == 0 && !app.wants_frames()) return true;
        if (frames_owed > 0) --frames_owed;

        const float ratio = platform::device_pixel_ratio();
        if (ratio != font_ratio) {  // crisp text: rasterise the font at device pixels
            font_ratio = ratio;
            theme::apply(ratio);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        app.frame();
        ImGui::Render();
        int w = 0, h = 0;
        SDL_GL_GetDrawableSize(window, &w, &h);
        glViewport(0, 0, w, h);
        glClearColor(0.086f, 0.094f, 0.114f, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        SDL_GL_SwapWindow(window);
        if (++frames_drawn == 1) platform::notify_first_frame();
        return true;
    });

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
