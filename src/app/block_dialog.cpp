// The block dialog (Plan > Block...): a plan without a block becomes one from the week on the
// board; a block's progression is edited here (reps in reserve per week, failure weeks, the sets
// step, growing muscles, the final deload), each change one undoable act::SetProgression. On a
// short screen the dialog scrolls (the modal is never taller than the screen).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "dialog_frame.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

// The dialog's width: a phone's screen less a margin, at most 440.
float dialog_width() { return std::min(440.f, ImGui::GetMainViewport()->WorkSize.x - 50); }

void wrapped(const std::string& text, float width, bool disabled = true) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (disabled) ImGui::TextDisabled("%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

void make_block(App& app, float width) {
    UiState& ui = app.ui();
    wrapped("A block repeats week " + std::to_string(app.week() + 1) +
                " for a number of weeks: reps in reserve come down week by week, failure only in the weeks you pick, "
                "and a deload ends it. An edit to a slot reaches every week.",
            width);
    ImGui::Spacing();
    step_int(app, "block-weeks", &ui.block_weeks, 2, limits::kMaxWeeks, std::to_string(ui.block_weeks), stepper_width(app, "16"));
    side_label("weeks (4-6 suggested)");
    ImGui::Spacing();
    if (ImGui::Button("Make a block") && app.dispatch(act::MakeBlock{app.week(), ui.block_weeks}, 0, true)) ui.week = 0;
    app.layout().add_last_item("block-make");
    ImGui::SameLine();
}

// One week's row: its RIR stepper and failure checkbox, or what the deload does.
void week_row(App& app, Progression& p, int w, bool& changed, unsigned& gesture) {
    ImGui::PushID(w);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("W%-2d", w + 1);
    ImGui::SameLine();
    if (p.deload && w == p.weeks() - 1) {
        ImGui::TextDisabled("deload: half the sets, 3+ in reserve, no failure");
    } else {
        int rir = p.rir[static_cast<size_t>(w)];
        const std::string probe = "block-rir:" + std::to_string(w);
        if (step_int(app, probe, &rir, 0, limits::kMaxRir, rir == 0 ? "0 (failure)" : std::to_string(rir), stepper_width(app, "0 (failure)"))) {
            p.rir[static_cast<size_t>(w)] = static_cast<uint8_t>(rir);
            changed = true;
            gesture = ImGui::GetID("rir");
        }
        app.layout().add_last_item(probe);
        if (ImGui::IsItemDeactivatedAfterEdit()) app.end_gesture();
        ImGui::SameLine();
        bool failure = p.failure_in(w);
        if (checkbox(app, "failure", &failure)) {
            p.failure_weeks = static_cast<uint16_t>(p.failure_weeks ^ (1u << w));
            changed = true;
        }
        app.layout().add_last_item("block-failure:" + std::to_string(w));
    }
    ImGui::PopID();
}

// Checkboxes for the muscles whose slots grow, as many columns as fit.
bool growing_muscles(App& app, Progression& p, float width) {
    float widest = 0;
    for (int m = 0; m < kMuscleCount; ++m) widest = std::max(widest, ImGui::CalcTextSize(std::string(muscle_label(muscle_at(m))).c_str()).x);
    const float col = widest + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::GetStyle().ItemSpacing.x * 2;
    const int columns = std::max(1, static_cast<int>(width / col));
    bool changed = false;
    for (int m = 0; m < kMuscleCount; ++m) {
        if (m % columns) ImGui::SameLine(col * static_cast<float>(m % columns));
        bool on = ((p.grow >> m) & 1u) != 0;
        if (checkbox(app, std::string(muscle_label(muscle_at(m))).c_str(), &on)) {
            p.grow ^= 1u << m;
            changed = true;
        }
        app.layout().add_last_item("block-grow:" + std::to_string(m));
    }
    return changed;
}

// "W1 3  W2 2  W3 1  W4 0  W5 deload": the schedule on one line.
std::string schedule_text(const Progression& p) {
    std::string s;
    for (int w = 0; w < p.weeks(); ++w) {
        if (w) s += "   ";
        s += "W" + std::to_string(w + 1) + " ";
        s += p.deload && w == p.weeks() - 1 ? std::string("deload") : std::to_string(p.rir[static_cast<size_t>(w)]);
        if (p.failure_in(w)) s += " F";
    }
    return s;
}

void progression_editor(App& app, const Block& block, float width) {
    Progression p = block.progression;
    wrapped("Reps in reserve by week (F: failure allowed)", width, false);
    wrapped(schedule_text(p), width);
    ImGui::Spacing();
    bool changed = false;
    unsigned gesture = 0;
    for (int w = 0; w < p.weeks(); ++w) week_row(app, p, w, changed, gesture);
    wrapped("A slot's RIR in a week is the higher of the week's and the exercise's own. Failure sets and techniques "
            "stay only in failure weeks.",
            width);
    ImGui::Spacing();
    ImGui::Separator();
    int step = p.sets_step;
    if (step_int(app, "block-sets-step", &step, 0, kMaxSetsStep, "+" + std::to_string(step), stepper_width(app, "+2"))) {
        p.sets_step = static_cast<uint8_t>(step);
        changed = true;
    }
    side_label("sets a week");
    wrapped("Added each week to the slots that train a growing muscle directly, up to the top of its band:", width);
    changed |= growing_muscles(app, p, width);
    ImGui::Separator();
    if (checkbox(app, "Final deload", &p.deload)) changed = true;
    app.layout().add_last_item("block-deload");
    if (changed) app.dispatch(act::SetProgression{p}, gesture);
    if (ImGui::Button("End block")) app.dispatch(act::EndBlock{}, 0, true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Keeps the weeks as they read now, as plain weeks");
    app.layout().add_last_item("block-end");
    ImGui::SameLine();
}

}  // namespace

void block_dialog(App& app) {
    if (!begin_modal(app, "Block")) return;
    const float width = dialog_width();
    if (const auto& block = app.plan().block) progression_editor(app, *block, width);
    else make_block(app, width);
    end_modal(app, close_button(app));
}

}  // namespace failsafe::app
