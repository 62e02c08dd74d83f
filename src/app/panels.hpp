// src/app/panels.hpp - one function per panel. Each draws from the App and dispatches actions;
// none holds planning logic (every number comes from the core's analysis).
#pragma once
#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "failsafe/actions.hpp"


namespace failsafe::app {
class App;

void draw_panels(App& app);                        // the desktop's, a tablet's or a phone's layout, by width
void draw_banners(App& app);                       // shared plan, failed save, notices
void draw_toasts(App& app);                        // passing messages, bottom centre
void draw_menu_bar(App& app);                      // plan menu, undo/redo, summary
void draw_dialogs(App& app);                       // the open dialog, if any
void open_share_dialog(App& app);                  // the link (also put in the address bar) and QR code
void share_dialog(App& app);
void my_plans_dialog(App& app);                    // saved plans and entries kept aside
void plan_settings_dialog(App& app);                // level, recovery, failure approach
void shortcuts_dialog(App& app);                    // the keys, and what each does (keyboard.cpp)
void keyboard_panel(App& app);                      // the current child window is a panel that Tab stops at
void block_dialog(App& app);                        // make a block, or edit its progression
void open_custom_exercise(App& app, int index);    // edit custom exercise `index`, or a new one (-1)
void my_exercises_dialog(App& app);                // custom exercises kept across plans
void open_my_exercise(App& app, int index);        // edit one of My exercises in the custom exercise dialog
// The library lists My exercises that the plan has not taken yet as kMineRef + their index.
inline constexpr ExerciseRef kMineRef = kCustomBit | 0x4000;
static_assert(limits::kMaxCustomExercises < 0x4000, "a plan's custom refs never read as My exercises");
inline bool is_mine(ExerciseRef r) { return (r & kMineRef) == kMineRef; }
inline int mine_index(ExerciseRef r) { return r & 0x3fff; }
const Exercise* library_exercise(App& app, ExerciseRef ref);  // nullptr when gone
// The action adding library entry `ref` at `at`: one of My exercises is copied into the plan.
std::optional<Action> add_exercise(App& app, ExerciseRef ref, SlotPos at);
void draw_library(App& app, ImVec2 size);          // searchable exercise list (drag sources)
void draw_week_strip(App& app, float width);       // mesocycle: week tabs and week actions
void draw_board(App& app, ImVec2 size, bool stacked);  // the week: day columns (drop targets)
void slot_editor(App& app, const SlotPos& at);     // the board's popup over one slot
bool slot_overridden(const Plan& plan, const SlotPos& at);  // a block week's own value (an override)
void flow(float w, float right);                   // the next item on this line when `w` fits before `right`
void remove_slot_dropped_outside(App& app);        // after the panels: a slot let go off the board
void draw_budget(App& app, ImVec2 size);           // per-muscle bars and the body map
void draw_budget_strip(App& app, float width);     // a phone's budget in one line: the worst states first
void draw_body_map(App& app, ImVec2 size);         // front and back silhouettes
// The desktop's bottom-left panel switches between these two (`switchable`: the switch is its title).
void draw_fatigue(App& app, ImVec2 size, bool switchable = false);  // fatigue curves
void draw_block(App& app, ImVec2 size, bool switchable = false);    // per muscle and week: hard, failure sets, peak
void view_switch(App& app);                        // "Fatigue" | "Block"
void draw_today(App& app, ImVec2 size);            // the session of the day, logged set by set (panel_today.cpp)
bool training_today(App& app);                     // the block's start date is set and today has a session
void log_findings(App& app);                       // the log's findings, under their heading (log_findings.cpp)
size_t log_findings_count(App& app);
void import_log_dialog(App& app);                  // a failsafe.log file in place of the open plan's log
void export_log_dialog(App& app);
void open_history(App& app);                       // the log's history as charts, per exercise or muscle (log_charts.cpp)
void history_dialog(App& app);
// The History dialog's figures as text, a sentence a week, for the screen-reader mirror; no rows when it is closed.
struct HistoryTable {
    std::string title;
    std::vector<std::string> rows;
};
HistoryTable history_table(App& app);
void draw_findings(App& app, ImVec2 size);         // coaching findings with fixes, grouped across weeks
struct FindingsCache;
const FindingsCache& findings_cache(App& app);     // the groups and their text, current

}  // namespace failsafe::app
