// The part of SDL2's API that Failsafe calls, implemented over the browser's events
// (emscripten/html5.h), so that the web build links no SDL library. SDL's Emscripten video
// driver brought 59 KB of code the app never runs (surfaces, blitters, pixel formats, display
// modes, gestures, EGL): docs/performance.md measures it. The app keeps SDL's types and calls
// (main.cpp, sdl_input.cpp, platform_web.cpp); natively SDL itself serves them.
//
// What the app sees is what SDL 2.26's Emscripten driver gives it, event for event: one window
// on #canvas; keys on the window, by the DOM `code` as SDL's scancodes, and text from keypress;
// the mouse on the canvas, its release anywhere on the page; the first finger down as the mouse
// (which == SDL_TOUCH_MOUSEID); wheel movement summed into whole steps; focus and blur; and the
// same default actions prevented (tests/e2e drive all of them). Left out because the app uses
// none of it: finger events of their own, fullscreen, pointer lock, window icons, and the keys
// that neither ImGui nor the app reads (a printable one still arrives as text).
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

struct SDL_Window {
    int w = 0, h = 0;       // CSS pixels
    float pixel_ratio = 1;  // device pixels per CSS pixel
};
struct SDL_Cursor {
    const char* css;  // the canvas's CSS cursor
};

namespace {
constexpr const char* kCanvas = "#canvas";

struct State {
    SDL_Window window;
    bool open = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    int depth_size = 16, stencil_size = 0;  // SDL's defaults
    std::string error;  // why the GL context could not be made
    std::vector<SDL_Event> queue;
    size_t head = 0;  // the next event to hand out
    bool input_focus = false, mouse_focus = false;
    // the mouse
    int x = 0, y = 0;
    bool has_position = false;
    Uint32 buttons[2] = {};          // held, per source: [0] the mouse, [1] the finger acting as one
    float wheel_x = 0, wheel_y = 0;  // movement not yet sent as whole steps
    bool finger_down = false;
    long finger = 0;  // the finger acting as the mouse
    // the cursor
    bool cursor_shown = true;
    SDL_Cursor* cursor = nullptr;
    const char* cursor_css = "";  // what the canvas shows now
    // the keyboard
    bool keys[SDL_NUM_SCANCODES] = {};
    Uint16 mod = KMOD_NONE;
    std::string clipboard;  // within the app, as SDL keeps it on the web
};
State g;

void push(const SDL_Event& e) {
    if (g.queue.size() - g.head < 65535) g.queue.push_back(e);  // SDL's limit: an app that stops polling loses the rest
}

void window_event(SDL_WindowEventID id, int data1 = 0, int data2 = 0) {
    SDL_Event e{};
    e.window.type = SDL_WINDOWEVENT;
    e.window.windowID = 1;
    e.window.event = static_cast<Uint8>(id);
    e.window.data1 = data1;
    e.window.data2 = data2;
    push(e);
}

void css_size(double* w, double* h) { emscripten_get_element_css_size(kCanvas, w, h); }

// ---- the cursor ---------------------------------------------------------------------------
void apply_cursor() {
    const char* css = !g.cursor_shown ? "none" : g.cursor ? g.cursor->css : "default";
    if (std::strcmp(css, g.cursor_css) == 0) return;
    g.cursor_css = css;
    EM_ASM({ document.querySelector(UTF8ToString($0)).style.cursor = UTF8ToString($1); }, kCanvas, css);
}

// ---- the mouse: SDL_SendMouseMotion / SDL_SendMouseButton / SDL_SendMouseWheel ---------------
void set_mouse_focus(bool focus) {
    if (g.mouse_focus == focus) return;
    g.mouse_focus = focus;
    g.has_position = false;
    window_event(focus ? SDL_WINDOWEVENT_ENTER : SDL_WINDOWEVENT_LEAVE);
}

Uint32 held() { return g.buttons[0] | g.buttons[1]; }

// A motion event, kept inside the window; none when the mouse did not move.
void send_motion(Uint32 which, int x, int y) {
    x = SDL_clamp(x, 0, g.window.w - 1);
    y = SDL_clamp(y, 0, g.window.h - 1);
    if (g.has_position && x == g.x && y == g.y) return;
    const int xrel = g.has_position ? x - g.x : 0, yrel = g.has_position ? y - g.y : 0;
    g.has_position = true;
    g.x = x;
    g.y = y;
    SDL_Event e{};
    e.motion.type = SDL_MOUSEMOTION;
    e.motion.windowID = 1;
    e.motion.which = which;
    e.motion.state = held();
    e.motion.x = x;
    e.motion.y = y;
    e.motion.xrel = xrel;
    e.motion.yrel = yrel;
    push(e);
}

// The mouse at (x, y): leaving the window, it stops at the edge and the focus goes.
void mouse_motion(Uint32 which, int x, int y) {
    if (x < 0 || y < 0 || x >= g.window.w || y >= g.window.h) {
        if (g.mouse_focus) send_motion(which, x, y);
        set_mouse_focus(false);
        return;
    }
    set_mouse_focus(true);
    send_motion(which, x, y);
}

void mouse_button(Uint32 which, bool pressed, Uint8 button) {
    Uint32& state = g.buttons[which == SDL_TOUCH_MOUSEID ? 1 : 0];
    const Uint32 now = pressed ? state | SDL_BUTTON(button) : state & ~SDL_BUTTON(button);
    if (pressed) set_mouse_focus(true);
    if (now == state) return;  // no change: a release of a button not held
    state = now;
    SDL_Event e{};
    e.button.type = pressed ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
    e.button.windowID = 1;
    e.button.which = which;
    e.button.button = button;
    e.button.state = pressed ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = g.x;
    e.button.y = g.y;
    push(e);
}

// Whole steps out of the movement so far; the rest waits for more in the same direction.
int whole_steps(float& sum, float delta) {
    if ((delta > 0 && sum < 0) || (delta < 0 && sum > 0)) sum = 0;
    sum += delta;
    const int steps = static_cast<int>(sum);  // towards zero
    sum -= static_cast<float>(steps);
    return steps;
}

// The mouse's place in window coordinates: the canvas may be drawn at another size than the
// window's (on a phone, 100vh is not always the viewport's height).
void mouse_to(const EmscriptenMouseEvent& m) {
    double cw = 0, ch = 0;
    css_size(&cw, &ch);
    mouse_motion(0, static_cast<int>(static_cast<double>(m.targetX) * (g.window.w / cw)),
                 static_cast<int>(static_cast<double>(m.targetY) * (g.window.h / ch)));
}

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* m, void*) {
    mouse_to(*m);
    return EM_FALSE;
}

