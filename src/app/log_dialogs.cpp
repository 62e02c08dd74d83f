// The log's file: Export log (the core's failsafe.log writer, offered as a file or copied) and
// Import log (the core's reader: its errors name the line and column; the imported log takes the
// open plan's place once it reads).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "page_text.hpp"
#include "panels.hpp"
#include "platform.hpp"

namespace failsafe::app {
namespace {
constexpr std::string_view kPlanSuffix = ".failsafe.json";

// "upper-lower.failsafe-log.json" beside the plan's "upper-lower.failsafe.json".
std::string log_filename(const Plan& plan) {
    std::string name = json_filename(plan);
    if (name.size() > kPlanSuffix.size()) name.resize(name.size() - kPlanSuffix.size());
    return name + ".failsafe-log.json";
}


// Reads `text` as a log and puts it in the open plan's place; "" or why not.
std::string import_log(App& app, const std::string& text) {
    auto log = log_from_json(text);
    if (!log) return "This is not a log Failsafe can read: " + log.error();
    const size_t sessions = log->sessions.size();
    std::string why;
    if (!app.gym_log().replace(std::move(*log), &why)) return "The log was read but not kept: " + why;
    app.toast("Imported a log of " + std::to_string(sessions) + (sessions == 1 ? " session" : " sessions"));
    return {};
}
}  // namespace

void import_log_dialog(App& app) {
    if (!begin_modal(app, "Import log (JSON)")) return;
    UiState& ui = app.ui();
    const size_t now = app.gym_log().log().sessions.size();
    ImGui::TextDisabled("Paste a Failsafe log file%s.", platform::can_pick_file() ? ", or open one" : "");
    if (now > 0)
        ImGui::TextDisabled("It replaces the %zu logged session%s of this plan: export them first to keep them.", now, now == 1 ? "" : "s");
    const float w = text_box_width();
    ImGui::InputTextMultiline("##log", &ui.text, ImVec2(w, 220), page_text::kFlags, page_text::callback);
    app.layout().add_last_item("import-log-text");
    dialog_error(app, ui.dialog_error, w, "import-log-error");
    bool close = false;
    if (ImGui::Button("Load")) {
        ui.dialog_error = import_log(app, ui.text);
        close = ui.dialog_error.empty();
    }
    app.layout().add_last_item("import-log-load");
    if (platform::can_pick_file()) {
        ImGui::SameLine();
        if (ImGui::Button("Open file..."))
            platform::pick_text_file(kMaxLogBytes, [&app](const std::string& name, const std::string& text, const std::string& error) {
                std::string problem = !error.empty() ? error : text.empty() ? std::string("the file is empty") : import_log(app, text);
                if (problem.empty()) app.close_dialog();
                else app.ui().dialog_error = name + ": " + problem;
            });
    }
    ImGui::SameLine();
    close |= close_button(app, "Cancel");
    end_modal(app, close);
}

void export_log_dialog(App& app) {
    if (!begin_modal(app, "Export log (JSON)")) return;
    UiState& ui = app.ui();
    ImGui::InputTextMultiline("##log", &ui.text, ImVec2(text_box_width(), 220), ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button("Download")) app.toast(platform::save_text_file(log_filename(app.plan()), ui.text));
    app.layout().add_last_item("export-log-download");
    ImGui::SameLine();
    if (ImGui::Button("Copy")) {
        platform::copy_text(ui.text);
        app.toast("Copied the log");
    }
    ImGui::SameLine();
    const bool close = close_button(app);
    end_modal(app, close);
}

}  // namespace failsafe::app
