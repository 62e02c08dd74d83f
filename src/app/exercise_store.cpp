#include "exercise_store.hpp"

#include "failsafe/formats.hpp"
#include "failsafe/utf8.hpp"
#include "platform.hpp"

namespace failsafe::app {

std::string ExerciseStore::load() {
    exercises_.clear();
    unreadable_.clear();
    ++version_;
    const auto value = platform::storage_get(kKey);
    if (!value) return {};
    auto plan = plan_from_json(*value);
    if (!plan) {
        unreadable_ = utf8::quote(plan.error(), 120);
        return "Your saved exercises (My exercises) could not be read (" + unreadable_ + "). They are left as they are.";
    }
    exercises_ = std::move(plan->custom_exercises);
    return {};
}

const Exercise* ExerciseStore::find(const std::string& slug) const {
    for (const Exercise& e : exercises_)
        if (e.slug == slug) return &e;
    return nullptr;
}

bool ExerciseStore::put(const Exercise& e, int index, std::string* why) {
    load();  // another tab may have changed the list
    std::vector<Exercise> next = exercises_;
    if (index < 0)
        for (size_t i = 0; i < next.size() && index < 0; ++i)
            if (next[i].slug == e.slug) index = static_cast<int>(i);
    if (index >= static_cast<int>(next.size())) index = -1;
    if (index < 0) next.push_back(quantized(e));
    else next[static_cast<size_t>(index)] = quantized(e);
    return save(std::move(next), why);
}

bool ExerciseStore::remove(int index, std::string* why) {
    load();
    if (index < 0 || index >= static_cast<int>(exercises_.size())) return true;  // gone already
    std::vector<Exercise> next = exercises_;
    next.erase(next.begin() + index);
    return save(std::move(next), why);
}

bool ExerciseStore::save(std::vector<Exercise> next, std::string* why) {
    if (!unreadable_.empty()) {
        *why = "the saved list could not be read (" + unreadable_ + "), so it is not written over";
        return false;
    }
    Plan holder;  // a plan file with the exercises only: the plan format checks them
    holder.name = "My exercises";
    holder.custom_exercises = std::move(next);
    for (Exercise& e : holder.custom_exercises) e.code = 0;
    if (auto bad = validate_plan(holder); !bad.empty()) {
        *why = bad;
        return false;
    }
    if (!platform::storage_set(kKey, plan_to_json(holder), why)) return false;
    exercises_ = std::move(holder.custom_exercises);
    ++version_;
    return true;
}

}  // namespace failsafe::app
