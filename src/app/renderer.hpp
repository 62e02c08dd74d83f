// src/app/renderer.hpp - draws ImGui's draw lists with OpenGL 3 / WebGL2. Written for Failsafe,
// which owns the whole GL context: no state is queried or restored (in WebGL every glGet* is
// a synchronous round trip to the GPU process; see docs/performance.md).
#pragma once
#include <imgui.h>

namespace failsafe::app {

class Renderer {
public:
    // Creates shaders, buffers and the font texture. `glsl_version` is "#version 300 es" or "#version 130".
    // Does not wait for the shaders: ready() asks, after the first frame is drawn.
    void init(const char* glsl_version);
    bool ready();                    // false when the shaders did not compile or link
    void shutdown();                 // frees every GL object
    void forget();                   // after a lost context: the objects are gone, just drop them
    void rebuild_font_texture();     // after the font atlas changed
    void render(ImDrawData* data, int fb_width, int fb_height);

private:
    ImVector<ImDrawVert> vertices_;  // every list's vertices in one upload
    ImVector<ImDrawIdx> indices_;    // with each list's base vertex added
    unsigned program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0, font_texture_ = 0;
    unsigned shaders_[2] = {0, 0};  // until ready() has read the link status
    int linked_ = -1;               // -1 not asked yet, 0 failed, 1 linked
};

}  // namespace failsafe::app
