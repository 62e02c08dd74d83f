#include "sdl_input.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <iterator>
#include <vector>

namespace failsafe::app::sdl_input {
namespace {

struct State {
    SDL_Window* window = nullptr;
    Uint64 last = 0;                   // performance counter at the last frame
    bool pressed[3] = {};              // a press seen this frame, however short
    // Keys let go of before ImGui saw them down (a quick tap: down and up between two frames,
    // as a browser test or a fast Enter gives): released one frame late, so that the tap counts.
    bool fresh[SDL_NUM_SCANCODES] = {};  // down since the last frame
    std::vector<int> late, later;        // to release at the next frame, and at the one after
    char* clipboard = nullptr;         // SDL's copy, freed on the next read
    SDL_Cursor* cursors[ImGuiMouseCursor_COUNT] = {};
};
State g;

const char* get_clipboard(void*) {
    if (g.clipboard) SDL_free(g.clipboard);
    g.clipboard = SDL_GetClipboardText();
    return g.clipboard;
}
void set_clipboard(void*, const char* text) { SDL_SetClipboardText(text); }

int button_index(Uint8 button) {
    switch (button) {
        case SDL_BUTTON_LEFT: return 0;
        case SDL_BUTTON_RIGHT: return 1;
        case SDL_BUTTON_MIDDLE: return 2;
        default: return -1;
    }
}

}  // namespace

void init(SDL_Window* window) {
    ImGuiIO& io = ImGui::GetIO();
    g.window = window;
    io.BackendPlatformName = "failsafe_sdl_input";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // ImGui 1.86 reads keys through this map into io.KeysDown, indexed by SDL scancode.
    const struct { ImGuiKey key; SDL_Scancode code; } keys[] = {
        {ImGuiKey_Tab, SDL_SCANCODE_TAB},         {ImGuiKey_LeftArrow, SDL_SCANCODE_LEFT},
        {ImGuiKey_RightArrow, SDL_SCANCODE_RIGHT}, {ImGuiKey_UpArrow, SDL_SCANCODE_UP},
        {ImGuiKey_DownArrow, SDL_SCANCODE_DOWN},   {ImGuiKey_PageUp, SDL_SCANCODE_PAGEUP},
        {ImGuiKey_PageDown, SDL_SCANCODE_PAGEDOWN}, {ImGuiKey_Home, SDL_SCANCODE_HOME},
        {ImGuiKey_End, SDL_SCANCODE_END},          {ImGuiKey_Insert, SDL_SCANCODE_INSERT},
        {ImGuiKey_Delete, SDL_SCANCODE_DELETE},    {ImGuiKey_Backspace, SDL_SCANCODE_BACKSPACE},
        {ImGuiKey_Space, SDL_SCANCODE_SPACE},      {ImGuiKey_Enter, SDL_SCANCODE_RETURN},
        {ImGuiKey_Escape, SDL_SCANCODE_ESCAPE},    {ImGuiKey_KeyPadEnter, SDL_SCANCODE_KP_ENTER},
        {ImGuiKey_A, SDL_SCANCODE_A},              {ImGuiKey_C, SDL_SCANCODE_C},
        {ImGuiKey_V, SDL_SCANCODE_V},              {ImGuiKey_X, SDL_SCANCODE_X},
        {ImGuiKey_Y, SDL_SCANCODE_Y},              {ImGuiKey_Z, SDL_SCANCODE_Z},
    };
    for (const auto& k : keys) io.KeyMap[k.key] = k.code;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    const SDL_SystemCursor system[ImGuiMouseCursor_COUNT] = {
        SDL_SYSTEM_CURSOR_ARROW,  SDL_SYSTEM_CURSOR_IBEAM,    SDL_SYSTEM_CURSOR_SIZEALL, SDL_SYSTEM_CURSOR_SIZENS,
        SDL_SYSTEM_CURSOR_SIZEWE, SDL_SYSTEM_CURSOR_SIZENESW, SDL_SYSTEM_CURSOR_SIZENWSE, SDL_SYSTEM_CURSOR_HAND,
        SDL_SYSTEM_CURSOR_NO};  // in ImGuiMouseCursor order
    for (int i = 0; i < ImGuiMouseCursor_COUNT; ++i) g.cursors[i] = SDL_CreateSystemCursor(system[i]);
}

void process(const SDL_Event& e) {
    ImGuiIO& io = ImGui::GetIO();
    switch (e.type) {
        case SDL_MOUSEWHEEL:  // one notch per event, whatever the device reports
            io.MouseWheelH += static_cast<float>((e.wheel.x > 0) - (e.wheel.x < 0));
            io.MouseWheel += static_cast<float>((e.wheel.y > 0) - (e.wheel.y < 0));
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (const int i = button_index(e.button.button); i >= 0) g.pressed[i] = true;
            break;
        case SDL_TEXTINPUT:
            io.AddInputCharactersUTF8(e.text.text);
            break;
        case SDL_KEYDOWN:
        case SDL_KEYUP: {
            const int code = e.key.keysym.scancode;
            if (code >= 0 && code < IM_ARRAYSIZE(io.KeysDown)) {
                const bool down = e.type == SDL_KEYDOWN;
                if (!down && g.fresh[code]) g.later.push_back(code);  // ImGui sees it down for a frame first
                else io.KeysDown[code] = down;
                g.fresh[code] = down;
            }
            const SDL_Keymod mod = SDL_GetModState();
            io.KeyShift = (mod & KMOD_SHIFT) != 0;
            io.KeyCtrl = (mod & KMOD_CTRL) != 0;
            io.KeyAlt = (mod & KMOD_ALT) != 0;
            io.KeySuper = (mod & KMOD_GUI) != 0;
            break;
        }
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_FOCUS_GAINED) io.AddFocusEvent(true);
            if (e.window.event == SDL_WINDOWEVENT_FOCUS_LOST) io.AddFocusEvent(false);
            break;
        default:
            break;
    }
}

