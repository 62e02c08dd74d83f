#include "renderer.hpp"

#include <cstdio>
#include <cstring>
#include <string>

#include <imgui_internal.h>

#include "gl.hpp"

namespace failsafe::app {
namespace {
const char* kVertex = R"(
in vec2 pos;  // already in clip space: no uniforms to look up (a lookup waits for the link)
in vec2 uv;
in vec4 color;
out vec2 frag_uv;
out vec4 frag_color;
void main() {
    frag_uv = uv;
    frag_color = color;
    gl_Position = vec4(pos, 0.0, 1.0);
}
)";
const char* kFragment = R"(
uniform sampler2D tex;  // texture unit 0, the default
in vec2 frag_uv;
in vec4 frag_color;
out vec4 out_color;
void main() { out_color = vec4(frag_color.rgb, frag_color.a * texture(tex, frag_uv).r); }  // an alpha-only atlas
)";

GLuint compile(GLenum type, const std::string& source) {
    GLuint s = glCreateShader(type);
    const char* src = source.c_str();
    glShaderSource(s, 1, &src, nullptr);
    glCompileShader(s);  // its status is read only if linking fails: each query waits for the GPU
    return s;
}

void print_log(GLuint shader) {
    char log[512] = "";
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    if (log[0]) std::fprintf(stderr, "failsafe: shader does not compile: %s\n", log);
}
}  // namespace

void Renderer::init(const char* glsl_version) {
    const std::string header = std::string(glsl_version) + "\nprecision mediump float;\n";
    const bool es = std::string(glsl_version).find(" es") != std::string::npos;
    const std::string prefix = es ? header : std::string(glsl_version) + "\n";
    GLuint vs = compile(GL_VERTEX_SHADER, prefix + kVertex), fs = compile(GL_FRAGMENT_SHADER, prefix + kFragment);
    program_ = glCreateProgram();
    glAttachShader(program_, vs);
    glAttachShader(program_, fs);
    glBindAttribLocation(program_, 0, "pos");
    glBindAttribLocation(program_, 1, "uv");
    glBindAttribLocation(program_, 2, "color");
    glLinkProgram(program_);
    shaders_[0] = vs;
    shaders_[1] = fs;
    linked_ = -1;  // asked at the first frame: the GPU compiles while the app builds its first frame
    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ebo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    rebuild_font_texture();
}

bool Renderer::ready() {
    if (linked_ >= 0) return linked_ == 1;
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        print_log(shaders_[0]);
        print_log(shaders_[1]);
    }
    glDeleteShader(shaders_[0]);
    glDeleteShader(shaders_[1]);
    shaders_[0] = shaders_[1] = 0;
    linked_ = ok ? 1 : 0;
    return ok;
}

void Renderer::rebuild_font_texture() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // Built with the builder directly: ImFontAtlas::Build() and GetTexDataAs*() would link ImGui's
    // own font (12 KB) for an atlas without fonts, and ours always has one. One byte per pixel:
    // the shader reads coverage from the red channel.
    if (atlas->ConfigData.empty()) return;  // no font yet: UiFont::build adds it, then calls this again
    if (!atlas->TexPixelsAlpha8) ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(atlas);
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas->TexWidth, atlas->TexHeight, 0, GL_RED, GL_UNSIGNED_BYTE, atlas->TexPixelsAlpha8);
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(font_texture_)));
}

void Renderer::forget() {
    program_ = vao_ = vbo_ = ebo_ = font_texture_ = shaders_[0] = shaders_[1] = 0;
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void Renderer::shutdown() {
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    if (vbo_) glDeleteBuffers(1, &vbo_);
    if (ebo_) glDeleteBuffers(1, &ebo_);
    if (vao_) glDeleteVertexArrays(1, &vao_);
    if (program_) glDeleteProgram(program_);
    if (shaders_[0]) glDeleteShader(shaders_[0]);
    if (shaders_[1]) glDeleteShader(shaders_[1]);
    shaders_[0] = shaders_[1] = 0;
    program_ = vao_ = vbo_ = ebo_ = font_texture_ = 0;
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void Renderer::render(ImDrawData* data, int fb_width, int fb_height) {
    glViewport(0, 0, fb_width, fb_height);
    glClearColor(0.086f, 0.094f, 0.114f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!data || fb_width <= 0 || fb_height <= 0 || !program_) return;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(program_);
    const float l = data->DisplayPos.x, r = data->DisplayPos.x + data->DisplaySize.x;
    const float t = data->DisplayPos.y, b = data->DisplayPos.y + data->DisplaySize.y;
    // ImGui's pixels to clip space, here rather than in the shader (see kVertex).
    const float sx = 2.f / (r - l), sy = 2.f / (t - b), ox = -(r + l) / (r - l), oy = -(t + b) / (t - b);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
    // One upload for the whole frame: WebGL calls each cross into the browser, so fewer is faster.
    vertices_.resize(data->TotalVtxCount);
    indices_.resize(data->TotalIdxCount);
    int vtx_base = 0, idx_base = 0;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        for (int i = 0; i < list->VtxBuffer.Size; ++i) {
            ImDrawVert v = list->VtxBuffer[i];
            v.pos = ImVec2(v.pos.x * sx + ox, v.pos.y * sy + oy);
            vertices_[vtx_base + i] = v;
        }
        for (int i = 0; i < list->IdxBuffer.Size; ++i) indices_[idx_base + i] = static_cast<ImDrawIdx>(list->IdxBuffer[i] + vtx_base);
        vtx_base += list->VtxBuffer.Size;
        idx_base += list->IdxBuffer.Size;
    }
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.Size * sizeof(ImDrawVert)), vertices_.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices_.Size * sizeof(ImDrawIdx)), indices_.Data, GL_STREAM_DRAW);

    const ImVec2 scale = data->FramebufferScale;
    GLuint bound_texture = ~0u;
    idx_base = 0;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - l) * scale.x, y0 = (cmd.ClipRect.y - t) * scale.y;
            const float x1 = (cmd.ClipRect.z - l) * scale.x, y1 = (cmd.ClipRect.w - t) * scale.y;
            if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_height - y1), static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
            const GLuint texture = static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID()));
            if (texture != bound_texture) glBindTexture(GL_TEXTURE_2D, bound_texture = texture);
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<intptr_t>((idx_base + static_cast<int>(cmd.IdxOffset)) * sizeof(ImDrawIdx))));
        }
        idx_base += list->IdxBuffer.Size;
    }
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace failsafe::app
