// The plan settings dialog: level, recovery and failure approach, each a row of choices with a
// line saying what it changes. Every change is an undoable action.
#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "panels.hpp"

namespace failsafe::app {
namespace {

// One setting: its title, radio buttons over `labels` (probed as "settings-<name>:<i>") and the
// explanation under them. The index picked this frame when it differs from `current`, else -1.
template <int N>
int choice(App& app, const char* title, const char* name, int current, const char* const (&labels)[N], const char* explain) {
    ImGui::TextUnformatted(title);
    // Choices side by side while they fit the screen (a phone's too), else one under another.
    const float room = std::min(480.f, ImGui::GetMainViewport()->WorkSize.x - 60);
    const float gap = ImGui::GetStyle().ItemSpacing.x, box = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    float row = 0;
    int picked = -1;
    for (int i = 0; i < N; ++i) {
        const float width = box + ImGui::CalcTextSize(labels[i]).x;
        if (i > 0 && row + gap + width <= room) {
            ImGui::SameLine();
            row += gap + width;
        } else {
            row = width;
        }
        if (ImGui::RadioButton(labels[i], current == i) && current != i) picked = i;
        app.layout().add_last_item(std::string("settings-") + name + ":" + std::to_string(i));
    }
    ImGui::PushTextWrapPos(0.f);  // a phone is narrower than the sentence
    ImGui::TextDisabled("%s", explain);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    return picked;
}

constexpr const char* kLevels[] = {"Beginner", "Intermediate", "Advanced"};
constexpr const char* kRecoveries[] = {"Slower", "Typical", "Faster"};
constexpr const char* kApproaches[] = {"Conservative - seed 004, sparingly", "Liberal - seed 001, often"};
static_assert(std::size(kLevels) == kLevelCount && std::size(kRecoveries) == kRecoveryCount &&
              std::size(kApproaches) == kApproachCount, "a label for every choice");

}  // namespace

void plan_settings_dialog(App& app) {
    if (!begin_modal(app, "Plan settings")) return;
    const Plan& plan = app.plan();
    if (int i = choice(app, "Level", "level", static_cast<int>(plan.level), kLevels,
                       "Sets the default weekly budgets: hard sets and failure sets per muscle.");
        i >= 0)
        app.dispatch(act::SetLevel{static_cast<Level>(i)});
    if (int i = choice(app, "Recovery", "recovery", static_cast<int>(plan.recovery), kRecoveries,
                       "How fast you recover: scales fatigue decay, rest between sessions and the top of each band.");
        i >= 0)
        app.dispatch(act::SetRecovery{static_cast<Recovery>(i)});
    if (int i = choice(app, "Failure approach", "approach", static_cast<int>(plan.approach), kApproaches,
                       "How much training to failure the checks accept, where the sources disagree.");
        i >= 0)
        app.dispatch(act::SetApproach{static_cast<Approach>(i)});
    end_modal(app, close_button(app));
}

}  // namespace failsafe::app
