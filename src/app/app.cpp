#include "app.hpp"

#include <imgui.h>

#include <cassert>
#include <chrono>
#include <limits>
#include <utility>

#include "failsafe/formats.hpp"
#include "page_text.hpp"
#include "platform.hpp"
#include "panels.hpp"
#include "widgets.hpp"

namespace failsafe::app {
namespace {
constexpr double kToastSeconds = 5.0;
}  // namespace

App::App() : session_(doc_, [this](std::string text, bool offer_undo) { toast(std::move(text), offer_undo); }) {}

void App::start() {
    session_.start();
    if (platform::coarse_pointer()) touch_.assume_finger();
    if (std::string problem = my_exercises_.load(); !problem.empty()) session_.notices().push_back(std::move(problem));
    if (platform::coarse_pointer() && training_today(*this)) ui_.phone_tab = PhoneTab::today;  // in the gym: the session of the day first
}

// ---- changes ----------------------------------------------------------------------------------

bool App::dispatch(const Action& action, unsigned gesture, bool offer_undo) {
    const Plan& base = queued_plan_ ? *queued_plan_ : plan();
    return dispatch_all({action}, describe(base, action), gesture, offer_undo);
}

bool App::dispatch_all(std::vector<Action> actions, std::string label, unsigned gesture, bool offer_undo) {
    if (doc_.viewing_shared()) {
        toast("This shared plan is read-only: keep a copy to change it.");
        return false;
    }
    auto next = apply_all(queued_plan_ ? *queued_plan_ : plan(), actions);
    if (!next) {
        toast("Not done: " + next.error());
        return false;
    }
    Op op(Op::Kind::action, std::move(label));
    op.actions = std::move(actions);
    op.gesture = gesture;
    op.offer_undo = offer_undo;
    if (in_frame_) queued_plan_ = std::move(*next);
    queue(std::move(op));
    return true;
}

Result<Plan> App::apply_all(const Plan& base, const std::vector<Action>& actions) {
    assert(!actions.empty());
    Result<Plan> next = failsafe::apply(base, actions.front());
    for (size_t i = 1; i < actions.size() && next; ++i) next = failsafe::apply(*next, actions[i]);
    return next;
}

void App::undo() { queue(Op(Op::Kind::undo)); }
void App::redo() { queue(Op(Op::Kind::redo)); }
void App::open_plan(Plan plan, const std::string& label) {
    if (doc_.viewing_shared()) return;
    if (in_frame_) queued_plan_ = plan;
    Op op(Op::Kind::open, label);
    op.plan = std::move(plan);
    queue(std::move(op));
}
void App::switch_to(const std::string& id) { queue(Op(Op::Kind::switch_to, id)); }
void App::delete_plan(const std::string& id) { queue(Op(Op::Kind::delete_plan, id)); }
void App::undo_delete() { queue(Op(Op::Kind::undo_delete)); }
void App::delete_kept(const std::string& key) { queue(Op(Op::Kind::delete_kept, key)); }
void App::keep_shared_copy() { queue(Op(Op::Kind::keep_shared)); }
void App::close_shared() { queue(Op(Op::Kind::close_shared)); }

void App::queue(Op op) {
    if (in_frame_) ops_.push_back(std::move(op));
    else run(std::move(op));
}

void App::run(Op op) {
    switch (op.kind) {
        case Op::Kind::action: {
            auto next = apply_all(doc_.own(), op.actions);  // again: an undo may have run first
            if (!next) return;
            doc_.record(std::move(*next), op.text, op.gesture);
            if (op.offer_undo) toast(op.text, true);
            session_.changed();
            break;
        }
        case Op::Kind::undo:
            if (!doc_.can_undo()) return;
            toast("Undone: " + doc_.undo_label());
            doc_.undo();
            session_.changed();
            break;
        case Op::Kind::redo:
            if (!doc_.can_redo()) return;
            doc_.redo();
            toast("Redone: " + doc_.undo_label());
            session_.changed();
            break;
        case Op::Kind::open:
            if (session_.start_new(std::move(*op.plan), op.text)) document_switched();
            break;
        case Op::Kind::switch_to:
            if (session_.switch_to(op.text)) document_switched();
            break;
        case Op::Kind::delete_plan: session_.delete_plan(op.text); break;
        case Op::Kind::undo_delete: session_.undo_delete(); break;
        case Op::Kind::delete_kept: store().remove_kept(op.text); break;
        case Op::Kind::keep_shared:
            if (session_.keep_shared_copy()) document_switched();
            break;
        case Op::Kind::close_shared: session_.close_shared(); document_switched(); break;
    }
    // The selection may no longer exist, nor the week on the board.
    ui_.week = std::clamp(ui_.week, 0, static_cast<int>(plan().weeks.size()) - 1);
    if (const auto& s = ui_.selected;
        s && (s->week >= static_cast<int>(plan().weeks.size()) || s->index >= static_cast<int>(plan().weeks[s->week].days[s->day].slots.size())))
        ui_.selected.reset();
}

void App::document_switched() {
    ui_.selected.reset();
    ui_.week = 0;
}

bool App::key_command(bool ctrl, bool shift, char key) {
    const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);  // a menu, a slot's editor...
    if (key == '\t' && !ctrl && ui_.dialog == Dialog::none && !popup) {  // even from a text field: Tab leaves it
        focus_step_ = shift ? -1 : 1;
        return true;
    }
    if (ImGui::GetIO().WantTextInput) return false;  // a text field has the keyboard (its own undo)
    if (ctrl && key == 'z') shift ? redo() : undo();
    else if (ctrl && key == 'y') redo();
    else if (!ctrl && key == '\b' && ui_.selected && dispatch(act::RemoveSlot{*ui_.selected}, 0, true)) ui_.selected.reset();
    else if (key == '?' && ui_.dialog == Dialog::none && !popup) open_dialog(Dialog::shortcuts);
    else return false;
    return true;
}