EM_BOOL on_mouse_button(int type, const EmscriptenMouseEvent* m, void*) {
    static constexpr Uint8 kButtons[3] = {SDL_BUTTON_LEFT, SDL_BUTTON_MIDDLE, SDL_BUTTON_RIGHT};
    if (m->button > 2) return EM_FALSE;
    mouse_button(0, type == EMSCRIPTEN_EVENT_MOUSEDOWN, kButtons[m->button]);
    double cw = 0, ch = 0;  // the page keeps a click outside the canvas
    css_size(&cw, &ch);
    return m->targetX >= 0 && m->targetX < cw && m->targetY >= 0 && m->targetY < ch;
}

EM_BOOL on_mouse_enter_leave(int type, const EmscriptenMouseEvent* m, void*) {
    mouse_to(*m);
    set_mouse_focus(type == EMSCRIPTEN_EVENT_MOUSEENTER);
    return EM_TRUE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* w, void*) {
    double dy = w->deltaY;
    if (w->deltaMode == DOM_DELTA_PIXEL) dy /= 100;  // 100 pixels a step
    if (w->deltaMode == DOM_DELTA_LINE) dy /= 3;     // 3 lines a step
    if (w->deltaMode == DOM_DELTA_PAGE) dy *= 80;
    const float x = static_cast<float>(w->deltaX), y = static_cast<float>(-dy);
    set_mouse_focus(true);
    if (x == 0 && y == 0) return EM_TRUE;
    SDL_Event e{};
    e.wheel.type = SDL_MOUSEWHEEL;
    e.wheel.windowID = 1;
    e.wheel.x = whole_steps(g.wheel_x, x);
    e.wheel.y = whole_steps(g.wheel_y, y);
    e.wheel.preciseX = x;
    e.wheel.preciseY = y;
    e.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
    e.wheel.mouseX = g.x;
    e.wheel.mouseY = g.y;
    push(e);
    return EM_TRUE;
}

