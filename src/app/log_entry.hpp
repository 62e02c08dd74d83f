// src/app/log_entry.hpp - a gym log as local storage holds it: "start=<date> base=<id>" on the
// first line, then the log file (failsafe.log, the core's writer). `start` is the block's first
// day (empty when not set); `base` names the stored entry this one was written over (absent in
// the first, and in entries from before tabs followed each other's writes), so that a tab can
// tell which version another tab's edits grew from.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "failsafe/log.hpp"
#include "failsafe/result.hpp"

namespace failsafe::app {

struct StoredLog {
    uint64_t id = 0;    // of its content (start date and log): equal content, equal id
    uint64_t base = 0;  // the id of the entry it was written over; 0 when not known
    std::optional<Date> start;
    Log log;
};

// The entry's parts, or why it cannot be read ("not a saved log", or the log reader's error).
Result<StoredLog> read_stored_log(const std::string& value);
// The entry for `log` and `start` written over entry `base`; its id in `id`.
std::string stored_log_text(const Log& log, std::optional<Date> start, uint64_t base, uint64_t* id);

}  // namespace failsafe::app
