// tests/log_helpers.hpp - gym logs built through the log's own edits, for the log tests.
#pragma once
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "failsafe/log.hpp"

namespace failsafe::test {

inline LoggedSet logged(int reps, int rir, std::optional<float> load = std::nullopt) {
    return {static_cast<uint8_t>(reps), static_cast<uint8_t>(rir), load};
}

// 2025-03-03 (a Monday) plus `days`.
inline Date day_of(int days) { return *date_from_iso("2025-03-03") + days; }

// The log after `action`, which must apply.
inline Log with(const Log& log, const LogAction& action) {
    auto r = failsafe::apply(log, action);
    REQUIRE_MESSAGE(r, r.error());
    return *r;
}

// Logs `sets` of `exercise` at (week, day, slot), the session on the plan's date for that day.
inline Log with_sets(Log log, int week, int day, int slot, const std::string& exercise, std::initializer_list<LoggedSet> sets) {
    for (const LoggedSet& s : sets) log = with(log, logact::AddSet{week, day, day_of(week * 7 + day), slot, exercise, s});
    return log;
}

inline Log with_check_in(const Log& log, int week, int day, int sleep, int motivation,
                         std::initializer_list<std::pair<Muscle, int>> soreness = {}) {
    CheckIn c;
    c.sleep = static_cast<uint8_t>(sleep);
    c.motivation = static_cast<uint8_t>(motivation);
    for (const auto& [m, v] : soreness) c.soreness[index(m)] = static_cast<uint8_t>(v);
    return with(log, logact::SetCheckIn{week, day, day_of(week * 7 + day), c});
}

}  // namespace failsafe::test
