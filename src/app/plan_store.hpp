// src/app/plan_store.hpp - the user's plans kept in local storage, each as a format-v1 plan
// file under its own key. Unreadable entries are moved aside (never overwritten), entries from
// a newer Failsafe are left in place, and both are reported; everything readable stays available.
#pragma once
#include <optional>
#include <string>
#include <utility>
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
    // Reads a saved plan.
    Result<Plan> load(const std::string& id) const;
    // Reads a saved plan that this tab is about to edit: what changed_elsewhere() compares with.
    Result<Plan> open(const std::string& id);
    // Saves and verifies; false with `why` when the browser did not keep it.
    bool save(const std::string& id, const Plan& plan, std::string* why);
    // Removes a saved plan; returns its stored entry (for restore), "" when there was none.
    std::string remove(const std::string& id);
    // Puts back an entry remove() returned; false with `why` when the browser did not keep it.
    bool restore(const std::string& id, const std::string& entry, std::string* why);
    // True when the stored plan `id` is not what this tab last read or wrote: another tab (or
    // window) saved it since. A plan deleted elsewhere, or never saved, has not changed.
    bool changed_elsewhere(const std::string& id) const;
    std::string key(const std::string& id) const { return kPrefix + id; }
    // Entries kept aside because they could not be read: their storage keys; the text of one
    // as it would be in a file (the plan JSON, or the raw entry when it is not even that).
    std::vector<std::string> kept() const;
    std::string kept_text(const std::string& key) const;
    void remove_kept(const std::string& key);
    std::string new_id() const;
    std::optional<std::string> current() const;  // the plan open last time
    void set_current(const std::string& id);

    static constexpr const char* kPrefix = "failsafe/v1/plan/";
    static constexpr const char* kCurrent = "failsafe/v1/current";
    static constexpr const char* kKept = "failsafe/kept/";

private:
    void keep_aside(const std::string& key, const std::string& value);
    // Records `value` as the entry of `id` this tab last read or wrote.
    void synced(const std::string& id, const std::string& value);
    std::vector<SavedPlan> plans_;
    std::vector<std::string> newer_;  // ids of plans from a newer Failsafe, already reported
    std::vector<std::pair<std::string, size_t>> synced_;  // id, hash of the entry this tab last read or wrote
};

}  // namespace failsafe::app