// ---- touch: the first finger down acts as the mouse's left button (SDL_SendTouch) -----------
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* t, void*) {
    double cw = 0, ch = 0;
    css_size(&cw, &ch);
    bool prevent = false;
    for (int i = 0; i < t->numTouches; ++i) {
        const EmscriptenTouchPoint& p = t->touches[i];
        if (!p.isChanged) continue;
        const float fx = static_cast<float>(static_cast<double>(p.targetX) / cw);
        const float fy = static_cast<float>(static_cast<double>(p.targetY) / ch);
        const int x = SDL_clamp(static_cast<int>(fx * static_cast<float>(g.window.w)), 0, g.window.w - 1);
        const int y = SDL_clamp(static_cast<int>(fy * static_cast<float>(g.window.h)), 0, g.window.h - 1);
        const bool ours = g.finger_down && g.finger == p.identifier;
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
            if (!g.finger_down) {
                mouse_motion(SDL_TOUCH_MOUSEID, x, y);
                mouse_button(SDL_TOUCH_MOUSEID, true, SDL_BUTTON_LEFT);
                g.finger_down = true;
                g.finger = p.identifier;
            }
            prevent = true;  // no scrolling or zooming of the page
        } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
            if (ours) mouse_motion(SDL_TOUCH_MOUSEID, x, y);
        } else {
            if (ours) {
                mouse_button(SDL_TOUCH_MOUSEID, false, SDL_BUTTON_LEFT);
                g.finger_down = false;
            }
            prevent = true;  // no mouse events made up by the browser
        }
    }
    return prevent;
}

// ---- the keyboard -------------------------------------------------------------------------
struct NamedKey {
    const char* code;
    SDL_Scancode scancode;
};
constexpr NamedKey kNamedKeys[] = {
    {"Enter", SDL_SCANCODE_RETURN},        {"Escape", SDL_SCANCODE_ESCAPE},       {"Backspace", SDL_SCANCODE_BACKSPACE},
    {"Tab", SDL_SCANCODE_TAB},             {"Space", SDL_SCANCODE_SPACE},         {"Insert", SDL_SCANCODE_INSERT},
    {"Delete", SDL_SCANCODE_DELETE},       {"Home", SDL_SCANCODE_HOME},           {"End", SDL_SCANCODE_END},
    {"PageUp", SDL_SCANCODE_PAGEUP},       {"PageDown", SDL_SCANCODE_PAGEDOWN},   {"ArrowLeft", SDL_SCANCODE_LEFT},
    {"ArrowRight", SDL_SCANCODE_RIGHT},    {"ArrowUp", SDL_SCANCODE_UP},          {"ArrowDown", SDL_SCANCODE_DOWN},
    {"NumpadEnter", SDL_SCANCODE_KP_ENTER}, {"ControlLeft", SDL_SCANCODE_LCTRL},  {"ControlRight", SDL_SCANCODE_RCTRL},
    {"ShiftLeft", SDL_SCANCODE_LSHIFT},    {"ShiftRight", SDL_SCANCODE_RSHIFT},   {"AltLeft", SDL_SCANCODE_LALT},
    {"AltRight", SDL_SCANCODE_RALT},       {"MetaLeft", SDL_SCANCODE_LGUI},       {"MetaRight", SDL_SCANCODE_RGUI},
    {"OSLeft", SDL_SCANCODE_LGUI},         {"OSRight", SDL_SCANCODE_RGUI},        {"NumpadDecimal", SDL_SCANCODE_KP_PERIOD},
    {"NumpadDivide", SDL_SCANCODE_KP_DIVIDE}, {"NumpadMultiply", SDL_SCANCODE_KP_MULTIPLY},
    {"NumpadSubtract", SDL_SCANCODE_KP_MINUS}, {"NumpadAdd", SDL_SCANCODE_KP_PLUS},
};

