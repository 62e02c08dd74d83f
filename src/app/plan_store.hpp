// src/app/plan_store.hpp - the user's plans kept in local storage, each as a format-v1 plan
// file under its own key. Unreadable or too-new entries are moved aside (never overwritten)
// and reported; everything readable stays available.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "failsafe/plan.hpp"
#include "failsafe/result.hpp"

namespace failsafe::app {

struct SavedPlan {
    std::string id;
    std::string name;
    double saved_at = 0;  // seconds since the epoch
};

class PlanStore {
public:
    // Reads the index of saved plans. Returns messages for the user about entries that could
    // not be read (they are kept aside under "failsafe/kept/...").
    std::vector<std::string> scan();
    const std::vector<SavedPlan>& plans() const { return plans_; }  // most recent first
    Result<Plan> load(const std::string& id);
    // Saves and verifies; false with `why` when the browser did not keep it.
    bool save(const std::string& id, const Plan& plan, std::string* why);
    void remove(const std::string& id);
    std::string new_id() const;
    std::optional<std::string> current() const;  // the plan open last time
    void set_current(const std::string& id);

    static constexpr const char* kPrefix = "failsafe/v1/plan/";
    static constexpr const char* kCurrent = "failsafe/v1/current";
    static constexpr const char* kKept = "failsafe/kept/";

private:
    void keep_aside(const std::string& key, const std::string& value);
    std::vector<SavedPlan> plans_;
};

}  // namespace failsafe::app
