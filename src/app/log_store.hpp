// src/app/log_store.hpp - the gym log of the open plan, kept in local storage under the plan's
// id, one entry per plan: the block's start date on the first line, then the log file
// (failsafe.log, the core's writer). Every edit is written and read back (platform::storage_set);
// when the browser does not keep it, the edit stays here, unsaved, and is written with the next
// one. An entry that cannot be read is never written over. A share link never carries the log.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

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
    // An imported log (checked by the core's reader) in place of the held one; a stored log that
    // could not be read is first kept aside under PlanStore::kKept (My plans lists it).
    bool replace(Log log, std::string* why);
    bool save(std::string* why);              // writes what is held; true when kept
    bool unsaved() const { return unsaved_; }
    // Why the stored log could not be read ("" when it could): it is then left as it is.
    const std::string& unreadable() const { return unreadable_; }
    // The core's reading of the log against the plan, again only when either changed.
    const LogAnalysis& analysis(const Plan& plan, const Analysis& analysis, uint64_t generation);

    static constexpr const char* kPrefix = "failsafe/v1/log/";

private:
    std::string plan_id_;
    bool following_ = false;
    Log log_;
    std::optional<Date> start_;
    unsigned version_ = 0;
    bool unsaved_ = false;
    std::string unreadable_;
    LogAnalysis analysis_;
    uint64_t analysed_generation_ = ~0ull;
    unsigned analysed_version_ = ~0u;
};

// Today's date on the wall clock (UTC days).
Date today();

}  // namespace failsafe::app
