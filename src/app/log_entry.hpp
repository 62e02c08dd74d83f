// src/app/log_entry.hpp - a gym log as local storage holds it: "start=<date> base=<id>" on the
// first line, then the log file (failsafe.log, the core's writer). `start` is the block's first
// day (empty when not set); `base` is the id of the stored entry this one was written over (absent
// in the first, and in entries from before tabs followed each other's writes), so that a tab can
// tell which version another tab's edits grew from.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "failsafe/log.hpp"

namespace failsafe::app {

// An entry's id: a hash of all of it (FNV-1a, the same in every tab and build); never 0.
uint64_t stored_log_id(std::string_view entry);

struct StoredLogParts {
    std::optional<Date> start;
    uint64_t base = 0;      // 0 when not known
    std::string_view json;  // the log file, in the entry
};
// Splits an entry; false when it is not a saved log at all.
bool split_stored_log(std::string_view entry, StoredLogParts& out);
// The entry for `log` and `start`, written over entry `base` (0: none known).
std::string stored_log_text(const Log& log, std::optional<Date> start, uint64_t base);

}  // namespace failsafe::app