void new_frame() {
    ImGuiIO& io = ImGui::GetIO();
    int w = 0, h = 0, fb_w = 0, fb_h = 0;
    SDL_GetWindowSize(g.window, &w, &h);
    SDL_GL_GetDrawableSize(g.window, &fb_w, &fb_h);
    io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    if (w > 0 && h > 0) io.DisplayFramebufferScale = ImVec2(static_cast<float>(fb_w) / w, static_cast<float>(fb_h) / h);

    const Uint64 now = SDL_GetPerformanceCounter();
    io.DeltaTime = g.last > 0 ? static_cast<float>(static_cast<double>(now - g.last) / static_cast<double>(SDL_GetPerformanceFrequency()))
                              : 1.f / 60.f;
    if (io.DeltaTime <= 0.f) io.DeltaTime = 1e-6f;  // ImGui needs time to pass
    g.last = now;

    for (int code : g.late) io.KeysDown[code] = g.fresh[code];  // a key tapped again stays down
    g.late.swap(g.later);
    g.later.clear();
    std::fill(std::begin(g.fresh), std::end(g.fresh), false);

    // Buttons: held now, or pressed since the last frame (a click shorter than a frame counts).
    int x = 0, y = 0;
    const Uint32 held = SDL_GetMouseState(&x, &y);
    const Uint32 masks[3] = {SDL_BUTTON_LMASK, SDL_BUTTON_RMASK, SDL_BUTTON_MMASK};
    for (int i = 0; i < 3; ++i) {
        io.MouseDown[i] = g.pressed[i] || (held & masks[i]) != 0;
        g.pressed[i] = false;
    }
    // ImGui 1.86 presses the focused button with Space only: Enter too, unless a text field has it.
    if (!io.WantTextInput && (io.KeysDown[SDL_SCANCODE_RETURN] || io.KeysDown[SDL_SCANCODE_KP_ENTER]))
        io.NavInputs[ImGuiNavInput_Activate] = 1.f;
    const bool ours = SDL_GetMouseFocus() == g.window || (SDL_GetWindowFlags(g.window) & SDL_WINDOW_INPUT_FOCUS) != 0;
    io.MousePos = ours ? ImVec2(static_cast<float>(x), static_cast<float>(y)) : ImVec2(-FLT_MAX, -FLT_MAX);

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (io.MouseDrawCursor || cursor == ImGuiMouseCursor_None) {
        SDL_ShowCursor(SDL_FALSE);
    } else {
        SDL_SetCursor(g.cursors[cursor] ? g.cursors[cursor] : g.cursors[ImGuiMouseCursor_Arrow]);
        SDL_ShowCursor(SDL_TRUE);
    }
}

void shutdown() {
    if (g.clipboard) SDL_free(g.clipboard);
    for (SDL_Cursor*& c : g.cursors) {
        if (c) SDL_FreeCursor(c);
        c = nullptr;
    }
    ImGui::GetIO().BackendPlatformName = nullptr;
    g = State{};
}

}  // namespace failsafe::app::sdl_input
