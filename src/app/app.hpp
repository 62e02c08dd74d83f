// src/app/app.hpp - the one app state: the plan (the document), its analysis (derived, never
// edited), undo history, and UI-only state. Panels draw from it and dispatch actions.
#pragma once
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"
#include "history.hpp"
#include "layout_probe.hpp"
#include "plan_store.hpp"
#include "ui_state.hpp"

namespace failsafe::app {

class App {
public:
    App();
    // After the platform is up: opens the plan from last time (local storage), reports any
    // saved data that could not be read, then opens a share link in the URL if there is one.
    void start();
    // Work that needs no frame, called by the loop at every turn: the debounced autosave, and
    // its retries while saving fails. True when what is on screen changed (a banner).
    bool tick();
    // Saves the open plan now, if it changed (debounce over, page hidden, plan switched). When
    // another tab saved it meanwhile, this tab's version is kept as a plan of its own.
    void save_now();
    // True while an edit is not in storage (not yet saved, or saving failed).
    bool unsaved() const { return dirty_; }
    // Another tab wrote storage `key`: the plan list is read again, and the open plan follows
    // that tab's save when this tab has no unsaved edit (else both versions are kept).
    void stored_elsewhere(const std::string& key);
    // The page's #fragment: a share link (p=...) opens read-only; anything else closes it.
    void open_link(const std::string& fragment);
    void keep_shared_copy();
    void close_shared();
    bool viewing_shared() const { return shared_.has_value(); }
    // Opens a saved plan, or starts a new saved plan from `plan` (the current one is saved first).
    void switch_to(const std::string& id);
    void start_new(Plan plan, const std::string& label);
    PlanStore& store() { return store_; }
    // The share dialog put the open plan's link in the address bar; the first edit clears it
    // (so a reload never shows an older version of the user's own plan as a shared one).
    void shared_in_url() { link_in_url_ = true; }
    const std::string& plan_id() const { return plan_id_; }
    std::string messages_json() const;  // toasts and banners, for window.failsafe.messages()

    // Before ImGui::NewFrame: adapts mouse handling to touch input (`touch`: the pointer is a
    // finger). A long press starts a drag; a drag without it scrolls; a tap edits.
    void touch_input(bool touch);
    bool touch_scrolled() const { return touch_scrolled_; }
    // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
    void frame();
    // True while something needs frames now (a finger held, waiting to become a long press).
    bool wants_frames() const { return touch_pending_; }
    // When the app next needs a frame without input (a toast to take down), on clock();
    // infinity when nothing is pending. Toasts do not animate, so no frames are drawn meanwhile.
    double wake_at() const;
    static double clock();  // seconds, steady (advances while no frame is drawn)

    // Applies an action as one undo step; shows why when it does not apply. With a non-zero
    // `gesture` (an ImGui item id), repeated calls in one gesture (a slider drag) amend the same
    // step; end_gesture() closes it. With `offer_undo`, a toast names the change with an Undo.
    // During a frame, changes are checked at once but applied when the frame ends, so every
    // panel of a frame draws the same plan (and no panel holds a reference into a changed one).
    bool dispatch(const Action& action, unsigned gesture = 0, bool offer_undo = false);
    void end_gesture() { gesture_ = 0; }
    void undo();
    void redo();
    // Keyboard commands, called for each key-down event (so a press and release within one
    // frame still counts): ctrl/cmd+Z undo, +shift or ctrl+Y redo, Delete removes the selected slot.
    void key_command(bool ctrl, bool shift, char key);
    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    const std::string& undo_label() const { return history_.undo_label(); }
    const std::string& redo_label() const { return history_.redo_label(); }
    // Replaces the whole plan as one undo step (load, new from template).
    void open_plan(Plan plan, const std::string& label);

    // The plan on screen: a shared plan being viewed, else the user's own.
    const Plan& plan() const { return shared_ ? *shared_ : history_.current(); }
    const Analysis& analysis() const { return analysis_; }
    // Changes whenever the analysis does (for panels that cache what they derive from it).
    uint64_t generation() const { return generation_; }
    // The analysis as if the hovered drop happened (nullptr when nothing is dragged over a day).
    const Analysis* preview() const { return preview_valid_ ? &preview_ : nullptr; }
    // Called by the board while a drag hovers a day: analyzes the plan as if `drop` happened,
    // in the same frame, before the budget panel draws.
    void preview_drop(const Action& drop);
    UiState& ui() { return ui_; }
    // The week on the board, always valid for plan() (ui().week may point past it until a
    // queued change lands at the end of the frame).
    int week() const { return std::min(ui_.week, static_cast<int>(plan().weeks.size()) - 1); }
    LayoutProbe& layout() { return layout_; }
    void toast(std::string text, bool offer_undo = false);

    // window.failsafe bridge.
    std::string plan_json() const;
    std::string analysis_json() const;
    std::string load_json(const std::string& text);  // "" or the error

    // Frame timing, for window.failsafe.frameStats(): ms of the last frames drawn, split into
    // building the UI (ImGui and the analysis) and submitting it to OpenGL/WebGL.
    void record_frame_ms(double build_ms, double render_ms);
    std::string frame_stats_json() const;

private:
    struct Op {  // a change requested during a frame, applied when it ends
        enum class Kind { action, undo, redo, open } kind = Kind::action;
        std::optional<Action> action;
        unsigned gesture = 0;
        bool offer_undo = false;
        std::optional<Plan> plan;  // Kind::open
        std::string label;
    };
    void run(Op op);
    void refresh();          // recompute what derives from the plan

    void draw_desktop();
    void draw_phone();
    void draw_toasts();
    void draw_banners();
    void mark_changed();
    void keep_both_versions();
    void remove_slot_dropped_outside();

    History history_;
    Analysis analysis_;
    Analysis preview_;
    bool preview_valid_ = false;
    std::optional<Action> preview_of_;  // the drop preview_ was computed for
    uint64_t preview_generation_ = 0;
    bool preview_shown_ok_ = false;
    uint64_t generation_ = 0;
    bool in_frame_ = false;
    PlanStore store_;
    std::string plan_id_;            // the saved plan being edited
    bool dirty_ = false;             // changed since the last save
    double changed_at_ = 0;          // seconds (wall clock)
    double attempted_at_ = 0;        // the last save attempt, seconds (wall clock)
    bool asked_persist_ = false;
    bool link_in_url_ = false;
    std::string save_error_;         // shown until a save works again
    std::vector<std::string> notices_;  // dismissable banners (unreadable saved data, bad links)
    std::optional<Plan> shared_;     // a plan opened from a link, read-only
    std::function<void()> later_;    // a document switch requested during a frame, run after it
    std::vector<Op> ops_;
    std::optional<Plan> queued_plan_;  // the plan once ops_ have run (to check further actions)
    unsigned gesture_ = 0;
    UiState ui_;
    LayoutProbe layout_;
    std::vector<std::pair<double, double>> frame_ms_;  // ring of recent (build, render) times
    size_t frame_ms_next_ = 0;
    bool long_press_ = false;      // this touch became a drag
    bool touch_scrolled_ = false;  // this touch scrolled (so its release is not a tap)
    bool touch_pending_ = false;   // a finger is down and it is not yet a drag or a scroll
    bool touch_was_down_ = false;
    ImVec2 touch_start_{};           // where this touch began
};

}  // namespace failsafe::app
