// src/platform/platform.hpp - everything that differs between the browser and a native
// window. platform_web.cpp and platform_native.cpp implement it; CMake picks one.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace failsafe::platform {

// ---- window and loop ----------------------------------------------------------------------
const char* glsl_version();  // for ImGui's OpenGL3 backend
void set_gl_attributes();    // before SDL_CreateWindow: GL 3.0 core or WebGL2 (GLES 3.0)
// Runs `frame` until it returns false: every display refresh on the web (requestAnimationFrame),
// back to back natively with vsync (where next_event() sleeps while the app is idle).
void run_loop(const std::function<bool()>& frame);
// The next pending SDL event. With `may_sleep`, natively waits up to a quarter second for one
// (the app is idle); the web never blocks.
bool next_event(union SDL_Event* event, bool may_sleep);
// Web: keeps the SDL window the size of the browser viewport (CSS px); returns true when the
// size or pixel ratio changed. Native: false.
bool sync_window_size(void* sdl_window);
float device_pixel_ratio();  // 1 on native
bool coarse_pointer();      // the main pointer is a finger (a phone, a tablet); false on native

// ---- files and clipboard ----------------------------------------------------------------------
void copy_text(const std::string& text);  // clipboard (web: asks the browser; may be refused)
// Offers `text` as a file download (web) or writes it to the working directory (native).
// Returns what the user should be told, e.g. "Saved plan.json".
std::string save_text_file(const std::string& filename, const std::string& text);
// Lets the user pick a file; `done(name, content, error)` runs later (web) or never (native: no
// picker). A file larger than `max_bytes`, or not UTF-8 text, gives no content and the reason.
bool can_pick_file();
using FilePicked = std::function<void(const std::string& name, const std::string& text, const std::string& error)>;
void pick_text_file(size_t max_bytes, FilePicked done);

// ---- local storage: localStorage on the web, files under $XDG_DATA_HOME/failsafe natively ----
std::optional<std::string> storage_get(const std::string& key);
// Writes and reads back; false (with `why`) when the write did not stick (quota, private mode).
bool storage_set(const std::string& key, const std::string& value, std::string* why);
void storage_remove(const std::string& key);
std::vector<std::string> storage_keys(const std::string& prefix);
void request_persistent_storage();  // asks the browser not to evict our data
double now_seconds();               // wall clock
// The calendar day in the user's time zone at `seconds` on the wall clock, daylight saving
// included (web: a JS Date's local fields; native: localtime). month 1-12, day 1-31.
struct LocalDay {
    int year = 1970, month = 1, day = 1;
};
LocalDay local_day(double seconds);

// ---- text the UI font lacks (src/app/ui_font.hpp) ------------------------------------------
// Asks for the UI font's second file (Latin Extended, Greek, Cyrillic): the web fetches it (the
// service worker then keeps it for offline); natively it is embedded. extra_font() is nullptr
// until it has arrived, then the file, empty when it could not be had.
void fetch_extra_font();
const std::string* extra_font();
// Characters drawn by the system's own fonts (the browser's): for each, in order, five
// `metrics` - its bitmap's width and height in pixels, the bitmap's top-left from the pen on the
// baseline (x, y), its advance - and the bitmaps' `coverage`, a byte a pixel, one after another.
struct SystemGlyphs {
    std::vector<float> metrics;
    std::vector<unsigned char> coverage;
};
// `characters` (UTF-8) drawn at `pixel_size` px; nothing where the system cannot (native builds).
SystemGlyphs draw_system_glyphs(const std::string& characters, float pixel_size);

// ---- the page's URL (web; native: empty) ----------------------------------------------------
std::string url_fragment();                           // without '#'
void replace_url_fragment(const std::string& fragment);  // no new history entry
std::string page_url();                               // without the fragment

// ---- the page around the app (no-ops natively) ---------------------------------------------
void notify_first_frame();   // resolves window.failsafe.ready and hides the splash
// The app cannot start: shows `message` (web: on the page); `detail` goes to the console only.
void fatal(const std::string& message, const std::string& detail = {});
// Registers what window.failsafe exposes to tests and automation.
struct Api {
    std::function<std::string()> plan_json;      // plan(): format-v1 JSON
    std::function<std::string()> analysis_json;  // analysis(): as `failsafe analyze --json`
    std::function<std::string(const std::string&)> load_json;  // load(json): "" or an error
    std::function<std::string()> layout_json;    // layout(): screen rectangles in CSS px
    std::function<long()> frames;                // frames(): frames drawn so far
    std::function<std::string()> frame_stats;    // frameStats(): CPU ms of recent frames
    std::function<std::string()> messages;       // messages(): what the user is being told
    std::function<std::string()> share_link;     // shareLink(): the link to the open plan
    std::function<void(const std::string&)> hash_changed;  // the page's #fragment changed
    std::function<void()> page_hide;             // the page is going away: save now
    std::function<bool()> unsaved;               // an edit is not in storage (the page asks before closing)
    std::function<void(const std::string&)> storage_changed;  // another tab wrote this storage key
    std::function<void()> gl_restored;           // the WebGL context came back
    std::function<std::string()> mirror_json;    // the screen-reader mirror's content (the page asks)
};
void expose_api(Api api);
// The content of the screen-reader mirror changed: the page asks for Api::mirror_json when it
// has a moment (web; native: nothing).
void mirror_changed();

// ---- the page's text input (web: a real <input>/<textarea> over the active ImGui text field,
// so a phone's keyboard opens and IME composition, paste and selection work; native: none, SDL's
// text events reach ImGui as before) --------------------------------------------------------
bool has_text_input();
struct TextBox {
    float x = 0, y = 0, w = 0, h = 0;  // CSS px
    bool multiline = false;
};
// Shows the page's input over `box` and gives it the focus.
void text_input_place(const TextBox& box);
// Replaces what the page's input holds; the selection as UTF-8 byte offsets.
void text_input_set(const std::string& text, int sel_start, int sel_end);
// What the user typed, pasted or composed there since the last call (committed text only, never
// the middle of an IME composition), with the selection in UTF-8 bytes; false when nothing new.
bool text_input_take(std::string* text, int* sel_start, int* sel_end);
void text_input_hide();  // blurs and hides it

}  // namespace failsafe::platform
