// Native (SDL2 + OpenGL 3) side of src/platform/platform.hpp.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform.hpp"

namespace failsafe::embedded {
extern const unsigned char ui_font_extra[];  // the UI font's second file, embedded natively (CMake)
extern const size_t ui_font_extra_size;
}  // namespace failsafe::embedded

namespace failsafe::platform {

const char* glsl_version() { return "#version 130"; }

void set_gl_attributes() {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
}

void run_loop(const std::function<bool()>& frame) {
    SDL_GL_SetSwapInterval(1);  // each swap waits for the display
    while (frame()) {
    }
}

bool next_event(SDL_Event* event, bool may_sleep) {
    return may_sleep ? SDL_WaitEventTimeout(event, 250) != 0 : SDL_PollEvent(event) != 0;
}

bool sync_window_size(void*) { return false; }
float device_pixel_ratio() { return 1.f; }
bool coarse_pointer() { return false; }
void copy_text(const std::string& text) { SDL_SetClipboardText(text.c_str()); }

void fetch_extra_font() {}
const std::string* extra_font() {
    static const std::string file(reinterpret_cast<const char*>(embedded::ui_font_extra), embedded::ui_font_extra_size);
    return &file;
}
SystemGlyphs draw_system_glyphs(const std::string&, float) { return {}; }  // no browser to ask

std::string save_text_file(const std::string& filename, const std::string& text) {
    std::FILE* f = std::fopen(filename.c_str(), "wb");
    if (!f) return "Could not write " + filename;
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    return std::fclose(f) == 0 && ok ? "Saved " + filename + " in the working folder" : "Could not write " + filename;
}

bool can_pick_file() { return false; }
void pick_text_file(size_t, FilePicked) {}

namespace {
std::filesystem::path storage_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    std::filesystem::path base = xdg && *xdg ? xdg : (home ? std::filesystem::path(home) / ".local" / "share" : ".");
    return base / "failsafe";
}
// Keys may hold '/', which become folders.
std::filesystem::path key_path(const std::string& key) { return storage_dir() / key; }
}  // namespace

std::optional<std::string> storage_get(const std::string& key) {
    std::ifstream in(key_path(key), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool storage_set(const std::string& key, const std::string& value, std::string* why) {
    std::error_code ec;
    std::filesystem::create_directories(key_path(key).parent_path(), ec);
    {
        std::ofstream out(key_path(key), std::ios::binary | std::ios::trunc);
        out << value;
        if (!out) {
            if (why) *why = "cannot write " + key_path(key).string();
            return false;
        }
    }
    if (storage_get(key) != value) {
        if (why) *why = "what was written does not read back";
        return false;
    }
    return true;
}

void storage_remove(const std::string& key) {
    std::error_code ec;
    std::filesystem::remove(key_path(key), ec);
}

std::vector<std::string> storage_keys(const std::string& prefix) {
    std::vector<std::string> out;
    std::error_code ec;
    const auto root = storage_dir();
    if (!std::filesystem::exists(root, ec)) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec)) {
        if (!e.is_regular_file()) continue;
        std::string key = std::filesystem::relative(e.path(), root, ec).generic_string();
        if (key.rfind(prefix, 0) == 0) out.push_back(key);
    }
    return out;
}

void request_persistent_storage() {}
double now_seconds() { return static_cast<double>(std::time(nullptr)); }
LocalDay local_day(double seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    if (!localtime_r(&t, &tm)) return {};
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}
std::string url_fragment() { return {}; }
void replace_url_fragment(const std::string&) {}
std::string page_url() { return "https://failsafe.invalid/"; }

void fatal(const std::string& message, const std::string& detail) {
    std::fprintf(stderr, "failsafe: %s%s%s\n", message.c_str(), detail.empty() ? "" : " ", detail.c_str());
}
void notify_first_frame() {}
void expose_api(Api) {}
void mirror_changed() {}

bool has_text_input() { return false; }
void text_input_place(const TextBox&) {}
void text_input_set(const std::string&, int, int) {}
bool text_input_take(std::string*, int*, int*) { return false; }
void text_input_hide() {}

}  // namespace failsafe::platform
