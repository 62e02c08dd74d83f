// src/app/app.hpp - the one app state: the plan (the document), its analysis (derived, never
// edited), undo history, and UI-only state. Panels draw from it and dispatch actions.
#pragma once
#include <string>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"
#include "history.hpp"
#include "layout_probe.hpp"

namespace failsafe::app {

// UI-only state: never saved with the plan.
struct UiState {
    int week = 0;  // the week shown on the board
};

class App {
public:
    App();

    // Builds one ImGui frame (between ImGui::NewFrame and ImGui::Render).
    void frame();
    // True while something animates or waits (toasts): the loop keeps drawing.
    bool wants_frames() const { return false; }

    // Applies an action as one undo step. Returns false (and shows why) when it does not apply.
    bool dispatch(const Action& action);
    void undo();
    void redo();

    const Plan& plan() const { return history_.current(); }
    const Analysis& analysis() const { return analysis_; }
    UiState& ui() { return ui_; }
    LayoutProbe& layout() { return layout_; }

private:
    void replace_plan(Plan plan);  // after undo/redo/load: recompute what derives from it
    History history_;
    Analysis analysis_;
    UiState ui_;
    LayoutProbe layout_;
};

}  // namespace failsafe::app
