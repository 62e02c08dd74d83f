// Native (SDL2 + OpenGL 3) side of src/platform/platform.hpp.
#include <SDL.h>

#include <cstdio>

#include "platform.hpp"

namespace failsafe::platform {

const char* glsl_version() { return "#version 130"; }

void set_gl_attributes() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
}

void run_loop(const std::function<bool()>& frame) {
    while (frame()) {
    }
}

bool next_event(SDL_Event* event, bool may_sleep) {
    return may_sleep ? SDL_WaitEventTimeout(event, 250) != 0 : SDL_PollEvent(event) != 0;
}

bool sync_window_size(void*) { return false; }
float device_pixel_ratio() { return 1.f; }
void copy_text(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

std::string save_text_file(const std::string& filename, const std::string& text) {
    std::FILE* f = std::fopen(filename.c_str(), "wb");
    if (!f) return "Could not write " + filename;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok ? "Saved " + filename + " in the working folder" : "Could not write " + filename;
}

bool can_pick_file() { return false; }
void pick_text_file(std::function<void(std::string, std::string)>) {}

void notify_first_frame() {}
void expose_api(Api) {}

}  // namespace failsafe::platform