// ---- dialogs ----------------------------------------------------------------------------------

void App::open_dialog(Dialog dialog) {
    ui_.dialog = dialog;
    ui_.dialog_opened = false;  // the popup opens on its first frame (begin_modal)
    ui_.dialog_error.clear();
}

void App::close_dialog() {
    ui_.dialog = Dialog::none;
    ui_.dialog_opened = false;
}

// ---- the frame --------------------------------------------------------------------------------

void App::frame() {
    in_frame_ = true;
    layout_.begin_frame();
    doc_.clear_preview();  // the board previews again while a drag hovers a day
    ui_.hover.reset();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, menu_bar_padding(*this)));  // the bar's height
    ImGui::Begin("Failsafe", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);
    focus_next_panel();  // among last frame's panels
    panel_count_ = 0;
    keyboard_panel(*this);  // the main window: the board and the week strip
    draw_menu_bar(*this);
    draw_banners(*this);
    draw_panels(*this);
    draw_dialogs(*this);
    note_focus();
    ImGui::End();
    remove_slot_dropped_outside(*this);
    draw_toasts(*this);
    in_frame_ = false;
    std::vector<Op> ops = std::move(ops_);
    ops_.clear();
    queued_plan_.reset();
    for (Op& op : ops) run(std::move(op));
    page_text::end_frame();
    mirror_.after_frame(*this);
}

// ---- toasts and time --------------------------------------------------------------------------

double App::clock() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double App::wake_at() const {
    double at = std::numeric_limits<double>::infinity();
    for (const Toast& t : ui_.toasts) at = std::min(at, t.until);
    return at;
}

void App::toast(std::string text, bool offer_undo) {
    ui_.toasts.push_back({std::move(text), clock() + kToastSeconds, offer_undo});
    if (ui_.toasts.size() > 3) ui_.toasts.erase(ui_.toasts.begin());
}

// ---- the page bridge ----------------------------------------------------------------------------

std::string App::plan_json() const { return plan_to_json(plan()); }
std::string App::analysis_json() const { return analysis_to_json(plan(), analysis()); }

std::string App::load_json(const std::string& text) {
    auto p = plan_from_json(text);
    if (!p) return p.error();
    const std::string label = "Opened " + p->name;  // before the plan is moved away
    open_plan(std::move(*p), label);
    return {};
}

}  // namespace failsafe::app
