// src/app/history.hpp - undo/redo as whole-plan snapshots, one per user gesture.
#pragma once
#include <string>
#include <vector>

#include "failsafe/plan.hpp"

namespace failsafe::app {

class History {
public:
    explicit History(Plan initial);

    const Plan& current() const { return states_[pos_].plan; }
    // Records `next` as a new step labelled `label` (drops anything redo could reach).
    void push(Plan next, std::string label);
    // Replaces the current state without a new step (e.g. while a slider is dragged).
    void amend(Plan next);
    bool can_undo() const { return pos_ > 0; }
    bool can_redo() const { return pos_ + 1 < states_.size(); }
    const std::string& undo_label() const { return states_[pos_].label; }
    const std::string& redo_label() const { return states_[pos_ + 1].label; }
    void undo() { if (can_undo()) --pos_; }
    void redo() { if (can_redo()) ++pos_; }
    // Starts over from `plan` (a newly opened document); history is cleared.
    void reset(Plan plan);

private:
    static constexpr size_t kMaxSteps = 200;
    struct State {
        Plan plan;
        std::string label;  // what produced this state
    };
    std::vector<State> states_;
    size_t pos_ = 0;
};

}  // namespace failsafe::app
