// src/app/document.hpp - the document on screen: the user's plan with its undo history, a shared
// plan viewed read-only in its place, the analysis of whichever is shown (derived, never edited),
// and the analysis of a drop being previewed. Changes arrive through App's queue only.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "failsafe/actions.hpp"
#include "failsafe/analysis.hpp"
#include "failsafe/plan.hpp"
#include "history.hpp"

namespace failsafe::app {

class Document {
public:
    Document();

    // The plan on screen: a shared plan being viewed, else the user's own.
    const Plan& plan() const { return shared_ ? *shared_ : history_.current(); }
    const Plan& own() const { return history_.current(); }
    const Analysis& analysis() const { return analysis_; }
    // Changes whenever the analysis does (for panels that cache what they derive from it).
    uint64_t generation() const { return generation_; }

    // A new undo step `label`; with the same non-zero `gesture` as the last step (a slider
    // drag), that step is amended instead.
    void record(Plan next, const std::string& label, unsigned gesture);
    void end_gesture() { gesture_ = 0; }
    // The user's plan replaced without an undo step (a rename the app makes itself).
    void amend(Plan next);
    // A different plan opened: history starts over.
    void reset(Plan plan);
    bool can_undo() const { return history_.can_undo(); }
    bool can_redo() const { return history_.can_redo(); }
    const std::string& undo_label() const { return history_.undo_label(); }
    const std::string& redo_label() const { return history_.redo_label(); }
    void undo();
    void redo();

    // A plan from a link, shown read-only instead of the user's own until closed.
    void show_shared(Plan plan);
    void close_shared();
    bool viewing_shared() const { return shared_.has_value(); }
    const std::optional<Plan>& shared() const { return shared_; }

    // The analysis as if `drop` happened (reused while the same drop hovers the same plan);
    // preview() is nullptr when no drop is previewed this frame or the drop would be refused.
    void preview_drop(const Action& drop);
    const Analysis* preview() const { return preview_valid_ ? &preview_ : nullptr; }
    void clear_preview() { preview_valid_ = false; }

private:
    void refresh();

    History history_;
    std::optional<Plan> shared_;
    unsigned gesture_ = 0;
    Analysis analysis_;
    uint64_t generation_ = 0;
    Analysis preview_;
    bool preview_valid_ = false;
    std::optional<Action> preview_of_;  // the drop preview_ was computed for
    uint64_t preview_generation_ = 0;
    bool preview_ok_ = false;           // whether that drop applies
};

}  // namespace failsafe::app
