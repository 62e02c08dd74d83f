// src/app/app.hpp - the app: one owner for each kind of change. The document (document.hpp) and
// the session that keeps it (session.hpp) change only through the queue here, applied when the
// frame ends, so every panel of a frame draws the same plan; dialogs open and close through
// open_dialog/close_dialog. Panels draw from the App and ask it for changes.
#pragma once
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "a11y_mirror.hpp"
#include "document.hpp"
#include "exercise_store.hpp"
#include "layout_probe.hpp"
#include "log_store.hpp"
#include "session.hpp"
#include "touch_input.hpp"
#include "ui_state.hpp"

struct ImGuiWindow;

namespace failsafe::app {

class App {
public:
    App();
    // After the platform is up: the saved plan from last time, then a share link in the URL.
    void start();
    // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render), then applies the
    // changes asked for during it.
    void frame();

    // ---- the document ------------------------------------------------------------------------
    const Plan& plan() const { return doc_.plan(); }
    const Analysis& analysis() const { return doc_.analysis(); }
    uint64_t generation() const { return doc_.generation(); }
    const Analysis* preview() const { return doc_.preview(); }
    // Called by the board while a drag hovers a day: analyzes the plan as if `drop` happened,
    // in the same frame, before the budget panel draws.
    void preview_drop(const Action& drop) { doc_.preview_drop(drop); }
    bool viewing_shared() const { return doc_.viewing_shared(); }
    // The week on the board, always valid for plan().
    int week() const { return std::min(ui_.week, static_cast<int>(plan().weeks.size()) - 1); }

    // ---- changes: checked at once, applied when the frame ends (at once outside a frame) ----
    // An action as one undo step; false (and a toast saying why) when it does not apply. With
    // a non-zero `gesture` (an ImGui item id), repeated calls in one gesture (a slider drag)
    // amend the same step; end_gesture() closes it. With `offer_undo`, a toast names the change
    // with an Undo.
    bool dispatch(const Action& action, unsigned gesture = 0, bool offer_undo = false);
    // Actions applied in order as one undo step named `label` (a finding's fix in every week).
    bool dispatch_all(std::vector<Action> actions, std::string label, unsigned gesture = 0, bool offer_undo = false);
    void end_gesture() { doc_.end_gesture(); }
    void undo();
    void redo();
    bool can_undo() const { return doc_.can_undo(); }
    bool can_redo() const { return doc_.can_redo(); }
    const std::string& undo_label() const { return doc_.undo_label(); }
    const std::string& redo_label() const { return doc_.redo_label(); }
    // A new saved plan from `plan` (a file, a template, a duplicate); the open one is saved first.
    void open_plan(Plan plan, const std::string& label);
    void switch_to(const std::string& id);       // another saved plan
    void delete_plan(const std::string& id);     // a saved plan that is not open
    void undo_delete();
    void delete_kept(const std::string& key);  // an entry kept aside as unreadable
    void keep_shared_copy();
    void close_shared();
    // Keyboard commands, called for each key-down event: ctrl/cmd+Z undo, +shift or ctrl+Y
    // redo, Delete removes the selected slot, Tab ('\t') the next panel (+shift: the one before),
    // '?' the shortcuts. True when the key was taken (ImGui is not to see it).
    bool key_command(bool ctrl, bool shift, char key);
    // A panel that Tab stops at (keyboard.cpp), in the order drawn.
    void note_panel(ImGuiWindow* window) {
        if (panel_count_ < std::size(panels_)) panels_[panel_count_++] = window;
    }

    // ---- dialogs: the one way they open and close ---------------------------------------------
    void open_dialog(Dialog dialog);
    void close_dialog();

    // ---- the rest ------------------------------------------------------------------------------
    Session& session() { return session_; }
    PlanStore& store() { return session_.store(); }
    ExerciseStore& my_exercises() { return my_exercises_; }  // custom exercises kept across plans
    LogStore& gym_log() {  // the open plan's gym log
        log_.follow(plan_id(), plan().name);
        return log_;
    }
    const std::string& plan_id() const { return session_.plan_id(); }
    UiState& ui() { return ui_; }
    LayoutProbe& layout() { return layout_; }
    TouchInput& touch() { return touch_; }
    bool touch_scrolled() const { return touch_.scrolled(); }
    void toast(std::string text, bool offer_undo = false);
    // When the app next needs a frame without input (a toast to take down), on clock();
    // infinity when nothing is pending. Toasts do not animate, so no frames are drawn meanwhile.
    double wake_at() const;
    static double clock();  // seconds, steady (advances while no frame is drawn)

    // The page bridge (bridge.cpp) and tests.
    std::string plan_json() const;
    std::string analysis_json() const;
    std::string load_json(const std::string& text);  // "" or the error
    bool in_frame() const { return in_frame_; }

private:
    struct Op {  // a change asked for during a frame
        enum class Kind { action, undo, redo, open, switch_to, delete_plan, undo_delete, delete_kept, keep_shared, close_shared };
        explicit Op(Kind k, std::string t = {}) : kind(k), text(std::move(t)) {}
        Kind kind;
        std::string text;          // the label (action, open), the plan id (switch_to, delete_plan) or key (delete_kept)
        std::vector<Action> actions;  // action: applied in order, one undo step
        unsigned gesture = 0;
        bool offer_undo = false;
        std::optional<Plan> plan;  // open
    };
    static Result<Plan> apply_all(const Plan& base, const std::vector<Action>& actions);
    void queue(Op op);
    void run(Op op);
    void document_switched();  // a different plan is on screen: selection and week start over
    void focus_next_panel();   // a Tab asked for: the keyboard's focus to the next panel (keyboard.cpp)
    void note_focus();         // the keyboard's focus for the layout probe, "nav-focus" (keyboard.cpp)

    Document doc_;
    Session session_;
    ExerciseStore my_exercises_;
    LogStore log_;
    UiState ui_;
    LayoutProbe layout_;
    TouchInput touch_;
    MirrorWatch mirror_;  // the screen-reader mirror follows the plan
    bool in_frame_ = false;
    std::vector<Op> ops_;
    std::optional<Plan> queued_plan_;  // the plan once ops_ have run (to check further actions)
    ImGuiWindow* panels_[8] = {};       // the panels drawn last frame, which Tab moves between
    size_t panel_count_ = 0;
    int focus_step_ = 0;                // +1 / -1: a Tab or Shift+Tab to act on next frame
};

}  // namespace failsafe::app
