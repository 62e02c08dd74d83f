#include "harness.hpp"

#include <doctest/doctest.h>
#include <imgui_internal.h>

#include "theme.hpp"

namespace failsafe::test {
namespace {
constexpr float kFrameSeconds = 1.f / 60.f;
}

const char* dialog_title(app::Dialog d) {
    switch (d) {
        case app::Dialog::none: return "";
        case app::Dialog::rename: return "Rename plan";
        case app::Dialog::budgets: return "Budgets";
        case app::Dialog::import_json: return "Import plan (JSON)";
        case app::Dialog::export_json: return "Export plan (JSON)";
        case app::Dialog::custom_exercise: return "Custom exercise";
        case app::Dialog::confirm_remove_week: return "Remove week?";
        case app::Dialog::my_plans: return "My plans";
        case app::Dialog::share: return "Share this plan";
        case app::Dialog::settings: return "Plan settings";
        case app::Dialog::block: return "Block";
        case app::Dialog::name_day: return "Name day";
        case app::Dialog::my_exercises: return "My exercises";
        case app::Dialog::shortcuts: return "Keyboard shortcuts";
        case app::Dialog::import_log: return "Import log (JSON)";
        case app::Dialog::export_log: return "Export log (JSON)";
        case app::Dialog::history: return "History";
    }
    return "";
}

Harness::Harness(ImVec2 display, bool start_now) : display_(display) {
    fake::reset();
    open_imgui();
    app_ = std::make_unique<app::App>();
    fake::platform().in_frame = [this] { return app_->in_frame(); };
    if (start_now) start();
}

Harness::~Harness() {
    fake::platform().in_frame = nullptr;
    app_.reset();
    close_imgui();
}

void Harness::open_imgui() {
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as main.cpp
    io.DisplaySize = display_;
    io.DeltaTime = kFrameSeconds;
    for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;  // each ImGui key is its own key code
    theme::apply();
    font_ = std::make_unique<app::UiFont>();
    font_->build(1.f);  // the embedded font, as the app loads it; nothing uploads it
    scan_ = {};
}

void Harness::close_imgui() {
    ImGui::DestroyContext(ctx_);
    ctx_ = nullptr;
    font_.reset();
}

void Harness::start() {
    app_->start();
    frames(2);  // ImGui settles window sizes over the first frames
}

void Harness::reload() {
    app_.reset();
    close_imgui();
    open_imgui();
    app_ = std::make_unique<app::App>();
    start();
}

void Harness::frame() {
    ImGui::SetCurrentContext(ctx_);
    app_->session().tick();
    app_->touch().update(false);  // a mouse, not a finger
    if (font_->stale()) font_->build(1.f);
    ImGui::NewFrame();
    app_->frame();
    ImGui::Render();
    scan_.run(*app_, *font_);
    ImGui::GetIO().ClearInputCharacters();
}

void Harness::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
}

bool Harness::has(const std::string& name) const { return app_->layout().find(name) != nullptr; }

app::Rect Harness::rect(const std::string& name) const {
    const app::Rect* r = app_->layout().find(name);
    INFO("layout has no \"" << name << "\": " << app_->layout().json());
    REQUIRE(r != nullptr);
    return *r;
}

ImVec2 Harness::center(const std::string& name) const {
    const app::Rect r = rect(name);
    return ImVec2(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
}

std::string Harness::text(const std::string& name) const {
    const std::string* t = app_->layout().text(name);
    INFO("layout has no text for \"" << name << "\"");
    REQUIRE(t != nullptr);
    return *t;
}

void Harness::wheel(ImVec2 at, float dx, float dy) {
    ImGui::GetIO().MousePos = at;
    ImGui::GetIO().MouseWheelH = dx;
    ImGui::GetIO().MouseWheel = dy;
    frame();
}

void Harness::move_to(ImVec2 p) {
    ImGui::GetIO().MousePos = p;
    frame();
}

void Harness::mouse_down(bool down) {
    ImGui::GetIO().MouseDown[0] = down;
    frame();
}

void Harness::click_at(ImVec2 p) {
    move_to(p);
    mouse_down(true);
    mouse_down(false);
    frames(2);  // what the click opened settles (tables and auto-sized windows take two frames)
}

void Harness::click(const std::string& name) { click_at(center(name)); }

void Harness::press_at(ImVec2 p) {
    move_to(p);
    mouse_down(true);
}

void Harness::move_held(ImVec2 to, int steps) {
    const ImVec2 from = ImGui::GetIO().MousePos;
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        move_to(ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t));
    }
}

void Harness::release() { mouse_down(false); }

void Harness::drag(ImVec2 from, ImVec2 to, int steps) {
    press_at(from);
    move_held(to, steps);
    frames(2);  // lingers over the target: it accepts the payload before the drop
    release();
    frame();
}

void Harness::drag(const std::string& from, const std::string& to, int steps) { drag(center(from), center(to), steps); }

void Harness::key_command(bool ctrl, bool shift, char key) {
    ImGui::SetCurrentContext(ctx_);
    app_->key_command(ctrl, shift, key);
    frame();
}

void Harness::press(ImGuiKey key) {
    ImGui::GetIO().KeysDown[key] = true;
    frame();
    ImGui::GetIO().KeysDown[key] = false;
    frame();
}

void Harness::type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    frame();
}

bool Harness::showing(const char* title) const {
    ImGuiWindow* w = ImGui::FindWindowByName(title);
    return w && w->Active && !w->Hidden && ImGui::GetTopMostPopupModal() == w;
}

bool Harness::any_modal() const { return ImGui::GetTopMostPopupModal() != nullptr; }

void Harness::close_window(const char* title) {
    ImGuiWindow* w = ImGui::FindWindowByName(title);
    REQUIRE(w != nullptr);
    // Where ImGui puts a window's close button: the right end of its title bar, a square of the
    // font size plus frame padding (RenderWindowTitleBarContents in imgui.cpp).
    const ImRect bar = w->TitleBarRect();
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float size = ImGui::GetFontSize();
    click_at(ImVec2(bar.Max.x - pad.x - size * 0.5f, bar.Min.y + pad.y + size * 0.5f));
}

}  // namespace failsafe::test
