// tests/app/harness.hpp - the app without a window: an ImGui context with a display size and a
// font atlas, the App over the fake platform, and a user's input (mouse, keys, text) scripted
// through the layout probe's named rectangles. Frames are built and never rendered.
#pragma once
#include <imgui.h>

#include <memory>
#include <string>

#include "app.hpp"
#include "fake_platform.hpp"
#include "text_scan.hpp"
#include "ui_font.hpp"

struct ImGuiContext;

namespace failsafe::test {

inline const ImVec2 kDesktop(1280, 720);
inline const ImVec2 kPhone(390, 844);

class Harness {
public:
    // A fresh fake platform (empty storage) and the app on a screen of `display` CSS px.
    // With `start`, the app starts (as after page load) and draws its first frames; else the
    // test fills storage first and calls start().
    explicit Harness(ImVec2 display = kDesktop, bool start = true);
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    void start();
    // The page is loaded again: a new app (and ImGui) over the same storage, clock and URL.
    // Nothing is saved on the way out (no page-hide): tests wait for the autosave first.
    void reload();
    app::App& app() { return *app_; }
    app::UiFont& font() { return *font_; }  // rebuilt before a frame when stale, as the app's loop does
    fake::Platform& platform() { return fake::platform(); }

    // One frame as the app's loop draws it: autosave tick, NewFrame, App::frame, Render.
    void frame();
    void frames(int n);

    // ---- the layout probe (rectangles of the last frame) ---------------------------------------
    bool has(const std::string& name) const;
    app::Rect rect(const std::string& name) const;  // fails the test when not drawn
    ImVec2 center(const std::string& name) const;
    // What a named item shows (LayoutProbe::set_text); fails the test when it has no text.
    std::string text(const std::string& name) const;

    // ---- the mouse -----------------------------------------------------------------------------
    void move_to(ImVec2 p);                    // and a frame
    void click_at(ImVec2 p);                   // move, press, release, and frames to settle
    void click(const std::string& name);       // the centre of a probed rectangle
    // Presses at `from`, moves to `to` in `steps` frames with the button down, lingers there,
    // lets go and settles: a drag and drop. In parts: press, move (a frame a step), release
    // (the frame of the drop).
    void drag(ImVec2 from, ImVec2 to, int steps = 8);
    void drag(const std::string& from, const std::string& to, int steps = 8);
    void press_at(ImVec2 p);
    void move_held(ImVec2 to, int steps = 8);
    void release();
    void mouse_down(bool down);                // and a frame
    void wheel(ImVec2 at, float dx, float dy); // the mouse wheel turned over `at` (dx: sideways), and a frame

    // ---- the keyboard --------------------------------------------------------------------------
    // A key-down as the app's loop handles it (App::key_command), then a frame.
    void key_command(bool ctrl, bool shift, char key);
    void press(ImGuiKey key);                  // an ImGui key: down for a frame, then up
    void type(const char* utf8);               // text typed into the focused field

    // ---- dialogs ---------------------------------------------------------------------------------
    // The modal `title` is open, on top and was drawn (not hidden) in the last frame.
    bool showing(const char* title) const;
    bool any_modal() const;  // some modal popup is open
    // Clicks the close button in the title bar of window `title`.
    void close_window(const char* title);

private:
    void open_imgui();
    void close_imgui();
    ImVec2 display_;
    ImGuiContext* ctx_ = nullptr;
    std::unique_ptr<app::UiFont> font_;
    app::TextScan scan_;
    std::unique_ptr<app::App> app_;
};

// What each dialog is called on screen.
const char* dialog_title(app::Dialog d);

}  // namespace failsafe::test
