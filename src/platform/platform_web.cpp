// Browser side of src/platform/platform.hpp (with sdl_web.cpp, the SDL calls): the only code that knows about emscripten.
// web/shell.js holds the page's half of the bridge (window.failsafe). The release build runs the
// EM_ASM code below through Closure Compiler, which renames dotted names it does not know: the
// bridge's names are quoted so that they stay what shell.js calls them.
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "platform.hpp"

namespace failsafe::platform {
namespace {
std::function<bool()> g_frame;
Api g_api;
std::string g_result;  // keeps strings returned to JS alive until the next call

EM_BOOL loop_callback(double, void*) { return g_frame() ? EM_TRUE : EM_FALSE; }
}  // namespace

const char* glsl_version() { return "#version 300 es"; }

void set_gl_attributes() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
}

void run_loop(const std::function<bool()>& frame) {
    // requestAnimationFrame itself, not emscripten_set_main_loop: that one links Emscripten's
    // whole Browser runtime (image and audio plugins, timers) for the same loop.
    g_frame = frame;
    g_frame();  // the first frame at once, not at the next display refresh: sooner on screen
    emscripten_request_animation_frame_loop(loop_callback, nullptr);
    emscripten_exit_with_live_runtime();  // main's state lives on, as the loop needs it
}

bool next_event(SDL_Event* event, bool) { return SDL_PollEvent(event) != 0; }

float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
bool coarse_pointer() { return EM_ASM_INT({ return window.matchMedia("(pointer: coarse)").matches ? 1 : 0; }) != 0; }

bool sync_window_size(void* sdl_window) {
    static int last_w = 0, last_h = 0;
    static double last_ratio = 0;
    const int w = EM_ASM_INT({ return window.innerWidth; });
    const int h = EM_ASM_INT({ return window.innerHeight; });
    const double ratio = emscripten_get_device_pixel_ratio();
    if (w == last_w && h == last_h && ratio == last_ratio) return false;
    last_w = w;
    last_h = h;
    last_ratio = ratio;
    // SDL sizes the canvas backing store at CSS size x devicePixelRatio (SDL_WINDOW_ALLOW_HIGHDPI).
    SDL_SetWindowSize(static_cast<SDL_Window*>(sdl_window), w, h);
    return true;
}

namespace {
FilePicked g_file_done;
struct Typed {  // what web/shell.js handed over from its text input, until the app takes it
    std::string text;
    int start = 0, end = 0;
};
std::optional<Typed> g_typed;
}  // namespace

void copy_text(const std::string& text) {
    EM_ASM({ window['failsafe']['_copy'](UTF8ToString($0)); }, text.c_str());
}

std::string save_text_file(const std::string& filename, const std::string& text) {
    EM_ASM({ window['failsafe']['_download'](UTF8ToString($0), UTF8ToString($1)); }, filename.c_str(), text.c_str());
    return "Downloading " + filename;
}

bool can_pick_file() { return true; }

void pick_text_file(size_t max_bytes, FilePicked done) {
    g_file_done = std::move(done);
    EM_ASM({ window['failsafe']['_pickFile']($0); }, static_cast<double>(max_bytes));
}

namespace {
// EM_ASM_INT returns a wasm32 pointer (from window.failsafe._toWasm: malloc'd, freed by the
// caller; 0 for none) as an int.
char* as_chars(int ptr) { return reinterpret_cast<char*>(static_cast<intptr_t>(ptr)); }
}  // namespace

namespace {
std::optional<std::string> g_extra_font;  // once it has arrived
}  // namespace

const std::string* extra_font() { return g_extra_font ? &*g_extra_font : nullptr; }

void fetch_extra_font() {
    EM_ASM({
        window['failsafe']['_fetchFont']().then((buffer) => {
            const bytes = new Uint8Array(buffer);
            const p = _malloc(bytes.length);
            HEAPU8.set(bytes, p);
            _failsafe_font_arrived(p, bytes.length);
        }, () => _failsafe_font_arrived(0, 0));
    });
}

