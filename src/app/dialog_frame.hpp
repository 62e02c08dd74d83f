// src/app/dialog_frame.hpp - what every dialog shares: the modal frame (centred, sized to the
// screen) and a file name for a plan. Dialogs open and close through App::open_dialog and
// App::close_dialog only.
#pragma once
#include <string>

#include "failsafe/plan.hpp"

namespace failsafe::app {
class App;

// Begins the modal of the current dialog (opening it on its first frame); false when it is not
// showing (the user closed it), which closes the dialog.
bool begin_modal(App& app, const char* title);
// Ends the modal begun by begin_modal; with `close`, the dialog closes.
void end_modal(App& app, bool close);
// The button that closes the dialog without doing anything ("Close", "Cancel"), named
// "dialog-close" for the layout probe; true when pressed.
bool close_button(App& app, const char* label = "Close");
// The width of a dialog's text box: 560 px, less on a narrow screen.
float text_box_width();
// A dialog's error, in the warning colour, wrapped at `width`; nothing when `error` is empty.
// Named `probe` for the layout probe when given.
void dialog_error(App& app, const std::string& error, float width, const char* probe = nullptr);
// "upper-lower.failsafe.json" for a plan named "Upper / lower".
std::string json_filename(const Plan& plan);

}  // namespace failsafe::app
