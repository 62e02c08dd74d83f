// src/app/log_store.hpp - the gym log of the open plan, kept in local storage under the plan's
// id, one entry per plan (log_entry.hpp: the block's start date, the version it was written
// over, then the log file). Every edit is written and read back (platform::storage_set); when the
// browser does not keep it, the edit stays here, unsaved, and is written with the next one. An
// entry that cannot be read is never written over. A share link never carries the log.
// Two tabs on one plan: each follows the other's writes, and an edit made here while another tab
// wrote is merged with theirs (merge_logs), so that no logged set is lost.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "failsafe/log.hpp"
#include "failsafe/log_analysis.hpp"

namespace failsafe::app {

class LogStore {
public:
    // Reads the log of saved plan `plan_id` when another one is held (`plan_name` names a new log).
    void follow(const std::string& plan_id, const std::string& plan_name);
    const Log& log() const { return log_; }
    std::optional<Date> start() const { return start_; }  // the block's first day, if set
    unsigned version() const { return version_; }         // changes with every change to the log
    // Applies `action` and saves; false with `why` when it does not apply, or was not kept by the
    // browser (then the edit stays here, unsaved(), and goes with the next save).
    bool edit(const LogAction& action, std::string* why);
    bool set_start(std::optional<Date> start, std::string* why);
    // The unit of the log's loads (the numbers stay as written); remembered for new logs.
    bool set_unit(Unit unit, std::string* why);
    // An imported log (checked by the core's reader) in place of the held one; a stored log that
    // could not be read is first kept aside under PlanStore::kKept (My plans lists it).
    bool replace(Log log, std::string* why);
    bool save(std::string* why);              // writes what is held; true when kept
    bool unsaved() const { return unsaved_; }
    // Why the stored log could not be read ("" when it could): it is then left as it is.
    const std::string& unreadable() const { return unreadable_; }
    // The core's reading of the log against the plan, again only when either changed.
    const LogAnalysis& analysis(const Plan& plan, const Analysis& analysis, uint64_t generation);
    // Another tab wrote storage `key` ("" when storage was cleared): when it is this log, what
    // it wrote is taken in, merged with what this tab logged meanwhile (and then written).
    void stored_elsewhere(const std::string& key);

    // A saved plan's log goes and comes back with the plan (My plans' Delete and its Undo):
    // removes it, returning the stored entry ("" when there was none); puts an entry back.
    static std::string remove_stored(const std::string& plan_id);
    static bool restore_stored(const std::string& plan_id, const std::string& entry, std::string* why);

    static constexpr const char* kPrefix = "failsafe/v1/log/";
    static constexpr const char* kUnitKey = "failsafe/v1/log-unit";  // the unit the user picked last

private:
    // Takes in what another tab stored since this tab last read or wrote; true when the result
    // differs from what is stored (this tab's edits are to be written).
    bool pull();
    void remember(std::string entry);

    std::string plan_id_;
    bool following_ = false;
    Log log_;
    std::optional<Date> start_;
    unsigned version_ = 0;
    bool unsaved_ = false;
    std::string unreadable_;
    uint64_t synced_ = 0;             // the id of the stored entry this tab last read or wrote
    std::vector<std::string> known_;  // the last few entries it read or wrote, newest last: what a merge starts from
    LogAnalysis analysis_;
    uint64_t analysed_generation_ = ~0ull;
    unsigned analysed_version_ = ~0u;
};

// Today's date where the user is: the local calendar day on the wall clock (platform::local_day).
Date today();

}  // namespace failsafe::app
