// Native (SDL2 + OpenGL 3) side of src/platform/platform.hpp.
#include <SDL.h>

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
void notify_first_frame() {}
void expose_api(Api) {}

}  // namespace failsafe::platform