// DOM `code` ("KeyZ", "Digit1", "F5", "ArrowUp") to SDL's scancode: where the key is, whatever
// the layout.
SDL_Scancode scancode_of(const char* code) {
    const size_t n = std::strlen(code);
    if (n == 4 && std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z')
        return static_cast<SDL_Scancode>(SDL_SCANCODE_A + (code[3] - 'A'));
    if (n == 6 && std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9')
        return code[5] == '0' ? SDL_SCANCODE_0 : static_cast<SDL_Scancode>(SDL_SCANCODE_1 + (code[5] - '1'));
    if (n == 7 && std::strncmp(code, "Numpad", 6) == 0 && code[6] >= '0' && code[6] <= '9')
        return code[6] == '0' ? SDL_SCANCODE_KP_0 : static_cast<SDL_Scancode>(SDL_SCANCODE_KP_1 + (code[6] - '1'));
    if ((n == 2 || n == 3) && code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        const int f = n == 2 ? code[1] - '0' : (code[1] - '0') * 10 + (code[2] - '0');
        if (f >= 1 && f <= 12) return static_cast<SDL_Scancode>(SDL_SCANCODE_F1 + (f - 1));
    }
    for (const auto& k : kNamedKeys)
        if (std::strcmp(code, k.code) == 0) return k.scancode;
    return SDL_SCANCODE_UNKNOWN;
}

// The key's meaning in the user's layout, as SDL's driver reads it from keyCode: letters and
// digits by what the layout puts there (Ctrl+Z undoes on an AZERTY keyboard too), the rest by
// where it is; the numpad's keys are their own.
SDL_Keycode keycode_of(const EmscriptenKeyboardEvent& k, SDL_Scancode scancode) {
    if (k.location == DOM_KEY_LOCATION_NUMPAD) return SDL_SCANCODE_TO_KEYCODE(scancode);
    if (k.keyCode >= 'A' && k.keyCode <= 'Z') return static_cast<SDL_Keycode>('a' + (k.keyCode - 'A'));
    if (k.keyCode >= '0' && k.keyCode <= '9') return static_cast<SDL_Keycode>(k.keyCode);
    switch (scancode) {
        case SDL_SCANCODE_RETURN: return SDLK_RETURN;
        case SDL_SCANCODE_ESCAPE: return SDLK_ESCAPE;
        case SDL_SCANCODE_BACKSPACE: return SDLK_BACKSPACE;
        case SDL_SCANCODE_TAB: return SDLK_TAB;
        case SDL_SCANCODE_SPACE: return SDLK_SPACE;
        case SDL_SCANCODE_DELETE: return SDLK_DELETE;
        default: return SDL_SCANCODE_TO_KEYCODE(scancode);
    }
}

Uint16 modifier_of(SDL_Scancode s) {
    switch (s) {
        case SDL_SCANCODE_LCTRL: return KMOD_LCTRL;
        case SDL_SCANCODE_RCTRL: return KMOD_RCTRL;
        case SDL_SCANCODE_LSHIFT: return KMOD_LSHIFT;
        case SDL_SCANCODE_RSHIFT: return KMOD_RSHIFT;
        case SDL_SCANCODE_LALT: return KMOD_LALT;
        case SDL_SCANCODE_RALT: return KMOD_RALT;
        case SDL_SCANCODE_LGUI: return KMOD_LGUI;
        case SDL_SCANCODE_RGUI: return KMOD_RGUI;
        default: return KMOD_NONE;
    }
}

void key(bool pressed, SDL_Scancode scancode, SDL_Keycode keycode) {
    const bool repeat = pressed && g.keys[scancode];
    if (!pressed && !g.keys[scancode]) return;  // a release of a key not held
    g.keys[scancode] = pressed;
    const Uint16 m = modifier_of(scancode);
    g.mod = static_cast<Uint16>(pressed ? g.mod | m : g.mod & ~m);
    SDL_Event e{};
    e.key.type = pressed ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.windowID = 1;
    e.key.state = pressed ? SDL_PRESSED : SDL_RELEASED;
    e.key.repeat = repeat;
    e.key.keysym.scancode = scancode;
    e.key.keysym.sym = keycode;
    e.key.keysym.mod = g.mod;
    push(e);
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* k, void*) {
    const SDL_Scancode scancode = scancode_of(k->code);
    if (scancode != SDL_SCANCODE_UNKNOWN) key(type == EMSCRIPTEN_EVENT_KEYDOWN, scancode, keycode_of(*k, scancode));
    // The browser's own action is kept for a key that types text (keypress follows), not for
    // Backspace, Tab, anything with Ctrl, or SDL's "navigation" range F1..F15 (the F-keys, the
    // arrows and Insert/Delete/Home/End/PageUp/PageDown, and the numpad: SDL's driver keeps
    // those from typing, and so does this).
    const bool navigation = scancode == SDL_SCANCODE_BACKSPACE || scancode == SDL_SCANCODE_TAB ||
                            (scancode >= SDL_SCANCODE_F1 && scancode <= SDL_SCANCODE_F15) || k->ctrlKey;
    return type != EMSCRIPTEN_EVENT_KEYDOWN || navigation;
}

EM_BOOL on_key_press(int, const EmscriptenKeyboardEvent* k, void*) {
    const unsigned long c = k->charCode;
    if (c < ' ' || c == 127 || c > 0x10FFFF) return EM_TRUE;  // not text
    SDL_Event e{};
    e.text.type = SDL_TEXTINPUT;
    e.text.windowID = 1;
    char* t = e.text.text;
    if (c < 0x80) {
        t[0] = static_cast<char>(c);
    } else if (c < 0x800) {
        t[0] = static_cast<char>(0xC0 | (c >> 6));
        t[1] = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        t[0] = static_cast<char>(0xE0 | (c >> 12));
        t[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        t[2] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
        t[0] = static_cast<char>(0xF0 | (c >> 18));
        t[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        t[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        t[3] = static_cast<char>(0x80 | (c & 0x3F));
    }
    push(e);
    return EM_TRUE;
}

// ---- the window ---------------------------------------------------------------------------
EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    const bool focus = type == EMSCRIPTEN_EVENT_FOCUS;
    if (!focus)  // keys held while the user switched away are never released here
        for (int s = 0; s < SDL_NUM_SCANCODES; ++s)
            if (g.keys[s]) key(false, static_cast<SDL_Scancode>(s), SDL_SCANCODE_TO_KEYCODE(s));
    if (focus != g.input_focus) window_event(focus ? SDL_WINDOWEVENT_FOCUS_GAINED : SDL_WINDOWEVENT_FOCUS_LOST);
    g.input_focus = focus;
    return EM_TRUE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    // platform::sync_window_size sizes the window to the viewport on the frame this wakes.
    window_event(SDL_WINDOWEVENT_RESIZED, g.window.w, g.window.h);
    return EM_FALSE;
}

EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent* v, void*) {
    window_event(v->hidden ? SDL_WINDOWEVENT_HIDDEN : SDL_WINDOWEVENT_SHOWN);
    return EM_FALSE;
}

void size_canvas() {
    g.window.pixel_ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int w = static_cast<int>(static_cast<float>(g.window.w) * g.window.pixel_ratio);
    const int h = static_cast<int>(static_cast<float>(g.window.h) * g.window.pixel_ratio);
    // Setting a canvas's size, even to the one it has, reallocates its drawing buffer: boot.js
    // made it this size already at start-up.
    int now_w = 0, now_h = 0;
    emscripten_get_canvas_element_size(kCanvas, &now_w, &now_h);
    if (now_w != w || now_h != h) emscripten_set_canvas_element_size(kCanvas, w, h);
}

void listen() {
    const char* doc = EMSCRIPTEN_EVENT_TARGET_DOCUMENT;
    const char* win = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousemove_callback(kCanvas, nullptr, EM_FALSE, on_mouse_move);
    emscripten_set_mousedown_callback(kCanvas, nullptr, EM_FALSE, on_mouse_button);
    emscripten_set_mouseup_callback(doc, nullptr, EM_FALSE, on_mouse_button);
    emscripten_set_mouseenter_callback(kCanvas, nullptr, EM_FALSE, on_mouse_enter_leave);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, EM_FALSE, on_mouse_enter_leave);
    emscripten_set_wheel_callback(kCanvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_focus_callback(win, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(win, nullptr, EM_FALSE, on_focus);
    emscripten_set_touchstart_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_keydown_callback(win, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(win, nullptr, EM_FALSE, on_key);
    emscripten_set_keypress_callback(win, nullptr, EM_FALSE, on_key_press);
    emscripten_set_resize_callback(win, nullptr, EM_FALSE, on_resize);
    emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility);
}
}  // namespace

extern "C" {

int SDL_Init(Uint32) { return 0; }
void SDL_Quit() {}
const char* SDL_GetError() { return g.error.c_str(); }
void SDL_free(void* p) { std::free(p); }

Uint64 SDL_GetPerformanceCounter() { return static_cast<Uint64>(emscripten_get_now() * 1000.0); }  // microseconds
Uint64 SDL_GetPerformanceFrequency() { return 1000000; }

int SDL_GL_SetAttribute(SDL_GLattr attr, int value) {
    if (attr == SDL_GL_DEPTH_SIZE) g.depth_size = value;
    if (attr == SDL_GL_STENCIL_SIZE) g.stencil_size = value;
    return 0;  // the rest: WebGL2 (GLES 3.0), double-buffered, is all there is
}

SDL_Window* SDL_CreateWindow(const char*, int, int, int w, int h, Uint32) {
    if (g.open) return nullptr;
    g.open = true;
    // The canvas is sized by the page's CSS: the window takes that size (main.cpp's size is
    // for a native window), and the backing store its size in device pixels.
    double cw = 0, ch = 0;
    css_size(&cw, &ch);
    g.window.w = cw >= 1 ? static_cast<int>(cw) : w;
    g.window.h = ch >= 1 ? static_cast<int>(ch) : h;
    size_canvas();
    g.input_focus = g.mouse_focus = true;  // one window: it has the focus
    window_event(SDL_WINDOWEVENT_FOCUS_GAINED);
    listen();
    return &g.window;
}

void SDL_DestroyWindow(SDL_Window*) { g.open = false; }

Uint32 SDL_GetWindowFlags(SDL_Window*) {
    return SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_SHOWN |
           (g.input_focus ? SDL_WINDOW_INPUT_FOCUS : 0u) | (g.mouse_focus ? SDL_WINDOW_MOUSE_FOCUS : 0u);
}

void SDL_SetWindowSize(SDL_Window* window, int w, int h) {
    window->w = w;
    window->h = h;
    size_canvas();
    window_event(SDL_WINDOWEVENT_SIZE_CHANGED, w, h);
}

void SDL_GetWindowSize(SDL_Window* window, int* w, int* h) {
    if (w) *w = window->w;
    if (h) *h = window->h;
}

void SDL_GL_GetDrawableSize(SDL_Window* window, int* w, int* h) {
    if (w) *w = static_cast<int>(static_cast<float>(window->w) * window->pixel_ratio);
    if (h) *h = static_cast<int>(static_cast<float>(window->h) * window->pixel_ratio);
}

SDL_GLContext SDL_GL_CreateContext(SDL_Window*) {
    EmscriptenWebGLContextAttributes a;
    emscripten_webgl_init_context_attributes(&a);
    a.alpha = EM_FALSE;  // what SDL asks of the browser, through Emscripten's EGL
    a.depth = g.depth_size > 0;
    a.stencil = g.stencil_size > 0;
    a.antialias = EM_FALSE;
    a.majorVersion = 2;
    a.minorVersion = 0;
    g.gl = emscripten_webgl_create_context(kCanvas, &a);
    if (g.gl <= 0) {
        g.error = "WebGL2 context creation failed (" + std::to_string(static_cast<long>(g.gl)) + ")";
        return nullptr;
    }
    emscripten_webgl_make_context_current(g.gl);
    return reinterpret_cast<SDL_GLContext>(static_cast<intptr_t>(g.gl));
}

int SDL_GL_MakeCurrent(SDL_Window*, SDL_GLContext context) {
    return emscripten_webgl_make_context_current(static_cast<EMSCRIPTEN_WEBGL_CONTEXT_HANDLE>(reinterpret_cast<intptr_t>(context))) ==
                   EMSCRIPTEN_RESULT_SUCCESS ? 0 : -1;
}

void SDL_GL_SwapWindow(SDL_Window*) {}  // the browser shows the frame when the callback returns

void SDL_GL_DeleteContext(SDL_GLContext context) {
    emscripten_webgl_destroy_context(static_cast<EMSCRIPTEN_WEBGL_CONTEXT_HANDLE>(reinterpret_cast<intptr_t>(context)));
    g.gl = 0;
}

int SDL_PushEvent(SDL_Event* event) {  // the page's own wake-ups (platform_web.cpp)
    push(*event);
    return 1;
}

int SDL_PollEvent(SDL_Event* event) {
    if (g.head >= g.queue.size()) {
        g.queue.clear();
        g.head = 0;
        return 0;
    }
    if (event) *event = g.queue[g.head++];
    return 1;
}

Uint32 SDL_GetMouseState(int* x, int* y) {
    if (x) *x = g.x;
    if (y) *y = g.y;
    return held();
}

SDL_Window* SDL_GetMouseFocus() { return g.mouse_focus && g.open ? &g.window : nullptr; }

SDL_Keymod SDL_GetModState() { return static_cast<SDL_Keymod>(g.mod); }

SDL_Cursor* SDL_CreateSystemCursor(SDL_SystemCursor id) {
    static const char* const kCss[SDL_NUM_SYSTEM_CURSORS] = {
        "default", "text", "wait", "crosshair", "progress", "nwse-resize",
        "nesw-resize", "ew-resize", "ns-resize", "move", "not-allowed", "pointer"};  // SDL_SystemCursor order
    if (id < 0 || id >= SDL_NUM_SYSTEM_CURSORS) return nullptr;
    return new SDL_Cursor{kCss[id]};
}

void SDL_FreeCursor(SDL_Cursor* cursor) {
    if (g.cursor == cursor) g.cursor = nullptr;
    delete cursor;
}

void SDL_SetCursor(SDL_Cursor* cursor) {
    if (cursor) g.cursor = cursor;
    apply_cursor();
}

int SDL_ShowCursor(int toggle) {
    if (toggle >= 0) {
        g.cursor_shown = toggle != 0;
        apply_cursor();
    }
    return g.cursor_shown ? SDL_ENABLE : SDL_DISABLE;
}

int SDL_SetClipboardText(const char* text) {
    g.clipboard = text ? text : "";
    return 0;
}

char* SDL_GetClipboardText() { return strdup(g.clipboard.c_str()); }

}  // extern "C"
