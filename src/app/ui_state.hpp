// src/app/ui_state.hpp - UI-only state: selection, filters, drag in progress, dialogs, toasts.
// Never saved with the plan; the plan is the document (app.hpp).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "failsafe/actions.hpp"
#include "failsafe/findings.hpp"

namespace failsafe::app {

enum class PhoneTab { today, plan, budget, fatigue, block, findings };
enum class Dialog { none, rename, budgets, import_json, export_json, custom_exercise, confirm_remove_week, my_plans, share, settings, block,
                    name_day, my_exercises, shortcuts, import_log, export_log, history };

struct Toast {
    std::string text;
    double until = 0;       // seconds (App::clock)
    bool offer_undo = false;
};

// Where a drag would land: a day and an insertion index.
struct DropTarget {
    int day = -1;
    int index = 0;
};

// The findings panel's groups (the same finding across weeks, one row) and their text, rebuilt
// only when the analysis changes; row heights are measured when drawn (again when the width
// changes) so that rows out of view can be skipped.
struct FindingsCache {
    uint64_t generation = ~0ull;
    float width = 0;
    std::vector<FindingGroup> groups;  // point into the analysis of `generation`
    std::string summary;               // health_summary()
    std::vector<std::string> where, messages, fix_labels;
    std::vector<float> heights;  // 0 until drawn once
};

// The library rows matching the search and filters, rebuilt only when those or the plan change.
struct LibraryCache {
    std::string key;  // search + filters + plan generation
    std::vector<std::pair<const Exercise*, ExerciseRef>> rows;
};

struct UiState {
    int week = 0;                        // the week on the board
    std::optional<SlotPos> selected;     // the slot being edited
    bool scroll_to_selected = false;     // set by the findings panel
    // Library filters.
    char search[64] = "";
    bool focus_search = false;           // the search field takes the keyboard next frame (after its clear button)
    int filter_muscle = -1;              // -1 any, else Muscle
    int filter_equipment = -1;           // -1 any, else Equipment
    int filter_failure = -1;             // -1 any, else FailureClass
    // Drag and drop, refreshed every frame by the board.
    std::optional<DropTarget> hover;     // the day (and place) under a drag, this frame
    // Fatigue view.
    int fatigue_muscle = 0;
    bool fatigue_all_weeks = false;
    bool block_view = false;             // the desktop's bottom-left panel shows the block grid, not the curves
    // Phone layout.
    PhoneTab phone_tab = PhoneTab::plan;
    // Today (panel_today.cpp): the week and day shown, -1 for the one the start date gives.
    int today_week = -1, today_day = -1;
    std::string today_note;              // the session note being typed
    // History (log_charts.cpp): the exercise shown (its id), else the muscle (-1: none); the week picked (-1: the last).
    std::string history_exercise;
    int history_muscle = -1, history_week = -1;
    // Dialogs.
    Dialog dialog = Dialog::none;
    bool dialog_opened = false;          // the popup was opened this dialog
    std::string text;                    // import/export text, rename buffer
    std::string dialog_error;
    int custom_index = -1;               // custom exercise being edited (-1: new)
    int custom_mine = -1;                // or one of My exercises (its index in the store)
    int day_to_name = 0;                 // the day the "Name day" dialog names
    int block_weeks = 5;                 // the block dialog: weeks of a new block
    EditScope edit_scope = EditScope::all_weeks;  // the slot editor in a block: which weeks an edit reaches
    Exercise custom_draft;
    std::vector<Toast> toasts;
    std::string share_link;               // the link the share dialog shows
    std::vector<uint8_t> share_qr;        // its QR code, row by row (1 = dark)
    int share_qr_size = 0;
    std::string confirm_delete_kept;  // the kept-aside entry whose Delete was clicked once
    FindingsCache findings_cache;
    LibraryCache library_cache;
};

}  // namespace failsafe::app
