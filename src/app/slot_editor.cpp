// The slot editor (the board's popup): sets, reps, RIR, failure sets, technique, each widget one
// undo step. In a block it also says which weeks an edit reaches (all, this, this and later),
// shows a week's own value (an override) and brings back the block's.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "app.hpp"
#include "panels.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {

// "none", "last set", "last 3 sets": the failure sets of a slot.
std::string failure_text(int n) { return n == 0 ? "none" : (n == 1 ? "last set" : "last " + std::to_string(n) + " sets"); }

const Slot& slot_in(const std::vector<Week>& weeks, const SlotPos& at) {
    return weeks[static_cast<size_t>(at.week)].days[static_cast<size_t>(at.day)].slots[static_cast<size_t>(at.index)];
}

// The slot as the week would read without its override: the block's value there.
Slot block_value(const Plan& plan, const SlotPos& at) {
    Plan without = plan;
    std::erase_if(without.block->overrides, [&](const SlotOverride& o) {
        return o.week == at.week && o.day == at.day && o.index == at.index;
    });
    return slot_in(expand_block(without), at);
}

// The build week where the slot reads as the block's base for what the progression moves (RIR,
// failure sets, technique): an all-weeks edit there changes the base by exactly what was asked
// (act::EditSlot compares with the week's value). The edited week when no week does.
int reference_week(const Plan& plan, const SlotPos& at) {
    const Block& b = *plan.block;
    const Slot& base = b.base.days[static_cast<size_t>(at.day)].slots[static_cast<size_t>(at.index)];
    for (int w = 0; w < b.progression.build_weeks(); ++w) {
        const SlotPos here{w, at.day, at.index};
        const Slot& s = slot_in(plan.weeks, here);
        if (!slot_overridden(plan, here) && s.rir == base.rir && s.failure_sets == base.failure_sets && s.technique == base.technique)
            return w;
    }
    return at.week;
}

// The choice of weeks an edit reaches, side by side while they fit.
void scope_choice(App& app) {
    static constexpr const char* kLabels[] = {"All weeks", "This week", "This and later weeks"};
    static constexpr const char* kProbes[] = {"edit-scope:all", "edit-scope:this", "edit-scope:later"};
    static constexpr EditScope kScopes[] = {EditScope::all_weeks, EditScope::this_week, EditScope::following_weeks};
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float right = std::min(ImGui::GetCursorScreenPos().x + 420.f, vp->WorkPos.x + vp->WorkSize.x - 24);  // a phone's edge
    for (int i = 0; i < 3; ++i) {
        if (i > 0) flow(ImGui::GetFrameHeight() + ImGui::CalcTextSize(kLabels[i]).x + 8, right);
        if (ImGui::RadioButton(kLabels[i], app.ui().edit_scope == kScopes[i])) app.ui().edit_scope = kScopes[i];
        app.layout().add_last_item(kProbes[i]);
    }
}

