#include "document.hpp"

#include <utility>

namespace failsafe::app {
namespace {
// Drops are adds and moves; two are the same when they put the same thing in the same place.
bool same_drop(const Action& a, const Action& b) {
    if (a.index() != b.index()) return false;
    if (auto* x = std::get_if<act::AddSlot>(&a)) {
        auto* y = std::get_if<act::AddSlot>(&b);
        return x->at == y->at && x->slot == y->slot;
    }
    if (auto* x = std::get_if<act::AddCustomSlot>(&a)) {  // one of the user's own exercises, by id
        auto* y = std::get_if<act::AddCustomSlot>(&b);
        return x->at == y->at && x->exercise.slug == y->exercise.slug;
    }
    if (auto* x = std::get_if<act::MoveSlot>(&a)) {
        auto* y = std::get_if<act::MoveSlot>(&b);
        return x->from == y->from && x->to == y->to;
    }
    return false;
}
}  // namespace

Document::Document() : history_(Plan{}) { refresh(); }

void Document::refresh() {
    analysis_ = analyze(plan());
    ++generation_;
}

void Document::record(Plan next, const std::string& label, unsigned gesture) {
    if (gesture != 0 && gesture == gesture_) {
        history_.amend(std::move(next));
    } else {
        history_.push(std::move(next), label);
        gesture_ = gesture;
    }
    refresh();
}

void Document::amend(Plan next) {
    history_.amend(std::move(next));
    refresh();
}

void Document::reset(Plan plan) {
    shared_.reset();
    history_.reset(std::move(plan));
    gesture_ = 0;
    refresh();
}

void Document::undo() {
    history_.undo();
    gesture_ = 0;
    refresh();
}

void Document::redo() {
    history_.redo();
    gesture_ = 0;
    refresh();
}

void Document::show_shared(Plan plan) {
    shared_ = std::move(plan);
    refresh();
}

void Document::close_shared() {
    if (!shared_) return;
    shared_.reset();
    refresh();
}

void Document::preview_drop(const Action& drop) {
    if (preview_of_ && preview_generation_ == generation_ && same_drop(*preview_of_, drop)) {
        preview_valid_ = preview_ok_;  // same hover as last frame: reuse the analysis
        return;
    }
    auto next = failsafe::apply(plan(), drop);
    preview_valid_ = preview_ok_ = next.ok();
    if (preview_valid_) preview_ = analyze(*next);
    preview_of_ = drop;
    preview_generation_ = generation_;
}

}  // namespace failsafe::app
