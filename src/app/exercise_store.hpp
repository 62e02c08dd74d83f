// src/app/exercise_store.hpp - "My exercises": the user's custom exercises kept across plans, in
// local storage next to the plans (one entry, a plan file holding only custom_exercises, so the
// plan format's rules check them). Writes are verified; an entry that cannot be read is left as
// it is and never written over.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "failsafe/catalog.hpp"

namespace failsafe::app {

class ExerciseStore {
public:
    // Reads the stored list; "" or a message for the user when it could not be read.
    std::string load();
    const std::vector<Exercise>& exercises() const { return exercises_; }
    unsigned version() const { return version_; }  // changes whenever exercises() may have (pointers into it too)
    const Exercise* find(const std::string& slug) const;
    // Adds `e`, or replaces the one at `index` (-1: the one with e's id, if any); saves and
    // verifies. False with `why` when it was not kept (the list is then as stored).
    bool put(const Exercise& e, int index, std::string* why);
    bool remove(int index, std::string* why);

    static constexpr const char* kKey = "failsafe/v1/exercises";

private:
    bool save(std::vector<Exercise> next, std::string* why);
    std::vector<Exercise> exercises_;
    unsigned version_ = 0;
    std::string unreadable_;  // why the stored entry could not be read: then it is never written over
};

}  // namespace failsafe::app