// What the block says about this slot in this week: an override and the way back to the block.
void block_lines(App& app, const SlotPos& at, float width) {
    const Plan& plan = app.plan();
    if (slot_overridden(plan, at)) {
        tag("changed this week", theme::caution());
        ImGui::SameLine();
        const Slot plain = block_value(plan, at);
        if (small_button(app, "Use the block's value")) app.dispatch(act::EditSlot{at, plain, EditScope::this_week});
        app.layout().add_last_item("edit:use-block");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", slot_summary(plain).c_str());
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextDisabled("Edit reaches:");
    ImGui::PopTextWrapPos();
    scope_choice(app);
}

// The line under the RIR stepper in a block: whose RIR it is, and what the week's schedule asks.
void rir_note(const Plan& plan, int week, EditScope scope, float width) {
    const Progression& p = plan.block->progression;
    const bool deload = p.deload && week == p.weeks() - 1;
    const std::string asks = deload ? "deload: 3 or more" : "block: " + std::to_string(p.rir[static_cast<size_t>(week)]) + " this week";
    const std::string whose = scope == EditScope::all_weeks ? "The exercise's own, closest to failure; the week's schedule may raise it ("
                                                            : "This week's value (";
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextDisabled("%s%s)", whose.c_str(), asks.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace

bool slot_overridden(const Plan& plan, const SlotPos& at) {
    if (!plan.block) return false;
    for (const SlotOverride& o : plan.block->overrides)
        if (o.week == at.week && o.day == at.day && o.index == at.index) return true;
    return false;
}

void slot_editor(App& app, const SlotPos& at) {
    const Plan& plan = app.plan();
    const Slot slot = slot_in(plan.weeks, at);
    const Exercise* e = plan.exercise(slot.exercise);
    ImGui::TextUnformatted(e ? e->name.c_str() : "?");
    ImGui::SameLine();
    if (e) tag(std::string(failure_class_label(e->failure)).c_str(), theme::failure_class(e->failure));
    ImGui::TextDisabled("%s", slot_summary(slot).c_str());
    const float half = stepper_width(app, "100");  // a reps stepper
    const float w = std::max(200.f, half * 2 + ImGui::GetStyle().ItemSpacing.x);
    if (plan.block) block_lines(app, at, w + 60);
    ImGui::Separator();
    // In a block, all weeks: the progression moves RIR and failure, so the editor shows the
    // exercise's own (the base's); otherwise what the week reads.
    const bool own = plan.block && app.ui().edit_scope == EditScope::all_weeks;
    const Slot shown = [&] {
        if (!own) return slot;
        Slot s = slot;
        const Slot& base = plan.block->base.days[static_cast<size_t>(at.day)].slots[static_cast<size_t>(at.index)];
        s.rir = base.rir, s.failure_sets = std::min(base.failure_sets, s.sets), s.technique = base.technique;
        return s;
    }();
    int sets = shown.sets, lo = shown.reps.low, hi = shown.reps.high, rir = shown.rir, fail = shown.failure_sets;
    int tech = static_cast<int>(shown.technique);
    bool changed = false;
    auto track = [&](bool edited, const char* probe) {
        app.layout().add_last_item(std::string("edit:") + probe, ImGui::CalcItemWidth());
        changed |= edited;
        if (ImGui::IsItemDeactivatedAfterEdit()) app.end_gesture();
    };
    ImGui::PushItemWidth(w);
    track(step_int(app, "edit:sets", &sets, limits::kMinSets, limits::kMaxSets, std::to_string(sets), w), "sets");
    side_label("Sets");
    ImGui::BeginGroup();
    changed |= step_int(app, "edit:reps-low", &lo, limits::kMinReps, hi, std::to_string(lo), (w - ImGui::GetStyle().ItemSpacing.x) / 2);
    ImGui::SameLine();
    changed |= step_int(app, "edit:reps-high", &hi, lo, limits::kMaxReps, std::to_string(hi), (w - ImGui::GetStyle().ItemSpacing.x) / 2);
    ImGui::EndGroup();
    track(false, "reps");
    side_label("Reps");
    track(step_int(app, "edit:rir", &rir, 0, limits::kMaxRir, rir == 0 ? "0 (failure)" : std::to_string(rir), w), "rir");
    side_label("RIR");
    if (plan.block) rir_note(plan, at.week, app.ui().edit_scope, w + 60);
    track(step_int(app, "edit:failure", &fail, 0, sets, failure_text(fail), w), "failure");
    side_label("To failure");
    track(word_combo(app, "Technique", &tech, kTechniqueCount, [](int i) { return technique_name(static_cast<Technique>(i)); }),
          "technique");
    ImGui::PopItemWidth();
    Slot edit = shown;
    edit.sets = static_cast<uint8_t>(sets);
    edit.reps = {static_cast<uint8_t>(std::max(1, lo)), static_cast<uint8_t>(std::max(lo, hi))};
    edit.rir = static_cast<uint8_t>(rir);
    edit.failure_sets = static_cast<uint8_t>(std::min(fail, sets));
    edit.technique = static_cast<Technique>(tech);
    if (changed && !(edit == shown)) {
        if (!own) {
            app.dispatch(act::EditSlot{at, edit, app.ui().edit_scope}, ImGui::GetItemID());
        } else {  // as an edit of the week that reads as the base (the sets by their difference)
            const SlotPos ref{reference_week(plan, at), at.day, at.index};
            Slot after = slot_in(plan.weeks, ref);
            after.sets = static_cast<uint8_t>(std::clamp(after.sets + sets - shown.sets, limits::kMinSets, limits::kMaxSets));
            after.reps = edit.reps, after.rir = edit.rir, after.technique = edit.technique;
            after.failure_sets = std::min(edit.failure_sets, after.sets);
            app.dispatch(act::EditSlot{ref, after, EditScope::all_weeks}, ImGui::GetItemID());
        }
    }
    if (ImGui::Button("Remove")) {
        app.dispatch(act::RemoveSlot{at}, 0, true);
        app.ui().selected.reset();
        ImGui::CloseCurrentPopup();
    }
    app.layout().add_last_item("edit:remove");
    ImGui::SameLine();
    if (ImGui::Button("Done")) {
        app.ui().selected.reset();
        ImGui::CloseCurrentPopup();
    }
    app.layout().add_last_item("edit:done");
}

}  // namespace failsafe::app