SystemGlyphs draw_system_glyphs(const std::string& characters, float pixel_size) {
    // web/shell.js draws them; here they are copied into one malloc'd block: the two counts,
    // then the metrics, then the coverage.
    auto* block = reinterpret_cast<int*>(static_cast<intptr_t>(EM_ASM_INT({
        const drawn = window['failsafe']['_drawGlyphs'](UTF8ToString($0), $1);
        const metrics = drawn['metrics'];
        const coverage = drawn['coverage'];
        const p = _malloc(8 + 4 * metrics.length + coverage.length);
        HEAP32.set([metrics.length, coverage.length], p >> 2);
        HEAPF32.set(metrics, (p >> 2) + 2);
        HEAPU8.set(coverage, p + 8 + 4 * metrics.length);
        return p;
    }, characters.c_str(), pixel_size)));
    const float* metrics = reinterpret_cast<const float*>(block + 2);
    const auto* coverage = reinterpret_cast<const unsigned char*>(metrics + block[0]);
    SystemGlyphs out{{metrics, metrics + block[0]}, {coverage, coverage + block[1]}};
    std::free(block);
    return out;
}

std::optional<std::string> storage_get(const std::string& key) {
    char* v = as_chars(EM_ASM_INT({
        return window['failsafe']['_toWasm'](window['failsafe']['_storageGet'](UTF8ToString($0)));
    }, key.c_str()));
    if (!v) return std::nullopt;
    std::string out(v);
    std::free(v);
    return out;
}

bool storage_set(const std::string& key, const std::string& value, std::string* why) {
    char* err = as_chars(EM_ASM_INT({
        return window['failsafe']['_toWasm'](window['failsafe']['_storageSet'](UTF8ToString($0), UTF8ToString($1)) || null);
    }, key.c_str(), value.c_str()));
    if (!err) return true;
    if (why) *why = err;
    std::free(err);
    return false;
}

void storage_remove(const std::string& key) {
    EM_ASM({ window['failsafe']['_storageRemove'](UTF8ToString($0)); }, key.c_str());
}

std::vector<std::string> storage_keys(const std::string& prefix) {
    char* joined = as_chars(EM_ASM_INT({ return window['failsafe']['_toWasm'](window['failsafe']['_storageKeys'](UTF8ToString($0))); }, prefix.c_str()));
    std::vector<std::string> out;
    if (!joined) return out;
    std::string all(joined);
    std::free(joined);
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        if (end > start) out.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

void request_persistent_storage() {
    EM_ASM({ if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {}); });
}

double now_seconds() { return emscripten_date_now() / 1000.0; }
LocalDay local_day(double seconds) {
    const int ymd = EM_ASM_INT({ const d = new Date($0 * 1000); return d.getFullYear() * 10000 + d.getMonth() * 100 + 100 + d.getDate(); }, seconds);
    return {ymd / 10000, ymd / 100 % 100, ymd % 100};
}

std::string url_fragment() {
    char* f = as_chars(EM_ASM_INT({ return window['failsafe']['_toWasm'](location.hash.substring(1)); }));
    std::string out(f ? f : "");
    std::free(f);
    return out;
}

void replace_url_fragment(const std::string& fragment) {
    EM_ASM({ window['failsafe']['_replaceFragment'](UTF8ToString($0)); }, fragment.c_str());
}

std::string page_url() {
    char* u = as_chars(EM_ASM_INT({ return window['failsafe']['_toWasm'](location.href.split("#")[0]); }));
    std::string out(u ? u : "");
    std::free(u);
    return out;
}

void fatal(const std::string& message, const std::string& detail) {
    std::fprintf(stderr, "failsafe: %s%s%s\n", message.c_str(), detail.empty() ? "" : " ", detail.c_str());
    EM_ASM({ window['failsafe']['_fatal'](UTF8ToString($0)); }, message.c_str());
}

void notify_first_frame() {
    EM_ASM({ if (window['failsafe'] && window['failsafe']['_firstFrame']) window['failsafe']['_firstFrame'](); });
}

void expose_api(Api api) { g_api = std::move(api); }

void mirror_changed() {
    EM_ASM({ window['failsafe']['_mirrorChanged'](); });
}

bool has_text_input() { return true; }

void text_input_place(const TextBox& b) {
    EM_ASM({ window['failsafe']['_textPlace']($0, $1, $2, $3, $4); }, b.x, b.y, b.w, b.h, b.multiline ? 1 : 0);
}

void text_input_set(const std::string& text, int sel_start, int sel_end) {
    EM_ASM({ window['failsafe']['_textSet'](UTF8ToString($0), $1, $2); }, text.c_str(), sel_start, sel_end);
}

bool text_input_take(std::string* text, int* sel_start, int* sel_end) {
    if (!g_typed) return false;
    *text = std::move(g_typed->text);
    *sel_start = g_typed->start;
    *sel_end = g_typed->end;
    g_typed.reset();
    return true;
}

