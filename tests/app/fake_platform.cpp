// The fake platform for the headless app tests (fake_platform.hpp): every function of
// src/platform/platform.hpp, over state the tests control and inspect.
#include "fake_platform.hpp"

#include <cstdlib>
#include <ctime>

#include "platform.hpp"

namespace failsafe::embedded {
extern const unsigned char ui_font_extra[];  // the UI font's second file (CMake embeds it in the tests)
extern const size_t ui_font_extra_size;
}  // namespace failsafe::embedded

namespace failsafe::fake {
namespace {
Platform the_platform;

void observe(const char* call, const std::string& key) {
    if (the_platform.observer) the_platform.observer(call, key);
}

void note_write(const char* call, const std::string& key) {
    observe(call, key);
    the_platform.write_attempts.push_back(key);
    if (the_platform.in_frame && the_platform.in_frame()) the_platform.writes_in_frame.push_back(key);
}
}  // namespace

Platform& platform() { return the_platform; }
void reset() { the_platform = Platform{}; }

void Platform::deliver_font() {
    font_file = font_fails ? std::string() : std::string(reinterpret_cast<const char*>(embedded::ui_font_extra), embedded::ui_font_extra_size);
}

std::vector<std::string> Platform::keys(const std::string& prefix) const {
    std::vector<std::string> out;
    for (auto it = storage.lower_bound(prefix); it != storage.end() && it->first.rfind(prefix, 0) == 0; ++it) out.push_back(it->first);
    return out;
}

}  // namespace failsafe::fake

namespace failsafe::platform {
using fake::the_platform;

const char* glsl_version() { return ""; }
void set_gl_attributes() {}
void run_loop(const std::function<bool()>&) {}
bool next_event(union SDL_Event*, bool) { return false; }
bool sync_window_size(void*) { return false; }
float device_pixel_ratio() { return 1.f; }
bool coarse_pointer() { return the_platform.coarse_pointer; }

void copy_text(const std::string& text) { the_platform.copied.push_back(text); }
std::string save_text_file(const std::string& filename, const std::string& text) {
    the_platform.files.push_back({filename, text});
    return "Saved " + filename;
}
bool can_pick_file() { return false; }
void pick_text_file(size_t, FilePicked) {}

void fetch_extra_font() {
    ++the_platform.font_fetches;
    if (!the_platform.font_waits) the_platform.deliver_font();
}
const std::string* extra_font() { return the_platform.font_file ? &*the_platform.font_file : nullptr; }
SystemGlyphs draw_system_glyphs(const std::string& characters, float) {
    SystemGlyphs out;
    the_platform.system_glyphs.clear();
    for (const char *p = characters.data(), *end = p + characters.size(); p < end;) {
        unsigned c = static_cast<unsigned char>(*p++);  // 2 or 3 bytes: the UI font's Latin-1 is never asked for
        const int more = c >= 0xE0 ? 2 : 1;
        c &= more == 2 ? 0x0F : 0x1F;
        for (int k = 0; k < more; ++k) c = c << 6 | (static_cast<unsigned char>(*p++) & 0x3F);
        the_platform.system_glyphs.push_back(c);
        out.metrics.insert(out.metrics.end(), {6, 9, 1, -9, 8});
        out.coverage.insert(out.coverage.end(), 6 * 9, 0xFF);
    }
    return out;
}

std::optional<std::string> storage_get(const std::string& key) {
    fake::observe("get", key);
    const auto it = the_platform.storage.find(key);
    if (it == the_platform.storage.end()) return std::nullopt;
    return it->second;
}
bool storage_set(const std::string& key, const std::string& value, std::string* why) {
    fake::note_write("set", key);
    if (the_platform.writes_fail) {
        if (why) *why = "the storage quota is full";
        return false;
    }
    the_platform.storage[key] = value;
    return true;
}
void storage_remove(const std::string& key) {
    fake::note_write("remove", key);
    the_platform.storage.erase(key);
}
std::vector<std::string> storage_keys(const std::string& prefix) {
    fake::observe("keys", prefix);
    return the_platform.keys(prefix);
}
void request_persistent_storage() { ++the_platform.persist_requests; }
double now_seconds() { return the_platform.now; }
LocalDay local_day(double seconds) {  // as natively: localtime in the fake's time zone
    setenv("TZ", the_platform.time_zone.c_str(), 1);
    tzset();
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::string url_fragment() { return the_platform.fragment; }
void replace_url_fragment(const std::string& fragment) { the_platform.fragment = fragment; }
std::string page_url() { return "https://failsafe.test/"; }

void notify_first_frame() {}
void fatal(const std::string& message, const std::string& detail) { the_platform.fatal.push_back(message + (detail.empty() ? "" : " " + detail)); }
void expose_api(Api) {}
void mirror_changed() { ++the_platform.mirror_changes; }

bool has_text_input() { return the_platform.input.on; }
void text_input_place(const TextBox& box) {
    the_platform.input.box = box;
    the_platform.input.shown = true;
    ++the_platform.input.places;
}
void text_input_set(const std::string& text, int sel_start, int sel_end) {
    auto& in = the_platform.input;
    in.text = text;
    in.sel_start = sel_start;
    in.sel_end = sel_end;
}
bool text_input_take(std::string* text, int* sel_start, int* sel_end) {
    auto& in = the_platform.input;
    if (!in.typed) return false;
    in.typed = false;
    *text = in.text;
    *sel_start = in.sel_start;
    *sel_end = in.sel_end;
    return true;
}
void text_input_hide() { the_platform.input.shown = false; }

}  // namespace failsafe::platform
