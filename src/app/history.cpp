#include "history.hpp"

namespace failsafe::app {

History::History(Plan initial) { states_.push_back({std::move(initial), ""}); }

void History::push(Plan next, std::string label) {
    states_.resize(pos_ + 1);
    states_.push_back({std::move(next), std::move(label)});
    if (states_.size() > kMaxSteps) states_.erase(states_.begin());
    pos_ = states_.size() - 1;
}

void History::amend(Plan next) { states_[pos_].plan = std::move(next); }

void History::reset(Plan plan) {
    states_.clear();
    states_.push_back({std::move(plan), ""});
    pos_ = 0;
}

}  // namespace failsafe::app