void text_input_hide() {
    EM_ASM({ window['failsafe']['_textHide'](); });
}

}  // namespace failsafe::platform

namespace {
// A string for JS, kept alive in g_result until the next call; `fallback` before the app is up.
const char* to_js(const std::function<std::string()>& get, const char* fallback) {
    using namespace failsafe::platform;
    g_result = get ? get() : fallback;
    return g_result.c_str();
}
}  // namespace

// Called by web/shell.js (window.failsafe). Strings are returned in a buffer that stays valid
// until the next call.
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* failsafe_plan_json() { return to_js(failsafe::platform::g_api.plan_json, ""); }
EMSCRIPTEN_KEEPALIVE const char* failsafe_analysis_json() { return to_js(failsafe::platform::g_api.analysis_json, ""); }
EMSCRIPTEN_KEEPALIVE const char* failsafe_load_json(const char* json) {
    using namespace failsafe::platform;
    g_result = g_api.load_json ? g_api.load_json(json ? json : "") : "not ready";
    return g_result.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* failsafe_layout_json() { return to_js(failsafe::platform::g_api.layout_json, "{}"); }
// web/shell.js hands over a picked file's name and text.
EMSCRIPTEN_KEEPALIVE void failsafe_file_picked(const char* name, const char* text, const char* error) {
    using namespace failsafe::platform;
    if (g_file_done) g_file_done(name ? name : "", text ? text : "", error ? error : "");
}
// web/shell.js: the user typed, pasted or finished composing in the page's text input. An event
// wakes the loop, whose next frame hands the text to the active field.
EMSCRIPTEN_KEEPALIVE void failsafe_text_typed(const char* text, int sel_start, int sel_end) {
    using namespace failsafe::platform;
    g_typed = Typed{text ? text : "", sel_start, sel_end};
    SDL_Event wake{};
    wake.type = SDL_USEREVENT;
    SDL_PushEvent(&wake);
}
// web/shell.js, when a finger leaves the canvas: the app takes the release now, inside the
// page's touchend handler, not at the next display refresh. iOS opens the keyboard for a focused
// input (or a file picker) only from inside the user's gesture.
EMSCRIPTEN_KEEPALIVE void failsafe_frame_now() {
    if (failsafe::platform::g_frame) failsafe::platform::g_frame();
}
EMSCRIPTEN_KEEPALIVE const char* failsafe_frame_stats() { return to_js(failsafe::platform::g_api.frame_stats, "[]"); }
EMSCRIPTEN_KEEPALIVE const char* failsafe_messages() { return to_js(failsafe::platform::g_api.messages, "[]"); }
EMSCRIPTEN_KEEPALIVE const char* failsafe_share_link() { return to_js(failsafe::platform::g_api.share_link, ""); }
EMSCRIPTEN_KEEPALIVE void failsafe_hash_changed(const char* fragment) {
    using namespace failsafe::platform;
    if (g_api.hash_changed) g_api.hash_changed(fragment ? fragment : "");
}
EMSCRIPTEN_KEEPALIVE void failsafe_page_hide() {
    using namespace failsafe::platform;
    if (g_api.page_hide) g_api.page_hide();
}
EMSCRIPTEN_KEEPALIVE int failsafe_unsaved() {
    using namespace failsafe::platform;
    return g_api.unsaved && g_api.unsaved() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void failsafe_storage_changed(const char* key) {
    using namespace failsafe::platform;
    if (g_api.storage_changed) g_api.storage_changed(key ? key : "");
}
// For the browser tests of the crash screen: stops the app the way a bug would.
EMSCRIPTEN_KEEPALIVE void failsafe_crash() { std::abort(); }
EMSCRIPTEN_KEEPALIVE void failsafe_gl_restored() {
    using namespace failsafe::platform;
    if (g_api.gl_restored) g_api.gl_restored();
}
EMSCRIPTEN_KEEPALIVE const char* failsafe_mirror_json() { return to_js(failsafe::platform::g_api.mirror_json, ""); }
// The UI font's second file (malloc'd; freed here), or nothing when it could not be fetched.
EMSCRIPTEN_KEEPALIVE void failsafe_font_arrived(char* bytes, int size) {
    failsafe::platform::g_extra_font.emplace(bytes ? bytes : "", bytes ? size : 0);
    std::free(bytes);
}
EMSCRIPTEN_KEEPALIVE double failsafe_frames() {
    using namespace failsafe::platform;
    return g_api.frames ? static_cast<double>(g_api.frames()) : 0.0;
}
}
