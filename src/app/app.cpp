#include "app.hpp"

#include <imgui.h>

#include "panels.hpp"

namespace failsafe::app {

App::App() : history_(Plan{}) { analysis_ = analyze(history_.current()); }

bool App::dispatch(const Action& action) {
    auto next = failsafe::apply(plan(), action);
    if (!next) return false;
    history_.push(std::move(*next), describe(plan(), action));
    analysis_ = analyze(plan());
    return true;
}

void App::undo() {
    history_.undo();
    analysis_ = analyze(plan());
}

void App::redo() {
    history_.redo();
    analysis_ = analyze(plan());
}

void App::replace_plan(Plan plan) {
    history_.reset(std::move(plan));
    analysis_ = analyze(this->plan());
}

void App::frame() {
    layout_.begin_frame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("Failsafe", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus);
    draw_menu_bar(*this);
    draw_board(*this, ImGui::GetContentRegionAvail());
    ImGui::End();
}

}  // namespace failsafe::app
