// src/app/widgets.hpp - small drawing helpers shared by the panels.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

#include "failsafe/analysis.hpp"

namespace failsafe::app {

class App;

// A coloured dot on the current line (severity, failure class...).
void dot(ImU32 color, float radius = 4.f);
// Text in a rounded coloured tag ("avoid", "F2").
void tag(const char* text, ImU32 color);
// A muscle's week as a horizontal bar: hard sets against its band on a 0..scale axis, coloured
// by volume_band(); with `preview`, the preview's sets are drawn on top and the current ones as
// a ghost.
void band_bar(ImVec2 size, const MuscleWeek& now, const MuscleWeek* preview, float scale);
// A combo box over an enumeration's words: `word(i)` for i in 0..count-1 (the core's ids and
// labels). With `any`, a first entry of that text stands for no choice (-1).
// Finger-sized (its box and its rows) once a finger is used.
bool word_combo(App& app, const char* label, int* value, int count, std::string_view (*word)(int), const char* any = nullptr,
                ImGuiComboFlags flags = 0);
// ImGui's small button and checkbox, finger-sized (44 px) once a finger is used.
bool small_button(App& app, const char* label);
bool checkbox(App& app, const char* label, bool* value);
// Frames (fields, combo boxes, checkboxes) drawn while it lives are finger-sized once a finger is used.
class TouchFrame {
public:
    explicit TouchFrame(App& app);
    ~TouchFrame() { end(); }
    void end();
    TouchFrame(const TouchFrame&) = delete;
    TouchFrame& operator=(const TouchFrame&) = delete;

private:
    bool pushed_ = false;
};
// A line of text with finger-sized buttons at its end (a panel's title, a day's header): once a
// finger is used, touch_text_line() before the text centres it on the buttons' height and returns
// the line's top; touch_buttons_at(top), after the ImGui::SameLine before the buttons, puts them
// back at that top.
float touch_text_line(App& app);
void touch_buttons_at(App& app, float top);
// Called just before ImGui::BeginCombo: once a finger is used, the combo's list shows up to
// eight finger-sized rows of its `items` (ImGui sizes it for eight lines of text: three rows).
void touch_combo_list(App& app, int items);
// Worst severity among the findings at a slot, if any.
std::optional<Severity> worst_at(const Analysis& a, int week, int day, int slot);
// The width of a button labelled `label`.
float button_w(const char* label);
// A button in a tab's colours: the active tab's when `active` (week tabs, phone tabs, view switch).
bool tab_button(const char* label, bool active, ImVec2 size = ImVec2(0, 0));
// The height of a control a finger may hit: kTouchTarget once a finger has been used, else 0
// (ImGui's own, a frame high).
float touch_height(App& app);
// The size of a button labelled `label` that a finger may hit: at least kTouchTarget square once
// a finger has been used, else (0, 0) (ImGui's own).
ImVec2 touch_size(App& app, const char* label);
// The menu bar's frame padding: its buttons and menus kTouchTarget high once a finger has been
// used, else the style's. The main window pushes it while it begins (the bar's height), the bar
// while it draws.
float menu_bar_padding(App& app);
// From its making to end(), the rows of a menu or popup (MenuItem, Selectable) are kTouchTarget
// high once a finger has been used. Make one just inside the menu and end() it before the menu
// ends; with `spacers`, space above the first row and below the last keeps them whole (a menu
// bar: none, and the end comes with the destructor).
class TouchRows {
public:
    explicit TouchRows(App& app, bool spacers = true);
    ~TouchRows() { end(); }
    void end();
    TouchRows(const TouchRows&) = delete;
    TouchRows& operator=(const TouchRows&) = delete;

private:
    bool pushed_ = false, spacers_ = false;
};
// "12.5" / "12" for set counts.
std::string sets_text(float v);
// Main muscles of an exercise, e.g. "Quads, Glutes".
std::string main_muscles(const Exercise& e);
// A text field for a plan or exercise name: whatever is typed or pasted, the text keeps the
// core's rule (failsafe::fit_name), cut at a character boundary while the user types.
// `max_bytes`: a day's name is shorter (limits::kMaxDayNameLength).
bool input_name(const char* label, std::string* text, ImGuiInputTextFlags flags = 0, size_t max_bytes = limits::kMaxNameLength);

// ---- steppers: a value between "-" and "+" buttons ----------------------------------------------
// The buttons repeat while held and are greyed at the range's ends. They are kTouchTarget square
// once a finger has been used, else a frame high. The control is one ImGui group, `width` wide:
// IsItemDeactivatedAfterEdit after it ends a press (a held one too). One click on the value
// types a number in its place (rounded to the step, kept in the range) as the field is left.
// The layout probe gets `probe` + "-" and `probe` + "+" for the buttons, `probe` + "=" the value.
float stepper_button(App& app);  // a stepper button's side
// The width of a stepper whose value area fits `widest`.
float stepper_width(App& app, const char* widest);
// A whole number in [lo, hi], shown as `text`.
bool step_int(App& app, const std::string& probe, int* value, int lo, int hi, const std::string& text, float width);
// A number in [lo, hi] in steps of `step`, shown as `text(value)`.
bool step_float(App& app, const std::string& probe, float* value, float lo, float hi, float step, std::string (*text)(float),
                float width);
// `text` after the last item on its line, centred on its height (a stepper's name).
void side_label(const char* text);
// "0.35": a weight with two decimals.
std::string weight_text(float v);

// ---- rows: a list in a scrolling child window, every other row on the table row colour -------
class RowList {
public:
    // The child window; call end() whatever it returns.
    bool begin(const char* id, ImVec2 size);
    // Closes the row before (its background) and starts one at the cursor. A header row has the
    // table header's colour and does not count in the alternation.
    void next_row(bool header = false);
    void end();

private:
    void close_row();
    int rows_ = 0;
    bool open_ = false, header_ = false;
    float top_ = 0;
};

}  // namespace failsafe::app
