#include "app.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <utility>

#include "failsafe/formats.hpp"
#include "panels.hpp"
#include "platform.hpp"
#include "theme.hpp"

namespace failsafe::app {
namespace {
constexpr float kPhoneWidth = 760.f;  // narrower than this: panels become tabs
constexpr double kToastSeconds = 5.0;
}  // namespace

App::App() : history_(Plan{}) { refresh(); }

void App::start() {
    for (std::string& m : store_.scan()) notices_.push_back(std::move(m));
    std::optional<std::string> id = store_.current();
    const auto& saved = store_.plans();
    if (!id || std::none_of(saved.begin(), saved.end(), [&](const SavedPlan& p) { return p.id == *id; }))
        id = saved.empty() ? std::nullopt : std::optional(saved.front().id);
    if (id) {
        if (auto p = store_.load(*id)) {
            history_.reset(std::move(*p));
            plan_id_ = *id;
        }
    }
    if (plan_id_.empty()) plan_id_ = store_.new_id();  // saved after the first change
    store_.set_current(plan_id_);
    refresh();
    open_link(platform::url_fragment());
}

void App::mark_changed() {
    dirty_ = true;
    changed_at_ = platform::now_seconds();
    if (link_in_url_) {
        link_in_url_ = false;
        platform::replace_url_fragment("");
    }
}

bool App::tick() {
    constexpr double kDebounceSeconds = 1.0;  // after the last change
    constexpr double kRetrySeconds = 5.0;     // between attempts while saving fails
    if (!dirty_) return false;
    const double now = platform::now_seconds();
    const bool retry = save_error_.empty() || changed_at_ > attempted_at_ || now - attempted_at_ >= kRetrySeconds;
    if (now - changed_at_ < kDebounceSeconds || !retry) return false;
    const bool had_error = !save_error_.empty();
    save_now();
    return had_error != !save_error_.empty();  // the banner came or went
}

void App::save_now() {
    if (!dirty_) return;
    attempted_at_ = platform::now_seconds();
    if (store_.changed_elsewhere(plan_id_)) keep_both_versions();
    std::string why;
    if (!store_.save(plan_id_, history_.current(), &why)) {
        // The edit stays unsaved (dirty_): retried on the next change, every few seconds and on
        // page hide, and the page asks before it is closed.
        save_error_ = why.empty() ? "the browser did not keep it" : why;
        return;
    }
    dirty_ = false;
    save_error_.clear();
    store_.set_current(plan_id_);
    if (!asked_persist_) {
        asked_persist_ = true;
        platform::request_persistent_storage();
    }
}

// Another tab saved this plan while this one had an unsaved edit: this tab's version becomes a
// plan of its own, so neither overwrites the other.
void App::keep_both_versions() {
    plan_id_ = store_.new_id();
    Plan mine = history_.current();
    mine.name = fit_name(mine.name + " (this tab)");
    history_.amend(std::move(mine));
    dirty_ = true;
    notices_.push_back("This plan was also changed in another tab. Both versions are kept: this tab now edits \"" +
                       history_.current().name + "\", and the other tab's version is in My plans.");
}

void App::stored_elsewhere(const std::string& key) {
    const bool plan_list = key.empty() || key.rfind(PlanStore::kPrefix, 0) == 0;  // "" when storage was cleared
    if (!plan_list) return;
    for (std::string& m : store_.scan()) notices_.push_back(std::move(m));
    if (key != store_.key(plan_id_) || !store_.changed_elsewhere(plan_id_)) return;
    if (dirty_) {
        save_now();  // keeps both versions
        return;
    }
    auto theirs = store_.load(plan_id_);
    if (!theirs || *theirs == history_.current()) return;
    history_.push(std::move(*theirs), "Changes from another tab");
    gesture_ = 0;
    refresh();
    toast("Updated with changes made in another tab", true);
}

void App::switch_to(const std::string& id) {
    save_now();
    auto p = store_.load(id);
    if (!p) {
        toast("Could not open that plan: " + p.error());
        return;
    }
    shared_.reset();
    history_.reset(std::move(*p));
    plan_id_ = id;
    store_.set_current(id);
    ui_.selected.reset();
    ui_.week = 0;
    gesture_ = 0;
    refresh();
}

void App::start_new(Plan plan, const std::string& label) {
    save_now();
    shared_.reset();
    history_.reset(std::move(plan));
    plan_id_ = store_.new_id();
    store_.set_current(plan_id_);
    ui_.selected.reset();
    ui_.week = 0;
    gesture_ = 0;
    mark_changed();
    save_now();  // a new plan is kept at once
    refresh();
    toast(label);
}

void App::open_link(const std::string& fragment) {
    if (fragment.rfind("p=", 0) != 0) {
        if (shared_) close_shared();
        return;
    }
    auto p = decode_link(fragment);
    if (!p) {
        notices_.push_back("This link could not be opened: " + p.error() + ". Your own plan is unchanged.");
        platform::replace_url_fragment("");
        return;
    }
    if (*p == history_.current()) return;  // the user's own plan (shared from here): just keep editing it
    shared_ = std::move(*p);
    ui_.selected.reset();
    ui_.week = 0;
    refresh();
}

void App::keep_shared_copy() {
    if (!shared_) return;
    Plan copy = std::move(*shared_);
    shared_.reset();
    platform::replace_url_fragment("");
    start_new(std::move(copy), "Kept a copy of the shared plan");
}

void App::close_shared() {
    shared_.reset();
    platform::replace_url_fragment("");
    refresh();
}

std::string App::messages_json() const {
    std::string out = "[";
    auto add = [&](const std::string& m) {
        if (out.size() > 1) out += ",";
        out += "\"";
        for (char c : m) {
            if (c == '"' || c == '\\') out += '\\';
            if (static_cast<unsigned char>(c) >= 0x20) out += c;
        }
        out += "\"";
    };
    if (shared_) add("Viewing a shared plan: " + shared_->name);
    if (!save_error_.empty()) add("Could not save: " + save_error_);
    for (const auto& n : notices_) add(n);
    for (const auto& t : ui_.toasts) add(t.text);
    return out + "]";
}

void App::refresh() {
    analysis_ = analyze(plan());
    ++generation_;
    ui_.week = std::clamp(ui_.week, 0, static_cast<int>(plan().weeks.size()) - 1);
    if (ui_.selected) {  // the selection may no longer exist
        const SlotPos& s = *ui_.selected;
        if (s.week >= static_cast<int>(plan().weeks.size()) ||
            s.index >= static_cast<int>(plan().weeks[s.week].days[s.day].slots.size()))
            ui_.selected.reset();
    }
}

bool App::dispatch(const Action& action, unsigned gesture, bool offer_undo) {
    if (shared_) {
        toast("This shared plan is read-only: keep a copy to change it.");
        return false;
    }
    const Plan& base = queued_plan_ ? *queued_plan_ : plan();
    auto next = failsafe::apply(base, action);
    if (!next) {
        toast("Not done: " + next.error());
        return false;
    }
    Op op{Op::Kind::action, action, gesture, offer_undo, std::nullopt, describe(base, action)};
    if (!in_frame_) {
        run(std::move(op));
        return true;
    }
    queued_plan_ = std::move(*next);
    ops_.push_back(std::move(op));
    return true;
}

void App::undo() {
    Op op;
    op.kind = Op::Kind::undo;
    if (in_frame_) ops_.push_back(std::move(op));
    else run(std::move(op));
}

void App::redo() {
    Op op;
    op.kind = Op::Kind::redo;
    if (in_frame_) ops_.push_back(std::move(op));
    else run(std::move(op));
}

void App::open_plan(Plan plan, const std::string& label) {
    if (shared_) return;
    Op op{Op::Kind::open, std::nullopt, 0, false, std::move(plan), label};
    if (in_frame_) {
        queued_plan_ = op.plan;
        ops_.push_back(std::move(op));
    } else {
        run(std::move(op));
    }
}

void App::run(Op op) {
    switch (op.kind) {
        case Op::Kind::action: {
            auto next = failsafe::apply(plan(), *op.action);  // again: an undo may have run first
            if (!next) return;
            if (op.gesture != 0 && op.gesture == gesture_) {
                history_.amend(std::move(*next));
            } else {
                history_.push(std::move(*next), op.label);
                gesture_ = op.gesture;
            }
            if (op.offer_undo) toast(op.label, true);
            break;
        }
        case Op::Kind::undo: {
            if (!can_undo()) return;
            const std::string label = undo_label();
            history_.undo();
            gesture_ = 0;
            toast("Undone: " + label);
            break;
        }
        case Op::Kind::redo:
            if (!can_redo()) return;
            history_.redo();
            gesture_ = 0;
            toast("Redone: " + undo_label());
            break;
        case Op::Kind::open:
            start_new(std::move(*op.plan), op.label);
            return;
    }
    mark_changed();
    refresh();
}

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

std::string App::plan_json() const { return plan_to_json(plan()); }
std::string App::analysis_json() const { return analysis_to_json(plan(), analysis_); }

std::string App::load_json(const std::string& text) {
    auto p = plan_from_json(text);
    if (!p) return p.error();
    const std::string label = "Opened " + p->name;  // before the plan is moved away
    open_plan(std::move(*p), label);
    return {};
}

void App::record_frame_ms(double build_ms, double render_ms) {
    if (frame_ms_.size() < 240) frame_ms_.emplace_back(build_ms, render_ms);
    else frame_ms_[frame_ms_next_++ % frame_ms_.size()] = {build_ms, render_ms};
}

// Oldest first: [[build, render], ...] in milliseconds.
std::string App::frame_stats_json() const {
    std::string out = "[";
    char buf[48];
    const size_t n = frame_ms_.size(), start = n < 240 ? 0 : frame_ms_next_ % n;
    for (size_t k = 0; k < n; ++k) {
        const auto& [build, render] = frame_ms_[(start + k) % n];
        std::snprintf(buf, sizeof buf, "%s[%.3f,%.3f]", k ? "," : "", build, render);
        out += buf;
    }
    return out + "]";
}

namespace {
// Drops are adds and moves; two are the same when they put the same thing in the same place.
bool same_drop(const Action& a, const Action& b) {
    if (a.index() != b.index()) return false;
    if (auto* x = std::get_if<act::AddSlot>(&a)) {
        auto* y = std::get_if<act::AddSlot>(&b);
        return x->at == y->at && x->slot == y->slot;
    }
    if (auto* x = std::get_if<act::MoveSlot>(&a)) {
        auto* y = std::get_if<act::MoveSlot>(&b);
        return x->from == y->from && x->to == y->to;
    }
    return false;
}
}  // namespace

void App::preview_drop(const Action& drop) {
    if (preview_of_ && preview_generation_ == generation_ && same_drop(*preview_of_, drop)) {
        preview_valid_ = preview_shown_ok_;  // same hover as last frame: reuse the analysis
        return;
    }
    auto next = failsafe::apply(plan(), drop);
    preview_valid_ = preview_shown_ok_ = next.ok();
    if (preview_valid_) preview_ = analyze(*next);
    preview_of_ = drop;
    preview_generation_ = generation_;
}

void App::key_command(bool ctrl, bool shift, char key) {
    if (ImGui::GetIO().WantTextInput) return;  // a text field has the keyboard (its own undo)
    if (ctrl && key == 'z') shift ? redo() : undo();
    else if (ctrl && key == 'y') redo();
    else if (!ctrl && key == '\b' && ui_.selected && dispatch(act::RemoveSlot{*ui_.selected}, 0, true)) ui_.selected.reset();
}

void App::touch_input(bool touch) {
    ImGuiIO& io = ImGui::GetIO();
    constexpr float kDefaultThreshold = 6.f, kLongPress = 0.45f, kSlop = 12.f;
    const bool pressed_now = io.MouseDown[0] && !touch_was_down_;
    touch_was_down_ = io.MouseDown[0];
    if (pressed_now) {  // flags are kept through the release frame until here
        long_press_ = touch_scrolled_ = false;
        touch_start_ = io.MousePos;  // io.MouseClickedPos is only updated by the coming NewFrame
    }
    if (!touch || !io.MouseDown[0]) {
        io.MouseDragThreshold = kDefaultThreshold;
        touch_pending_ = false;
        return;
    }
    const ImVec2 moved(io.MousePos.x - touch_start_.x, io.MousePos.y - touch_start_.y);
    const float dist = std::sqrt(moved.x * moved.x + moved.y * moved.y);
    // Checked first: an earlier movement would have woken a frame and started a scroll, so a
    // press held this long without one is a long press even if the finger has now moved.
    if (!long_press_ && !touch_scrolled_ && io.MouseDownDuration[0] >= kLongPress) long_press_ = true;
    if (!long_press_ && dist >= kSlop) touch_scrolled_ = true;
    touch_pending_ = !long_press_ && !touch_scrolled_;
    io.MouseDragThreshold = long_press_ ? 0.f : 1e9f;  // no drag-and-drop until the long press
    if (touch_scrolled_) {  // finger scrolling: move the window under the finger
        if (ImGuiWindow* w = ImGui::GetCurrentContext()->HoveredWindow) {
            while (w->ParentWindow && w->ScrollMax.y <= 0 && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
            ImGui::SetScrollY(w, w->Scroll.y - io.MouseDelta.y);
        }
    }
}

void App::frame() {
    in_frame_ = true;
    layout_.begin_frame();
    preview_valid_ = false;  // the board sets it again while a drag hovers a day
    ui_.hover.reset();

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
    ImGui::Begin("Failsafe", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    draw_menu_bar(*this);
    draw_banners();
    if (vp->WorkSize.x < kPhoneWidth) draw_phone();
    else draw_desktop();
    draw_dialogs(*this);
    ImGui::End();
    remove_slot_dropped_outside();
    draw_toasts();
    in_frame_ = false;
    std::vector<Op> ops = std::move(ops_);
    ops_.clear();
    queued_plan_.reset();
    for (Op& op : ops) run(std::move(op));
    if (later_) std::exchange(later_, {})();
}

// A slot dragged off the board and let go anywhere else (library, budget, margins) is removed,
// with an Undo in the toast.
void App::remove_slot_dropped_outside() {
    const ImGuiPayload* p = ImGui::GetDragDropPayload();
    if (!p || !p->IsDataType("FS_SLOT") || !ImGui::IsMouseReleased(0) || ui_.hover) return;
    const ImVec2 m = ImGui::GetIO().MousePos;
    if (layout_.contains("board", m.x, m.y) || layout_.contains("weeks", m.x, m.y)) return;
    dispatch(act::RemoveSlot{*static_cast<const SlotPos*>(p->Data)}, 0, true);
}

void App::draw_desktop() {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float library_w = std::clamp(avail.x * 0.15f, 190.f, 300.f);
    const float budget_w = std::clamp(avail.x * 0.235f, 300.f, 380.f);
    const float center_w = avail.x - library_w - budget_w - 2 * gap;

    draw_library(*this, ImVec2(library_w, avail.y));
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    const float strip_top = ImGui::GetCursorPosY();
    draw_week_strip(*this, center_w);
    const float board_h = (avail.y - (ImGui::GetCursorPosY() - strip_top)) * 0.6f;
    draw_board(*this, ImVec2(center_w, board_h), false);
    const float bottom_h = ImGui::GetContentRegionAvail().y;
    const float fatigue_w = center_w * 0.5f - gap / 2;
    draw_fatigue(*this, ImVec2(fatigue_w, bottom_h));
    ImGui::SameLine(0, gap);
    draw_findings(*this, ImVec2(center_w - fatigue_w - gap, bottom_h));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    draw_budget(*this, ImVec2(budget_w, avail.y));
}

void App::draw_phone() {
    static constexpr const char* kTabs[] = {"Plan", "Budget", "Fatigue", "Findings"};
    const float tab_w = (ImGui::GetContentRegionAvail().x - 3 * ImGui::GetStyle().ItemSpacing.x) / 4.f;
    for (int i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool active = static_cast<int>(ui_.phone_tab) == i;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? ImGui::GetStyleColorVec4(ImGuiCol_TabActive) : ImGui::GetStyleColorVec4(ImGuiCol_Tab));
        std::string label = kTabs[i];
        if (i == 3 && !analysis_.findings.empty()) label += " (" + std::to_string(analysis_.findings.size()) + ")";
        if (ImGui::Button((label + "##tab").c_str(), ImVec2(tab_w, 0))) ui_.phone_tab = static_cast<PhoneTab>(i);
        layout_.add_last_item(std::string("tab:") + kTabs[i]);
        ImGui::PopStyleColor();
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    switch (ui_.phone_tab) {
        case PhoneTab::plan: {
            draw_week_strip(*this, avail.x);
            const float lib_h = std::min(avail.y * 0.34f, 300.f);
            draw_library(*this, ImVec2(avail.x, lib_h));
            draw_board(*this, ImVec2(avail.x, ImGui::GetContentRegionAvail().y), true);
            break;
        }
        case PhoneTab::budget: draw_budget(*this, avail); break;
        case PhoneTab::fatigue: draw_fatigue(*this, avail); break;
        case PhoneTab::findings: draw_findings(*this, avail); break;
    }
}

// Persistent messages above the panels: a shared plan being viewed, a failed save, saved data
// kept aside, a link that could not be opened.
void App::draw_banners() {
    auto strip = [&](ImU32 color, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, (color & 0x00FFFFFF) | 0x30000000);
        const float wrap = ImGui::GetContentRegionAvail().x - 16;
        const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + ImGui::GetFrameHeightWithSpacing() + 14;
        ImGui::BeginChild(ImGui::GetID(text.c_str()), ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushTextWrapPos(0.f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
    };
    if (shared_) {
        strip(theme::accent(), "You are viewing a shared plan, \"" + shared_->name + "\". It is read-only; your own plans are unchanged.");
        if (ImGui::Button("Keep a copy")) later_ = [this] { keep_shared_copy(); };
        layout_.add_last_item("shared-keep");
        ImGui::SameLine();
        if (ImGui::Button("Back to my plan")) later_ = [this] { close_shared(); };
        layout_.add_last_item("shared-close");
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    if (!save_error_.empty()) {
        strip(theme::over(), "Could not save your plan: " + save_error_ + ". It is still open here - export it to keep a copy.");
        if (ImGui::Button("Export JSON...")) {
            ui_.text = plan_json();
            ui_.dialog = Dialog::export_json;
            ui_.dialog_opened = false;
        }
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    for (size_t i = 0; i < notices_.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        strip(theme::caution(), notices_[i]);
        const bool dismiss = ImGui::Button("Dismiss");
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::PopID();
        if (dismiss) {
            notices_.erase(notices_.begin() + static_cast<long>(i));
            break;
        }
    }
}

void App::draw_toasts() {
    const double now = clock();
    ui_.toasts.erase(std::remove_if(ui_.toasts.begin(), ui_.toasts.end(), [now](const Toast& t) { return t.until < now; }),
                     ui_.toasts.end());
    if (ui_.toasts.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(0.5f, 1.f));
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("##toasts", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    for (size_t i = 0; i < ui_.toasts.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted(ui_.toasts[i].text.c_str());
        if (ui_.toasts[i].offer_undo && can_undo()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Undo")) {
                ui_.toasts[i].until = 0;  // gone next frame
                undo();
            }
        }
        ImGui::PopID();
    }
    layout_.add("toasts", Rect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x, ImGui::GetWindowSize().y});
    ImGui::End();
}

}  // namespace failsafe::app
